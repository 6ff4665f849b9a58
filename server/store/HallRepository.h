// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "server/model/Hall.h"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace wedreg::server::store {

class Database;

class HallRepository {
public:
    explicit HallRepository(Database& db);

    std::vector<model::Hall> list();
    std::optional<model::Hall> find(const std::string& id);
    std::int64_t count();
    // Inserts the hall and its services in one transaction.
    void insert(const model::Hall& hall);

private:
    Database& m_db;
};

}  // namespace wedreg::server::store
