// SPDX-License-Identifier: Apache-2.0
#include "server/service/SlotGenerator.h"

#include "core/calendar/WorkingCalendar.h"

#include <algorithm>
#include <cstdio>
#include <set>
#include <tuple>

namespace wedreg::server::service {
namespace {

constexpr std::int64_t kShanghaiOffsetSeconds = 8 * 3600;

using HallService = std::pair<std::string, std::string>;

void addPeriodSlots(std::vector<model::Slot>& out, const std::string& hallId, const std::string& service,
                    core::Date day, int startMinute, int endMinute, int slotMinutes, int capacity,
                    std::int64_t opensAt)
{
    for (int start = startMinute; start + slotMinutes <= endMinute; start += slotMinutes) {
        model::Slot s;
        s.id = SlotGenerator::slotId(hallId, service, day, start);
        s.hallId = hallId;
        s.service = service;
        s.day = core::toIsoString(day);
        s.startAt = SlotGenerator::shanghaiEpoch(day, start);
        s.endAt = SlotGenerator::shanghaiEpoch(day, start + slotMinutes);
        s.capacity = capacity;
        s.opensAt = opensAt;
        out.push_back(std::move(s));
    }
}

}  // namespace

SlotGenerator::SlotGenerator(const core::WorkingCalendar& calendar, ReleasePolicy release)
    : m_calendar(calendar)
    , m_release(release)
{
}

std::string SlotGenerator::slotId(const std::string& hallId, const std::string& service, core::Date day,
                                  int startMinute)
{
    char stamp[48];
    std::snprintf(stamp, sizeof stamp, "%04d%02u%02u.%02d%02d", static_cast<int>(day.year()),
                  static_cast<unsigned>(day.month()), static_cast<unsigned>(day.day()), startMinute / 60,
                  startMinute % 60);
    return hallId + "." + service + "." + stamp;
}

std::int64_t SlotGenerator::shanghaiEpoch(core::Date day, int minuteOfDay)
{
    const auto days = std::chrono::sys_days(day).time_since_epoch().count();
    return static_cast<std::int64_t>(days) * 86400 + minuteOfDay * 60 - kShanghaiOffsetSeconds;
}

GeneratedSlots SlotGenerator::generate(const model::WorkingPlans& plans, core::Date from, core::Date to) const
{
    GeneratedSlots out;
    std::set<std::pair<std::string, std::string>> closed;  // (hall, day)
    for (const auto& c : plans.closures)
        closed.emplace(c.hallId, c.day);
    std::set<HallService> pairs;
    for (const auto& p : plans.periods)
        pairs.emplace(p.hallId, p.service);
    for (const auto& o : plans.openings)
        pairs.emplace(o.hallId, o.service);

    for (auto day = from; day <= to; day = core::addDays(day, 1)) {
        const auto iso = core::toIsoString(day);
        if (!m_calendar.knowsYear(static_cast<int>(day.year()))) {
            out.unknownCalendarDays.push_back(iso);
            continue;
        }
        const bool working = m_calendar.isWorkingDay(day);
        const bool holiday = m_calendar.holidayName(day).has_value();
        const int weekday = static_cast<int>(core::weekdayOf(day).iso_encoding());
        const std::int64_t defaultOpensAt =
            shanghaiEpoch(core::addDays(day, -m_release.daysBefore), m_release.minuteOfDay);

        for (const auto& [hallId, service] : pairs) {
            if (closed.count({hallId, iso}))
                continue;
            bool special = false;
            for (const auto& o : plans.openings) {
                if (o.hallId != hallId || o.service != service || o.day != iso)
                    continue;
                special = true;
                addPeriodSlots(out.list, hallId, service, day, o.startMinute, o.endMinute, o.slotMinutes,
                               o.counters * o.couplesPerSlot, o.opensAt.value_or(defaultOpensAt));
            }
            if (special || holiday)
                continue;
            // A make-up working day falls on a weekend: it works like an ordinary weekday.
            int planDay = weekday;
            if (working && weekday >= 6) {
                const bool ownPeriods = std::any_of(plans.periods.begin(), plans.periods.end(), [&](const auto& p) {
                    return p.hallId == hallId && p.service == service && p.weekday == weekday;
                });
                if (!ownPeriods)
                    planDay = 1;
            }
            for (const auto& p : plans.periods) {
                if (p.hallId != hallId || p.service != service || p.weekday != planDay)
                    continue;
                addPeriodSlots(out.list, hallId, service, day, p.startMinute, p.endMinute, p.slotMinutes,
                               p.counters * p.couplesPerSlot, defaultOpensAt);
            }
        }
    }
    return out;
}

}  // namespace wedreg::server::service
