// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "server/http/Router.h"

namespace wedreg::server::http {
struct ApiServices;
}

namespace wedreg::server::http::handlers {

// GET /api/v1/stats?from=YYYY-MM-DD&to=YYYY-MM-DD[&hall=ID] → counts per hall and month with
// totals; `Accept: text/csv` (or ?format=csv) → the same as CSV (UTF-8 with BOM, for spreadsheets).
Handler stats(ApiServices& services);

}  // namespace wedreg::server::http::handlers
