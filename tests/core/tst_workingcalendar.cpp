// SPDX-License-Identifier: Apache-2.0
// The working calendar: weekends, public holidays, make-up working days (调休), and a hard refusal
// for years without data, because statutory deadlines depend on it.

#include "CoreTestSupport.h"

#include "core/Errors.h"
#include "core/calendar/WorkingCalendar.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <filesystem>

using namespace wedreg::core;
using namespace wedreg::core::test;

namespace {

const std::filesystem::path kCalendarDir = std::filesystem::path(WEDREG_ASSETS_DIR) / "calendar";

// The shipped 2025 and 2026 files, loaded one by one so the "unknown year" cases do not depend on
// which other years someone adds to assets/ later.
WorkingCalendar shipped20252026()
{
    WorkingCalendar calendar;
    calendar.loadFile(kCalendarDir / "holidays-2025.json");
    calendar.loadFile(kCalendarDir / "holidays-2026.json");
    return calendar;
}

const char* const kMiniCalendar = R"({
  "year": 2030,
  "source": "test",
  "rest_days": [{"name": "测试节", "name_en": "Test Day", "from": "2030-05-01", "to": "2030-05-03"}],
  "make_up_working_days": ["2030-05-04"]
})";

MalformedData loadError(const std::string& json)
{
    WorkingCalendar calendar;
    const auto error = thrownBy<MalformedData>([&] { calendar.loadJson(json, "broken.json"); });
    if (!error) {
        QTest::qFail("no MalformedData thrown", __FILE__, __LINE__);
        return MalformedData("", "", "none");
    }
    // A rejected file must not leave part of itself behind.
    if (!calendar.knownYears().empty()) {
        QTest::qFail("rejected file was partly loaded", __FILE__, __LINE__);
    }
    return *error;
}

bool writeFile(const QString& path, const QByteArray& content)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(content) == content.size();
}

} // namespace

class TestWorkingCalendar : public QObject
{
    Q_OBJECT

private slots:
    void loadsShippedFiles()
    {
        const auto calendar = WorkingCalendar::fromDirectory(kCalendarDir);
        const auto years = calendar.knownYears();
        QVERIFY(std::find(years.begin(), years.end(), 2025) != years.end());
        QVERIFY(std::find(years.begin(), years.end(), 2026) != years.end());
        QVERIFY(std::is_sorted(years.begin(), years.end()));
        QVERIFY(qs(calendar.sourceOf(2025)).contains(QStringLiteral("国办发明电")));
    }

    void weekendsAreRestDays()
    {
        const auto calendar = shipped20252026();
        QVERIFY(!calendar.isWorkingDay(ymd(2025, 9, 27))); // Saturday
        QVERIFY(!calendar.isWorkingDay(ymd(2025, 9, 21))); // Sunday
        QVERIFY(calendar.isWorkingDay(ymd(2025, 9, 26)));  // Friday
        QVERIFY(calendar.isWorkingDay(ymd(2025, 9, 29)));  // Monday
        QVERIFY(calendar.isRestDay(ymd(2025, 11, 8)));
        QVERIFY(!calendar.holidayName(ymd(2025, 9, 27)).has_value());
    }

    void publicHolidaysAreRestDays()
    {
        const auto calendar = shipped20252026();
        for (Date day = ymd(2025, 10, 1); day != ymd(2025, 10, 9); day = addDays(day, 1)) {
            QVERIFY2(!calendar.isWorkingDay(day), qPrintable(iso(day)));
        }
        QVERIFY(calendar.isWorkingDay(ymd(2025, 10, 9)));
        QVERIFY(!calendar.isWorkingDay(ymd(2025, 1, 1))); // a Wednesday
        QVERIFY(!calendar.isWorkingDay(ymd(2026, 1, 2))); // a Friday
        const auto name = calendar.holidayName(ymd(2025, 10, 3));
        QVERIFY(name.has_value());
        QCOMPARE(qs(name->zh), QStringLiteral("国庆节、中秋节"));
        QCOMPARE(qs(name->en), QStringLiteral("National Day and Mid-Autumn Festival"));
        QCOMPARE(qs(calendar.holidayName(ymd(2025, 1, 29))->en), QStringLiteral("Spring Festival"));
    }

    void makeUpWorkingDaysAreWorkingDays()
    {
        const auto calendar = shipped20252026();
        QVERIFY(calendar.isWorkingDay(ymd(2025, 9, 28)));  // Sunday
        QVERIFY(calendar.isWorkingDay(ymd(2025, 10, 11))); // Saturday
        QVERIFY(calendar.isWorkingDay(ymd(2026, 1, 4)));   // Sunday
        QVERIFY(!calendar.holidayName(ymd(2025, 9, 28)).has_value());
    }

