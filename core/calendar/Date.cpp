// SPDX-License-Identifier: Apache-2.0
#include "core/calendar/Date.h"

#include "core/Errors.h"


namespace wedreg::core {

namespace {

constexpr std::string_view kFormatReason = "date-format";
constexpr std::string_view kNotADateReason = "not-a-date";

// China abolished DST in 1991 and all of it uses Beijing time, so a fixed offset is exact for any
// instant the system can see.
constexpr std::chrono::hours kShanghaiOffset{8};

bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}

// Reads `count` ASCII digits at `pos`; std::stoi would accept signs and spaces we must refuse.
std::optional<int> readDigits(std::string_view text, std::size_t pos, std::size_t count)
{
    int value = 0;
    for (std::size_t i = pos; i < pos + count; ++i) {
        if (!isDigit(text[i])) {
            return std::nullopt;
        }
        value = value * 10 + (text[i] - '0');
    }
    return value;
}

std::string padded(int value, std::size_t width)
{
    std::string digits = std::to_string(value);
    if (digits.size() < width) {
        digits.insert(0, width - digits.size(), '0');
    }
    return digits;
}

} // namespace

std::optional<Date> makeDate(int year, unsigned month, unsigned day)
{
    const Date date{std::chrono::year{year}, std::chrono::month{month}, std::chrono::day{day}};
    if (!date.ok()) {
        return std::nullopt;
    }
    return date;
}

std::optional<Date> tryParseIsoDate(std::string_view text, std::string* reason)
{
    const auto fail = [reason](std::string_view why) -> std::optional<Date> {
        if (reason != nullptr) {
            *reason = why;
        }
        return std::nullopt;
    };
    if (text.size() != 10 || text[4] != '-' || text[7] != '-') {
        return fail(kFormatReason);
    }
    const auto year = readDigits(text, 0, 4);
    const auto month = readDigits(text, 5, 2);
    const auto day = readDigits(text, 8, 2);
    if (!year || !month || !day) {
        return fail(kFormatReason);
    }
    if (*year == 0) {
        return fail(kNotADateReason);
    }
    const auto date = makeDate(*year, static_cast<unsigned>(*month), static_cast<unsigned>(*day));
    if (!date) {
        return fail(kNotADateReason);
    }
    return date;
}

Date parseIsoDate(std::string_view text, std::string_view field)
{
    std::string reason;
    const auto date = tryParseIsoDate(text, &reason);
    if (!date) {
        throw InvalidField(std::string(field), reason);
    }
    return *date;
}

std::string toIsoString(Date date)
{
    std::string out = padded(static_cast<int>(date.year()), 4);
    out += '-';
    out += padded(static_cast<int>(static_cast<unsigned>(date.month())), 2);
    out += '-';
    out += padded(static_cast<int>(static_cast<unsigned>(date.day())), 2);
    return out;
}

Date addDays(Date date, int days)
{
    return Date{std::chrono::sys_days{date} + std::chrono::days{days}};
}

int daysBetween(Date from, Date to)
{
    return static_cast<int>((std::chrono::sys_days{to} - std::chrono::sys_days{from}).count());
}

std::chrono::weekday weekdayOf(Date date)
{
    return std::chrono::weekday{std::chrono::sys_days{date}};
}

bool isWeekend(Date date)
{
    const auto weekday = weekdayOf(date);
    return weekday == std::chrono::Saturday || weekday == std::chrono::Sunday;
}

Date dateInShanghai(std::chrono::system_clock::time_point instant)
{
    return Date{std::chrono::floor<std::chrono::days>(instant + kShanghaiOffset)};
}

Date todayInShanghai()
{
    return dateInShanghai(std::chrono::system_clock::now());
}

} // namespace wedreg::core
