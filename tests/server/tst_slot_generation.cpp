// SPDX-License-Identifier: Apache-2.0
// Slot generation from working plans on the real 2025 and 2026 holiday calendars: public holidays
// closed, make-up working days open, special openings and closures, release times, and days in a
// year with no calendar left without slots (and reported) rather than guessed.

#include "core/calendar/WorkingCalendar.h"
#include "server/service/SlotGenerator.h"

#include <QtTest>

using namespace wedreg;
using server::service::ReleasePolicy;
using server::service::SlotGenerator;

namespace {

core::Date day(const char* iso)
{
    return core::parseIsoDate(iso);
}

// Weekdays 09:00–12:00 in hour slots: three slots a day, capacity 2 × 1.
server::model::WorkingPlans weekdayPlans()
{
    server::model::WorkingPlans plans;
    for (int weekday = 1; weekday <= 5; ++weekday)
        plans.periods.push_back({"h", "marriage", weekday, 9 * 60, 12 * 60, 60, 2, 1});
    return plans;
}

}  // namespace

class TestSlotGeneration : public QObject {
    Q_OBJECT

private:
    core::WorkingCalendar m_calendar;

    std::vector<server::model::Slot> on(const server::model::WorkingPlans& plans, const char* iso,
                                        ReleasePolicy release = {})
    {
        return SlotGenerator(m_calendar, release).generate(plans, day(iso), day(iso)).list;
    }

private slots:
    void initTestCase()
    {
        m_calendar = core::WorkingCalendar::fromDirectory(WEDREG_TEST_CALENDAR_DIR);
        QVERIFY(m_calendar.knowsYear(2025));
        QVERIFY(m_calendar.knowsYear(2026));
        QVERIFY(!m_calendar.knowsYear(2027));
    }

    void ordinaryWeekdayFollowsThePlan()
    {
        const auto generated = on(weekdayPlans(), "2026-12-01");
        QCOMPARE(generated.size(), std::size_t(3));
        QCOMPARE(generated[0].id, std::string("h.marriage.20261201.0900"));
        QCOMPARE(generated[0].capacity, 2);
        QCOMPARE(generated[0].startAt, SlotGenerator::shanghaiEpoch(day("2026-12-01"), 9 * 60));
        QCOMPARE(generated[0].endAt - generated[0].startAt, std::int64_t(3600));
        // 09:00 in Shanghai is 01:00 UTC.
        QCOMPARE(generated[0].startAt % 86400, std::int64_t(3600));
    }

    void publicHolidaysAreClosed_data()
    {
        QTest::addColumn<QString>("date");
        QTest::newRow("2026 National Day, Thursday") << "2026-10-01";
        QTest::newRow("2026 Spring Festival, Monday") << "2026-02-16";
        QTest::newRow("2025 Labour Day, Thursday") << "2025-05-01";
        QTest::newRow("2025 National Day, Wednesday") << "2025-10-08";
    }

    void publicHolidaysAreClosed()
    {
        QFETCH(QString, date);
        QVERIFY(on(weekdayPlans(), date.toUtf8().constData()).empty());
    }

    void makeUpWorkingDaysAreOpen_data()
    {
        QTest::addColumn<QString>("date");
        QTest::newRow("2026-10-10 Saturday") << "2026-10-10";
        QTest::newRow("2026-02-14 Saturday") << "2026-02-14";
        QTest::newRow("2025-09-28 Sunday") << "2025-09-28";
    }

    void makeUpWorkingDaysAreOpen()
    {
        QFETCH(QString, date);
        // The plan has no weekend periods: a make-up working day works like a Monday.
        QCOMPARE(on(weekdayPlans(), date.toUtf8().constData()).size(), std::size_t(3));
    }

    void ordinaryWeekendsOpenOnlyWhereThePlanSaysSo()
    {
        auto plans = weekdayPlans();
        QVERIFY(on(plans, "2026-11-28").empty());
        plans.periods.push_back({"h", "marriage", 6, 9 * 60, 11 * 60, 60, 1, 1});
        QCOMPARE(on(plans, "2026-11-28").size(), std::size_t(2));
        QVERIFY(on(plans, "2026-11-29").empty());
    }