    void nextWorkingDaySkipsRestDays()
    {
        const auto calendar = shipped20252026();
        QCOMPARE(calendar.nextWorkingDayOnOrAfter(ymd(2025, 10, 1)), ymd(2025, 10, 9));
        QCOMPARE(calendar.nextWorkingDayOnOrAfter(ymd(2025, 9, 29)), ymd(2025, 9, 29));
        QCOMPARE(calendar.nextWorkingDayOnOrAfter(ymd(2025, 9, 27)), ymd(2025, 9, 28));
        QCOMPARE(calendar.nextWorkingDayOnOrAfter(ymd(2025, 11, 8)), ymd(2025, 11, 10));
        QCOMPARE(calendar.nextWorkingDayOnOrAfter(ymd(2025, 12, 31)), ymd(2025, 12, 31));
        QCOMPARE(calendar.nextWorkingDayOnOrAfter(ymd(2026, 1, 1)), ymd(2026, 1, 4));
    }

    void yearWithoutFileIsRefused()
    {
        const auto calendar = shipped20252026();
        QVERIFY(!calendar.knowsYear(2027));
        for (const Date day : {ymd(2027, 3, 3), ymd(2024, 12, 31)}) {
            const auto error = thrownBy<CalendarUnknown>([&] { (void)calendar.isWorkingDay(day); });
            QVERIFY(error.has_value());
            QCOMPARE(error->year(), static_cast<int>(day.year()));
            QCOMPARE(qs(error->code()), QStringLiteral("calendar-unknown"));
        }
        QCOMPARE(thrownBy<CalendarUnknown>([&] { (void)calendar.holidayName(ymd(2027, 1, 1)); })->year(), 2027);
        QCOMPARE(thrownBy<CalendarUnknown>([&] { (void)calendar.sourceOf(2027); })->year(), 2027);
        // 2026-12-31 is a Thursday, so stepping off a rest day into 2027 must not happen silently.
        QCOMPARE(calendar.nextWorkingDayOnOrAfter(ymd(2026, 12, 31)), ymd(2026, 12, 31));
        QCOMPARE(thrownBy<CalendarUnknown>([&] { (void)calendar.nextWorkingDayOnOrAfter(ymd(2027, 1, 1)); })->year(),
                 2027);
    }

