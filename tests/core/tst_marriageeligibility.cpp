// SPDX-License-Identifier: Apache-2.0
// Marriage eligibility on the registration date: legal ages (birthday counts as reached), two
// different persons of opposite sex, residence permits only at provincial-level offices.

#include "CoreTestSupport.h"

#include "core/Errors.h"
#include "core/rules/MarriageEligibility.h"

#include <QTest>

using namespace wedreg::core;
using namespace wedreg::core::test;

namespace {

using Office = MarriageEligibility::OfficeLevel;

const Date kToday = ymd(2025, 1, 1);

ResidentId person(std::string_view first17)
{
    return ResidentId::parse(withCheck(first17), kToday);
}

// A man whose 22nd birthday is 2025-06-15, a woman whose 20th is 2025-06-15, and two adults.
const std::string kYoungMan = "11010520030615001";
const std::string kYoungWoman = "11010520050615002";
const std::string kAdultMan = "44052419900101003";
const std::string kAdultWoman = "37010119920202004";

QStringList rulesOf(const MarriageEligibility::Result& result)
{
    return qs(result.rules());
}

} // namespace

class TestMarriageEligibility : public QObject
{
    Q_OBJECT

private slots:
    void manOneDayBefore22IsRefused()
    {
        const auto result = MarriageEligibility::check(person(kYoungMan), person(kAdultWoman), ymd(2025, 6, 14),
                                                       Office::Local);
        QCOMPARE(rulesOf(result), QStringList{"man-under-22"});
        QCOMPARE(result.failures.front().party, std::optional<std::size_t>{0});
    }

    void manOn22ndBirthdayIsAccepted()
    {
        const auto result = MarriageEligibility::check(person(kYoungMan), person(kAdultWoman), ymd(2025, 6, 15),
                                                       Office::Local);
        QVERIFY(result.eligible());
    }

    void womanOneDayBefore20IsRefused()
    {
        const auto result = MarriageEligibility::check(person(kAdultMan), person(kYoungWoman), ymd(2025, 6, 14),
                                                       Office::Local);
        QCOMPARE(rulesOf(result), QStringList{"woman-under-20"});
        QCOMPARE(result.failures.front().party, std::optional<std::size_t>{1});
    }

    void womanOn20thBirthdayIsAccepted()
    {
        const auto result = MarriageEligibility::check(person(kAdultMan), person(kYoungWoman), ymd(2025, 6, 15),
                                                       Office::Local);
        QVERIFY(result.eligible());
    }

    void registrationDateDecidesNotToday()
    {
        // Booked on 2025-01-01 while both are under age, for a day on which both have come of age.
        const auto onTheDay = MarriageEligibility::check(withCheck(kYoungMan), withCheck(kYoungWoman),
                                                         ymd(2025, 6, 15), Office::Local, kToday);
        QVERIFY(onTheDay.eligible());
        const auto dayBefore = MarriageEligibility::check(withCheck(kYoungMan), withCheck(kYoungWoman),
                                                          ymd(2025, 6, 14), Office::Local, kToday);
        QCOMPARE(rulesOf(dayBefore), (QStringList{"man-under-22", "woman-under-20"}));
    }

    void sameSexIsRefused()
    {
        const auto men = MarriageEligibility::check(person(kAdultMan), person("11010519880808005"), ymd(2025, 6, 15),
                                                    Office::Local);
        QCOMPARE(rulesOf(men), QStringList{"same-sex"});
        QVERIFY(!men.failures.front().party.has_value());
        const auto women = MarriageEligibility::check(person(kAdultWoman), person("11010519880808006"),
                                                      ymd(2025, 6, 15), Office::Provincial);
        QCOMPARE(rulesOf(women), QStringList{"same-sex"});
    }

    void samePersonIsRefused()
    {
        const auto result = MarriageEligibility::check(withCheck(kAdultMan), withCheck(kAdultMan), ymd(2025, 6, 15),
                                                       Office::Local, kToday);
        QCOMPARE(rulesOf(result), QStringList{"same-person"});
        // The lower-case x form is the same person, too.
        const auto x = MarriageEligibility::check("11010519491231002X", "11010519491231002x", ymd(2025, 6, 15),
                                                  Office::Local, kToday);
        QCOMPARE(rulesOf(x), QStringList{"same-person"});
    }

