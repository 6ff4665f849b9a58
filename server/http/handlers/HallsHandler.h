// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "server/http/Router.h"

namespace wedreg::server::http {
struct ApiServices;
}

namespace wedreg::server::http::handlers {

// GET /api/v1/halls and GET /api/v1/halls/{id} (DESIGN.md §5a).
Handler listHalls(ApiServices& services);
Handler getHall(ApiServices& services);

}  // namespace wedreg::server::http::handlers
