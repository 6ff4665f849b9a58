// SPDX-License-Identifier: Apache-2.0
// ProgrammeModel under QAbstractItemModelTester: the server's CSV running order read into rows (BOM,
// CRLF, quoted fields, columns by name), the request it makes, what it prints through a Printer, and
// an answer that is not the programme.
#include "kiosk/backend/LanguageController.h"
#include "kiosk/devices/PdfPrinter.h"
#include "kiosk/organiser/ProgrammeModel.h"
#include "tests/kiosk/OrganiserTestBase.h"

#include <QAbstractItemModelTester>
#include <QFileInfo>
#include <QTest>

using namespace wedreg::kiosk;
using wedreg::kiosk::test::OrganiserFixture;

namespace {

// What a Printer was asked to print (the interface, without paper).
class RecordingPrinter : public Printer {
 public:
  bool printPage(const QString& title, const QStringList& lines, const QImage&) override {
    m_title = title;
    m_lines = lines;
    return true;
  }
  void clear() override {
    m_title.clear();
    m_lines.clear();
  }
  QString m_title;
  QStringList m_lines;
};

}  // namespace

class TestProgrammeModel : public QObject {
  Q_OBJECT

 private:
  wedreg::kiosk::test::OrganiserTestBase m_base;
  const QByteArray m_path = QByteArray("/api/v1/ceremonies/") + OrganiserFixture::kCeremonyId + "/programme";

  bool load(ProgrammeModel& model) {
    model.setSession(m_base.session.get());
    model.setCeremonyId(QString::fromLatin1(OrganiserFixture::kCeremonyId));
    return m_base.reloadAndWait(model);
  }

 private slots:
  void initTestCase() { LanguageController::instance()->setLanguage(QStringLiteral("en")); }
  void init() { QVERIFY(m_base.start()); }
  void cleanup() { m_base.stop(); }

  void csvRecordsAreReadAsRfc4180() {
    const QList<QStringList> records = ProgrammeModel::parseCsv(
        QString::fromUtf8("\xEF\xBB\xBF" "a,b,c\r\n1,\"x, \"\"y\"\"\",\r\n\r\n2,\"line\nbreak\",z\n3,,"));
    QCOMPARE(records.size(), 4);
    QCOMPARE(records.at(0), (QStringList{"a", "b", "c"}));
    QCOMPARE(records.at(1), (QStringList{"1", "x, \"y\"", ""}));
    QCOMPARE(records.at(2), (QStringList{"2", "line\nbreak", "z"}));
    QCOMPARE(records.at(3), (QStringList{"3", "", ""}));
  }

  void readsTheRunningOrder() {
    ProgrammeModel model(m_base.api.get());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(load(model));
    QCOMPARE(model.errorText(), QString());
    QCOMPARE(model.count(), 4);
    QCOMPARE(model.checkedInCount(), 2);
    QCOMPARE(model.index(0).data(ProgrammeModel::SessionRole).toInt(), 1);
    QCOMPARE(model.index(0).data(ProgrammeModel::SessionTimeRole).toString(), QStringLiteral("09:00–10:00"));
    QCOMPARE(model.index(0).data(ProgrammeModel::CoupleRole).toString(), QStringLiteral("张伟 · 李娜"));
    QCOMPARE(model.index(0).data(ProgrammeModel::PresenterRole).toString(), QStringLiteral("王秀英"));
    QCOMPARE(model.index(0).data(ProgrammeModel::StatusRole).toString(), QStringLiteral("checked_in"));
    QCOMPARE(model.index(2).data(ProgrammeModel::CoupleRole).toString(), QStringLiteral("Smith, John · 刘芳"));
    QCOMPARE(model.index(2).data(ProgrammeModel::OrderRole).toInt(), 3);
    QCOMPARE(model.index(3).data(ProgrammeModel::TimeRole).toString(), QStringLiteral("10:40"));
    QCOMPARE(model.index(3).data(ProgrammeModel::SessionTimeRole).toString(), QStringLiteral("10:30–11:30"));
    QVERIFY(model.index(0).data(ProgrammeModel::FirstInSessionRole).toBool());
    QVERIFY(!model.index(1).data(ProgrammeModel::FirstInSessionRole).toBool());
    QVERIFY(model.index(3).data(ProgrammeModel::FirstInSessionRole).toBool());
    QCOMPARE(model.index(3).data(ProgrammeModel::SessionRole).toInt(), 2);  // session 3: nobody seated, no rows
    QCOMPARE(m_base.server->lastQuery(m_path), QByteArray("format=csv"));
    QCOMPARE(m_base.server->lastHeader(m_path, "Accept").left(8), QByteArray("text/csv"));
    QCOMPARE(m_base.server->lastHeader(m_path, "Authorization"), QByteArray("Bearer tok-organiser-1"));
    model.clear();
    QCOMPARE(model.count(), 0);
    QCOMPARE(model.checkedInCount(), 0);
  }

  void printsEverySessionAndCouple() {
    ProgrammeModel model(m_base.api.get());
    QVERIFY(load(model));
    RecordingPrinter printer;
    QVERIFY(model.print(&printer, QStringLiteral("National Day 2027"), QStringLiteral("2027-10-01")));
    QCOMPARE(printer.m_title, QStringLiteral("National Day 2027 · 2027-10-01 · running order"));
    QCOMPARE(printer.m_lines.size(), 6);  // two session headings, four couples
    QCOMPARE(printer.m_lines.at(0), QStringLiteral("Session 1 · 09:00–10:00"));
    QCOMPARE(printer.m_lines.at(1), QStringLiteral("  1. 09:10  张伟 · 李娜  — 王秀英 · checked in"));
    QCOMPARE(printer.m_lines.at(4), QStringLiteral("Session 2 · 10:30–11:30"));
    QVERIFY(printer.m_lines.at(2).endsWith(QStringLiteral("not yet checked in")));

    // The development printer makes a PDF of it, and forgets it on clear().
    PdfPrinter pdf;
    QVERIFY(model.print(&pdf, QStringLiteral("国庆集体颁证"), QStringLiteral("2027-10-01")));
    QVERIFY(QFileInfo(pdf.lastFile()).size() > 1000);
    pdf.clear();
    model.clear();
    QVERIFY(!model.print(&printer, QStringLiteral("x"), QStringLiteral("y")));  // nothing to print
  }

  void anAnswerThatIsNotTheProgrammeIsAnError() {
    m_base.server->setResponse("GET " + m_path, {200, "text/csv", "name,age\r\nx,1\r\n"});
    ProgrammeModel model(m_base.api.get());
    QVERIFY(load(model));
    QCOMPARE(model.count(), 0);
    QCOMPARE(model.errorText(), QStringLiteral("The server sent an answer the kiosk cannot read."));
  }

  void nothingIsAskedWithoutACeremonyOrSignedOut() {
    ProgrammeModel model(m_base.api.get());
    model.setSession(m_base.session.get());
    model.reload();
    QVERIFY(!model.loading());
    model.setCeremonyId(QString::fromLatin1(OrganiserFixture::kCeremonyId));
    m_base.session->lock();
    model.reload();
    QVERIFY(!model.loading());
    QTest::qWait(100);
    QCOMPARE(m_base.server->requestCount(m_path), 0);
  }
};

QTEST_MAIN(TestProgrammeModel)
#include "tst_programme_model.moc"
