// SPDX-License-Identifier: Apache-2.0
#include "server/store/OutboxRepository.h"

#include "server/store/Database.h"
#include "server/store/WriteTransaction.h"

#include <Poco/Data/RecordSet.h>

using namespace Poco::Data::Keywords;

namespace wedreg::server::store {
namespace {

constexpr auto kInsert =
    "INSERT INTO outbox (id, kind, object_id, recipient, language, text_zh, text_en, ics, status, attempts, created_at)"
    " VALUES (?, ?, ?, ?, ?, ?, ?, ?, 'pending', 0, ?)";
constexpr auto kPending =
    "SELECT id, kind, object_id, recipient, language, text_zh, text_en, ics, status, attempts, created_at"
    " FROM outbox WHERE status = 'pending' ORDER BY created_at, id LIMIT ?";
constexpr auto kMarkSent = "UPDATE outbox SET status = 'sent', sent_at = ?, attempts = attempts + 1 WHERE id = ?";
constexpr auto kMarkAttempt = "UPDATE outbox SET attempts = attempts + 1, status = ? WHERE id = ?";

}  // namespace

OutboxRepository::OutboxRepository(Database& db)
    : m_db(db)
{
}

void OutboxRepository::append(WriteTransaction& tx, const model::OutboxMessage& m)
{
    Poco::Int64 at = m.createdAt;
    tx.session() << m_db.sql(kInsert), bind(m.id), bind(m.kind), bind(m.objectId), bind(m.recipient), bind(m.language),
        bind(m.textZh), bind(m.textEn), bind(m.ics), use(at), now;
}

std::vector<model::OutboxMessage> OutboxRepository::pending(int limit)
{
    auto session = m_db.session();
    Poco::Data::Statement select(session);
    select << m_db.sql(kPending), use(limit), now;
    Poco::Data::RecordSet rs(select);
    std::vector<model::OutboxMessage> out;
    for (bool more = rs.moveFirst(); more; more = rs.moveNext()) {
        model::OutboxMessage m;
        m.id = rs["id"].convert<std::string>();
        m.kind = rs["kind"].convert<std::string>();
        m.objectId = rs["object_id"].convert<std::string>();
        m.recipient = rs["recipient"].convert<std::string>();
        m.language = rs["language"].convert<std::string>();
        m.textZh = rs["text_zh"].convert<std::string>();
        m.textEn = rs["text_en"].convert<std::string>();
        m.ics = rs["ics"].convert<std::string>();
        m.status = rs["status"].convert<std::string>();
        m.attempts = rs["attempts"].convert<int>();
        m.createdAt = rs["created_at"].convert<Poco::Int64>();
        out.push_back(std::move(m));
    }
    return out;
}

void OutboxRepository::markSent(const std::string& id, std::int64_t nowSeconds)
{
    WriteTransaction tx(m_db);
    Poco::Int64 at = nowSeconds;
    tx.session() << m_db.sql(kMarkSent), use(at), bind(id), now;
    tx.commit();
}

void OutboxRepository::markAttempt(const std::string& id, bool giveUp)
{
    WriteTransaction tx(m_db);
    const std::string status = giveUp ? "failed" : "pending";
    tx.session() << m_db.sql(kMarkAttempt), bind(status), bind(id), now;
    tx.commit();
}

}  // namespace wedreg::server::store
