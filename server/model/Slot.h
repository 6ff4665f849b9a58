// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <cstdint>
#include <string>

namespace wedreg::server::model {

// One bookable time at a hall for one service. Times are Unix seconds; `day` is the ISO date in
// Asia/Shanghai. `booked` only ever moves inside the database's conditional update.
struct Slot {
    std::string id;
    std::string hallId;
    std::string service;
    std::string day;
    std::int64_t startAt = 0;
    std::int64_t endAt = 0;
    int capacity = 0;
    int booked = 0;
    std::int64_t opensAt = 0;
    // Its day is a lottery day for its service: seats go to the draw's winners, not first come.
    // Read with the slot (not a column of slots).
    bool lottery = false;

    int available() const { return capacity > booked ? capacity - booked : 0; }
};

}  // namespace wedreg::server::model
