// SPDX-License-Identifier: Apache-2.0
#pragma once

// Small helpers shared by the core suites: readable comparisons of std types in QCOMPARE, dates from
// numbers, resident ID numbers with a computed check character (so each rejection case isolates one
// reason), and catching a typed domain error to inspect its code.

#include "core/calendar/Date.h"
#include "core/crypto/Bytes.h"
#include "core/identity/ResidentId.h"

#include <QString>
#include <QStringList>
#include <QTest>

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace wedreg::core::test {

// "0a1b…" → bytes (test vectors are printed in hex).
inline Bytes fromHex(std::string_view hex)
{
    Bytes out;
    for (std::size_t i = 0; i + 1 < hex.size(); i += 2)
        out.push_back(static_cast<std::uint8_t>(std::stoi(std::string(hex.substr(i, 2)), nullptr, 16)));
    return out;
}

inline QString qs(std::string_view text)
{
    return QString::fromUtf8(text.data(), static_cast<qsizetype>(text.size()));
}

inline QStringList qs(const std::vector<std::string>& items)
{
    QStringList out;
    for (const auto& item : items) {
        out << qs(item);
    }
    return out;
}

inline Date ymd(int year, unsigned month, unsigned day)
{
    return Date{std::chrono::year{year}, std::chrono::month{month}, std::chrono::day{day}};
}

inline QString iso(Date date)
{
    return qs(toIsoString(date));
}

// 17 digits + their correct check character.
inline std::string withCheck(std::string_view first17)
{
    return std::string(first17) + ResidentId::checkCharacter(first17);
}

// Runs `action`; returns the exception of type E it threw, nullopt if it threw nothing.
template<typename E, typename F>
std::optional<E> thrownBy(F&& action)
{
    try {
        action();
    } catch (const E& error) {
        return error;
    }
    return std::nullopt;
}

} // namespace wedreg::core::test

// So a failing QCOMPARE of two dates prints them instead of nothing.
template<>
inline char* QTest::toString(const wedreg::core::Date& date)
{
    return qstrdup(wedreg::core::toIsoString(date).c_str());
}
