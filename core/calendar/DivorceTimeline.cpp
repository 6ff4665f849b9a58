// SPDX-License-Identifier: Apache-2.0
#include "core/calendar/DivorceTimeline.h"

#include "core/calendar/WorkingCalendar.h"

namespace wedreg::core {

namespace {

// Last day of a period of `days` days starting on `firstDay`, moved off a rest day.
Date periodEnd(Date firstDay, int days, const WorkingCalendar& calendar)
{
    return calendar.nextWorkingDayOnOrAfter(addDays(firstDay, days - 1));
}

} // namespace

DivorceTimeline::DivorceTimeline(Date received, const WorkingCalendar& calendar)
    : m_received(received)
    , m_coolingOffEnd(periodEnd(addDays(received, 1), kCoolingOffDays, calendar))
    , m_windowEnd(periodEnd(addDays(m_coolingOffEnd, 1), kWindowDays, calendar))
{
}

DivorceTimeline::Phase DivorceTimeline::phaseOn(Date date) const
{
    if (date < m_received) {
        return Phase::BeforeReceipt;
    }
    if (date <= m_coolingOffEnd) {
        return Phase::CoolingOff;
    }
    if (date <= m_windowEnd) {
        return Phase::Window;
    }
    return Phase::Lapsed;
}

} // namespace wedreg::core
