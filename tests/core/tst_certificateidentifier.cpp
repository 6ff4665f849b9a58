// SPDX-License-Identifier: Apache-2.0
// GB/T 36904-2018 certificate identifiers and their ISO/IEC 7064 MOD 37,36 check character.

#include "CoreTestSupport.h"

#include "core/Errors.h"
#include "core/cert/CertificateIdentifier.h"

#include <QTest>

using namespace wedreg::core;
using namespace wedreg::core::cert;
using namespace wedreg::core::test;

namespace {

constexpr std::string_view kAlphabet = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ";

// Independent of the production code: the ISO 7064 hybrid *validation* rule, "after processing every
// character including the check character, the last S is 1".
bool hybridValid(std::string_view withCheck)
{
    int p = 36;
    int s = 0;
    for (const char c : withCheck) {
        if (c == '.') {
            continue;
        }
        s = (p + static_cast<int>(kAlphabet.find(c))) % 36;
        if (s == 0) {
            s = 36;
        }
        p = (s * 2) % 37;
    }
    return s == 1;
}

} // namespace

class TestCertificateIdentifier : public QObject
{
    Q_OBJECT

private slots:
    void checkCharacterByHand()
    {
        // "A1": P0 = 36. 'A' = 10: S = (36 + 10) mod 36 = 10, P = 20 mod 37 = 20.
        //       '1' = 1:  S = (20 + 1) mod 36 = 21, P = 42 mod 37 = 5.
        //       check = (37 - 5) mod 36 = 32 -> 'W'.
        QCOMPARE(CertificateIdentifier::checkCharacter("A1"), 'W');
        // "0": S = 36 mod 36 = 0 -> 36, P = 72 mod 37 = 35; check = (37 - 35) mod 36 = 2 -> '2'.
        QCOMPARE(CertificateIdentifier::checkCharacter("0"), '2');
        QCOMPARE(CertificateIdentifier::checkCharacter("a1"), '\0');
        QVERIFY(hybridValid("A1W"));
        QVERIFY(hybridValid("02"));
    }

    void makesKnownIdentifiers_data()
    {
        QTest::addColumn<QString>("type");
        QTest::addColumn<QString>("issuer");
        QTest::addColumn<QString>("serial");
        QTest::addColumn<QString>("version");
        QTest::addColumn<QString>("expected");
        // Check characters computed with the hybridValid() rule above, outside the production code.
        QTest::newRow("marriage, Chaoyang") << "11" << "110105" << "2025000123" << "1"
                                           << "1.2.156.3005.2.11.110105.2025000123.1.S";
        QTest::newRow("divorce, Chaoyang") << "13" << "110105" << "2025000123" << "1"
                                          << "1.2.156.3005.2.13.110105.2025000123.1.9";
        QTest::newRow("credit-code issuer, letters in serial")
            << "11" << "320100MA01X" << "2025K0001" << "2" << "1.2.156.3005.2.11.320100MA01X.2025K0001.2.E";
    }

    void makesKnownIdentifiers()
    {
        QFETCH(QString, type);
        QFETCH(QString, issuer);
        QFETCH(QString, serial);
        QFETCH(QString, version);
        QFETCH(QString, expected);
        const auto id = CertificateIdentifier::make(type.toStdString(), issuer.toStdString(), serial.toStdString(),
                                                    version.toStdString());
        QCOMPARE(qs(id.text()), expected);
        QVERIFY(hybridValid(id.text()));
        const auto parsed = CertificateIdentifier::parse(expected.toStdString());
        QCOMPARE(qs(parsed.type()), type);
        QCOMPARE(qs(parsed.issuer()), issuer);
        QCOMPARE(qs(parsed.serial()), serial);
        QCOMPARE(qs(parsed.version()), version);
        QCOMPARE(parsed.check(), expected.back().toLatin1());
    }

    void detectsEverySingleCharacterChange()
    {
        const std::string good = "1.2.156.3005.2.11.320100MA01X.2025K0001.2.E";
        int changes = 0;
        for (std::size_t i = 0; i < good.size(); ++i) {
            if (good[i] == '.') {
                continue;
            }
            for (const char replacement : kAlphabet) {
                if (replacement == good[i]) {
                    continue;
                }
                std::string bad = good;
                bad[i] = replacement;
                std::string reason;
                QVERIFY2(!CertificateIdentifier::tryParse(bad, &reason), bad.c_str());
                QVERIFY(!reason.empty());
                ++changes;
            }
        }
        QCOMPARE(changes, 35 * 34);
    }

    // The hybrid system is not guaranteed to catch every adjacent transposition (only every single
    // substitution), so this records the rate instead of claiming 100 %.
    void catchesMostAdjacentTranspositions()
    {
        const std::string good = "1.2.156.3005.2.11.110105.2025000123.1.S";
        int tried = 0;
        int caught = 0;
        for (std::size_t i = 0; i + 1 < good.size(); ++i) {
            if (good[i] == '.' || good[i + 1] == '.' || good[i] == good[i + 1]) {
                continue;
            }
            std::string swapped = good;
            std::swap(swapped[i], swapped[i + 1]);
            ++tried;
            caught += CertificateIdentifier::tryParse(swapped) ? 0 : 1;
        }
        qInfo("adjacent transpositions caught: %d/%d", caught, tried);
        QVERIFY(caught * 10 >= tried * 8);
    }

    void rejectsMalformedIdentifiers_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("reason");
        QTest::newRow("empty") << "" << "format";
        QTest::newRow("missing check") << "1.2.156.3005.2.11.110105.2025000123.1" << "format";
        QTest::newRow("empty part") << "1.2.156.3005.2.11..2025000123.1.S" << "format";
        QTest::newRow("wrong root") << "1.2.156.3006.2.11.110105.2025000123.1.S" << "root";
        QTest::newRow("lower case") << "1.2.156.3005.2.11.110105.2025k00123.1.S" << "character";
        QTest::newRow("letter in type") << "1.2.156.3005.2.1A.110105.2025000123.1.S" << "character";
        QTest::newRow("two-char check") << "1.2.156.3005.2.11.110105.2025000123.1.SS" << "character";
        QTest::newRow("wrong check") << "1.2.156.3005.2.11.110105.2025000123.1.T" << "checksum";
    }

    void rejectsMalformedIdentifiers()
    {
        QFETCH(QString, text);
        QFETCH(QString, reason);
        const auto error = thrownBy<InvalidField>([&] { CertificateIdentifier::parse(text.toStdString()); });
        QVERIFY(error.has_value());
        QCOMPARE(qs(error->field()), QStringLiteral("identifier"));
        QCOMPARE(qs(error->reason()), reason);
    }

    void makeRejectsBadParts()
    {
        QVERIFY(thrownBy<InvalidField>([] { CertificateIdentifier::make("11", "abc", "1", "1"); }));
        QVERIFY(thrownBy<InvalidField>([] { CertificateIdentifier::make("", "110105", "1", "1"); }));
        QVERIFY(thrownBy<InvalidField>([] { CertificateIdentifier::make("11", "110105", "1", "v1"); }));
    }
};

QTEST_APPLESS_MAIN(TestCertificateIdentifier)
#include "tst_certificateidentifier.moc"
