// SPDX-License-Identifier: Apache-2.0
#pragma once

// COSE algorithm identifiers (IANA "COSE Algorithms") we sign or verify with.
// SM2-with-SM3 has no IANA code point, so we use -65601 from the range IANA reserves for
// private use (< -65536): a value from the registered range (e.g. -48) could later be assigned to
// something else and make our certificates ambiguous. Verifiers outside wedreg must be configured for it.

#include "core/crypto/SignatureScheme.h"

#include <cstdint>
#include <optional>
#include <string_view>

namespace wedreg::core::cert {

enum class CoseAlgorithm : std::int64_t {
    ES256 = -7,
    EdDSA = -8,
    PS256 = -37,
    Sm2Sm3 = -65601,
};

std::optional<CoseAlgorithm> coseAlgorithmFromId(std::int64_t id);
crypto::SignatureScheme signatureSchemeOf(CoseAlgorithm algorithm);
std::string_view coseAlgorithmName(CoseAlgorithm algorithm);
// The algorithm a key signs with: P-256 -> ES256, Ed25519 -> EdDSA, SM2 -> Sm2Sm3, RSA -> PS256.
// Throws CryptoError{"key-type"} for other keys.
CoseAlgorithm coseAlgorithmForKey(const EVP_PKEY* key);

} // namespace wedreg::core::cert
