// SPDX-License-Identifier: Apache-2.0
#include "core/crypto/SignatureScheme.h"

#include "core/crypto/CryptoError.h"
#include "core/crypto/Keys.h"
#include "core/crypto/OpenSslHandles.h"

#include <openssl/rsa.h>

#include <climits>

namespace wedreg::core::crypto {

namespace {

constexpr std::size_t kCoordinateSize = 32; // P-256 and SM2 both use 256-bit coordinates

bool keyFits(SignatureScheme scheme, const EVP_PKEY* key)
{
    try {
        const KeyType type = keyTypeOf(key);
        switch (scheme) {
        case SignatureScheme::EcdsaP256Sha256:
            return type == KeyType::EcP256;
        case SignatureScheme::RsaPssSha256:
            return type == KeyType::Rsa2048;
        case SignatureScheme::Ed25519:
            return type == KeyType::Ed25519;
        case SignatureScheme::Sm2Sm3:
            return type == KeyType::Sm2;
        }
    } catch (const CryptoError&) {
    }
    return false;
}

// Fetched once: handing OpenSSL 3 the legacy EVP_sha256() makes it look the algorithm up again on
// every initialisation. Never freed (process lifetime), like OpenSSL's own default provider.
const EVP_MD* sha256()
{
    static const EVP_MD* const digest = EVP_MD_fetch(nullptr, "SHA256", nullptr);
    return digest;
}

const EVP_MD* sm3()
{
    static const EVP_MD* const digest = EVP_MD_fetch(nullptr, "SM3", nullptr);
    return digest;
}

// Prepares `md` for a one-shot sign/verify under the scheme. `pkeyHolder` keeps an SM2 context alive
// for as long as `md` uses it (EVP_MD_CTX does not own a context given via set_pkey_ctx).
bool initContext(SignatureScheme scheme, EVP_PKEY* key, EVP_MD_CTX* md, EvpPkeyCtxPtr& pkeyHolder, bool forSigning)
{
    const auto init = [&](const EVP_MD* digest, EVP_PKEY_CTX** out) {
        return forSigning ? EVP_DigestSignInit(md, out, digest, nullptr, key)
                          : EVP_DigestVerifyInit(md, out, digest, nullptr, key);
    };
    switch (scheme) {
    case SignatureScheme::EcdsaP256Sha256:
        return init(sha256(), nullptr) == 1;
    case SignatureScheme::Ed25519:
        return init(nullptr, nullptr) == 1;
    case SignatureScheme::RsaPssSha256: {
        EVP_PKEY_CTX* pkeyContext = nullptr; // owned by md
        return init(sha256(), &pkeyContext) == 1
            && EVP_PKEY_CTX_set_rsa_padding(pkeyContext, RSA_PKCS1_PSS_PADDING) > 0
            && EVP_PKEY_CTX_set_rsa_pss_saltlen(pkeyContext, RSA_PSS_SALTLEN_DIGEST) > 0
            && EVP_PKEY_CTX_set_rsa_mgf1_md(pkeyContext, EVP_sha256()) > 0;
    }
    case SignatureScheme::Sm2Sm3:
        pkeyHolder.reset(EVP_PKEY_CTX_new(key, nullptr));
        if (!pkeyHolder
            || EVP_PKEY_CTX_set1_id(pkeyHolder.get(), kSm2DistinguishingId.data(), kSm2DistinguishingId.size())
                <= 0) {
            return false;
        }
        EVP_MD_CTX_set_pkey_ctx(md, pkeyHolder.get());
        return init(sm3(), nullptr) == 1;
    }
    return false;
}

bool usesRawEcdsa(SignatureScheme scheme)
{
    return scheme == SignatureScheme::EcdsaP256Sha256 || scheme == SignatureScheme::Sm2Sm3;
}

} // namespace

Bytes signMessage(SignatureScheme scheme, EVP_PKEY* key, ByteView message)
{
    if (scheme == SignatureScheme::RsaPssSha256 || !keyFits(scheme, key)) {
        throw CryptoError("sign-key-mismatch");
    }
    EvpPkeyCtxPtr pkeyHolder; // must outlive md
    EvpMdCtxPtr md(EVP_MD_CTX_new());
    if (!md || !initContext(scheme, key, md.get(), pkeyHolder, true)) {
        throw CryptoError("sign-init");
    }
    std::size_t length = 0;
    if (EVP_DigestSign(md.get(), nullptr, &length, message.data(), message.size()) != 1) {
        throw CryptoError("sign");
    }
    Bytes signature(length);
    if (EVP_DigestSign(md.get(), signature.data(), &length, message.data(), message.size()) != 1) {
        throw CryptoError("sign");
    }
    signature.resize(length);
    return usesRawEcdsa(scheme) ? ecdsaDerToRaw(signature, kCoordinateSize) : signature;
}

bool verifyMessage(SignatureScheme scheme, EVP_PKEY* key, ByteView message, ByteView signature)
{
    return PreparedVerifier(scheme, key).verify(message, signature);
}

PreparedVerifier::PreparedVerifier(SignatureScheme scheme, EVP_PKEY* key)
    : m_scheme(scheme)
{
    if (keyFits(scheme, key)) {
        EvpMdCtxPtr md(EVP_MD_CTX_new());
        if (md && initContext(scheme, key, md.get(), m_pkeyHolder, false)) {
            m_prepared = std::move(md);
        }
    }
    CryptoError::drainErrorQueue();
}

bool PreparedVerifier::verify(ByteView message, ByteView signature) const
{
    if (!m_prepared) {
        return false;
    }
    Bytes converted;
    ByteView toVerify = signature;
    if (usesRawEcdsa(m_scheme)) {
        // COSE fixes the length; anything else (notably a DER signature) is rejected here.
        if (signature.size() != 2 * kCoordinateSize) {
            return false;
        }
        auto der = ecdsaRawToDer(signature);
        if (!der) {
            return false;
        }
        converted = std::move(*der);
        toVerify = converted;
    } else if (m_scheme == SignatureScheme::Ed25519 && signature.size() != 64) {
        return false;
    }
    // The copy owns a duplicate of the key context (EVP_MD_CTX_copy_ex), so calls never share state.
    EvpMdCtxPtr md(EVP_MD_CTX_new());
    const bool ok = md && EVP_MD_CTX_copy_ex(md.get(), m_prepared.get()) == 1
        && EVP_DigestVerify(md.get(), toVerify.data(), toVerify.size(), message.data(), message.size()) == 1;
    CryptoError::drainErrorQueue();
    return ok;
}

std::optional<Bytes> ecdsaRawToDer(ByteView raw)
{
    if (raw.empty() || raw.size() % 2 != 0 || raw.size() > 2 * 66) {
        return std::nullopt;
    }
    const int half = static_cast<int>(raw.size() / 2);
    BignumPtr r(BN_bin2bn(raw.data(), half, nullptr));
    BignumPtr s(BN_bin2bn(raw.data() + half, half, nullptr));
    EcdsaSigPtr signature(ECDSA_SIG_new());
    if (!r || !s || !signature || ECDSA_SIG_set0(signature.get(), r.get(), s.get()) != 1) {
        CryptoError::drainErrorQueue();
        return std::nullopt;
    }
    // ECDSA_SIG_set0 took ownership of r and s.
    (void)r.release();
    (void)s.release();
    unsigned char* buffer = nullptr;
    const int length = i2d_ECDSA_SIG(signature.get(), &buffer);
    if (length <= 0) {
        CryptoError::drainErrorQueue();
        return std::nullopt;
    }
    Bytes der(buffer, buffer + length);
    OPENSSL_free(buffer);
    return der;
}

Bytes ecdsaDerToRaw(ByteView der, std::size_t coordinateSize)
{
    const unsigned char* cursor = der.data();
    if (der.size() > static_cast<std::size_t>(LONG_MAX)) {
        throw CryptoError("ecdsa-der");
    }
    EcdsaSigPtr signature(d2i_ECDSA_SIG(nullptr, &cursor, static_cast<long>(der.size())));
    if (!signature || cursor != der.data() + der.size()) {
        throw CryptoError("ecdsa-der");
    }
    const BIGNUM* r = ECDSA_SIG_get0_r(signature.get());
    const BIGNUM* s = ECDSA_SIG_get0_s(signature.get());
    Bytes raw(2 * coordinateSize);
    const int size = static_cast<int>(coordinateSize);
    if (BN_bn2binpad(r, raw.data(), size) != size || BN_bn2binpad(s, raw.data() + coordinateSize, size) != size) {
        throw CryptoError("ecdsa-der");
    }
    return raw;
}

} // namespace wedreg::core::crypto
