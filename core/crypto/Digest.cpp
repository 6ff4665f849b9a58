// SPDX-License-Identifier: Apache-2.0
#include "core/crypto/Digest.h"

#include "core/crypto/CryptoError.h"
#include "core/crypto/OpenSslHandles.h"

#include <openssl/core_names.h>
#include <openssl/rand.h>

#include <climits>

namespace wedreg::core::crypto {

Sha256Digest sha256(ByteView data)
{
    Sha256Digest out{};
    unsigned int length = 0;
    if (EVP_Digest(data.data(), data.size(), out.data(), &length, EVP_sha256(), nullptr) != 1
        || length != out.size()) {
        throw CryptoError("sha256");
    }
    return out;
}

Sha256Digest hmacSha256(ByteView key, ByteView data)
{
    EvpMacPtr mac(EVP_MAC_fetch(nullptr, "HMAC", nullptr));
    if (!mac) {
        throw CryptoError("hmac-fetch");
    }
    EvpMacCtxPtr ctx(EVP_MAC_CTX_new(mac.get()));
    char digestName[] = "SHA256";
    const OSSL_PARAM params[] = {OSSL_PARAM_construct_utf8_string(OSSL_MAC_PARAM_DIGEST, digestName, 0),
                                 OSSL_PARAM_construct_end()};
    // An empty key is legal HMAC; OpenSSL wants a non-null pointer for it.
    static const std::uint8_t kEmpty = 0;
    if (!ctx || EVP_MAC_init(ctx.get(), key.empty() ? &kEmpty : key.data(), key.size(), params) != 1
        || EVP_MAC_update(ctx.get(), data.data(), data.size()) != 1) {
        throw CryptoError("hmac");
    }
    Sha256Digest out{};
    std::size_t length = 0;
    if (EVP_MAC_final(ctx.get(), out.data(), &length, out.size()) != 1 || length != out.size()) {
        throw CryptoError("hmac");
    }
    return out;
}

Bytes randomBytes(std::size_t count)
{
    Bytes out(count);
    if (count > static_cast<std::size_t>(INT_MAX) || (count > 0 && RAND_bytes(out.data(), static_cast<int>(count)) != 1)) {
        throw CryptoError("random");
    }
    return out;
}

} // namespace wedreg::core::crypto
