// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <cstdint>
#include <optional>
#include <string>

namespace wedreg::server::store {

class Database;
class WriteTransaction;

struct StoredResponse {
    std::string requestDigest;
    int status = 0;
    std::string body;
    std::string appointmentId;
};

class IdempotencyRepository {
public:
    explicit IdempotencyRepository(Database& db);

    std::optional<StoredResponse> find(const std::string& key);
    // In the same transaction as the write it answers for. False when the key is already taken (a
    // concurrent request with the same key won): the caller rolls back and replays the winner.
    bool insert(WriteTransaction& tx, const std::string& key, const StoredResponse& response, std::int64_t nowSeconds);

private:
    Database& m_db;
};

}  // namespace wedreg::server::store