    void residencePermitNeedsProvincialOffice()
    {
        const ResidentId hongKong = person("81000019900101007");
        const auto local = MarriageEligibility::check(person(kAdultWoman), hongKong, ymd(2025, 6, 15), Office::Local);
        QCOMPARE(rulesOf(local), QStringList{"residence-permit-needs-provincial-office"});
        QCOMPARE(local.failures.front().party, std::optional<std::size_t>{1});
        const auto provincial =
            MarriageEligibility::check(person(kAdultWoman), hongKong, ymd(2025, 6, 15), Office::Provincial);
        QVERIFY(provincial.eligible());
    }

    void invalidNumbersAreReportedPerParty()
    {
        const auto result = MarriageEligibility::check("110105194912310021", withCheck(kAdultWoman), ymd(2025, 6, 15),
                                                       Office::Local, kToday);
        QCOMPARE(result.failures.size(), std::size_t{1});
        const auto& failure = result.failures.front();
        QCOMPARE(qs(failure.rule), QStringLiteral("id-invalid"));
        QCOMPARE(failure.party, std::optional<std::size_t>{0});
        QCOMPARE(qs(failure.reason), QStringLiteral("checksum"));

        const auto both = MarriageEligibility::check("", "110105491231002", ymd(2025, 6, 15), Office::Local, kToday);
        QCOMPARE(rulesOf(both), (QStringList{"id-invalid", "id-invalid"}));
        QCOMPARE(qs(both.failures[0].reason), QStringLiteral("required"));
        QCOMPARE(qs(both.failures[1].reason), QStringLiteral("fifteen-digit"));
    }

    void allFailuresInStableOrder()
    {
        // Two under-age men from Hong Kong and Macao at a local office.
        const auto result = MarriageEligibility::check(person("81000020050101001"), person("82000020050101003"),
                                                       ymd(2025, 6, 15), Office::Local);
        QCOMPARE(rulesOf(result),
                 (QStringList{"same-sex", "man-under-22", "man-under-22", "residence-permit-needs-provincial-office",
                              "residence-permit-needs-provincial-office"}));
        QCOMPARE(result.failures[1].party, std::optional<std::size_t>{0});
        QCOMPARE(result.failures[2].party, std::optional<std::size_t>{1});
    }

    void requireThrowsIneligibleWithEveryRule()
    {
        const auto error = thrownBy<Ineligible>([] {
            MarriageEligibility::require(person("81000020050101001"), person("82000020050101003"), ymd(2025, 6, 15),
                                         Office::Local);
        });
        QVERIFY(error.has_value());
        QCOMPARE(qs(error->rule()), QStringLiteral("same-sex"));
        QCOMPARE(qs(error->rules()),
                 (QStringList{"same-sex", "man-under-22", "residence-permit-needs-provincial-office"}));
        MarriageEligibility::require(person(kAdultMan), person(kAdultWoman), ymd(2025, 6, 15), Office::Local);
    }

    void ageCountsCompletedYears_data()
    {
        QTest::addColumn<QString>("birth");
        QTest::addColumn<QString>("on");
        QTest::addColumn<int>("age");
        QTest::newRow("day before birthday") << "2003-06-15" << "2025-06-14" << 21;
        QTest::newRow("birthday") << "2003-06-15" << "2025-06-15" << 22;
        QTest::newRow("leap birthday, 28 Feb common year") << "2004-02-29" << "2025-02-28" << 20;
        QTest::newRow("leap birthday, 1 Mar common year") << "2004-02-29" << "2025-03-01" << 21;
        QTest::newRow("leap birthday, leap year") << "2004-02-29" << "2024-02-29" << 20;
        QTest::newRow("day of birth") << "2025-01-01" << "2025-01-01" << 0;
        QTest::newRow("before birth") << "2025-01-02" << "2025-01-01" << -1;
    }

    void ageCountsCompletedYears()
    {
        QFETCH(QString, birth);
        QFETCH(QString, on);
        QFETCH(int, age);
        QCOMPARE(MarriageEligibility::ageOn(parseIsoDate(birth.toStdString()), parseIsoDate(on.toStdString())), age);
    }

    void leapDayManComesOfAgeOnFirstOfMarch()
    {
        const ResidentId man = person("11010520040229001");
        QCOMPARE(rulesOf(MarriageEligibility::check(man, person(kAdultWoman), ymd(2026, 2, 28), Office::Local)),
                 QStringList{"man-under-22"});
        QVERIFY(MarriageEligibility::check(man, person(kAdultWoman), ymd(2026, 3, 1), Office::Local).eligible());
    }
};

QTEST_APPLESS_MAIN(TestMarriageEligibility)
#include "tst_marriageeligibility.moc"
