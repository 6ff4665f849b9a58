// SPDX-License-Identifier: Apache-2.0
#pragma once

// The CBOR Web Token claims set (RFC 8392) signed inside the COSE_Sign1:
//   1 iss (tstr, issuing authority), 4 exp (optional; marriage certificates do not expire, DCC ones
//   do), 6 iat (int, seconds since the epoch), 7 cti (bstr, 16 random bytes: the status key),
//   -70001 (private: MarriageCertificate). Other claims are kept out of our certificates but tolerated
//   when decoding foreign (DCC) tokens, whose payload claim -260 we never interpret here.

#include "core/cert/CborItem.h"
#include "core/cert/MarriageCertificate.h"
#include "core/crypto/Bytes.h"

#include <cstdint>
#include <optional>
#include <string>

namespace wedreg::core::cert {

struct CwtClaims
{
    static constexpr std::int64_t kIssuer = 1;
    static constexpr std::int64_t kExpiration = 4;
    static constexpr std::int64_t kIssuedAt = 6;
    static constexpr std::int64_t kCwtId = 7;
    static constexpr std::int64_t kCertificateClaim = -70001;
    static constexpr std::size_t kCtiLength = 16;

    std::string issuer;
    std::int64_t issuedAt = 0;
    std::optional<std::int64_t> expiresAt;
    Bytes cti;
    std::optional<MarriageCertificate> certificate;

    // A fresh 16-byte random cti.
    static Bytes newCti();

    // Deterministic CBOR. Throws CertificateError{"claims", ...} for a cti of the wrong length.
    Bytes encode() const;

    // Throws CertificateError{"cbor", ...} for non-CBOR bytes, {"claims", detail} for a claims set
    // that is not a map or has mistyped standard claims, and {"payload", ...} (from
    // MarriageCertificate) for a malformed certificate claim.
    static CwtClaims decode(ByteView data);
    // The raw claims map, for profiles (DCC) that read claims of their own.
    static CborItem decodeMap(ByteView data);
};

} // namespace wedreg::core::cert
