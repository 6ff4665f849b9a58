// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "server/http/Router.h"

namespace wedreg::server::http {
struct ApiServices;
}

namespace wedreg::server::http::handlers {

// GET /healthz → 200 {"status":"ok","db":"sqlite|postgresql","version":"…"}; 503 with
// "status":"unavailable" when the database does not answer (load balancers take us out).
Handler health(ApiServices& services);

}  // namespace wedreg::server::http::handlers
