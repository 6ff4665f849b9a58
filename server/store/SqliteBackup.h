// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <string>

namespace wedreg::server::store {

// Online backup of the SQLite database (wedreg-server --backup FILE): SQLite's backup API copies
// one consistent snapshot (a read transaction; in WAL mode the running server keeps writing
// meanwhile) into FILE.partial, checks it (PRAGMA quick_check) and renames it to FILE, so FILE is
// either a whole good copy or absent. Returns the number of pages copied; throws
// Poco::IOException naming SQLite's error.
int backupSqlite(const std::string& databasePath, const std::string& backupPath);

}  // namespace wedreg::server::store
