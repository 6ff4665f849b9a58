// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "server/http/Router.h"

namespace wedreg::server::http {
struct ApiServices;
}

namespace wedreg::server::http::handlers {

// GET /metrics: Prometheus text exposition format 0.0.4.
Handler metrics(ApiServices& services);

}  // namespace wedreg::server::http::handlers
