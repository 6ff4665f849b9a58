// SPDX-License-Identifier: Apache-2.0
#pragma once

// Key and certificate plumbing: generate signing keys (tests, dev scripts), parse and serialise
// X.509 certificates and public keys. Everything returns owning handles; failures throw CryptoError.

#include "core/crypto/Bytes.h"
#include "core/crypto/OpenSslHandles.h"

#include <string>
#include <string_view>
#include <vector>

namespace wedreg::core::crypto {

enum class KeyType {
    EcP256, // ES256
    Ed25519, // EdDSA
    Sm2, // SM2 curve; signs with SM3
    Rsa2048, // PS256 (verification of foreign certificates; we do not issue with RSA)
};

EvpPkeyPtr generateKey(KeyType type);

// Which of the KeyType families a key belongs to; throws CryptoError{"key-type"} for anything else
// (e.g. an EC key on a curve other than P-256 or SM2).
KeyType keyTypeOf(const EVP_PKEY* key);

X509Ptr parseCertificateDer(ByteView der);
X509Ptr parseCertificatePem(std::string_view pem);
Bytes certificateDer(const X509* certificate);
std::string certificatePem(const X509* certificate);

EvpPkeyPtr publicKeyOf(const X509* certificate);

// SubjectPublicKeyInfo DER.
EvpPkeyPtr parsePublicKeyDer(ByteView der);
Bytes publicKeyDer(const EVP_PKEY* key);

// PKCS#8 PEM, for dev tooling that stores keys outside the repository.
std::string privateKeyPem(const EVP_PKEY* key);
EvpPkeyPtr parsePrivateKeyPem(std::string_view pem);

// A self-signed certificate for `key`, valid `days` from now. Used by tests and the dev-key script;
// production signing certificates come from the office CA.
X509Ptr makeSelfSignedCertificate(EVP_PKEY* key, const std::string& commonName, int days = 365);

// A certificate for `subjectKey` issued (signed) by `issuerKey`, whose certificate is `issuer`: how a
// root certifies the trust-list signer and the office keys in tests. basicConstraints/keyUsage mark it
// as a CA (keyCertSign) or an end entity (digitalSignature).
X509Ptr makeIssuedCertificate(EVP_PKEY* subjectKey, const std::string& commonName, const X509* issuer,
                              EVP_PKEY* issuerKey, int days = 365, bool certificateAuthority = false);

// True when `certificate`'s signature verifies under `issuerKey` (the chain step a pinned root makes).
bool isSignedBy(const X509* certificate, EVP_PKEY* issuerKey);

// Dotted OIDs of the extendedKeyUsage extension; empty when the extension is absent.
std::vector<std::string> extendedKeyUsageOids(const X509* certificate);

// The SM2 distinguishing ID (GB/T 32918 default, GM/T 0009): always set explicitly because OpenSSL 3
// defaults to an empty ID, which silently produces signatures other SM2 stacks reject.
inline constexpr std::string_view kSm2DistinguishingId = "1234567812345678";

} // namespace wedreg::core::crypto
