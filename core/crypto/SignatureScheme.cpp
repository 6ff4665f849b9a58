// SPDX-License-Identifier: Apache-2.0
#include "core/crypto/SignatureScheme.h"

#include "core/crypto/CryptoError.h"
#include "core/crypto/Keys.h"
#include "core/crypto/OpenSslHandles.h"

#include <openssl/rsa.h>

#include <algorithm>
#include <array>
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

// ECDSA-Sig-Value ::= SEQUENCE { r INTEGER, s INTEGER } (RFC 3279 §2.2.3) in DER, written directly
// (every verification needs one): each half with its leading zero bytes dropped, a 0x00 in front
// when its top bit is set (DER integers are signed), zero as 02 01 00 — what i2d_ECDSA_SIG writes
// for the same numbers, without building two BIGNUMs and an ECDSA_SIG first.
constexpr std::size_t kMaxRawHalf = 66; // P-521
constexpr std::size_t kMaxEcdsaDer = 3 + 2 * (2 + 1 + kMaxRawHalf);

std::size_t writeEcdsaDer(ByteView raw, std::uint8_t* out)
{
    if (raw.empty() || raw.size() % 2 != 0 || raw.size() > 2 * kMaxRawHalf) {
        return 0;
    }
    const std::size_t half = raw.size() / 2;
    std::uint8_t integers[2 * (2 + 1 + kMaxRawHalf)];
    std::size_t length = 0;
    for (const ByteView number : {raw.first(half), raw.subspan(half)}) {
        std::size_t skip = 0;
        while (skip + 1 < number.size() && number[skip] == 0) {
            ++skip;
        }
        const ByteView digits = number.subspan(skip);
        const bool pad = (digits[0] & 0x80) != 0;
        integers[length++] = 0x02;
        integers[length++] = static_cast<std::uint8_t>(digits.size() + (pad ? 1 : 0));
        if (pad) {
            integers[length++] = 0x00;
        }
        std::copy(digits.begin(), digits.end(), integers + length);
        length += digits.size();
    }
    std::size_t at = 0;
    out[at++] = 0x30;
    if (length >= 0x80) {
        out[at++] = 0x81; // one length byte follows (P-521 only: at most 138)
    }
    out[at++] = static_cast<std::uint8_t>(length);
    std::copy(integers, integers + length, out + at);
    return at + length;
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
    std::array<std::uint8_t, kMaxEcdsaDer> converted{};
    ByteView toVerify = signature;
    if (usesRawEcdsa(m_scheme)) {
        // COSE fixes the length; anything else (notably a DER signature) is rejected here.
        if (signature.size() != 2 * kCoordinateSize) {
            return false;
        }
        const std::size_t length = writeEcdsaDer(signature, converted.data());
        if (length == 0) {
            return false;
        }
        toVerify = ByteView(converted.data(), length);
    } else if (m_scheme == SignatureScheme::Ed25519 && signature.size() != 64) {
        return false;
    }
    // The copy owns a duplicate of the key context (EVP_MD_CTX_copy_ex), so calls never share state.
    // It is used once: FINALISE spares EVP_DigestVerifyFinal duplicating that context yet again to
    // keep this one usable afterwards.
    EvpMdCtxPtr md(EVP_MD_CTX_new());
    const bool ok = md && EVP_MD_CTX_copy_ex(md.get(), m_prepared.get()) == 1
        && (EVP_MD_CTX_set_flags(md.get(), EVP_MD_CTX_FLAG_FINALISE), true)
        && EVP_DigestVerify(md.get(), toVerify.data(), toVerify.size(), message.data(), message.size()) == 1;
    CryptoError::drainErrorQueue();
    return ok;
}

std::optional<Bytes> ecdsaRawToDer(ByteView raw)
{
    std::array<std::uint8_t, kMaxEcdsaDer> buffer{};
    const std::size_t length = writeEcdsaDer(raw, buffer.data());
    if (length == 0) {
        return std::nullopt;
    }
    return Bytes(buffer.begin(), buffer.begin() + static_cast<std::ptrdiff_t>(length));
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
