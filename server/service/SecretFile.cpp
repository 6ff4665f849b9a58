// SPDX-License-Identifier: Apache-2.0
#include "server/service/SecretFile.h"

#include "core/crypto/Digest.h"

#include <Poco/Exception.h>
#include <Poco/File.h>
#include <Poco/Path.h>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <fstream>
#include <iterator>

namespace wedreg::server::service {
namespace {
constexpr std::size_t kSecretBytes = 32;
}

std::string readSecretFile(const std::string& path)
{
    std::ifstream in(path, std::ios::binary);
    if (!in)
        throw Poco::OpenFileException("cannot read the key file", path);
    std::string secret((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    if (secret.size() < kSecretBytes)
        throw Poco::DataFormatException("the key file is too short", path);
    return secret;
}

std::string readOrCreateSecretFile(const std::string& path)
{
    Poco::File(Poco::Path(path).parent()).createDirectories();
    const int fd = ::open(path.c_str(), O_WRONLY | O_CREAT | O_EXCL, S_IRUSR | S_IWUSR);
    if (fd >= 0) {
        const auto secret = core::crypto::randomBytes(kSecretBytes);
        const bool written = ::write(fd, secret.data(), secret.size()) == static_cast<ssize_t>(secret.size());
        const bool synced = ::fsync(fd) == 0;
        ::close(fd);
        if (!written || !synced)
            throw Poco::WriteFileException("cannot write the key file", path);
    } else if (errno != EEXIST) {
        throw Poco::CreateFileException("cannot create the key file", path);
    }
    return readSecretFile(path);
}

}  // namespace wedreg::server::service
