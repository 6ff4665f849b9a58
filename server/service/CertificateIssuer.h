// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "server/model/Registration.h"

#include <cstdint>
#include <string>

namespace wedreg::server::store {
class CertificateRepository;
class WriteTransaction;
}  // namespace wedreg::server::store

namespace wedreg::server::service {

class CertificateService;

// Issues the electronic certificate of a legal act (DESIGN §7) inside the act's own transaction:
// takes the office's next serial, builds the GB/T 36904 identifier and the 字号, signs the CWT with
// the office's current key and stores the QR text with its public status key.
class CertificateIssuer {
public:
    CertificateIssuer(store::CertificateRepository& certificates, const CertificateService& keys);

    // `kind`: marriage | divorce | reissue | record. `act` supplies the office, the parties as
    // printed and the registration date (for a reissue or record: the date of the original act,
    // passed as `registrationDay`). Throws core::Unavailable{"signing-key"} when the office has no key.
    model::IssuedCertificate issue(store::WriteTransaction& tx, const std::string& kind, const model::Registration& act,
                                   const std::string& registrationDay, std::int64_t now);

    // "J370102-2026-000123" style numbers: the prefix names the kind (J 结婚, L 离婚, BJ 补领, JL 记录).
    static std::string numberFor(const std::string& kind, const std::string& officeCode, int year, int serial);

private:
    store::CertificateRepository& m_certificates;
    const CertificateService& m_keys;
};

}  // namespace wedreg::server::service
