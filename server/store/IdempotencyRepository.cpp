// SPDX-License-Identifier: Apache-2.0
#include "server/store/IdempotencyRepository.h"

#include "server/store/Database.h"
#include "server/store/WriteTransaction.h"

#include <Poco/Data/RecordSet.h>

using namespace Poco::Data::Keywords;

namespace wedreg::server::store {
namespace {

constexpr auto kSelect =
    "SELECT request_digest, status, body, appointment_id FROM idempotency_keys WHERE idem_key = ?";
constexpr auto kInsert =
    "INSERT INTO idempotency_keys (idem_key, request_digest, status, body, appointment_id, created_at)"
    " VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING";

}  // namespace

IdempotencyRepository::IdempotencyRepository(Database& db)
    : m_db(db)
{
}

std::optional<StoredResponse> IdempotencyRepository::find(const std::string& key)
{
    auto session = m_db.session();
    Poco::Data::Statement select(session);
    select << m_db.sql(kSelect), bind(key), now;
    Poco::Data::RecordSet rs(select);
    if (!rs.moveFirst())
        return std::nullopt;
    StoredResponse r;
    r.requestDigest = rs["request_digest"].convert<std::string>();
    r.status = rs["status"].convert<int>();
    r.body = rs["body"].convert<std::string>();
    if (!rs["appointment_id"].isEmpty())
        r.appointmentId = rs["appointment_id"].convert<std::string>();
    return r;
}

bool IdempotencyRepository::insert(WriteTransaction& tx, const std::string& key, const StoredResponse& response,
                                   std::int64_t nowSeconds)
{
    Poco::Data::Statement insert(tx.session());
    Poco::Int64 at = nowSeconds;
    insert << m_db.sql(kInsert), bind(key), bind(response.requestDigest), bind(response.status),
        bind(response.body), bind(response.appointmentId), use(at);
    return insert.execute() == 1;
}

}  // namespace wedreg::server::store
