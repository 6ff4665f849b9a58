// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "server/http/Router.h"

namespace wedreg::server::http {
struct ApiServices;
}

namespace wedreg::server::http::handlers {

// GET /api/v1/openapi.json: the OpenAPI 3 document kept in server/openapi/, compiled in.
Handler openApi(ApiServices& services);

}  // namespace wedreg::server::http::handlers
