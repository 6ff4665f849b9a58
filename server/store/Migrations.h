// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <string>
#include <vector>

namespace wedreg::server::store {

class Database;

struct Migration {
    int version = 0;
    std::string name;
    std::string sql;  // the dialect's text: sql/postgresql/NNNN_*.sql overrides sql/NNNN_*.sql
};

// The numbered migrations compiled into the binary, for the given database's dialect, in order.
std::vector<Migration> migrationsFor(const Database& db);

// Applies every migration newer than the database's schema, each in its own transaction, under a
// lock so that several servers starting together apply each one once. Refuses a database whose
// schema is newer than this binary knows (a downgrade would silently misread it).
// Returns the schema version after the run.
int migrate(Database& db);

// Splits a migration file into statements (PostgreSQL prepares one statement at a time).
std::vector<std::string> splitStatements(const std::string& sql);

}  // namespace wedreg::server::store
