// SPDX-License-Identifier: Apache-2.0
#pragma once

// Which days a registration office counts as working days: Monday-Friday, minus statutory public
// holidays, plus the weekend make-up working days (调休) the State Council announces each year.
// Statutory deadlines (divorce cooling-off, Civil Code art. 203) move to the next working day when
// they end on a rest day, so a wrong answer here moves a legal date: a year without a loaded
// holidays-YYYY.json is refused with CalendarUnknown instead of being guessed from weekends.

#include "core/calendar/Date.h"

#include <filesystem>
#include <map>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <vector>

namespace wedreg::core {

class WorkingCalendar
{
public:
    struct Holiday
    {
        std::string name;   // zh-CN, as in the State Council notice
        std::string nameEn; // en
        Date from;
        Date to; // inclusive
    };

    struct HolidayName
    {
        std::string zh;
        std::string en;
    };

    WorkingCalendar() = default;

    // Loads every holidays-YYYY.json in `directory` (other files are ignored). Throws MalformedData
    // naming the file and field for a broken file, or for a directory that does not exist.
    static WorkingCalendar fromDirectory(const std::filesystem::path& directory);

    // One holidays-YYYY.json file; its "year" must match the name when the name has that shape.
    void loadFile(const std::filesystem::path& file);

    // The same format from memory; `sourceName` is what error messages call it.
    void loadJson(std::string_view json, std::string_view sourceName = "<string>");

    bool knowsYear(int year) const;
    std::vector<int> knownYears() const; // ascending

    // The official source text of a year's data (e.g. the notice number), for audit trails.
    // Throws CalendarUnknown.
    const std::string& sourceOf(int year) const;

    // All of the following throw CalendarUnknown when `date`'s year has no data.
    bool isWorkingDay(Date date) const;
    bool isRestDay(Date date) const { return !isWorkingDay(date); }
    Date nextWorkingDayOnOrAfter(Date date) const;
    // The public holiday `date` falls in, if any (ordinary weekends have none).
    std::optional<HolidayName> holidayName(Date date) const;

private:
    using DayNumber = int; // days since 1970-01-01, a cheap map key

    struct YearData
    {
        std::string source;
        std::string origin; // file name or sourceName, for later error messages
    };

    static DayNumber dayNumber(Date date);
    void load(std::string_view json, std::string_view sourceName, std::optional<int> expectedYear);
    void requireYear(Date date) const;

    std::map<int, YearData> m_years;
    std::vector<Holiday> m_holidays;
    std::map<DayNumber, std::size_t> m_restDays; // day -> index in m_holidays
    std::set<DayNumber> m_makeUpWorkingDays;
};

} // namespace wedreg::core
