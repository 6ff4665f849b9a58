// SPDX-License-Identifier: Apache-2.0
#include "server/store/StaffRepository.h"

#include "server/store/Database.h"

#include <Poco/Data/RecordSet.h>
#include <Poco/Nullable.h>

using namespace Poco::Data::Keywords;

namespace wedreg::server::store {
namespace {

constexpr auto kSelectAccount =
    "SELECT username, display_name, role, hall_id, password_hash, failed_attempts, locked_until,"
    " created_at FROM staff_accounts WHERE username = ?";
constexpr auto kInsertAccount =
    "INSERT INTO staff_accounts (username, display_name, role, hall_id, password_hash,"
    " failed_attempts, locked_until, created_at) VALUES (?, ?, ?, ?, ?, 0, 0, ?)";
constexpr auto kUpdatePassword =
    "UPDATE staff_accounts SET password_hash = ?, failed_attempts = 0, locked_until = 0 WHERE username = ?";
constexpr auto kRecordFailure =
    "UPDATE staff_accounts SET failed_attempts = failed_attempts + 1,"
    " locked_until = CASE WHEN failed_attempts + 1 >= ? THEN ? ELSE locked_until END"
    " WHERE username = ?";
constexpr auto kResetFailures =
    "UPDATE staff_accounts SET failed_attempts = 0, locked_until = 0 WHERE username = ?";
constexpr auto kInsertSession =
    "INSERT INTO staff_sessions (token_hash, username, role, created_at, expires_at, revoked)"
    " VALUES (?, ?, ?, ?, ?, 0)";
constexpr auto kSelectLiveSession =
    "SELECT s.username, s.role, a.hall_id, s.expires_at FROM staff_sessions s"
    " JOIN staff_accounts a ON a.username = s.username"
    " WHERE s.token_hash = ? AND s.revoked = 0 AND s.expires_at > ?";
constexpr auto kRevokeSession = "UPDATE staff_sessions SET revoked = 1 WHERE token_hash = ?";

std::optional<std::string> optionalString(const Poco::Dynamic::Var& v)
{
    if (v.isEmpty())
        return std::nullopt;
    return v.convert<std::string>();
}

}  // namespace

StaffRepository::StaffRepository(Database& db)
    : m_db(db)
{
}

std::optional<model::StaffAccount> StaffRepository::findAccount(const std::string& username)
{
    auto session = m_db.session();
    Poco::Data::Statement select(session);
    select << m_db.sql(kSelectAccount), bind(username), now;
    Poco::Data::RecordSet rs(select);
    if (!rs.moveFirst())
        return std::nullopt;
    model::StaffAccount a;
    a.username = rs["username"].convert<std::string>();
    a.displayName = rs["display_name"].convert<std::string>();
    a.role = model::roleFromString(rs["role"].convert<std::string>()).value_or(model::Role::Registrar);
    a.hallId = optionalString(rs["hall_id"]);
    a.passwordHash = rs["password_hash"].convert<std::string>();
    a.failedAttempts = rs["failed_attempts"].convert<int>();
    a.lockedUntil = rs["locked_until"].convert<Poco::Int64>();
    a.createdAt = rs["created_at"].convert<Poco::Int64>();
    return a;
}

void StaffRepository::insertAccount(const model::StaffAccount& account)
{
    auto session = m_db.session();
    Poco::Nullable<std::string> hall;
    if (account.hallId)
        hall = *account.hallId;
    const std::string role(model::toString(account.role));
    Poco::Int64 createdAt = account.createdAt;
    session << m_db.sql(kInsertAccount), bind(account.username), bind(account.displayName), bind(role),
        use(hall), bind(account.passwordHash), use(createdAt), now;
}

void StaffRepository::updatePassword(const std::string& username, const std::string& passwordHash)
{
    auto session = m_db.session();
    session << m_db.sql(kUpdatePassword), bind(passwordHash), bind(username), now;
}

void StaffRepository::recordFailedLogin(const std::string& username, int threshold, std::int64_t lockUntil)
{
    auto session = m_db.session();
    Poco::Int64 until = lockUntil;
    session << m_db.sql(kRecordFailure), use(threshold), use(until), bind(username), now;
}

void StaffRepository::resetFailedLogins(const std::string& username)
{
    auto session = m_db.session();
    session << m_db.sql(kResetFailures), bind(username), now;
}

void StaffRepository::insertSession(const model::StaffSession& s)
{
    auto session = m_db.session();
    const std::string role(model::toString(s.role));
    Poco::Int64 created = s.createdAt;
    Poco::Int64 expires = s.expiresAt;
    session << m_db.sql(kInsertSession), bind(s.tokenHash), bind(s.username), bind(role), use(created),
        use(expires), now;
}

std::optional<model::StaffPrincipal> StaffRepository::findLiveSession(const std::string& tokenHash,
                                                                      std::int64_t at)
{
    auto session = m_db.session();
    Poco::Data::Statement select(session);
    Poco::Int64 t = at;
    select << m_db.sql(kSelectLiveSession), bind(tokenHash), use(t), now;
    Poco::Data::RecordSet rs(select);
    if (!rs.moveFirst())
        return std::nullopt;
    model::StaffPrincipal p;
    p.username = rs["username"].convert<std::string>();
    const auto role = model::roleFromString(rs["role"].convert<std::string>());
    if (!role)
        return std::nullopt;
    p.role = *role;
    p.hallId = optionalString(rs["hall_id"]);
    p.expiresAt = rs["expires_at"].convert<Poco::Int64>();
    return p;
}

void StaffRepository::revokeSession(const std::string& tokenHash)
{
    auto session = m_db.session();
    session << m_db.sql(kRevokeSession), bind(tokenHash), now;
}

}  // namespace wedreg::server::store
