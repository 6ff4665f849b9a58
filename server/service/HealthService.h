// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <string>

namespace wedreg::server::store {
class Database;
}

namespace wedreg::server::service {

struct Health {
    bool ok = false;
    std::string db;  // "sqlite" | "postgresql"
    std::string version;
};

class HealthService {
public:
    HealthService(store::Database& db, std::string version);
    // Never throws: a database that does not answer is reported, not raised.
    Health check();

private:
    store::Database& m_db;
    std::string m_version;
};

}  // namespace wedreg::server::service
