// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "server/http/Router.h"

#include <vector>

namespace wedreg::server::http {

struct ApiServices;

// The API's route table: every route, its method, pattern and allowed roles, in one place.
// Building it does not touch the services (handlers only capture them), so tests can walk it.
std::vector<Route> makeRoutes(ApiServices& services);

}  // namespace wedreg::server::http
