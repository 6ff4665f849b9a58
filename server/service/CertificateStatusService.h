// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "server/model/Registration.h"

#include <cstdint>
#include <string>

namespace wedreg::server::store {
class CertificateRepository;
}

namespace wedreg::server::service {

class CertificateService;
class Clock;

// The online half of verification (DESIGN §7): what became of a certificate since it was signed.
// Asked by its public status key only, so no personal data leaves the verifier.
struct StatusAnswer {
    std::string kid;
    std::string hash;
    std::string status;  // valid | dissolved | superseded | revoked | unknown
    std::int64_t checkedAt = 0;
    std::string payload;    // the JSON that was signed: {"checked_at","hash","kid","status"}
    std::string signature;  // base64 of the COSE_Sign1 over payload by the trust-list key
};

class CertificateStatusService {
public:
    CertificateStatusService(store::CertificateRepository& certificates, const CertificateService& keys,
                             const Clock& clock);

    // kid: 16 hex digits, hash: 32 hex digits (InvalidField otherwise). An unknown key is answered
    // "unknown", signed like any other answer.
    StatusAnswer status(const std::string& kid, const std::string& hash) const;
    // Throws NotFound{"certificate"}.
    model::IssuedCertificate get(const std::string& id) const;

private:
    store::CertificateRepository& m_certificates;
    const CertificateService& m_keys;
    const Clock& m_clock;
};

}  // namespace wedreg::server::service
