// SPDX-License-Identifier: Apache-2.0
#include "server/service/IdCipher.h"

#include "core/crypto/Aead.h"
#include "core/crypto/CryptoError.h"
#include "core/crypto/Digest.h"
#include "server/service/Base64.h"
#include "server/service/SecretFile.h"

namespace wedreg::server::service {
namespace {

// Binds every ciphertext to its purpose: an ID number sealed here opens only as an ID number.
constexpr std::string_view kAssociatedData = "wedreg id number v1";

std::string keyIdOf(const std::string& key)
{
    return core::toHex(core::crypto::sha256(core::asBytes(key))).substr(0, 8);
}

}  // namespace

IdCipher::IdCipher(const std::vector<std::string>& keys)
{
    for (const auto& key : keys) {
        if (key.size() < core::crypto::kAes256KeyBytes)
            throw core::crypto::CryptoError("aead-key");
        const auto k = key.substr(0, core::crypto::kAes256KeyBytes);
        const auto id = keyIdOf(k);
        if (m_current.empty())
            m_current = id;
        m_keys.emplace(id, k);
    }
    if (m_current.empty())
        throw core::crypto::CryptoError("aead-key");
}

IdCipher IdCipher::load(const std::string& currentKeyFile, const std::vector<std::string>& previousKeyFiles)
{
    std::vector<std::string> keys{readOrCreateSecretFile(currentKeyFile)};
    for (const auto& file : previousKeyFiles)
        keys.push_back(readSecretFile(file));
    return IdCipher(keys);
}

IdCipher IdCipher::fromKeys(const std::vector<std::string>& keys)
{
    return IdCipher(keys);
}

std::string IdCipher::seal(std::string_view normalizedIdNumber) const
{
    const auto& key = m_keys.at(m_current);
    const auto sealed =
        core::crypto::aes256GcmSeal(core::asBytes(key), core::asBytes(normalizedIdNumber), core::asBytes(kAssociatedData));
    return m_current + ":" + base64(sealed.data(), sealed.size());
}

std::string IdCipher::open(std::string_view sealed) const
{
    const auto colon = sealed.find(':');
    if (colon == std::string_view::npos)
        throw core::crypto::CryptoError("id-cipher");
    const auto it = m_keys.find(sealed.substr(0, colon));
    if (it == m_keys.end())
        throw core::crypto::CryptoError("id-cipher");
    const auto bytes = unbase64(sealed.substr(colon + 1));
    const auto plain =
        core::crypto::aes256GcmOpen(core::asBytes(it->second), bytes, core::asBytes(kAssociatedData));
    if (!plain)
        throw core::crypto::CryptoError("id-cipher");
    return std::string(plain->begin(), plain->end());
}

}  // namespace wedreg::server::service
