// SPDX-License-Identifier: Apache-2.0
// Hand-written ISO date parsing (GCC 12 has no chrono::parse): strict shape, real days only.

#include "CoreTestSupport.h"

#include "core/Errors.h"
#include "core/calendar/Date.h"

#include <QTest>

using namespace wedreg::core;
using namespace wedreg::core::test;

class TestDate : public QObject
{
    Q_OBJECT

private slots:
    void parsesRealDates_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("year");
        QTest::addColumn<int>("month");
        QTest::addColumn<int>("day");
        QTest::newRow("ordinary") << "2025-09-01" << 2025 << 9 << 1;
        QTest::newRow("leap day") << "2024-02-29" << 2024 << 2 << 29;
        QTest::newRow("year end") << "2025-12-31" << 2025 << 12 << 31;
        QTest::newRow("small year") << "0001-01-01" << 1 << 1 << 1;
    }

    void parsesRealDates()
    {
        QFETCH(QString, text);
        QFETCH(int, year);
        QFETCH(int, month);
        QFETCH(int, day);
        const Date date = parseIsoDate(text.toStdString());
        QCOMPARE(date, ymd(year, static_cast<unsigned>(month), static_cast<unsigned>(day)));
        QCOMPARE(iso(date), text);
    }

    void rejectsBadDates_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("reason");
        QTest::newRow("30 February") << "2025-02-30" << "not-a-date";
        QTest::newRow("29 February common year") << "2025-02-29" << "not-a-date";
        QTest::newRow("month 13") << "2025-13-01" << "not-a-date";
        QTest::newRow("day 0") << "2025-01-00" << "not-a-date";
        QTest::newRow("year 0") << "0000-01-01" << "not-a-date";
        QTest::newRow("unpadded") << "2025-2-3" << "date-format";
        QTest::newRow("slashes") << "2025/02/03" << "date-format";
        QTest::newRow("leading space") << " 2025-02-03" << "date-format";
        QTest::newRow("signed") << "+025-02-03" << "date-format";
        QTest::newRow("with time") << "2025-02-03T00:00" << "date-format";
        QTest::newRow("empty") << "" << "date-format";
    }

    void rejectsBadDates()
    {
        QFETCH(QString, text);
        QFETCH(QString, reason);
        const auto error = thrownBy<InvalidField>([&] { parseIsoDate(text.toStdString(), "registration_date"); });
        QVERIFY(error.has_value());
        QCOMPARE(qs(error->field()), QStringLiteral("registration_date"));
        QCOMPARE(qs(error->reason()), reason);

        std::string why;
        QVERIFY(!tryParseIsoDate(text.toStdString(), &why).has_value());
        QCOMPARE(qs(why), reason);
    }

    void addsDaysAcrossMonthsAndYears()
    {
        QCOMPARE(addDays(ymd(2025, 9, 1), 30), ymd(2025, 10, 1));
        QCOMPARE(addDays(ymd(2025, 12, 31), 1), ymd(2026, 1, 1));
        QCOMPARE(addDays(ymd(2024, 2, 28), 1), ymd(2024, 2, 29));
        QCOMPARE(addDays(ymd(2025, 3, 1), -1), ymd(2025, 2, 28));
        QCOMPARE(daysBetween(ymd(2025, 9, 1), ymd(2025, 10, 1)), 30);
        QCOMPARE(daysBetween(ymd(2025, 10, 1), ymd(2025, 9, 1)), -30);
    }

    void knowsWeekdays()
    {
        QCOMPARE(weekdayOf(ymd(2025, 9, 1)), std::chrono::Monday);
        QVERIFY(isWeekend(ymd(2025, 9, 27)));
        QVERIFY(isWeekend(ymd(2025, 9, 28)));
        QVERIFY(!isWeekend(ymd(2025, 9, 29)));
    }

    void shanghaiDateIsUtcPlusEight()
    {
        using namespace std::chrono;
        const sys_days newYearUtc{ymd(2025, 1, 1)};
        QCOMPARE(dateInShanghai(newYearUtc + hours{15} + minutes{59}), ymd(2025, 1, 1));
        QCOMPARE(dateInShanghai(newYearUtc + hours{16}), ymd(2025, 1, 2));
        QCOMPARE(dateInShanghai(newYearUtc - hours{8}), ymd(2025, 1, 1));
        QCOMPARE(dateInShanghai(newYearUtc - hours{8} - seconds{1}), ymd(2024, 12, 31));
        QVERIFY(todayInShanghai().ok());
    }
};

QTEST_APPLESS_MAIN(TestDate)
#include "tst_date.moc"
