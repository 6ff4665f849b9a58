// SPDX-License-Identifier: Apache-2.0
#include "core/crypto/Aead.h"

#include "core/crypto/CryptoError.h"
#include "core/crypto/Digest.h"

#include <openssl/evp.h>

#include <memory>

namespace wedreg::core::crypto {
namespace {

struct CipherContextFree {
    void operator()(EVP_CIPHER_CTX* ctx) const { EVP_CIPHER_CTX_free(ctx); }
};
using CipherContext = std::unique_ptr<EVP_CIPHER_CTX, CipherContextFree>;

CipherContext newContext()
{
    CipherContext ctx(EVP_CIPHER_CTX_new());
    if (!ctx)
        throw CryptoError("aead-context");
    return ctx;
}

int length(std::size_t n)
{
    return static_cast<int>(n);
}

}  // namespace

Bytes aes256GcmSeal(ByteView key, ByteView plaintext, ByteView associatedData)
{
    if (key.size() != kAes256KeyBytes)
        throw CryptoError("aead-key");
    Bytes out = randomBytes(kGcmNonceBytes);
    out.resize(kGcmNonceBytes + plaintext.size() + kGcmTagBytes);
    auto ctx = newContext();
    int written = 0;
    int finalLength = 0;
    if (EVP_EncryptInit_ex(ctx.get(), EVP_aes_256_gcm(), nullptr, key.data(), out.data()) != 1 ||
        (!associatedData.empty() &&
         EVP_EncryptUpdate(ctx.get(), nullptr, &written, associatedData.data(), length(associatedData.size())) != 1) ||
        EVP_EncryptUpdate(ctx.get(), out.data() + kGcmNonceBytes, &written, plaintext.data(),
                          length(plaintext.size())) != 1 ||
        EVP_EncryptFinal_ex(ctx.get(), out.data() + kGcmNonceBytes + written, &finalLength) != 1 ||
        EVP_CIPHER_CTX_ctrl(ctx.get(), EVP_CTRL_GCM_GET_TAG, length(kGcmTagBytes),
                            out.data() + kGcmNonceBytes + plaintext.size()) != 1)
        throw CryptoError("aead-seal");
    return out;
}

std::optional<Bytes> aes256GcmOpen(ByteView key, ByteView sealed, ByteView associatedData)
{
    if (key.size() != kAes256KeyBytes)
        throw CryptoError("aead-key");
    if (sealed.size() < kGcmNonceBytes + kGcmTagBytes)
        return std::nullopt;
    const auto cipherLength = sealed.size() - kGcmNonceBytes - kGcmTagBytes;
    Bytes plain(cipherLength);
    Bytes tag(sealed.end() - kGcmTagBytes, sealed.end());
    auto ctx = newContext();
    int written = 0;
    int finalLength = 0;
    if (EVP_DecryptInit_ex(ctx.get(), EVP_aes_256_gcm(), nullptr, key.data(), sealed.data()) != 1 ||
        (!associatedData.empty() &&
         EVP_DecryptUpdate(ctx.get(), nullptr, &written, associatedData.data(), length(associatedData.size())) != 1) ||
        EVP_DecryptUpdate(ctx.get(), plain.data(), &written, sealed.data() + kGcmNonceBytes, length(cipherLength)) != 1 ||
        EVP_CIPHER_CTX_ctrl(ctx.get(), EVP_CTRL_GCM_SET_TAG, length(kGcmTagBytes), tag.data()) != 1)
        throw CryptoError("aead-open");
    if (EVP_DecryptFinal_ex(ctx.get(), plain.data() + written, &finalLength) != 1)
        return std::nullopt;  // authentication failed
    return plain;
}

}  // namespace wedreg::core::crypto
