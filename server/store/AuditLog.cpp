// SPDX-License-Identifier: Apache-2.0
#include "server/store/AuditLog.h"

#include "core/crypto/Bytes.h"
#include "core/crypto/Digest.h"
#include "server/store/Database.h"
#include "server/store/WriteTransaction.h"

#include <Poco/Data/RecordSet.h>

using namespace Poco::Data::Keywords;

namespace wedreg::server::store {
namespace {

constexpr auto kInsert = "INSERT INTO audit_log (id, at, actor, action, object, detail) VALUES (?, ?, ?, ?, ?, ?)";
// Taking the head row's lock first makes sealers from several servers take turns.
constexpr auto kLockHead = "UPDATE audit_head SET chain_pos = chain_pos WHERE id = 1";
constexpr auto kReadHead = "SELECT chain_pos, row_hash FROM audit_head WHERE id = 1";
constexpr auto kUnsealed =
    "SELECT id, at, actor, action, object, detail FROM audit_log WHERE chain_pos IS NULL ORDER BY at, id LIMIT ?";
constexpr auto kSealRow = "UPDATE audit_log SET chain_pos = ?, prev_hash = ?, row_hash = ? WHERE id = ? AND chain_pos IS NULL";
constexpr auto kMoveHead = "UPDATE audit_head SET chain_pos = ?, row_hash = ? WHERE id = 1";
constexpr auto kSealedPage =
    "SELECT chain_pos, id, at, actor, action, object, detail, prev_hash, row_hash FROM audit_log"
    " WHERE chain_pos > ? AND chain_pos <= ? ORDER BY chain_pos LIMIT ?";
// One statement, one snapshot: a seal committing meanwhile moves rows and head together.
constexpr auto kBeyondHead =
    "SELECT id, chain_pos FROM audit_log WHERE chain_pos > (SELECT chain_pos FROM audit_head WHERE id = 1)"
    " ORDER BY chain_pos";
constexpr auto kCountPending = "SELECT COUNT(*) FROM audit_log WHERE chain_pos IS NULL";
constexpr std::int64_t kVerifyPage = 10000;
const std::string kGenesis(64, '0');

void field(std::string& out, const std::string& value)
{
    out += std::to_string(value.size());
    out += ':';
    out += value;
    out += ';';
}

}  // namespace

AuditLog::AuditLog(Database& db)
    : m_db(db)
{
}

std::string AuditLog::rowHash(std::int64_t chainPos, const std::string& id, std::int64_t at, const std::string& actor,
                              const std::string& action, const std::string& object, const std::string& detail,
                              const std::string& prevHash)
{
    std::string canonical = "wedreg-audit-v1;";
    for (const auto& part : {std::to_string(chainPos), id, std::to_string(at), actor, action, object, detail, prevHash})
        field(canonical, part);
    const auto digest = core::crypto::sha256(core::asBytes(canonical));
    return core::toHex(digest);
}

void AuditLog::append(WriteTransaction& tx, const AuditEntry& entry, std::int64_t atSeconds)
{
    const auto id = core::toHex(core::crypto::randomBytes(16));
    Poco::Int64 at = atSeconds;
    tx.session() << m_db.sql(kInsert), bind(id), use(at), bind(entry.actor), bind(entry.action), bind(entry.object),
        bind(entry.detail), now;
}

std::int64_t AuditLog::seal(std::int64_t limit)
{
    WriteTransaction tx(m_db);
    auto& s = tx.session();
    s << m_db.sql(kLockHead), now;
    Poco::Int64 headPos = 0;
    std::string headHash;
    s << m_db.sql(kReadHead), into(headPos), into(headHash), now;

    Poco::Data::Statement select(s);
    Poco::Int64 max = limit;
    select << m_db.sql(kUnsealed), use(max);
    select.execute();
    Poco::Data::RecordSet rs(select);
    std::int64_t sealed = 0;
    for (bool more = rs.moveFirst(); more; more = rs.moveNext()) {
        const auto id = rs["id"].convert<std::string>();
        const auto hash = rowHash(headPos + 1, id, rs["at"].convert<Poco::Int64>(), rs["actor"].convert<std::string>(),
                                  rs["action"].convert<std::string>(), rs["object"].convert<std::string>(),
                                  rs["detail"].convert<std::string>(), headHash);
        Poco::Int64 pos = headPos + 1;
        Poco::Data::Statement update(s);
        update << m_db.sql(kSealRow), use(pos), bind(headHash), bind(hash), bind(id);
        if (update.execute() != 1)
            continue;
        headPos = pos;
        headHash = hash;
        ++sealed;
    }
    if (sealed > 0)
        s << m_db.sql(kMoveHead), use(headPos), bind(headHash), now;
    tx.commit();
    return sealed;
}

std::int64_t AuditLog::sealAll()
{
    std::int64_t total = 0;
    for (std::int64_t n = seal(); n > 0; n = seal())
        total += n;
    return total;
}

AuditReport AuditLog::verify()
{
    AuditReport report;
    auto s = m_db.session();
    Poco::Int64 headPos = 0;
    std::string headHash;
    s << m_db.sql(kReadHead), into(headPos), into(headHash), now;
    Poco::Int64 pending = 0;
    s << m_db.sql(kCountPending), into(pending), now;
    report.pending = pending;

    std::int64_t expected = 1;
    std::string prevHash = kGenesis;
    Poco::Int64 after = 0;
    for (;;) {
        Poco::Data::Statement page(s);
        Poco::Int64 size = kVerifyPage;
        page << m_db.sql(kSealedPage), use(after), use(headPos), use(size);
        page.execute();
        Poco::Data::RecordSet rs(page);
        if (rs.rowCount() == 0)
            break;
        for (bool more = rs.moveFirst(); more; more = rs.moveNext()) {
            const std::int64_t pos = rs["chain_pos"].convert<Poco::Int64>();
            const auto id = rs["id"].convert<std::string>();
            const auto storedPrev = rs["prev_hash"].convert<std::string>();
            const auto stored = rs["row_hash"].convert<std::string>();
            const auto actual = rowHash(pos, id, rs["at"].convert<Poco::Int64>(), rs["actor"].convert<std::string>(),
                                        rs["action"].convert<std::string>(), rs["object"].convert<std::string>(),
                                        rs["detail"].convert<std::string>(), storedPrev);
            if (pos != expected)
                report.findings.push_back({pos, id, "missing-before"});
            else if (actual != stored)
                report.findings.push_back({pos, id, "edited"});
            else if (storedPrev != prevHash)
                report.findings.push_back({pos, id, "unlinked"});
            expected = pos + 1;
            prevHash = stored;
            after = pos;
            ++report.sealed;
        }
    }
    if (after < headPos || (headPos > 0 && prevHash != headHash))
        report.findings.push_back({headPos, {}, "head-mismatch"});
    Poco::Data::Statement beyond(s);
    beyond << m_db.sql(kBeyondHead);
    beyond.execute();
    Poco::Data::RecordSet rs(beyond);
    for (bool more = rs.moveFirst(); more; more = rs.moveNext())
        report.findings.push_back({rs["chain_pos"].convert<Poco::Int64>(), rs["id"].convert<std::string>(), "beyond-head"});
    return report;
}

}  // namespace wedreg::server::store