    void specialOpeningOpensAPublicHoliday()
    {
        auto plans = weekdayPlans();
        const auto release = SlotGenerator::shanghaiEpoch(day("2026-09-20"), 10 * 60);
        plans.openings.push_back({"h", "marriage", "2026-10-01", 8 * 60 + 30, 10 * 60 + 30, 30, 2, 3, "国庆", release});
        const auto generated = on(plans, "2026-10-01");
        QCOMPARE(generated.size(), std::size_t(4));
        QCOMPARE(generated[0].id, std::string("h.marriage.20261001.0830"));
        QCOMPARE(generated[0].capacity, 6);
        QCOMPARE(generated[0].opensAt, release);
    }

    void specialOpeningReplacesTheWeekdayPlan()
    {
        auto plans = weekdayPlans();
        plans.openings.push_back({"h", "marriage", "2026-12-02", 8 * 60, 18 * 60, 60, 4, 2, "lucky", std::nullopt});
        const auto generated = on(plans, "2026-12-02");
        QCOMPARE(generated.size(), std::size_t(10));
        QCOMPARE(generated.front().capacity, 8);
        // No own release time: the default policy applies.
        QCOMPARE(generated.front().opensAt, SlotGenerator::shanghaiEpoch(day("2026-11-17"), 0));
    }

    void closureBeatsPlanAndSpecialOpening()
    {
        auto plans = weekdayPlans();
        plans.openings.push_back({"h", "marriage", "2026-12-03", 8 * 60, 18 * 60, 60, 4, 2, "lucky", std::nullopt});
        plans.closures.push_back({"h", "2026-12-03", "renovation"});
        QVERIFY(on(plans, "2026-12-03").empty());
        QCOMPARE(on(plans, "2026-12-04").size(), std::size_t(3));
    }

    void opensAtDefaultsToMidnightFifteenDaysBefore()
    {
        const auto generated = on(weekdayPlans(), "2026-12-01");
        QCOMPARE(generated[0].opensAt, SlotGenerator::shanghaiEpoch(day("2026-11-16"), 0));
        // 00:00 in Shanghai is 16:00 UTC the day before.
        QCOMPARE(generated[0].opensAt % 86400, std::int64_t(16 * 3600));
    }

    void opensAtFollowsTheConfiguredPolicy()
    {
        const auto generated = on(weekdayPlans(), "2026-12-01", ReleasePolicy{7, 8 * 60 + 30});
        QCOMPARE(generated[0].opensAt, SlotGenerator::shanghaiEpoch(day("2026-11-24"), 8 * 60 + 30));
    }

    void unknownCalendarYearGetsNoSlotsAndIsReported()
    {
        auto plans = weekdayPlans();
        // Even a special opening is not generated in a year whose holidays are unknown.
        plans.openings.push_back({"h", "marriage", "2027-02-14", 9 * 60, 10 * 60, 60, 1, 1, "2·14", std::nullopt});
        const auto result = SlotGenerator(m_calendar, {}).generate(plans, day("2026-12-30"), day("2027-02-15"));
        for (const auto& s : result.list)
            QVERIFY2(s.day < "2027-01-01", s.id.c_str());
        QCOMPARE(result.list.size(), std::size_t(6));  // 30 and 31 December, 3 each
        QCOMPARE(result.unknownCalendarDays.front(), std::string("2027-01-01"));
        QCOMPARE(result.unknownCalendarDays.back(), std::string("2027-02-15"));
        QCOMPARE(result.unknownCalendarDays.size(), std::size_t(46));
    }

    void regeneratingGivesTheSameIds()
    {
        const SlotGenerator generator(m_calendar, {});
        const auto a = generator.generate(weekdayPlans(), day("2026-11-01"), day("2026-11-30")).list;
        const auto b = generator.generate(weekdayPlans(), day("2026-11-01"), day("2026-11-30")).list;
        QCOMPARE(a.size(), b.size());
        QCOMPARE(a.size(), std::size_t(21 * 3));  // 21 working days in November 2026
        for (std::size_t i = 0; i < a.size(); ++i)
            QCOMPARE(a[i].id, b[i].id);
    }
};

QTEST_APPLESS_MAIN(TestSlotGeneration)
#include "tst_slot_generation.moc"
