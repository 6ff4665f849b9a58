// SPDX-License-Identifier: Apache-2.0
#include "server/store/Migrations.h"

#include "server/store/Database.h"
#include "server/store/StoreError.h"

#include <Poco/Data/Transaction.h>

#include <algorithm>
#include <charconv>
#include <map>
#include <string_view>
#include <utility>

using namespace Poco::Data::Keywords;

namespace wedreg::server::store {

// Generated from sql/*.sql by cmake/EmbedFiles.cmake.
const std::vector<std::pair<std::string_view, std::string_view>>& embeddedMigrations();

namespace {

constexpr auto kCreateVersionTable =
    "CREATE TABLE IF NOT EXISTS schema_migrations ("
    " version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)";
constexpr auto kCurrentVersion = "SELECT COALESCE(MAX(version), 0) FROM schema_migrations";
constexpr auto kRecordVersion =
    "INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, CURRENT_TIMESTAMP)";
// One arbitrary constant for every wedreg server sharing a PostgreSQL database.
constexpr auto kPgLock = "SELECT pg_advisory_lock(2005051020)";
constexpr auto kPgUnlock = "SELECT pg_advisory_unlock(2005051020)";

struct ParsedName {
    int version = 0;
    std::string name;
    bool postgresOnly = false;
};

ParsedName parseName(std::string_view path)
{
    ParsedName parsed;
    parsed.postgresOnly = path.starts_with("postgresql/");
    const auto slash = path.rfind('/');
    const auto file = slash == std::string_view::npos ? path : path.substr(slash + 1);
    std::from_chars(file.data(), file.data() + file.size(), parsed.version);
    parsed.name = std::string(file.substr(0, file.rfind('.')));
    return parsed;
}

}  // namespace

std::vector<Migration> migrationsFor(const Database& db)
{
    std::map<int, Migration> byVersion;
    for (const auto& [path, text] : embeddedMigrations()) {
        const auto parsed = parseName(path);
        if (parsed.version <= 0)
            continue;
        const bool mine = !parsed.postgresOnly || db.dialect() == Dialect::PostgreSql;
        if (!mine)
            continue;
        auto& m = byVersion[parsed.version];
        // A dialect override replaces the portable file of the same number.
        if (m.sql.empty() || parsed.postgresOnly)
            m = Migration{parsed.version, parsed.name, std::string(text)};
    }
    std::vector<Migration> out;
    for (auto& [v, m] : byVersion)
        out.push_back(std::move(m));
    return out;
}

std::vector<std::string> splitStatements(const std::string& sql)
{
    std::vector<std::string> statements;
    std::string current;
    char quote = 0;
    for (std::size_t i = 0; i < sql.size(); ++i) {
        const char c = sql[i];
        if (!quote && c == '-' && i + 1 < sql.size() && sql[i + 1] == '-') {
            while (i < sql.size() && sql[i] != '\n')
                ++i;
            current += '\n';
            continue;
        }
        if (quote) {
            if (c == quote)
                quote = 0;
        } else if (c == '\'' || c == '"') {
            quote = c;
        } else if (c == ';') {
            if (current.find_first_not_of(" \t\r\n") != std::string::npos)
                statements.push_back(current);
            current.clear();
            continue;
        }
        current += c;
    }
    if (current.find_first_not_of(" \t\r\n") != std::string::npos)
        statements.push_back(current);
    return statements;
}

int migrate(Database& db)
{
    const auto migrations = migrationsFor(db);
    const int known = migrations.empty() ? 0 : migrations.back().version;
    auto session = db.session();
    const bool pg = db.dialect() == Dialect::PostgreSql;
    if (pg)
        session << kPgLock, now;
    int current = 0;
    try {
        session << kCreateVersionTable, now;
        session << kCurrentVersion, into(current), now;
        if (current > known)
            throw SchemaTooNew(current, known);
        for (const auto& m : migrations) {
            if (m.version <= current)
                continue;
            Poco::Data::Transaction tx(session);
            for (const auto& statement : splitStatements(m.sql))
                session << statement, now;
            int version = m.version;
            std::string name = m.name;
            session << db.sql(kRecordVersion), use(version), use(name), now;
            tx.commit();
            current = m.version;
        }
    } catch (...) {
        if (pg)
            session << kPgUnlock, now;
        throw;
    }
    if (pg)
        session << kPgUnlock, now;
    return current;
}

}  // namespace wedreg::server::store
