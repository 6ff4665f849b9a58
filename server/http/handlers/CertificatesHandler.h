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
// The answer carries both halves (DESIGN §5a): `signature` (offline, against the trust list) and
// `status` (online, from the registry by the certificate's status key) with `checked_at`.
Handler verifyCertificate(ApiServices& services);

// GET /api/v1/certificates/status/{kid}/{hash} → {kid, hash, status, checked_at, signature}; public,
// signed by the trust-list key (`signature`: base64 COSE_Sign1 over `payload`).
Handler certificateStatus(ApiServices& services);
// GET /api/v1/certificates/{id} (staff) → the issued certificate with its QR text.
Handler getCertificate(ApiServices& services);
// GET /api/v1/certificates/{id}/qr.png (staff) → the QR code as PNG.
Handler certificateQrPng(ApiServices& services);
// GET /api/v1/certificates/{id}/print.svg (staff) → the A5 printable certificate.
Handler printableCertificate(ApiServices& services);

}  // namespace wedreg::server::http::handlers
