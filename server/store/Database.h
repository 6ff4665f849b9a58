// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <Poco/Data/Session.h>
#include <Poco/Data/SessionPool.h>

#include <memory>
#include <mutex>
#include <string>
#include <string_view>

namespace wedreg::server::store {

enum class Dialect { Sqlite, PostgreSql };

struct DatabaseOptions {
    std::string connector = "sqlite";  // "sqlite" | "postgresql"
    std::string sqlitePath;            // file path; never ":memory:" (every pooled session would differ)
    std::string postgresUri;           // libpq connection string
    int poolMin = 1;
    int poolMax = 16;
    int busyTimeoutMs = 5000;
};

// The one place that knows which SQL engine is behind the pool. Repositories write portable SQL
// with `?` placeholders and pass it through sql(), which rewrites them for PostgreSQL ($1, $2, …).
class Database {
public:
    explicit Database(const DatabaseOptions& options);
    ~Database();
    Database(const Database&) = delete;
    Database& operator=(const Database&) = delete;

    Dialect dialect() const { return m_dialect; }
    std::string_view dialectName() const;

    // A pooled session; it returns to the pool when the last copy goes out of scope.
    Poco::Data::Session session();

    // Portable `?` placeholders → the dialect's own.
    std::string sql(std::string_view portable) const;

    // Cheap round trip for /healthz; throws on failure.
    void ping();

    // SQLite allows one writer per file. Our own writers queue on this mutex (see WriteTransaction)
    // instead of on SQLite's busy handler, which polls with sleeps of up to 100 ms: in a rush the
    // lock then passes to the next booking as soon as a commit returns.
    std::mutex& sqliteWriter() { return m_sqliteWriter; }

private:
    Dialect m_dialect;
    std::unique_ptr<Poco::Data::SessionPool> m_pool;
    std::mutex m_sqliteWriter;
};

// Exposed for tests: `?` → `$n`, leaving quoted literals and comments alone.
std::string toNumberedPlaceholders(std::string_view sql);

}  // namespace wedreg::server::store
