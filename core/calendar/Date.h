// SPDX-License-Identifier: Apache-2.0
#pragma once

// Calendar dates for the domain. Every legal act is dated in Asia/Shanghai (UTC+8, no DST), so a plain
// civil date is all the rules need; times of day belong to the server's slots, not here.
// GCC 12 ships year_month_day/sys_days but not chrono::parse or time zones, hence the hand-written
// parsing below.

#include <chrono>
#include <optional>
#include <string>
#include <string_view>

namespace wedreg::core {

using Date = std::chrono::year_month_day;

// Strict ISO 8601 calendar date "YYYY-MM-DD" (years 0001-9999) naming a real day. Throws
// InvalidField{field, "date-format"} for the wrong shape and InvalidField{field, "not-a-date"}
// for shapes like 2025-02-30.
Date parseIsoDate(std::string_view text, std::string_view field = "date");

// Non-throwing variant; `reason` (if given) receives "date-format" or "not-a-date".
std::optional<Date> tryParseIsoDate(std::string_view text, std::string* reason = nullptr);

// Builds a date from numbers; nullopt unless it is a real day. Used for the date inside ID numbers.
std::optional<Date> makeDate(int year, unsigned month, unsigned day);

std::string toIsoString(Date date);

Date addDays(Date date, int days);

// to - from, in days (negative when `to` is earlier).
int daysBetween(Date from, Date to);

std::chrono::weekday weekdayOf(Date date);

bool isWeekend(Date date);

// The civil date in Shanghai at a given instant; separate from todayInShanghai() so tests can pin time.
Date dateInShanghai(std::chrono::system_clock::time_point instant);

Date todayInShanghai();

} // namespace wedreg::core
