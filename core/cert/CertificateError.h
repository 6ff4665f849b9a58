// SPDX-License-Identifier: Apache-2.0
#pragma once

// A certificate (or one of its encoding layers) could not be decoded, verified or built. code() is the
// stable failure reason a verifier reports (the layer that failed: "prefix", "base45", "zlib", "cbor",
// "cose", "alg", "kid-unknown", "signature", ...); detail() says what exactly was wrong inside that
// layer ("invalid-character", "too-large", ...) for logs and tests.

#include "core/Errors.h"

#include <string>
#include <string_view>

namespace wedreg::core::cert {

class CertificateError : public DomainError
{
public:
    CertificateError(std::string reason, std::string detail)
        : DomainError(reason, "certificate: " + reason + (detail.empty() ? std::string{} : " (" + detail + ")"))
        , m_detail(std::move(detail))
    {
    }

    const std::string& reason() const noexcept { return code(); }
    const std::string& detail() const noexcept { return m_detail; }

private:
    std::string m_detail;
};

// Failure reasons, in pipeline order. Kept as constants so server, CLI and kiosk map them to text.
namespace reason {
inline constexpr std::string_view kPrefix = "prefix";
inline constexpr std::string_view kBase45 = "base45";
inline constexpr std::string_view kZlib = "zlib";
inline constexpr std::string_view kCbor = "cbor";
inline constexpr std::string_view kCose = "cose";
inline constexpr std::string_view kAlg = "alg"; // missing or unsupported algorithm
inline constexpr std::string_view kAlgMismatch = "alg-mismatch"; // header alg differs from the trusted key's
inline constexpr std::string_view kKidMissing = "kid-missing";
inline constexpr std::string_view kKidUnknown = "kid-unknown";
inline constexpr std::string_view kKeyRevoked = "key-revoked";
inline constexpr std::string_view kSignature = "signature";
inline constexpr std::string_view kClaims = "claims"; // payload is not a well-formed CWT
inline constexpr std::string_view kPayload = "payload"; // CWT lacks or has a malformed certificate claim
inline constexpr std::string_view kNotYetValid = "not-yet-valid";
inline constexpr std::string_view kExpired = "expired";
inline constexpr std::string_view kIdentifier = "identifier";
} // namespace reason

} // namespace wedreg::core::cert
