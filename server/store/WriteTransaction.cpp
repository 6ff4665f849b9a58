// SPDX-License-Identifier: Apache-2.0
#include "server/store/WriteTransaction.h"

#include "server/store/Database.h"

#include <Poco/Exception.h>

using namespace Poco::Data::Keywords;

namespace wedreg::server::store {

WriteTransaction::WriteTransaction(Database& db)
    : m_db(db)
    , m_writer(db.dialect() == Dialect::Sqlite ? std::unique_lock(db.sqliteWriter()) : std::unique_lock<std::mutex>())
    , m_session(db.session())
{
    if (m_db.dialect() == Dialect::Sqlite)
        m_session << "BEGIN IMMEDIATE", now;
    else
        m_session.begin();
    m_open = true;
}

WriteTransaction::~WriteTransaction()
{
    if (!m_open)
        return;
    try {
        rollback();
    } catch (const Poco::Exception&) {
        // The connection is broken; the server rolls the transaction back when it notices.
    }
}

void WriteTransaction::commit()
{
    if (m_db.dialect() == Dialect::Sqlite)
        m_session << "COMMIT", now;
    else
        m_session.commit();
    m_open = false;
    finish();
}

void WriteTransaction::rollback()
{
    m_open = false;
    try {
        if (m_db.dialect() == Dialect::Sqlite)
            m_session << "ROLLBACK", now;
        else
            m_session.rollback();
    } catch (...) {
        finish();
        throw;
    }
    finish();
}

void WriteTransaction::finish()
{
    if (m_writer.owns_lock())
        m_writer.unlock();
}

}  // namespace wedreg::server::store
