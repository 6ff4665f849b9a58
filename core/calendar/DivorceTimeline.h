// SPDX-License-Identifier: Apache-2.0
#pragma once

// The statutory timeline of a divorce by agreement (Civil Code art. 1077; 民发〔2020〕116号):
//   day R          application received;
//   R+1 .. C       30-day cooling-off period (either party alone may withdraw);
//   C+1 .. W       30-day window in which both must return to obtain the divorce certificate;
//   W+1            deemed withdrawn if they did not.
// Periods are counted from the day after the triggering day, and a period whose last day is a
// statutory rest day ends on the next working day (Civil Code art. 201, 203), which is why this needs
// the WorkingCalendar. Example: R = 2025-09-01 -> C = 2025-10-09 (National Day holiday), W = 2025-11-10.

#include "core/calendar/Date.h"

namespace wedreg::core {

class WorkingCalendar;

class DivorceTimeline
{
public:
    static constexpr int kCoolingOffDays = 30;
    static constexpr int kWindowDays = 30;

    enum class Phase {
        BeforeReceipt, // the date is before the application was received
        CoolingOff,    // receipt day through coolingOffEnd(): may withdraw, may not yet complete
        Window,        // windowStart() through windowEnd(): both may complete the divorce
        Lapsed,        // from deemedWithdrawnOn(): the application counts as withdrawn
    };

    // Throws CalendarUnknown when a year the periods touch has no calendar data.
    DivorceTimeline(Date received, const WorkingCalendar& calendar);

    Date received() const noexcept { return m_received; }
    Date coolingOffStart() const noexcept { return addDays(m_received, 1); }
    Date coolingOffEnd() const noexcept { return m_coolingOffEnd; }
    Date windowStart() const noexcept { return addDays(m_coolingOffEnd, 1); }
    Date windowEnd() const noexcept { return m_windowEnd; }
    Date deemedWithdrawnOn() const noexcept { return addDays(m_windowEnd, 1); }

    // The receipt day itself counts as CoolingOff: the application exists and may be withdrawn,
    // although the 30 days are counted from the next day.
    Phase phaseOn(Date date) const;

private:
    Date m_received;
    Date m_coolingOffEnd;
    Date m_windowEnd;
};

} // namespace wedreg::core
