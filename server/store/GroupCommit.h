// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <condition_variable>
#include <cstddef>
#include <deque>
#include <exception>
#include <functional>
#include <mutex>
#include <thread>

namespace wedreg::server::store {

class Database;
class WriteTransaction;

// Group commit (issue #3, "durable writes batched by a single writer per database"): short write
// units from many request threads are run by one writer thread, several to a transaction, so a
// rush pays one fsync per batch instead of one per booking. Each unit runs inside its own
// SAVEPOINT: a unit that throws has exactly its own writes rolled back and its exception handed to
// its caller, while the rest of the batch commits. run() returns only after the batch's COMMIT
// succeeded, so a 201 still means durable (synchronous=FULL). A unit must not commit or roll
// back the transaction it is given.
class GroupCommit {
public:
    using Unit = std::function<void(WriteTransaction&)>;

    GroupCommit(Database& db, std::size_t maxBatch);
    ~GroupCommit();
    GroupCommit(const GroupCommit&) = delete;
    GroupCommit& operator=(const GroupCommit&) = delete;

    // Runs `unit` in the next batch; rethrows what the unit threw, or what COMMIT threw.
    void run(const Unit& unit);

    // Batches committed so far and units in them (for /metrics and the benchmark).
    std::size_t batches() const;
    std::size_t units() const;

private:
    // One per waiting caller, on its stack. Each has its own condition variable so that a finished
    // batch wakes exactly its callers, not every request thread waiting for a later batch.
    struct Pending {
        const Unit* unit = nullptr;
        std::exception_ptr error;
        bool done = false;
        std::condition_variable finished;
    };

    void writerLoop();
    void runBatch(std::deque<Pending*>& batch);

    Database& m_db;
    std::size_t m_maxBatch;
    mutable std::mutex m_mutex;
    std::condition_variable m_work;
    std::deque<Pending*> m_queue;
    bool m_stopping = false;
    std::size_t m_batches = 0;
    std::size_t m_units = 0;
    std::thread m_writer;
};

}  // namespace wedreg::server::store
