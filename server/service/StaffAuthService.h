// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "server/model/Staff.h"
#include "server/service/PasswordHasher.h"

#include <cstdint>
#include <string>

namespace wedreg::server::store {
class StaffRepository;
}

namespace wedreg::server::service {

class Clock;

struct AuthPolicy {
    std::int64_t sessionSeconds = 8 * 3600;  // one working day at the counter
    int lockoutThreshold = 5;                 // failed logins in a row before the account locks
    std::int64_t lockoutSeconds = 15 * 60;
};

struct IssuedSession {
    std::string token;  // shown to the client once; only its hash is stored
    model::Role role = model::Role::Registrar;
    std::int64_t expiresAt = 0;
};

// Staff log-in, bearer-token check and log-out. Tokens are 256 random bits; the database keeps
// their SHA-256 so a leaked table cannot be replayed.
class StaffAuthService {
public:
    StaffAuthService(store::StaffRepository& staff, const Clock& clock, PasswordHasher hasher, AuthPolicy policy);

    // Throws Unauthenticated{"credentials"} (unknown user or wrong password — the same answer for
    // both, in about the same time) or Unauthenticated{"locked"}.
    IssuedSession login(const std::string& username, const std::string& password);
    // Throws Unauthenticated{"token"} for an unknown, expired or revoked token.
    model::StaffPrincipal authenticate(const std::string& token);
    void logout(const std::string& token);

    // Creates an account (demo seeding, admin tooling). The password is hashed here.
    void createAccount(model::StaffAccount account, const std::string& password);

    static std::string hashToken(const std::string& token);

private:
    store::StaffRepository& m_staff;
    const Clock& m_clock;
    PasswordHasher m_hasher;
    AuthPolicy m_policy;
    std::string m_dummyHash;  // verified against for unknown users, so timing does not reveal them
};

}  // namespace wedreg::server::service
