// SPDX-License-Identifier: Apache-2.0
#include "server/app/BackgroundJobs.h"

#include <Poco/Logger.h>

namespace wedreg::server::app {

BackgroundJobs::~BackgroundJobs()
{
    stop();
}

void BackgroundJobs::every(std::string name, std::chrono::milliseconds interval, std::function<void()> job)
{
    m_threads.emplace_back([this, name = std::move(name), interval, job = std::move(job)] {
        std::unique_lock lock(m_mutex);
        while (!m_wake.wait_for(lock, interval, [this] { return m_stopping; })) {
            lock.unlock();
            try {
                job();
            } catch (const std::exception& e) {
                Poco::Logger::get("wedreg.jobs").error("%s failed: %s", name, std::string(e.what()));
            }
            lock.lock();
        }
    });
}

void BackgroundJobs::stop()
{
    {
        std::lock_guard lock(m_mutex);
        m_stopping = true;
    }
    m_wake.notify_all();
    for (auto& thread : m_threads)
        if (thread.joinable())
            thread.join();
    m_threads.clear();
}

}  // namespace wedreg::server::app
