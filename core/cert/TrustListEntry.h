// SPDX-License-Identifier: Apache-2.0
#pragma once

// One signing key as published in the trust list: the office's certificate (DER) and its status.
// kid and alg are carried explicitly so a person reading the list (JSON rendering) sees them, and the
// verifier checks both against the certificate rather than trusting them.

#include "core/cert/CoseAlgorithm.h"
#include "core/crypto/Bytes.h"

#include <cstdint>
#include <optional>
#include <string>

namespace wedreg::core::cert {

struct TrustListEntry
{
    Bytes kid;
    std::string office;
    CoseAlgorithm algorithm = CoseAlgorithm::ES256;
    Bytes certificateDer;
    // Revocation is a point in time (DESIGN §7): certificates with iat <= revokedAt stay valid.
    std::optional<std::int64_t> revokedAt;

    static constexpr std::string_view kStatusActive = "active";
    static constexpr std::string_view kStatusRevoked = "revoked";
    std::string_view status() const noexcept { return revokedAt ? kStatusRevoked : kStatusActive; }

    // kid, alg and DER from an office signing certificate.
    static TrustListEntry fromCertificate(const X509* certificate, std::string office);
};

} // namespace wedreg::core::cert
