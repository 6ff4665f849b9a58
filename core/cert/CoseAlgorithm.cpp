// SPDX-License-Identifier: Apache-2.0
#include "core/cert/CoseAlgorithm.h"

#include "core/crypto/Keys.h"

namespace wedreg::core::cert {

std::optional<CoseAlgorithm> coseAlgorithmFromId(std::int64_t id)
{
    switch (static_cast<CoseAlgorithm>(id)) {
    case CoseAlgorithm::ES256:
    case CoseAlgorithm::EdDSA:
    case CoseAlgorithm::PS256:
    case CoseAlgorithm::Sm2Sm3:
        return static_cast<CoseAlgorithm>(id);
    }
    return std::nullopt;
}

crypto::SignatureScheme signatureSchemeOf(CoseAlgorithm algorithm)
{
    switch (algorithm) {
    case CoseAlgorithm::ES256:
        return crypto::SignatureScheme::EcdsaP256Sha256;
    case CoseAlgorithm::EdDSA:
        return crypto::SignatureScheme::Ed25519;
    case CoseAlgorithm::PS256:
        return crypto::SignatureScheme::RsaPssSha256;
    case CoseAlgorithm::Sm2Sm3:
        return crypto::SignatureScheme::Sm2Sm3;
    }
    return crypto::SignatureScheme::EcdsaP256Sha256;
}

std::string_view coseAlgorithmName(CoseAlgorithm algorithm)
{
    switch (algorithm) {
    case CoseAlgorithm::ES256:
        return "ES256";
    case CoseAlgorithm::EdDSA:
        return "EdDSA";
    case CoseAlgorithm::PS256:
        return "PS256";
    case CoseAlgorithm::Sm2Sm3:
        return "SM2-SM3";
    }
    return "unknown";
}

CoseAlgorithm coseAlgorithmForKey(const EVP_PKEY* key)
{
    switch (crypto::keyTypeOf(key)) {
    case crypto::KeyType::EcP256:
        return CoseAlgorithm::ES256;
    case crypto::KeyType::Ed25519:
        return CoseAlgorithm::EdDSA;
    case crypto::KeyType::Sm2:
        return CoseAlgorithm::Sm2Sm3;
    case crypto::KeyType::Rsa2048:
        return CoseAlgorithm::PS256;
    }
    return CoseAlgorithm::ES256;
}

} // namespace wedreg::core::cert
