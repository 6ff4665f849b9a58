// SPDX-License-Identifier: Apache-2.0
#include "server/service/HealthService.h"

#include "server/store/Database.h"

#include <Poco/Logger.h>

namespace wedreg::server::service {

HealthService::HealthService(store::Database& db, std::string version)
    : m_db(db)
    , m_version(std::move(version))
{
}

Health HealthService::check()
{
    Health h{false, std::string(m_db.dialectName()), m_version};
    try {
        m_db.ping();
        h.ok = true;
    } catch (const std::exception& e) {
        Poco::Logger::get("wedreg.health").error("database ping failed: %s", std::string(e.what()));
    }
    return h;
}

}  // namespace wedreg::server::service
