// SPDX-License-Identifier: Apache-2.0
#pragma once

// One signing key a verifier trusts: which kid it answers to, which algorithm it signs with, its public
// key, the office it belongs to, and when (if ever) it was revoked. Revocation is a point in time,
// not a flag: certificates issued before it stay valid (DESIGN §7).

#include "core/cert/CoseAlgorithm.h"
#include "core/crypto/Bytes.h"
#include "core/crypto/OpenSslHandles.h"
#include "core/crypto/SignatureScheme.h"

#include <cstdint>
#include <memory>
#include <optional>
#include <string>

namespace wedreg::core::cert {

struct TrustEntry
{
    Bytes kid;
    CoseAlgorithm algorithm = CoseAlgorithm::ES256;
    crypto::SharedPkey publicKey;
    std::string office;
    std::optional<std::int64_t> revokedAt; // seconds since the epoch
    Bytes certificateDer; // empty when only the public key is known
    // Set by TrustStore::add: the key's verification context, prepared once for every certificate.
    std::shared_ptr<const crypto::PreparedVerifier> verifier;

    // kid, algorithm and key from a signing certificate (kid = SHA-256(DER)[0..8]).
    static TrustEntry fromCertificate(const X509* certificate, std::string office = {});
};

} // namespace wedreg::core::cert
