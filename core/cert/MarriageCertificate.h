// SPDX-License-Identifier: Apache-2.0
#pragma once

// The certificate carried in CWT private claim -70001 (DESIGN §7). CBOR layout (integer labels keep
// the QR code small; all maps deterministic):
//   {1: version (uint, = 1), 2: identifier (tstr, GB/T 36904), 3: registration date (date),
//    4: office code (tstr), 5: kind (uint, CertificateKind), 6: parties [ {1: name, 2: latin name,
//    3: birth date (date), 4: nationality (tstr, ISO 3166-1 alpha-3), 5: masked ID}, ... ] }
// where date = RFC 8943 tag 100 (days since 1970-01-01): a third of the size of "YYYY-MM-DD".
// Unknown labels are rejected rather than ignored: a verifier must not show a certificate whose
// meaning it does not fully understand.

#include "core/calendar/Date.h"
#include "core/cert/CborItem.h"
#include "core/cert/CborView.h"
#include "core/cert/CertificateKind.h"
#include "core/cert/CertificateParty.h"

#include <string>
#include <vector>

namespace wedreg::core::cert {

struct MarriageCertificate
{
    static constexpr std::int64_t kVersion = 1;
    static constexpr std::size_t kMaxParties = 2;

    std::int64_t version = kVersion;
    std::string identifier;
    Date registrationDate;
    std::string officeCode;
    CertificateKind kind = CertificateKind::Marriage;
    std::vector<CertificateParty> parties;

    CborItem toCbor() const;
    // Throws CertificateError{"payload", detail} (details name the offending field, e.g.
    // "version", "identifier", "registration-date", "parties", "party-birth-date", "unknown-label").
    // Reads the claim in place (CborView::decode of toCbor().encode() in tests).
    static MarriageCertificate fromCbor(const CborView& item);

    friend bool operator==(const MarriageCertificate&, const MarriageCertificate&) = default;
};

} // namespace wedreg::core::cert
