// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <Poco/Data/Session.h>

#include <mutex>

namespace wedreg::server::store {

class Database;

// A read-write transaction that rolls back unless committed. On SQLite it is BEGIN IMMEDIATE: the
// write lock is taken up front (waiting up to busy_timeout), so two bookings never both read under
// a shared lock and then deadlock upgrading it (SQLITE_BUSY with no wait). PostgreSQL uses the
// default READ COMMITTED: the conditional UPDATE re-checks its WHERE on the row it waited for.
// On SQLite the writers of this process also take Database::sqliteWriter() first (before a pooled
// session, so waiters hold none) and let it go at commit or rollback; busy_timeout still covers
// writers in other processes. Never open a second WriteTransaction on a thread that holds one.
class WriteTransaction {
public:
    explicit WriteTransaction(Database& db);
    ~WriteTransaction();
    WriteTransaction(const WriteTransaction&) = delete;
    WriteTransaction& operator=(const WriteTransaction&) = delete;

    Poco::Data::Session& session() { return m_session; }
    void commit();
    void rollback();

private:
    void finish();

    Database& m_db;
    std::unique_lock<std::mutex> m_writer;  // declared before m_session: taken first
    Poco::Data::Session m_session;
    bool m_open = false;
};

}  // namespace wedreg::server::store
