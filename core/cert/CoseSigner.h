// SPDX-License-Identifier: Apache-2.0
#pragma once

// An issuing office's signing key together with what verifiers need to find it: the COSE algorithm
// (from the key type) and the kid, the first 8 bytes of SHA-256 over the signing certificate's DER
// (as DCC does), so a kid can be recomputed from the certificate in the trust list.

#include "core/cert/CoseAlgorithm.h"
#include "core/crypto/Bytes.h"
#include "core/crypto/OpenSslHandles.h"

namespace wedreg::core::cert {

class CoseSigner
{
public:
    static constexpr std::size_t kKidLength = 8;

    // `privateKey` must be the key certified by `certificate`; throws CryptoError{"key-mismatch"} if not.
    CoseSigner(crypto::EvpPkeyPtr privateKey, const X509* certificate);

    static Bytes kidOf(ByteView certificateDer);

    CoseAlgorithm algorithm() const noexcept { return m_algorithm; }
    const Bytes& kid() const noexcept { return m_kid; }
    EVP_PKEY* key() const noexcept { return m_key.get(); }

    // Signature over `message` in COSE form (raw r‖s for ES256 and SM2).
    Bytes sign(ByteView message) const;

private:
    crypto::EvpPkeyPtr m_key;
    CoseAlgorithm m_algorithm;
    Bytes m_kid;
};

} // namespace wedreg::core::cert
