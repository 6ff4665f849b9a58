// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/Errors.h"

#include <cstddef>
#include <cstdint>
#include <mutex>
#include <string>
#include <unordered_map>
#include <unordered_set>

namespace wedreg::server::service {

// Over a rate limit: code "client" (one caller's writes) or "id" (booking attempts for one
// person's ID, by blind index). The HTTP boundary answers 429 with Retry-After.
class RateLimited : public core::DomainError {
public:
    RateLimited(std::string code, int retryAfterSeconds)
        : core::DomainError(code, "rate-limited: " + code)
        , m_retryAfter(retryAfterSeconds)
    {
    }
    int retryAfterSeconds() const { return m_retryAfter; }

private:
    int m_retryAfter;
};

// A token bucket per key: `burst` tokens, refilled at `perSecond`. Keys are what the caller
// chooses (a kiosk, a staff token, an address, a blind index); never raw personal data.
// Thread-safe; the number of keys is bounded (full buckets are forgotten first, as they would
// start full again anyway).
class RateLimiter {
public:
    struct Limit {
        double perSecond = 0;  // 0: no limit
        double burst = 1;
    };

    explicit RateLimiter(Limit limit, std::size_t maxKeys = 100000);

    // Takes a token for `key` at `nowMicros` (a steady clock). 0 when allowed; otherwise the
    // whole seconds (≥ 1) until a token will be there, and nothing is taken.
    int take(const std::string& key, std::int64_t nowMicros);
    // Takes a token or throws RateLimited{code}. With a `once` token (an Idempotency-Key), the
    // same key and token are charged only the first time: retries of one request, even
    // concurrent ones, are one attempt.
    void require(const std::string& key, const std::string& code, const std::string& once = {});

    bool enabled() const { return m_limit.perSecond > 0; }

private:
    struct Bucket {
        double tokens = 0;
        std::int64_t last = 0;
    };
    void prune(std::int64_t nowMicros);

    const Limit m_limit;
    const std::size_t m_maxKeys;
    std::mutex m_mutex;
    std::unordered_map<std::string, Bucket> m_buckets;
    std::unordered_set<std::string> m_charged;  // key + once token, bounded like the buckets
};

}  // namespace wedreg::server::service
