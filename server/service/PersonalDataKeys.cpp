// SPDX-License-Identifier: Apache-2.0
#include "server/service/PersonalDataKeys.h"

#include "core/crypto/Bytes.h"
#include "core/crypto/Digest.h"
#include "server/service/SecretFile.h"

namespace wedreg::server::service {
namespace {

std::string subkey(const std::string& secret, std::string_view label)
{
    const auto mac = core::crypto::hmacSha256(core::asBytes(secret), core::asBytes(label));
    return std::string(mac.begin(), mac.end());
}

std::string hmacHex(const std::string& key, std::string_view data)
{
    return core::toHex(core::crypto::hmacSha256(core::asBytes(key), core::asBytes(data)));
}

}  // namespace

PersonalDataKeys::PersonalDataKeys(std::string secret)
    : m_indexKey(subkey(secret, "wedreg blind index v1"))
    , m_tokenKey(subkey(secret, "wedreg manage token v1"))
    , m_digestKey(subkey(secret, "wedreg request digest v1"))
{
}

PersonalDataKeys PersonalDataKeys::fromSecret(std::string secret)
{
    return PersonalDataKeys(std::move(secret));
}

PersonalDataKeys PersonalDataKeys::loadOrCreate(const std::string& path)
{
    return PersonalDataKeys(readOrCreateSecretFile(path));
}

std::string PersonalDataKeys::blindIndex(std::string_view normalizedIdNumber) const
{
    return hmacHex(m_indexKey, normalizedIdNumber);
}

std::string PersonalDataKeys::manageToken(std::string_view appointmentId) const
{
    return hmacHex(m_tokenKey, appointmentId);
}

std::string PersonalDataKeys::requestDigest(std::string_view body) const
{
    return hmacHex(m_digestKey, body);
}

}  // namespace wedreg::server::service
