// SPDX-License-Identifier: Apache-2.0
#include "core/calendar/WorkingCalendar.h"

#include "core/Errors.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <fstream>
#include <sstream>

namespace wedreg::core {

namespace {

using Json = nlohmann::json;

constexpr std::string_view kFilePrefix = "holidays-";
constexpr std::string_view kFileSuffix = ".json";
constexpr int kMinimumYear = 1949;
constexpr int kMaximumYear = 9999;
// A holiday run is at most a couple of weeks (Spring Festival: 8-9 days); anything longer is a typo
// such as a wrong month, which would silently close offices for weeks.
constexpr int kLongestHolidayDays = 31;
// nextWorkingDayOnOrAfter gives up after this many days rather than loop on absurd data.
constexpr int kLongestRestRun = 366;

// "holidays-2025.json" -> 2025; nullopt for any other name.
std::optional<int> yearFromFileName(const std::string& name)
{
    if (name.size() != kFilePrefix.size() + 4 + kFileSuffix.size() || !name.starts_with(kFilePrefix)
        || !name.ends_with(kFileSuffix)) {
        return std::nullopt;
    }
    int year = 0;
    for (std::size_t i = kFilePrefix.size(); i < kFilePrefix.size() + 4; ++i) {
        if (name[i] < '0' || name[i] > '9') {
            return std::nullopt;
        }
        year = year * 10 + (name[i] - '0');
    }
    return year;
}

// Reads the parsed document with errors that name the source and the JSON path of the bad field.
class Reader
{
public:
    explicit Reader(std::string source)
        : m_source(std::move(source))
    {
    }

    [[noreturn]] void fail(const std::string& field, const std::string& problem, const std::string& detail = {}) const
    {
        throw MalformedData(m_source, field, problem, detail);
    }

    const Json& member(const Json& object, const std::string& key, const std::string& path) const
    {
        const auto it = object.find(key);
        if (it == object.end()) {
            fail(path, "missing");
        }
        return *it;
    }

    std::string string(const Json& object, const std::string& key, const std::string& path, bool allowEmpty) const
    {
        const Json& value = member(object, key, path);
        if (!value.is_string()) {
            fail(path, "not-a-string");
        }
        auto text = value.get<std::string>();
        if (!allowEmpty && text.empty()) {
            fail(path, "empty");
        }
        return text;
    }

    Date date(const Json& value, const std::string& path) const
    {
        if (!value.is_string()) {
            fail(path, "not-a-string");
        }
        std::string reason;
        const auto text = value.get<std::string>();
        const auto parsed = tryParseIsoDate(text, &reason);
        if (!parsed) {
            fail(path, reason, text);
        }
        return *parsed;
    }

