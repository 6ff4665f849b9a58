// SPDX-License-Identifier: Apache-2.0
#include "server/store/GroupCommit.h"

#include "server/store/Database.h"
#include "server/store/WriteTransaction.h"

using namespace Poco::Data::Keywords;

namespace wedreg::server::store {

GroupCommit::GroupCommit(Database& db, std::size_t maxBatch)
    : m_db(db)
    , m_maxBatch(maxBatch == 0 ? 1 : maxBatch)
    , m_writer([this] { writerLoop(); })
{
}

GroupCommit::~GroupCommit()
{
    {
        std::lock_guard lock(m_mutex);
        m_stopping = true;
    }
    m_work.notify_all();
    m_writer.join();
}

void GroupCommit::run(const Unit& unit)
{
    Pending pending;
    pending.unit = &unit;
    std::unique_lock lock(m_mutex);
    m_queue.push_back(&pending);
    m_work.notify_one();
    pending.finished.wait(lock, [&] { return pending.done; });
    if (pending.error)
        std::rethrow_exception(pending.error);
}

std::size_t GroupCommit::batches() const
{
    std::lock_guard lock(m_mutex);
    return m_batches;
}

std::size_t GroupCommit::units() const
{
    std::lock_guard lock(m_mutex);
    return m_units;
}

void GroupCommit::writerLoop()
{
    std::unique_lock lock(m_mutex);
    for (;;) {
        m_work.wait(lock, [this] { return m_stopping || !m_queue.empty(); });
        if (m_queue.empty())
            return;  // stopping, nothing left: every caller has had its answer
        std::deque<Pending*> batch;
        while (!m_queue.empty() && batch.size() < m_maxBatch) {
            batch.push_back(m_queue.front());
            m_queue.pop_front();
        }
        lock.unlock();
        runBatch(batch);
        lock.lock();
        ++m_batches;
        m_units += batch.size();
        for (auto* p : batch) {
            p->done = true;
            p->finished.notify_one();  // under the mutex: the waiter cannot return and free it first
        }
    }
}

void GroupCommit::runBatch(std::deque<Pending*>& batch)
{
    try {
        WriteTransaction tx(m_db);
        auto& session = tx.session();
        for (auto* p : batch) {
            session << "SAVEPOINT unit", now;
            try {
                (*p->unit)(tx);
                session << "RELEASE SAVEPOINT unit", now;
            } catch (...) {
                p->error = std::current_exception();
                session << "ROLLBACK TO SAVEPOINT unit", now;
                session << "RELEASE SAVEPOINT unit", now;
            }
        }
        tx.commit();
    } catch (...) {
        // BEGIN, a savepoint or COMMIT failed: nothing of this batch is durable, so nobody may
        // be told otherwise.
        const auto error = std::current_exception();
        for (auto* p : batch)
            if (!p->error)
                p->error = error;
    }
}

}  // namespace wedreg::server::store
