// SPDX-License-Identifier: Apache-2.0
// GB 11643-1999 resident ID numbers: each way a number can be wrong has its own reason code, because
// the kiosk and the HTTP layer tell the person exactly what to fix.

#include "CoreTestSupport.h"

#include "core/Errors.h"
#include "core/identity/ProvinceCode.h"
#include "core/identity/ResidentId.h"

#include <QTest>

using namespace wedreg::core;
using namespace wedreg::core::test;

namespace {

const Date kToday = ymd(2025, 6, 1);

} // namespace

class TestResidentId : public QObject
{
    Q_OBJECT

private slots:
    void acceptsKnownGoodNumbers_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("normalized");
        QTest::addColumn<QString>("birthDate");
        QTest::addColumn<bool>("male");
        QTest::addColumn<int>("province");
        QTest::addColumn<QString>("masked");
        QTest::newRow("Beijing, X check") << "11010519491231002X" << "11010519491231002X" << "1949-12-31" << false
                                          << 11 << "1101**********002X";
        QTest::newRow("lower-case x") << "11010519491231002x" << "11010519491231002X" << "1949-12-31" << false << 11
                                      << "1101**********002X";
        QTest::newRow("Guangdong, born 1880") << "440524188001010014" << "440524188001010014" << "1880-01-01" << true
                                              << 44 << "4405**********0014";
        QTest::newRow("Shandong") << "370101190102039973" << "370101190102039973" << "1901-02-03" << true << 37
                                  << "3701**********9973";
        QTest::newRow("surrounding spaces") << " 440524188001010014\n" << "440524188001010014" << "1880-01-01"
                                            << true << 44 << "4405**********0014";
    }

    void acceptsKnownGoodNumbers()
    {
        QFETCH(QString, text);
        QFETCH(QString, normalized);
        QFETCH(QString, birthDate);
        QFETCH(bool, male);
        QFETCH(int, province);
        QFETCH(QString, masked);
        const ResidentId id = ResidentId::parse(text.toStdString(), kToday);
        QCOMPARE(qs(id.normalized()), normalized);
        QCOMPARE(iso(id.birthDate()), birthDate);
        QCOMPARE(id.sex(), male ? Sex::Male : Sex::Female);
        QCOMPARE(id.provinceCode().code(), province);
        QCOMPARE(qs(id.masked()), masked);
        QVERIFY(!id.isResidencePermit());
    }

    void rejectsEachDefectWithItsOwnReason_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("reason");
        QTest::newRow("wrong check digit") << "110105194912310021" << "checksum";
        QTest::newRow("wrong check X") << "44052418800101001X" << "checksum";
        QTest::newRow("30 February") << QString::fromStdString(withCheck("11010520000230123")) << "birth-date";
        QTest::newRow("month 13") << QString::fromStdString(withCheck("11010519901301123")) << "birth-date";
        QTest::newRow("year 0000") << QString::fromStdString(withCheck("11010500000101123")) << "birth-date";
        QTest::newRow("born tomorrow") << QString::fromStdString(withCheck("11010520250602123"))
                                       << "future-birth-date";
        QTest::newRow("15 digits") << "110105491231002" << "fifteen-digit";
        QTest::newRow("19 characters") << "11010519491231002X1" << "length";
        QTest::newRow("17 characters") << "11010519491231002" << "length";
        QTest::newRow("letter in body") << "11010519491A31002X" << "character";
        QTest::newRow("x not at the end") << "1101051949123100X2" << "character";
        QTest::newRow("other check letter") << "11010519491231002Y" << "character";
        QTest::newRow("unknown province 99") << QString::fromStdString(withCheck("99010519491231002")) << "province";
        QTest::newRow("unknown province 16") << QString::fromStdString(withCheck("16010519491231002")) << "province";
        QTest::newRow("empty") << "" << "required";
        QTest::newRow("blank") << "   " << "required";
    }

    void rejectsEachDefectWithItsOwnReason()
    {
        QFETCH(QString, text);
        QFETCH(QString, reason);

        std::string why;
        QVERIFY(!ResidentId::tryParse(text.toStdString(), kToday, &why).has_value());
        QCOMPARE(qs(why), reason);

        const auto error = thrownBy<InvalidField>([&] { ResidentId::parse(text.toStdString(), kToday); });
        QVERIFY(error.has_value());
        QCOMPARE(qs(error->field()), QStringLiteral("id_number"));
        QCOMPARE(qs(error->reason()), reason);
        QCOMPARE(qs(error->code()), reason);
    }

    void errorMessagesNeverContainTheNumber()
    {
        const std::string number = "110105194912310021";
        const auto error = thrownBy<InvalidField>([&] { ResidentId::parse(number, kToday); });
        QVERIFY(error.has_value());
        QVERIFY(std::string(error->what()).find(number.substr(0, 17)) == std::string::npos);
    }

    void birthOnTodayIsAccepted()
    {
        const auto id = ResidentId::parse(withCheck("11010520250601123"), kToday);
        QCOMPARE(id.birthDate(), kToday);
    }

    void leapDayBirthIsAccepted()
    {
        const auto id = ResidentId::parse(withCheck("11010520000229123"), kToday);
        QCOMPARE(id.birthDate(), ymd(2000, 2, 29));
    }

    void seventeenthDigitGivesSex()
    {
        QCOMPARE(ResidentId::parse(withCheck("11010519900101001"), kToday).sex(), Sex::Male);
        QCOMPARE(ResidentId::parse(withCheck("11010519900101002"), kToday).sex(), Sex::Female);
        QCOMPARE(ResidentId::parse(withCheck("11010519900101009"), kToday).sex(), Sex::Male);
        QCOMPARE(ResidentId::parse(withCheck("11010519900101000"), kToday).sex(), Sex::Female);
    }

    void residencePermitsAreFlagged_data()
    {
        QTest::addColumn<int>("prefix");
        QTest::addColumn<bool>("permit");
        QTest::newRow("81 Hong Kong") << 81 << true;
        QTest::newRow("82 Macao") << 82 << true;
        QTest::newRow("83 Taiwan") << 83 << true;
        QTest::newRow("71 Taiwan province") << 71 << false;
        QTest::newRow("31 Shanghai") << 31 << false;
    }

    void residencePermitsAreFlagged()
    {
        QFETCH(int, prefix);
        QFETCH(bool, permit);
        const auto id = ResidentId::parse(withCheck(std::to_string(prefix) + "000019900101123"), kToday);
        QCOMPARE(id.isResidencePermit(), permit);
        QCOMPARE(id.provinceCode().code(), prefix);
        QCOMPARE(id.provinceCode().isResidencePermit(), permit);
    }

    void checkCharacterFollowsMod11_2()
    {
        QCOMPARE(ResidentId::checkCharacter("11010519491231002"), 'X');
        QCOMPARE(ResidentId::checkCharacter("44052418800101001"), '4');
        QCOMPARE(ResidentId::checkCharacter("37010119010203997"), '3');
        QCOMPARE(ResidentId::checkCharacter("1101051949123100"), '\0');
        QCOMPARE(ResidentId::checkCharacter("1101051949123100A"), '\0');
    }

    void equalityUsesNormalizedForm()
    {
        QVERIFY(ResidentId::parse("11010519491231002x", kToday) == ResidentId::parse("11010519491231002X", kToday));
        QVERIFY(!(ResidentId::parse("440524188001010014", kToday) == ResidentId::parse("370101190102039973", kToday)));
    }

    void provinceCodesHaveNames()
    {
        const auto beijing = ProvinceCode::fromCode(11);
        QVERIFY(beijing.has_value());
        QCOMPARE(qs(beijing->nameZh()), QStringLiteral("北京市"));
        QCOMPARE(qs(beijing->nameEn()), QStringLiteral("Beijing"));
        QCOMPARE(qs(ProvinceCode::fromCode(44)->nameEn()), QStringLiteral("Guangdong"));
        QCOMPARE(qs(ProvinceCode::fromCode(81)->nameZh()), QStringLiteral("香港特别行政区"));
        for (const int code : {0, 10, 16, 20, 24, 30, 38, 40, 47, 49, 55, 60, 66, 70, 72, 80, 84, 91, 99}) {
            QVERIFY2(!ProvinceCode::isValid(code), qPrintable(QString::number(code)));
        }
        QCOMPARE(ProvinceCode::all().size(), std::size_t{35});
        for (const auto& entry : ProvinceCode::all()) {
            QVERIFY(!entry.nameZh.empty());
            QVERIFY(!entry.nameEn.empty());
        }
    }
};

QTEST_APPLESS_MAIN(TestResidentId)
#include "tst_residentid.moc"
