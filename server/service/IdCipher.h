// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <map>
#include <string>
#include <string_view>
#include <vector>

namespace wedreg::server::service {

// ID numbers at rest (DESIGN §6): AES-256-GCM under a key kept in a file outside the database,
// separate from the blind-index key so that rotating it never orphans a look-up. The stored form
// is "<key id>:<base64 of nonce ‖ ciphertext ‖ tag>", key id = the first 8 hex digits of
// SHA-256 over the key, so rows sealed before a rotation still open while the previous key file
// is configured (docs/SECURITY.md, "Rotating the ID encryption key").
class IdCipher {
public:
    // The current key file is created (0600) when missing; previous ones must exist.
    static IdCipher load(const std::string& currentKeyFile, const std::vector<std::string>& previousKeyFiles);
    // For unit tests: raw 32-byte keys, the first one current.
    static IdCipher fromKeys(const std::vector<std::string>& keys);

    std::string seal(std::string_view normalizedIdNumber) const;
    // Throws core::CryptoError{"id-cipher"} when no configured key opens it or it was altered.
    std::string open(std::string_view sealed) const;
    const std::string& currentKeyId() const { return m_current; }

private:
    explicit IdCipher(const std::vector<std::string>& keys);

    std::map<std::string, std::string, std::less<>> m_keys;  // key id → 32-byte key
    std::string m_current;
};

}  // namespace wedreg::server::service
