// SPDX-License-Identifier: Apache-2.0
#include "server/service/RateLimiter.h"

#include <algorithm>
#include <chrono>
#include <cmath>

namespace wedreg::server::service {

RateLimiter::RateLimiter(Limit limit, std::size_t maxKeys)
    : m_limit(limit)
    , m_maxKeys(std::max<std::size_t>(maxKeys, 1))
{
}

int RateLimiter::take(const std::string& key, std::int64_t nowMicros)
{
    if (!enabled())
        return 0;
    std::lock_guard lock(m_mutex);
    auto it = m_buckets.find(key);
    if (it == m_buckets.end()) {
        if (m_buckets.size() >= m_maxKeys)
            prune(nowMicros);
        it = m_buckets.emplace(key, Bucket{m_limit.burst, nowMicros}).first;
    }
    auto& b = it->second;
    const double elapsed = static_cast<double>(std::max<std::int64_t>(0, nowMicros - b.last)) / 1e6;
    b.tokens = std::min(m_limit.burst, b.tokens + elapsed * m_limit.perSecond);
    b.last = nowMicros;
    if (b.tokens >= 1.0) {
        b.tokens -= 1.0;
        return 0;
    }
    return std::max(1, static_cast<int>(std::ceil((1.0 - b.tokens) / m_limit.perSecond)));
}

void RateLimiter::require(const std::string& key, const std::string& code, const std::string& once)
{
    if (!enabled())
        return;
    if (!once.empty()) {
        std::lock_guard lock(m_mutex);
        if (m_charged.size() >= m_maxKeys)
            m_charged.clear();
        if (!m_charged.insert(key + '\n' + once).second)
            return;
    }
    const auto now = std::chrono::duration_cast<std::chrono::microseconds>(
                         std::chrono::steady_clock::now().time_since_epoch())
                         .count();
    if (const int wait = take(key, now))
        throw RateLimited(code, wait);
}

void RateLimiter::prune(std::int64_t nowMicros)
{
    // Forget buckets that have refilled; if every one is still draining (a flood of distinct
    // keys), forget them all rather than grow without bound: a flood is shed elsewhere too.
    for (auto it = m_buckets.begin(); it != m_buckets.end();) {
        const double elapsed = static_cast<double>(nowMicros - it->second.last) / 1e6;
        if (it->second.tokens + elapsed * m_limit.perSecond >= m_limit.burst)
            it = m_buckets.erase(it);
        else
            ++it;
    }
    if (m_buckets.size() >= m_maxKeys)
        m_buckets.clear();
}

}  // namespace wedreg::server::service
