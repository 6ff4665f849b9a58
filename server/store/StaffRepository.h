// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "server/model/Staff.h"

#include <cstdint>
#include <optional>
#include <string>

namespace wedreg::server::store {

class Database;

class StaffRepository {
public:
    explicit StaffRepository(Database& db);

    std::optional<model::StaffAccount> findAccount(const std::string& username);
    void insertAccount(const model::StaffAccount& account);
    void updatePassword(const std::string& username, const std::string& passwordHash);

    // One failed login, counted in the database so concurrent attempts cannot undercount. When the
    // count reaches `threshold` the account is locked until `lockUntil`.
    void recordFailedLogin(const std::string& username, int threshold, std::int64_t lockUntil);
    void resetFailedLogins(const std::string& username);

    void insertSession(const model::StaffSession& session);
    // A live session: not revoked, not expired at `now`, account still present.
    std::optional<model::StaffPrincipal> findLiveSession(const std::string& tokenHash, std::int64_t now);
    void revokeSession(const std::string& tokenHash);

private:
    Database& m_db;
};

}  // namespace wedreg::server::store
