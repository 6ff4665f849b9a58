// SPDX-License-Identifier: Apache-2.0
#include "core/cert/CoseSigner.h"

#include "core/crypto/CryptoError.h"
#include "core/crypto/Digest.h"
#include "core/crypto/Keys.h"

namespace wedreg::core::cert {

CoseSigner::CoseSigner(crypto::EvpPkeyPtr privateKey, const X509* certificate)
    : m_key(std::move(privateKey))
    , m_algorithm(coseAlgorithmForKey(m_key.get()))
    , m_kid(kidOf(crypto::certificateDer(certificate)))
{
    if (m_algorithm == CoseAlgorithm::PS256) {
        // We verify foreign PS256 certificates but never issue with RSA (size budget of the QR code).
        throw crypto::CryptoError("issuing-algorithm");
    }
    const crypto::EvpPkeyPtr certified = crypto::publicKeyOf(certificate);
    if (EVP_PKEY_eq(certified.get(), m_key.get()) != 1) {
        throw crypto::CryptoError("key-mismatch");
    }
}

Bytes CoseSigner::kidOf(ByteView certificateDer)
{
    const auto digest = crypto::sha256(certificateDer);
    return {digest.begin(), digest.begin() + kKidLength};
}

Bytes CoseSigner::sign(ByteView message) const
{
    return crypto::signMessage(signatureSchemeOf(m_algorithm), m_key.get(), message);
}

} // namespace wedreg::core::cert
