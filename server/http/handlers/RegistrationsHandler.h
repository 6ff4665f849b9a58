// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "server/http/Router.h"

namespace wedreg::server::http {
struct ApiServices;
}

namespace wedreg::server::http::handlers {

// POST /api/v1/registrations {kind, ...} → 201 the completed act and its certificate (registrar, admin).
Handler createRegistration(ApiServices& services);
// GET /api/v1/registrations/{id} → the act and its newest certificate.
Handler getRegistration(ApiServices& services);
// POST /api/v1/registrations/{id}/withdraw {id_number} → the withdrawn divorce application.
Handler withdrawRegistration(ApiServices& services);

}  // namespace wedreg::server::http::handlers
