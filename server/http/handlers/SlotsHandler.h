// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "server/http/Router.h"

namespace wedreg::server::http {
struct ApiServices;
}

namespace wedreg::server::http::handlers {

// GET /api/v1/halls/{id}/slots?service=&from=&to= (DESIGN.md §5a), served from memory.
Handler listSlots(ApiServices& services);

}  // namespace wedreg::server::http::handlers
