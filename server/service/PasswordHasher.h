// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

namespace wedreg::server::service {

// scrypt (RFC 7914) through OpenSSL 3's EVP_PBE_scrypt. The cost travels with each hash
// ("scrypt$N$r$p$salt$hash", base64), so raising the cost later re-hashes on the next login
// without invalidating old hashes. Default N = 2^15, r = 8, p = 1: 32 MiB and roughly 0.1 s per
// check on this 2-core machine — slow for an attacker, bearable for a counter login.
class PasswordHasher {
public:
    struct Cost {
        std::uint64_t n = 1u << 15;
        std::uint64_t r = 8;
        std::uint64_t p = 1;
    };

    PasswordHasher() = default;
    explicit PasswordHasher(Cost cost)
        : m_cost(cost)
    {
    }

    std::string hash(std::string_view password) const;
    // Constant-time comparison; false for any malformed stored hash.
    bool verify(std::string_view password, std::string_view encoded) const;
    // True when `encoded` was made with a lower cost than this hasher's.
    bool needsRehash(std::string_view encoded) const;

    // A random password for generated (demo) accounts: 16 characters, no look-alikes.
    static std::string randomPassword();

private:
    Cost m_cost;
};

}  // namespace wedreg::server::service
