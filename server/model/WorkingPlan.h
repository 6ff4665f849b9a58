// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace wedreg::server::model {

// One opening period of a weekday (a day with a lunch break has two). Capacity of each slot is
// counters × couples per slot.
struct PlanPeriod {
    std::string hallId;
    std::string service;
    int weekday = 1;  // ISO: 1 = Monday … 7 = Sunday
    int startMinute = 0;
    int endMinute = 0;
    int slotMinutes = 30;
    int counters = 1;
    int couplesPerSlot = 1;
};

// A day the hall does not open at all.
struct Closure {
    std::string hallId;
    std::string day;
    std::string reason;
};

// A lucky day's own hours, replacing the weekday plan and opening even on a rest day.
struct SpecialOpening {
    std::string hallId;
    std::string service;
    std::string day;
    int startMinute = 0;
    int endMinute = 0;
    int slotMinutes = 30;
    int counters = 1;
    int couplesPerSlot = 1;
    std::string name;
    std::optional<std::int64_t> opensAt;  // the day's own release time, else the default policy
};

struct WorkingPlans {
    std::vector<PlanPeriod> periods;
    std::vector<Closure> closures;
    std::vector<SpecialOpening> openings;
};

}  // namespace wedreg::server::model
