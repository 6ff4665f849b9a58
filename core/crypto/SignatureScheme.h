// SPDX-License-Identifier: Apache-2.0
#pragma once

// The four signature schemes the certificate codec speaks, as plain sign/verify over a message.
// ECDSA and SM2 signatures are exchanged in the fixed-size raw r‖s form COSE uses (RFC 9053 §2.1),
// never DER: a DER signature handed to verify() is simply the wrong length and fails.

#include "core/crypto/Bytes.h"

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

// raw r‖s (2 × coordinateSize bytes) <-> DER ECDSA-Sig-Value. rawToDer: nullopt for a wrong length.
std::optional<Bytes> ecdsaRawToDer(ByteView raw);
// throws CryptoError{"ecdsa-der"} if der is not a signature whose r and s fit coordinateSize.
Bytes ecdsaDerToRaw(ByteView der, std::size_t coordinateSize);

} // namespace wedreg::core::crypto
