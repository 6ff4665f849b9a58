// SPDX-License-Identifier: Apache-2.0
#pragma once

// The four signature schemes the certificate codec speaks, as plain sign/verify over a message.
// ECDSA and SM2 signatures are exchanged in the fixed-size raw r‖s form COSE uses (RFC 9053 §2.1),
// never DER: a DER signature handed to verify() is simply the wrong length and fails.

#include "core/crypto/Bytes.h"
#include "core/crypto/OpenSslHandles.h"

#include <openssl/evp.h>

#include <optional>

namespace wedreg::core::crypto {

enum class SignatureScheme {
    EcdsaP256Sha256, // COSE ES256
    RsaPssSha256, // COSE PS256: MGF1-SHA-256, salt length = 32
    Ed25519, // COSE EdDSA
    Sm2Sm3, // GB/T 32918 SM2 with SM3 and distinguishing ID kSm2DistinguishingId
};

// Throws CryptoError if the key does not fit the scheme or OpenSSL fails. RSA-PSS signing is not
// offered: we only verify foreign PS256 certificates.
Bytes signMessage(SignatureScheme scheme, EVP_PKEY* key, ByteView message);

// false for a wrong signature, a signature of the wrong shape or a key of the wrong type; never
// throws for attacker-controlled input. Leaves the OpenSSL error queue empty.
bool verifyMessage(SignatureScheme scheme, EVP_PKEY* key, ByteView message, ByteView signature);

// A verification context set up once for one key (digest fetched, key bound, SM2 ID set) and copied
// per call, so that a trust-store entry does not pay the set-up on every certificate. Same contract
// as verifyMessage(); const and safe to share between threads (each call works on its own copy).
class PreparedVerifier
{
public:
    // Never throws: a key that does not fit the scheme makes a verifier that rejects everything.
    PreparedVerifier(SignatureScheme scheme, EVP_PKEY* key);
    bool verify(ByteView message, ByteView signature) const;

private:
    SignatureScheme m_scheme;
    EvpPkeyCtxPtr m_pkeyHolder; // SM2's context, which m_prepared uses but does not own
    EvpMdCtxPtr m_prepared; // null when the key does not fit or OpenSSL refused the set-up
};

// raw r‖s (2 × coordinateSize bytes) <-> DER ECDSA-Sig-Value. rawToDer: nullopt for a wrong length.
std::optional<Bytes> ecdsaRawToDer(ByteView raw);
// throws CryptoError{"ecdsa-der"} if der is not a signature whose r and s fit coordinateSize.
Bytes ecdsaDerToRaw(ByteView der, std::size_t coordinateSize);

} // namespace wedreg::core::crypto
