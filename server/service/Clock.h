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

}  // namespace wedreg::server::service
