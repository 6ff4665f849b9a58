// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace wedreg::server::model {

enum class Role { Registrar, Organiser, Admin };

std::string_view toString(Role role);
std::optional<Role> roleFromString(std::string_view text);

struct StaffAccount {
    std::string username;
    std::string displayName;
    Role role = Role::Registrar;
    std::optional<std::string> hallId;
    std::string passwordHash;  // PasswordHasher's encoded form, never a password
    int failedAttempts = 0;
    std::int64_t lockedUntil = 0;  // Unix seconds
    std::int64_t createdAt = 0;
};

// Who is calling, once a bearer token has been checked.
struct StaffPrincipal {
    std::string username;
    Role role = Role::Registrar;
    std::optional<std::string> hallId;
    std::int64_t expiresAt = 0;
};

struct StaffSession {
    std::string tokenHash;  // SHA-256 of the bearer token: a stolen table holds no usable tokens
    std::string username;
    Role role = Role::Registrar;
    std::int64_t createdAt = 0;
    std::int64_t expiresAt = 0;
};

}  // namespace wedreg::server::model
