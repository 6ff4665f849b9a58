// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <string>

namespace wedreg::server::service {

// Reads a key file, or creates it with 32 random bytes (0600, O_EXCL: of two servers starting on one
// data dir exactly one writes it). Throws Poco::Exception when it cannot, or when the file holds
// fewer than 32 bytes.
std::string readOrCreateSecretFile(const std::string& path);

// Reads an existing key file of at least 32 bytes; throws Poco::Exception otherwise.
std::string readSecretFile(const std::string& path);

}  // namespace wedreg::server::service
