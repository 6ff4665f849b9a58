// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <atomic>
#include <cstdint>
#include <map>
#include <mutex>
#include <string>
#include <utility>

namespace wedreg::server::http {

// Prometheus counters for /metrics: requests by route pattern and status, latency sum, in flight.
// Route patterns (not raw paths) keep the label set small and free of personal data.
class Metrics {
public:
    void requestStarted() { m_inFlight.fetch_add(1, std::memory_order_relaxed); }
    void requestFinished(const std::string& method, const std::string& route, int status, double seconds);
    std::string render(const std::string& version, const std::string& db) const;

private:
    struct Counter {
        std::uint64_t count = 0;
        double seconds = 0;
    };
    mutable std::mutex m_mutex;
    std::map<std::pair<std::string, int>, Counter> m_requests;  // (method + route, status)
    std::atomic<std::int64_t> m_inFlight{0};
};

}  // namespace wedreg::server::http
