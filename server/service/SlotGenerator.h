// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/calendar/Date.h"
#include "server/model/Slot.h"
#include "server/model/WorkingPlan.h"

#include <cstdint>
#include <string>
#include <vector>

namespace wedreg::core {
class WorkingCalendar;
}

namespace wedreg::server::service {

// When a slot's seats are released: `daysBefore` days before its day, at `minuteOfDay`
// (Asia/Shanghai). 15 days at 00:00 unless configured; a special opening may carry its own time.
struct ReleasePolicy {
    int daysBefore = 15;
    int minuteOfDay = 0;
};

struct GeneratedSlots {
    std::vector<model::Slot> list;  // not "slots": that is a Qt macro where tests include this
    // Days left without slots because the working calendar has no data for their year: we refuse
    // to guess which of them are public holidays. Ascending.
    std::vector<std::string> unknownCalendarDays;
};

// Turns working plans into slots, a pure function so that holidays, make-up working days, closures
// and special openings are unit-tested without a database:
//  - a closure closes the hall that day, whatever else says;
//  - a special opening replaces the day's plan for its service, even on a weekend or public holiday;
//  - a public holiday is otherwise closed;
//  - a working day uses its weekday's periods (a make-up working day on a weekend with no periods
//    of its own uses Monday's);
//  - an ordinary weekend opens only where the plan has periods for that weekday;
//  - a day whose year the calendar does not know gets no slots and is reported.
class SlotGenerator {
public:
    SlotGenerator(const core::WorkingCalendar& calendar, ReleasePolicy release);

    GeneratedSlots generate(const model::WorkingPlans& plans, core::Date from, core::Date to) const;

    // "jn-lixia.marriage.20261201.0900": stable, so regenerating never duplicates a slot.
    static std::string slotId(const std::string& hallId, const std::string& service, core::Date day, int startMinute);
    // Unix seconds of a Shanghai wall-clock time.
    static std::int64_t shanghaiEpoch(core::Date day, int minuteOfDay);

private:
    const core::WorkingCalendar& m_calendar;
    ReleasePolicy m_release;
};

}  // namespace wedreg::server::service
