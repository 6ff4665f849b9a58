// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "server/http/Router.h"

namespace wedreg::server::http {
struct ApiServices;
}

namespace wedreg::server::http::handlers {

// GET /api/v1/trust-list → 200 application/cbor, the signed trust list (COSE_Sign1, DESIGN §7);
// ?format=json → the same list rendered for people. 503 trust-list when no signing keys are set up.
Handler trustList(ApiServices& services);

// POST /api/v1/certificates/verify {"qr": "MC1:…"} → 200 with the offline verdict against the
// server's trust list: a refused certificate is a successful verification that says valid=false.
Handler verifyCertificate(ApiServices& services);

}  // namespace wedreg::server::http::handlers
