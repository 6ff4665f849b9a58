// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "server/model/Ceremony.h"

#include <cstdint>
#include <string>
#include <vector>

namespace wedreg::server::store {

class Database;
class WriteTransaction;

// The notifications outbox: appended in the transaction of the change it tells about, so a
// message exists exactly when its change committed; a dispatcher sends and marks them later.
class OutboxRepository {
public:
    explicit OutboxRepository(Database& db);

    void append(WriteTransaction& tx, const model::OutboxMessage& message);
    std::vector<model::OutboxMessage> pending(int limit);
    void markSent(const std::string& id, std::int64_t nowSeconds);
    void markAttempt(const std::string& id, bool giveUp);

private:
    Database& m_db;
};

}  // namespace wedreg::server::store