    const Json& array(const Json& object, const std::string& key) const
    {
        const Json& value = member(object, key, key);
        if (!value.is_array()) {
            fail(key, "not-an-array");
        }
        return value;
    }

private:
    std::string m_source;
};

} // namespace

WorkingCalendar::DayNumber WorkingCalendar::dayNumber(Date date)
{
    return static_cast<DayNumber>(std::chrono::sys_days{date}.time_since_epoch().count());
}

WorkingCalendar WorkingCalendar::fromDirectory(const std::filesystem::path& directory)
{
    std::error_code error;
    if (!std::filesystem::is_directory(directory, error)) {
        throw MalformedData(directory.string(), {}, "not-a-directory");
    }
    // Sorted so that errors and load order do not depend on the file system's listing order.
    std::vector<std::filesystem::path> files;
    for (const auto& entry : std::filesystem::directory_iterator(directory)) {
        if (entry.is_regular_file() && yearFromFileName(entry.path().filename().string())) {
            files.push_back(entry.path());
        }
    }
    std::sort(files.begin(), files.end());
    WorkingCalendar calendar;
    for (const auto& file : files) {
        calendar.loadFile(file);
    }
    return calendar;
}

void WorkingCalendar::loadFile(const std::filesystem::path& file)
{
    std::ifstream in(file, std::ios::binary);
    if (!in) {
        throw MalformedData(file.string(), {}, "unreadable");
    }
    std::ostringstream content;
    content << in.rdbuf();
    const auto expectedYear = yearFromFileName(file.filename().string());
    const auto sourceName = file.string();
    load(content.str(), sourceName, expectedYear);
}

void WorkingCalendar::loadJson(std::string_view json, std::string_view sourceName)
{
    load(json, sourceName, std::nullopt);
}

void WorkingCalendar::load(std::string_view json, std::string_view sourceName, std::optional<int> expectedYear)
{
    const Reader reader{std::string(sourceName)};
    const Json document = Json::parse(json.begin(), json.end(), nullptr, false);
    if (document.is_discarded()) {
        reader.fail({}, "invalid-json");
    }
    if (!document.is_object()) {
        reader.fail({}, "not-an-object");
    }

    const Json& yearValue = reader.member(document, "year", "year");
    if (!yearValue.is_number_integer()) {
        reader.fail("year", "not-an-integer");
    }
    const auto year = yearValue.get<long long>();
    if (year < kMinimumYear || year > kMaximumYear) {
        reader.fail("year", "out-of-range");
    }
    const int thisYear = static_cast<int>(year);
    if (expectedYear && *expectedYear != thisYear) {
        // Otherwise a copied file would leave a year silently missing while the directory looks complete.
        reader.fail("year", "year-mismatch", "file name says " + std::to_string(*expectedYear));
    }
    if (m_years.contains(thisYear)) {
        reader.fail("year", "duplicate-year", "already loaded from " + m_years.at(thisYear).origin);
    }
    const auto source = reader.string(document, "source", "source", false);

    // A notice may reach back into late December of the previous year (e.g. 2018-12-30 for the
    // 2019 New Year holiday), never further.
    const auto inScope = [thisYear](Date date) {
        const int y = static_cast<int>(date.year());
        return y == thisYear || y == thisYear - 1;
    };

    // Build everything aside first so a broken file leaves the calendar as it was.
    std::vector<Holiday> holidays;
    std::map<DayNumber, std::size_t> restDays;
    const Json& restArray = reader.array(document, "rest_days");
    for (std::size_t i = 0; i < restArray.size(); ++i) {
        const std::string path = "rest_days[" + std::to_string(i) + "]";
        const Json& item = restArray[i];
        if (!item.is_object()) {
            reader.fail(path, "not-an-object");
        }
        Holiday holiday{reader.string(item, "name", path + ".name", false),
                        reader.string(item, "name_en", path + ".name_en", false),
                        reader.date(reader.member(item, "from", path + ".from"), path + ".from"),
                        reader.date(reader.member(item, "to", path + ".to"), path + ".to")};
        if (!inScope(holiday.from)) {
            reader.fail(path + ".from", "wrong-year", toIsoString(holiday.from));
        }
        if (!inScope(holiday.to)) {
            reader.fail(path + ".to", "wrong-year", toIsoString(holiday.to));
        }
        const int length = daysBetween(holiday.from, holiday.to) + 1;
        if (length < 1) {
            reader.fail(path + ".to", "before-from");
        }
        if (length > kLongestHolidayDays) {
            reader.fail(path + ".to", "range-too-long");
        }
        const std::size_t index = m_holidays.size() + holidays.size();
        for (DayNumber day = dayNumber(holiday.from); day <= dayNumber(holiday.to); ++day) {
            if (restDays.contains(day) || m_restDays.contains(day)) {
                reader.fail(path, "overlap");
            }
            restDays.emplace(day, index);
        }
        holidays.push_back(std::move(holiday));
    }

    std::set<DayNumber> makeUpDays;
    const Json& makeUpArray = reader.array(document, "make_up_working_days");
    for (std::size_t i = 0; i < makeUpArray.size(); ++i) {
        const std::string path = "make_up_working_days[" + std::to_string(i) + "]";
        const Date date = reader.date(makeUpArray[i], path);
        if (!inScope(date)) {
            reader.fail(path, "wrong-year", toIsoString(date));
        }
        const DayNumber day = dayNumber(date);
        if (restDays.contains(day) || m_restDays.contains(day)) {
            reader.fail(path, "overlap", "also a rest day");
        }
        makeUpDays.insert(day);
    }
    // The other direction: an earlier file's make-up day must not be a rest day here.
    for (const auto& entry : restDays) {
        if (m_makeUpWorkingDays.contains(entry.first)) {
            reader.fail("rest_days", "overlap", "make-up working day in another file");
        }
    }

    m_years.emplace(thisYear, YearData{source, std::string(sourceName)});
    for (auto& holiday : holidays) {
        m_holidays.push_back(std::move(holiday));
    }
    m_restDays.merge(restDays);
    m_makeUpWorkingDays.merge(makeUpDays);
}

bool WorkingCalendar::knowsYear(int year) const
{
    return m_years.contains(year);
}

std::vector<int> WorkingCalendar::knownYears() const
{
    std::vector<int> years;
    years.reserve(m_years.size());
    for (const auto& entry : m_years) {
        years.push_back(entry.first);
    }
    return years;
}

const std::string& WorkingCalendar::sourceOf(int year) const
{
    const auto it = m_years.find(year);
    if (it == m_years.end()) {
        throw CalendarUnknown(year);
    }
    return it->second.source;
}

void WorkingCalendar::requireYear(Date date) const
{
    const int year = static_cast<int>(date.year());
    if (!knowsYear(year)) {
        throw CalendarUnknown(year);
    }
}

bool WorkingCalendar::isWorkingDay(Date date) const
{
    requireYear(date);
    const DayNumber day = dayNumber(date);
    if (m_makeUpWorkingDays.contains(day)) {
        return true;
    }
    if (m_restDays.contains(day)) {
        return false;
    }
    return !isWeekend(date);
}

Date WorkingCalendar::nextWorkingDayOnOrAfter(Date date) const
{
    Date candidate = date;
    for (int step = 0; step <= kLongestRestRun; ++step) {
        if (isWorkingDay(candidate)) {
            return candidate;
        }
        candidate = addDays(candidate, 1);
    }
    throw MalformedData(m_years.at(static_cast<int>(date.year())).origin, {}, "no-working-day",
                        "none within a year of " + toIsoString(date));
}

std::optional<WorkingCalendar::HolidayName> WorkingCalendar::holidayName(Date date) const
{
    requireYear(date);
    const auto it = m_restDays.find(dayNumber(date));
    if (it == m_restDays.end()) {
        return std::nullopt;
    }
    const Holiday& holiday = m_holidays[it->second];
    return HolidayName{holiday.name, holiday.nameEn};
}

} // namespace wedreg::core
