// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <chrono>
#include <condition_variable>
#include <functional>
#include <mutex>
#include <string>
#include <thread>
#include <vector>

namespace wedreg::server::app {

// The server's periodic work (slot horizon, audit sealing, lapsing divorce applications): each job
// on its own thread, run every interval until stop(). A job that throws is logged and runs again
// next time; stop() wakes every thread at once and joins them.
class BackgroundJobs {
public:
    BackgroundJobs() = default;
    ~BackgroundJobs();
    BackgroundJobs(const BackgroundJobs&) = delete;
    BackgroundJobs& operator=(const BackgroundJobs&) = delete;

    void every(std::string name, std::chrono::milliseconds interval, std::function<void()> job);
    void stop();

private:
    std::mutex m_mutex;
    std::condition_variable m_wake;
    bool m_stopping = false;
    std::vector<std::thread> m_threads;
};

}  // namespace wedreg::server::app
