// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <chrono>
#include <cstdint>

namespace wedreg::server::service {

// Services ask this for the time so tests can move it (lockouts, expiries) without sleeping.
class Clock {
public:
    virtual ~Clock() = default;
    virtual std::int64_t nowSeconds() const
    {
        using namespace std::chrono;
        return duration_cast<seconds>(system_clock::now().time_since_epoch()).count();
    }
};

// Development and acceptance tests only (dev.clock_offset_days, refused unless the server is on
// plain HTTP on loopback): the server lives that many days away from today, so statutory periods
// (cooling-off, windows, lapses) can be walked through without waiting for them.
class OffsetClock : public Clock {
public:
    explicit OffsetClock(std::int64_t offsetSeconds)
        : m_offset(offsetSeconds)
    {
    }
    std::int64_t nowSeconds() const override { return Clock::nowSeconds() + m_offset; }

private:
    std::int64_t m_offset;
};

}  // namespace wedreg::server::service
