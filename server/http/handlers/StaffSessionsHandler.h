// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "server/http/Router.h"

namespace wedreg::server::http {
struct ApiServices;
}

namespace wedreg::server::http::handlers {

// POST /api/v1/staff/sessions {username, password} → 201 {token, role, expires_at}
Handler createStaffSession(ApiServices& services);
// GET /api/v1/staff/sessions/current → {username, role, hall_id, expires_at}
Handler currentStaffSession(ApiServices& services);
// DELETE /api/v1/staff/sessions/current → 204 (the token is revoked)
Handler deleteStaffSession(ApiServices& services);

}  // namespace wedreg::server::http::handlers