    void crossingIntoUnknownYearIsRefused()
    {
        WorkingCalendar calendar;
        calendar.loadJson(R"({"year": 2030, "source": "test",
            "rest_days": [{"name": "测试", "name_en": "Test", "from": "2030-12-31", "to": "2030-12-31"}],
            "make_up_working_days": []})");
        const auto error =
            thrownBy<CalendarUnknown>([&] { (void)calendar.nextWorkingDayOnOrAfter(ymd(2030, 12, 31)); });
        QVERIFY(error.has_value());
        QCOMPARE(error->year(), 2031);
    }

    void loadsFromString()
    {
        WorkingCalendar calendar;
        calendar.loadJson(kMiniCalendar, "mini");
        QCOMPARE(calendar.knownYears(), std::vector<int>{2030});
        QVERIFY(!calendar.isWorkingDay(ymd(2030, 5, 2)));  // Thursday holiday
        QVERIFY(calendar.isWorkingDay(ymd(2030, 5, 4)));   // Saturday make-up day
        QVERIFY(!calendar.isWorkingDay(ymd(2030, 5, 5)));  // Sunday
        QCOMPARE(qs(calendar.holidayName(ymd(2030, 5, 1))->zh), QStringLiteral("测试节"));
    }

    void rejectsMalformedData_data()
    {
        QTest::addColumn<QString>("json");
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("problem");
        QTest::newRow("not JSON") << R"({"year": 2030,)" << "" << "invalid-json";
        QTest::newRow("array root") << "[]" << "" << "not-an-object";
        QTest::newRow("missing year") << R"({"source": "x", "rest_days": [], "make_up_working_days": []})" << "year"
                                      << "missing";
        QTest::newRow("year as string") << R"({"year": "2030", "source": "x", "rest_days": [],
            "make_up_working_days": []})" << "year" << "not-an-integer";
        QTest::newRow("missing source") << R"({"year": 2030, "rest_days": [], "make_up_working_days": []})"
                                        << "source" << "missing";
        QTest::newRow("rest_days not array") << R"({"year": 2030, "source": "x", "rest_days": {},
            "make_up_working_days": []})" << "rest_days" << "not-an-array";
        QTest::newRow("missing make-up list") << R"({"year": 2030, "source": "x", "rest_days": []})"
                                              << "make_up_working_days" << "missing";
        QTest::newRow("impossible date") << R"({"year": 2030, "source": "x", "rest_days": [
            {"name": "a", "name_en": "a", "from": "2030-02-30", "to": "2030-03-01"}], "make_up_working_days": []})"
                                         << "rest_days[0].from" << "not-a-date";
        QTest::newRow("badly shaped date") << R"({"year": 2030, "source": "x", "rest_days": [],
            "make_up_working_days": ["2030-5-4"]})" << "make_up_working_days[0]" << "date-format";
        QTest::newRow("missing name_en") << R"({"year": 2030, "source": "x", "rest_days": [
            {"name": "a", "from": "2030-05-01", "to": "2030-05-01"}], "make_up_working_days": []})"
                                         << "rest_days[0].name_en" << "missing";
        QTest::newRow("to before from") << R"({"year": 2030, "source": "x", "rest_days": [
            {"name": "a", "name_en": "a", "from": "2030-05-03", "to": "2030-05-01"}], "make_up_working_days": []})"
                                        << "rest_days[0].to" << "before-from";
        QTest::newRow("other year") << R"({"year": 2030, "source": "x", "rest_days": [
            {"name": "a", "name_en": "a", "from": "2031-05-01", "to": "2031-05-01"}], "make_up_working_days": []})"
                                    << "rest_days[0].from" << "wrong-year";
        QTest::newRow("make-up day is a rest day") << R"({"year": 2030, "source": "x", "rest_days": [
            {"name": "a", "name_en": "a", "from": "2030-05-01", "to": "2030-05-03"}],
            "make_up_working_days": ["2030-05-02"]})" << "make_up_working_days[0]" << "overlap";
        QTest::newRow("month-long holiday") << R"({"year": 2030, "source": "x", "rest_days": [
            {"name": "a", "name_en": "a", "from": "2030-05-01", "to": "2030-06-30"}], "make_up_working_days": []})"
                                            << "rest_days[0].to" << "range-too-long";
    }

    void rejectsMalformedData()
    {
        QFETCH(QString, json);
        QFETCH(QString, field);
        QFETCH(QString, problem);
        const MalformedData error = loadError(json.toStdString());
        QCOMPARE(qs(error.source()), QStringLiteral("broken.json"));
        QCOMPARE(qs(error.field()), field);
        QCOMPARE(qs(error.problem()), problem);
        const QString message = QString::fromUtf8(error.what());
        QVERIFY2(message.contains(QStringLiteral("broken.json")), qPrintable(message));
        QVERIFY2(message.contains(field), qPrintable(message));
    }

    void rejectsDuplicateYear()
    {
        WorkingCalendar calendar;
        calendar.loadJson(kMiniCalendar, "first");
        const auto error = thrownBy<MalformedData>([&] { calendar.loadJson(kMiniCalendar, "second"); });
        QVERIFY(error.has_value());
        QCOMPARE(qs(error->problem()), QStringLiteral("duplicate-year"));
        QVERIFY(QString::fromUtf8(error->what()).contains(QStringLiteral("first")));
    }

    void malformedFileInDirectoryIsNamed()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        QVERIFY(writeFile(dir.filePath("holidays-2030.json"), kMiniCalendar));
        QVERIFY(writeFile(dir.filePath("holidays-2031.json"), R"({"year": 2031, "source": "x", "rest_days": [)"));
        QVERIFY(writeFile(dir.filePath("README.txt"), "not a calendar"));
        const auto error = thrownBy<MalformedData>([&] { WorkingCalendar::fromDirectory(dir.path().toStdString()); });
        QVERIFY(error.has_value());
        QVERIFY2(qs(error->source()).endsWith(QStringLiteral("holidays-2031.json")), error->what());
        QCOMPARE(qs(error->problem()), QStringLiteral("invalid-json"));
    }

    void fileNameAndYearMustAgree()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        QVERIFY(writeFile(dir.filePath("holidays-2031.json"), kMiniCalendar));
        const auto error = thrownBy<MalformedData>([&] { WorkingCalendar::fromDirectory(dir.path().toStdString()); });
        QVERIFY(error.has_value());
        QCOMPARE(qs(error->field()), QStringLiteral("year"));
        QCOMPARE(qs(error->problem()), QStringLiteral("year-mismatch"));
    }

    void missingDirectoryIsAnError()
    {
        const auto error =
            thrownBy<MalformedData>([] { WorkingCalendar::fromDirectory("/nonexistent/wedreg/calendar"); });
        QVERIFY(error.has_value());
        QCOMPARE(qs(error->problem()), QStringLiteral("not-a-directory"));
    }
};

QTEST_APPLESS_MAIN(TestWorkingCalendar)
#include "tst_workingcalendar.moc"
