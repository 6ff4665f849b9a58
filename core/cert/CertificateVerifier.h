// SPDX-License-Identifier: Apache-2.0
#pragma once

// Offline verification: decode the layers, find the key by kid (protected header first), check the
// algorithm matches the trusted key, verify the COSE signature, decode the claims, apply key
// revocation (only certificates issued after revoked_at fail) and, when a clock is given, iat/exp.
// Never throws for anything in the scanned text.

#include "core/cert/CertificateCodec.h"
#include "core/cert/TrustStore.h"
#include "core/cert/VerificationResult.h"

#include <memory>
#include <optional>
#include <string>

namespace wedreg::core::cert {

class CertificateVerifier
{
public:
    struct Options
    {
        std::string prefix = std::string(CertificateCodec::kPrefix);
        // Our certificates must carry claim -70001; foreign (DCC) tokens do not.
        bool requireCertificateClaim = true;
        // Seconds since the epoch; when set, iat must not be in the future and exp (if any) not past.
        std::optional<std::int64_t> now;
        // Tolerance for the issuing clock being ahead of the verifier's.
        std::int64_t clockSkewSeconds = 300;
    };

    explicit CertificateVerifier(std::shared_ptr<const TrustStore> trust);
    CertificateVerifier(std::shared_ptr<const TrustStore> trust, Options options);

    VerificationResult verify(std::string_view text) const;
    // From the decoded layers onward (prefix/Base45/zlib already applied).
    VerificationResult verifyDecoded(DecodedCertificate layers) const;

private:
    std::shared_ptr<const TrustStore> m_trust;
    Options m_options;
};

} // namespace wedreg::core::cert
