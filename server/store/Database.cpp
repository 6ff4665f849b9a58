// SPDX-License-Identifier: Apache-2.0
#include "server/store/Database.h"

#include <Poco/Data/PostgreSQL/Connector.h>
#include <Poco/Data/SQLite/Connector.h>
#include <Poco/Exception.h>

#include <mutex>

using namespace Poco::Data::Keywords;

namespace wedreg::server::store {
namespace {

void registerConnectorsOnce()
{
    static std::once_flag once;
    std::call_once(once, [] {
        Poco::Data::SQLite::Connector::registerConnector();
        Poco::Data::PostgreSQL::Connector::registerConnector();
    });
}

// Connection settings that SQLite keeps per connection, applied whenever the pool opens one.
class SqlitePool final : public Poco::Data::SessionPool {
public:
    SqlitePool(const std::string& path, int minSessions, int maxSessions, int busyTimeoutMs)
        : Poco::Data::SessionPool(Poco::Data::SQLite::Connector::KEY, path, minSessions, maxSessions)
        , m_busyTimeoutMs(busyTimeoutMs)
    {
    }

protected:
    void customizeSession(Poco::Data::Session& session) override
    {
        // WAL lets readers proceed during a write; FULL makes every commit durable before we answer.
        session << "PRAGMA journal_mode=WAL", now;
        session << "PRAGMA synchronous=FULL", now;
        session << "PRAGMA foreign_keys=ON", now;
        session << "PRAGMA busy_timeout=" + std::to_string(m_busyTimeoutMs), now;
        // Savepoints (one per booking in a group commit) need statement journals; in memory they
        // cost nothing, on disk each batch created, wrote and unlinked a file under /var/tmp.
        session << "PRAGMA temp_store=MEMORY", now;
    }

private:
    int m_busyTimeoutMs;
};

}  // namespace

Database::Database(const DatabaseOptions& options)
{
    registerConnectorsOnce();
    if (options.connector == "sqlite") {
        if (options.sqlitePath.empty() || options.sqlitePath == ":memory:")
            throw Poco::InvalidArgumentException("db.path must name a file for the sqlite connector");
        m_dialect = Dialect::Sqlite;
        m_pool = std::make_unique<SqlitePool>(options.sqlitePath, options.poolMin, options.poolMax,
                                              options.busyTimeoutMs);
    } else if (options.connector == "postgresql") {
        if (options.postgresUri.empty())
            throw Poco::InvalidArgumentException("db.uri is required for the postgresql connector");
        m_dialect = Dialect::PostgreSql;
        m_pool = std::make_unique<Poco::Data::SessionPool>(Poco::Data::PostgreSQL::Connector::KEY,
                                                           options.postgresUri, options.poolMin,
                                                           options.poolMax);
    } else {
        throw Poco::InvalidArgumentException("db.connector must be sqlite or postgresql", options.connector);
    }
}

Database::~Database()
{
    if (m_pool)
        m_pool->shutdown();
}

std::string_view Database::dialectName() const
{
    return m_dialect == Dialect::Sqlite ? "sqlite" : "postgresql";
}

Poco::Data::Session Database::session()
{
    return m_pool->get();
}

std::string Database::sql(std::string_view portable) const
{
    return m_dialect == Dialect::PostgreSql ? toNumberedPlaceholders(portable) : std::string(portable);
}

void Database::ping()
{
    auto s = session();
    int one = 0;
    s << "SELECT 1", into(one), now;
    if (one != 1)
        throw Poco::DataException("database ping returned an unexpected value");
}

std::string toNumberedPlaceholders(std::string_view sql)
{
    std::string out;
    out.reserve(sql.size() + 16);
    int next = 1;
    char quote = 0;
    for (std::size_t i = 0; i < sql.size(); ++i) {
        const char c = sql[i];
        if (quote) {
            out += c;
            if (c == quote)
                quote = 0;
            continue;
        }
        if (c == '\'' || c == '"') {
            quote = c;
            out += c;
        } else if (c == '-' && i + 1 < sql.size() && sql[i + 1] == '-') {
            const auto end = sql.find('\n', i);
            const auto stop = end == std::string_view::npos ? sql.size() : end;
            out.append(sql.substr(i, stop - i));
            i = stop - 1;
        } else if (c == '?') {
            out += '$';
            out += std::to_string(next++);
        } else {
            out += c;
        }
    }
    return out;
}

}  // namespace wedreg::server::store
