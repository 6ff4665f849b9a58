// SPDX-License-Identifier: Apache-2.0
#include "server/store/SqliteBackup.h"

#include <Poco/Exception.h>
#include <Poco/File.h>

#include <sqlite3.h>

#include <memory>

namespace wedreg::server::store {
namespace {

struct Closer {
    void operator()(sqlite3* db) const { sqlite3_close_v2(db); }
};
using Handle = std::unique_ptr<sqlite3, Closer>;

Handle open(const std::string& path, int flags)
{
    sqlite3* raw = nullptr;
    const int rc = sqlite3_open_v2(path.c_str(), &raw, flags, nullptr);
    Handle db(raw);
    if (rc != SQLITE_OK)
        throw Poco::IOException("cannot open " + path, raw ? sqlite3_errmsg(raw) : sqlite3_errstr(rc));
    sqlite3_busy_timeout(db.get(), 10000);
    return db;
}

}  // namespace

int backupSqlite(const std::string& databasePath, const std::string& backupPath)
{
    if (!Poco::File(databasePath).exists())
        throw Poco::IOException("no database at " + databasePath);
    const std::string partial = backupPath + ".partial";
    if (Poco::File(partial).exists())
        Poco::File(partial).remove(false);
    int pages = 0;
    {
        auto source = open(databasePath, SQLITE_OPEN_READONLY);
        auto target = open(partial, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE);
        sqlite3_backup* backup = sqlite3_backup_init(target.get(), "main", source.get(), "main");
        if (!backup)
            throw Poco::IOException("backup", sqlite3_errmsg(target.get()));
        // All pages in one step: one read transaction, so one consistent snapshot; in WAL mode
        // writers are not blocked by it.
        int rc = sqlite3_backup_step(backup, -1);
        while (rc == SQLITE_BUSY || rc == SQLITE_LOCKED) {
            sqlite3_sleep(50);
            rc = sqlite3_backup_step(backup, -1);
        }
        pages = sqlite3_backup_pagecount(backup);
        sqlite3_backup_finish(backup);
        if (rc != SQLITE_DONE)
            throw Poco::IOException("backup", sqlite3_errstr(rc));
        std::string verdict;
        char* error = nullptr;
        const int check = sqlite3_exec(
            target.get(), "PRAGMA quick_check",
            [](void* out, int, char** values, char**) {
                *static_cast<std::string*>(out) += values[0] ? values[0] : "";
                return 0;
            },
            &verdict, &error);
        if (check != SQLITE_OK || verdict != "ok") {
            const std::string why = error ? error : verdict;
            sqlite3_free(error);
            throw Poco::IOException("backup failed its check", why);
        }
    }
    Poco::File(partial).renameTo(backupPath);
    return pages;
}

}  // namespace wedreg::server::store
