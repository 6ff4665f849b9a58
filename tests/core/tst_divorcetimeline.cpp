// SPDX-License-Identifier: Apache-2.0
// Divorce by agreement (Civil Code art. 1077): 30-day cooling-off from the day after receipt, then a
// 30-day window; a period ending on a rest day ends on the next working day.

#include "CoreTestSupport.h"

#include "core/Errors.h"
#include "core/calendar/DivorceTimeline.h"
#include "core/calendar/WorkingCalendar.h"

#include <QTest>

#include <filesystem>

using namespace wedreg::core;
using namespace wedreg::core::test;

namespace {

using Phase = DivorceTimeline::Phase;

WorkingCalendar shipped20252026()
{
    const auto dir = std::filesystem::path(WEDREG_ASSETS_DIR) / "calendar";
    WorkingCalendar calendar;
    calendar.loadFile(dir / "holidays-2025.json");
    calendar.loadFile(dir / "holidays-2026.json");
    return calendar;
}

} // namespace

class TestDivorceTimeline : public QObject
{
    Q_OBJECT

private slots:
    void nationalDayExtendsCoolingOff()
    {
        const auto calendar = shipped20252026();
        const DivorceTimeline timeline(ymd(2025, 9, 1), calendar);
        QCOMPARE(timeline.received(), ymd(2025, 9, 1));
        QCOMPARE(timeline.coolingOffStart(), ymd(2025, 9, 2));
        // The 30th day is 2025-10-01, inside the 10-01..10-08 holiday.
        QCOMPARE(timeline.coolingOffEnd(), ymd(2025, 10, 9));
        QCOMPARE(timeline.windowStart(), ymd(2025, 10, 10));
        // The 30th window day is Saturday 2025-11-08.
        QCOMPARE(timeline.windowEnd(), ymd(2025, 11, 10));
        QCOMPARE(timeline.deemedWithdrawnOn(), ymd(2025, 11, 11));
    }

    void phasesOfTheNationalDayExample_data()
    {
        QTest::addColumn<QString>("date");
        QTest::addColumn<int>("phase");
        QTest::newRow("day before receipt") << "2025-08-31" << int(Phase::BeforeReceipt);
        QTest::newRow("receipt day") << "2025-09-01" << int(Phase::CoolingOff);
        QTest::newRow("30th day, a holiday") << "2025-10-01" << int(Phase::CoolingOff);
        QTest::newRow("last holiday day") << "2025-10-08" << int(Phase::CoolingOff);
        QTest::newRow("extended last day") << "2025-10-09" << int(Phase::CoolingOff);
        QTest::newRow("first window day") << "2025-10-10" << int(Phase::Window);
        QTest::newRow("30th window day, Saturday") << "2025-11-08" << int(Phase::Window);
        QTest::newRow("extended window end") << "2025-11-10" << int(Phase::Window);
        QTest::newRow("deemed withdrawn") << "2025-11-11" << int(Phase::Lapsed);
        QTest::newRow("long after") << "2026-03-01" << int(Phase::Lapsed);
    }

    void phasesOfTheNationalDayExample()
    {
        QFETCH(QString, date);
        QFETCH(int, phase);
        const auto calendar = shipped20252026();
        const DivorceTimeline timeline(ymd(2025, 9, 1), calendar);
        QCOMPARE(int(timeline.phaseOn(parseIsoDate(date.toStdString()))), phase);
    }

    void coolingOffEndingOnWeekendMovesToMonday()
    {
        const auto calendar = shipped20252026();
        // Received Thursday 2025-06-12: the 30th day is Saturday 2025-07-12.
        const DivorceTimeline timeline(ymd(2025, 6, 12), calendar);
        QCOMPARE(timeline.coolingOffEnd(), ymd(2025, 7, 14));
        QCOMPARE(timeline.windowStart(), ymd(2025, 7, 15));
        QCOMPARE(timeline.windowEnd(), ymd(2025, 8, 13)); // a Wednesday: no extension
        QCOMPARE(timeline.deemedWithdrawnOn(), ymd(2025, 8, 14));
        QCOMPARE(timeline.phaseOn(ymd(2025, 7, 13)), Phase::CoolingOff);
        QCOMPARE(timeline.phaseOn(ymd(2025, 7, 15)), Phase::Window);
    }

    void windowEndingOnWeekendMovesToMonday()
    {
        const auto calendar = shipped20252026();
        // Received Tuesday 2025-07-01: cooling-off ends Thursday 07-31; the window's 30th day is
        // Saturday 2025-08-30.
        const DivorceTimeline timeline(ymd(2025, 7, 1), calendar);
        QCOMPARE(timeline.coolingOffEnd(), ymd(2025, 7, 31));
        QCOMPARE(timeline.windowStart(), ymd(2025, 8, 1));
        QCOMPARE(timeline.windowEnd(), ymd(2025, 9, 1));
        QCOMPARE(timeline.deemedWithdrawnOn(), ymd(2025, 9, 2));
        QCOMPARE(timeline.phaseOn(ymd(2025, 8, 31)), Phase::Window);
        QCOMPARE(timeline.phaseOn(ymd(2025, 9, 2)), Phase::Lapsed);
    }

    void unknownYearIsRefused()
    {
        const auto calendar = shipped20252026();
        // The window would end in 2027, which has no calendar data.
        const auto error = thrownBy<CalendarUnknown>([&] { DivorceTimeline(ymd(2026, 12, 1), calendar); });
        QVERIFY(error.has_value());
        QCOMPARE(error->year(), 2027);
    }
};

QTEST_APPLESS_MAIN(TestDivorceTimeline)
#include "tst_divorcetimeline.moc"
