// SPDX-License-Identifier: Apache-2.0
#include "server/service/PersonalDataKeys.h"

#include "core/crypto/Bytes.h"
#include "core/crypto/Digest.h"

#include <Poco/Exception.h>
#include <Poco/File.h>
#include <Poco/Path.h>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <fstream>
#include <iterator>

namespace wedreg::server::service {
namespace {

constexpr std::size_t kSecretBytes = 32;

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
    Poco::File(Poco::Path(path).parent()).createDirectories();
    // O_EXCL: of two servers starting on one data dir, exactly one writes the key.
    const int fd = ::open(path.c_str(), O_WRONLY | O_CREAT | O_EXCL, S_IRUSR | S_IWUSR);
    if (fd >= 0) {
        const auto secret = core::crypto::randomBytes(kSecretBytes);
        const bool written = ::write(fd, secret.data(), secret.size()) == static_cast<ssize_t>(secret.size());
        const bool synced = ::fsync(fd) == 0;
        ::close(fd);
        if (!written || !synced)
            throw Poco::WriteFileException("cannot write the personal-data key", path);
    } else if (errno != EEXIST) {
        throw Poco::CreateFileException("cannot create the personal-data key", path);
    }
    std::ifstream in(path, std::ios::binary);
    std::string secret((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    if (secret.size() < kSecretBytes)
        throw Poco::DataFormatException("the personal-data key file is too short", path);
    return PersonalDataKeys(std::move(secret));
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
