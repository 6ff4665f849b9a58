// SPDX-License-Identifier: Apache-2.0
#pragma once

// The certificate string pipeline (DESIGN §7), the EU DCC one with our own prefix:
//   prefix ‖ Base45( zlib( COSE_Sign1( CWT claims ) ) )
// Our certificates use "MC1:"; the DCC conformance vectors use "HC1:". Every output character is in
// the QR alphanumeric set, so the QR encoder can use its densest text mode.

#include "core/cert/CoseSigner.h"
#include "core/cert/CwtClaims.h"
#include "core/cert/DecodedCertificate.h"

#include <string>
#include <string_view>

namespace wedreg::core::cert {

class CertificateCodec
{
public:
    static constexpr std::string_view kPrefix = "MC1:";
    static constexpr std::string_view kDccPrefix = "HC1:";

    static std::string issue(const CwtClaims& claims, const CoseSigner& signer, std::string_view prefix = kPrefix);

    // prefix ‖ Base45(zlib(cose)): the outer layers alone (tests, trust lists, tampering experiments).
    static std::string wrap(ByteView cose, std::string_view prefix = kPrefix);

    // Never throws for bad input: failures are reported in the result (reasons "prefix", "base45",
    // "zlib", "cbor", "cose").
    static DecodedCertificate decode(std::string_view text, std::string_view expectedPrefix = kPrefix);
};

} // namespace wedreg::core::cert
