// SPDX-License-Identifier: Apache-2.0
// The log-hygiene scanner itself (support/ResidentIdScanner.h, wedreg-log-scan): it must find a
// planted ID, or the clean scan of the test logs proves nothing.

#include "support/ResidentIdScanner.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

using namespace wedreg::tests;

class TestLogScan : public QObject {
    Q_OBJECT

private slots:
    void findsAPlantedId()
    {
        const auto found = findResidentIds("2026-11-25T06:00:00.000 I wedreg.http: booking for 11010519491231002X failed");
        QCOMPARE(found.size(), std::size_t(1));
        QCOMPARE(found.front(), std::string("11010519491231002X"));
        QCOMPARE(findResidentIds("id=440524188001010014;").size(), std::size_t(1));
        QCOMPARE(findResidentIds("身份证11010519491231002x，").size(), std::size_t(1));
        QCOMPARE(maskResidentId("11010519491231002X"), std::string("1101**********002X"));
    }

    void ignoresWhatIsNotAnId()
    {
        QVERIFY(findResidentIds("masked 1101**********002X").empty());
        QVERIFY(findResidentIds("bad check 110105194912310021").empty());
        QVERIFY(findResidentIds("longer 1101051949123100211 shorter 11010519491231002").empty());
        QVERIFY(findResidentIds("inside a token a11010519491231002Xb").empty());
        QVERIFY(findResidentIds("GET /api/v1/halls 200 3.1ms").empty());
    }

    void theScanFailsOnAPlantedLogLine()
    {
        QTemporaryDir dir;
        QFile clean(dir.filePath(QStringLiteral("clean.log")));
        QVERIFY(clean.open(QIODevice::WriteOnly));
        clean.write("I wedreg.access: POST /api/v1/appointments 201 4.2ms\n");
        clean.close();
        QProcess scan;
        scan.start(QStringLiteral(WEDREG_LOG_SCAN), {dir.path()});
        QVERIFY(scan.waitForFinished(30000));
        QCOMPARE(scan.exitCode(), 0);

        QFile planted(dir.filePath(QStringLiteral("planted.log")));
        QVERIFY(planted.open(QIODevice::WriteOnly));
        planted.write("line one\nE wedreg.http: party 440524188001010014 refused\n");
        planted.close();
        scan.start(QStringLiteral(WEDREG_LOG_SCAN), {dir.path()});
        QVERIFY(scan.waitForFinished(30000));
        QCOMPARE(scan.exitCode(), 1);
        const auto report = scan.readAllStandardOutput();
        QVERIFY(report.contains("planted.log:2"));
        QVERIFY(report.contains("4405**********0014"));
        QVERIFY(!report.contains("440524188001010014"));
    }
};

QTEST_GUILESS_MAIN(TestLogScan)
#include "tst_log_scan.moc"
