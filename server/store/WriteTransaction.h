// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <Poco/Data/Session.h>

namespace wedreg::server::store {

class Database;

// A read-write transaction that rolls back unless committed. On SQLite it is BEGIN IMMEDIATE: the
// write lock is taken up front (waiting up to busy_timeout), so two bookings never both read under
// a shared lock and then deadlock upgrading it (SQLITE_BUSY with no wait). PostgreSQL uses the
// default READ COMMITTED: the conditional UPDATE re-checks its WHERE on the row it waited for.
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
    Database& m_db;
    Poco::Data::Session m_session;
    bool m_open = false;
};

}  // namespace wedreg::server::store
