// SPDX-License-Identifier: Apache-2.0
// CeremonyListModel (public and organiser views) and CeremonySessionModel (sessions joined with live
// counts) under QAbstractItemModelTester, fed by OrganiserFixture's canned ceremonies.
#include "kiosk/backend/LanguageController.h"
#include "kiosk/ceremonies/CeremonyListModel.h"
#include "kiosk/ceremonies/CeremonySessionModel.h"
#include "tests/kiosk/OrganiserTestBase.h"

#include <QAbstractItemModelTester>
#include <QTest>

using namespace wedreg::kiosk;
using wedreg::kiosk::test::FakeServer;
using wedreg::kiosk::test::OrganiserFixture;

class TestCeremonyModels : public QObject {
  Q_OBJECT

 private:
  wedreg::kiosk::test::OrganiserTestBase m_base;

  static QStringList column(const QAbstractItemModel& model, int role) {
    QStringList values;
    for (int i = 0; i < model.rowCount(); ++i) {
      values.append(model.index(i, 0).data(role).toString());
    }
    return values;
  }

 private slots:
  void initTestCase() { LanguageController::instance()->setLanguage(QStringLiteral("en")); }
  void init() { QVERIFY(m_base.start()); }
  void cleanup() { m_base.stop(); }

  void publicListShowsUpcomingPublishedCeremoniesByDay() {
    CeremonyListModel model(m_base.api.get());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setUpcomingOnly(true);
    model.setToday(QDate(2026, 11, 25));
    QVERIFY(m_base.reloadAndWait(model));
    QCOMPARE(column(model, CeremonyListModel::CeremonyIdRole),
             (QStringList{"cer-2027-05-20", "cer-2027-08-08", "cer-2027-10-01"}));
    QCOMPARE(model.index(0).data(CeremonyListModel::TitleRole).toString(), QStringLiteral("5·20 情定泉城集体颁证"));
    QCOMPARE(model.index(0).data(CeremonyListModel::CapacityRole).toInt(), 30);
    QCOMPARE(model.index(0).data(CeremonyListModel::SeatedRole).toInt(), 24);
    QCOMPARE(model.index(0).data(CeremonyListModel::AvailableRole).toInt(), 6);
    QCOMPARE(model.index(0).data(CeremonyListModel::SessionCountRole).toInt(), 2);
    QCOMPARE(model.index(0).data(CeremonyListModel::OpensAtRole).toString(), QStringLiteral("2026-01-01 09:00"));
    QVERIFY(model.index(0).data(CeremonyListModel::OpenRole).toBool());
    // 七夕 opens for sign-up later: listed, not open yet.
    QCOMPARE(model.index(1).data(CeremonyListModel::OpensAtRole).toString(), QStringLiteral("2027-07-08 09:00"));
    QVERIFY(!model.index(1).data(CeremonyListModel::OpenRole).toBool());
    // No staff session: no token.
    QVERIFY(m_base.server->lastHeader("/api/v1/ceremonies", "Authorization").isEmpty());
  }

  void organiserListHasEveryStatusAndSendsTheToken() {
    CeremonyListModel model(m_base.api.get());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setSession(m_base.session.get());
    QVERIFY(m_base.reloadAndWait(model));
    QCOMPARE(column(model, CeremonyListModel::StatusRole),
             (QStringList{"archived", "published", "published", "published", "draft"}));
    QCOMPARE(m_base.server->lastHeader("/api/v1/ceremonies", "Authorization"),
             QByteArray("Bearer tok-organiser-1"));
  }

  void titlesFollowTheLanguage() {
    CeremonyListModel model(m_base.api.get());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(m_base.reloadAndWait(model));
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    model.setLanguage(QStringLiteral("en"));
    QCOMPARE(changed.count(), 1);
    QCOMPARE(model.titleOf(QString::fromLatin1(OrganiserFixture::kCeremonyId)),
             QStringLiteral("True Love, Celebrating with the Nation — National Day 2027"));
    model.setLanguage(QStringLiteral("zh_CN"));
    QCOMPARE(model.index(0).data(CeremonyListModel::TitleRole).toString(),
             QStringLiteral("真爱与国同庆·2026国庆集体颁证"));
  }

  void listErrorIsReadable() {
    m_base.server->setMode(FakeServer::Mode::CloseConnection);
    CeremonyListModel model(m_base.api.get());
    QVERIFY(m_base.reloadAndWait(model));
    QVERIFY(!model.errorText().isEmpty());
    QCOMPARE(model.count(), 0);
    QVERIFY(!model.loading());
  }

  void sessionsCarryLiveCounts() {
    CeremonySessionModel model(m_base.api.get());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setSession(m_base.session.get());
    model.setCeremonyId(QString::fromLatin1(OrganiserFixture::kCeremonyId));
    QVERIFY(m_base.reloadAndWait(model));
    QCOMPARE(model.count(), 3);
    QCOMPARE(model.title(), QStringLiteral("真爱与国同庆·2027国庆集体颁证"));
    QCOMPARE(model.day(), QStringLiteral("2027-10-01"));
    QCOMPARE(model.status(), QStringLiteral("published"));
    const QModelIndex first = model.index(0);
    QCOMPARE(first.data(CeremonySessionModel::TimeRole).toString(), QStringLiteral("09:00–10:00"));
    QCOMPARE(first.data(CeremonySessionModel::AvailableRole).toInt(), 0);
    QCOMPARE(first.data(CeremonySessionModel::CheckedInRole).toInt(), 12);
    QCOMPARE(first.data(CeremonySessionModel::WaitlistedRole).toInt(), 3);
    QCOMPARE(first.data(CeremonySessionModel::FillRole).toDouble(), 1.0);
    QCOMPARE(first.data(CeremonySessionModel::CheckInFillRole).toDouble(), 0.6);
    QCOMPARE(model.index(2).data(CeremonySessionModel::AvailableRole).toInt(), 12);
    QCOMPARE(model.totalCapacity(), 60);
    QCOMPARE(model.totalSeated(), 43);
    QCOMPARE(model.totalCheckedIn(), 16);
    QCOMPARE(model.totalWaitlisted(), 3);
    QVERIFY(model.seatsLeft());
    QCOMPARE(model.timeOf(QStringLiteral("ses-2")), QStringLiteral("10:30–11:30"));
    QCOMPARE(m_base.server->lastHeader(QByteArray("/api/v1/ceremonies/") + OrganiserFixture::kCeremonyId,
                                       "Authorization"),
             QByteArray("Bearer tok-organiser-1"));
    model.setLanguage(QStringLiteral("en"));
    QCOMPARE(model.notes(), QStringLiteral("Formal or Chinese-style dress; arrive 20 minutes early."));
  }

  void liveCountsRefreshOnReload() {
    CeremonySessionModel model(m_base.api.get());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setCeremonyId(QString::fromLatin1(OrganiserFixture::kCeremonyId));
    QVERIFY(m_base.reloadAndWait(model));
    QJsonObject event =
        QJsonDocument::fromJson(OrganiserFixture::ceremonyJson()).object();
    event.insert("counts", QJsonArray{OrganiserFixture::counts("ses-1", 1, 20, 20, 19, 3)});
    m_base.server->setResponse(QByteArray("GET /api/v1/ceremonies/") + OrganiserFixture::kCeremonyId,
                               {200, "application/json", QJsonDocument(event).toJson()});
    QVERIFY(m_base.reloadAndWait(model));
    QCOMPARE(model.index(0).data(CeremonySessionModel::CheckedInRole).toInt(), 19);
    QCOMPARE(model.index(1).data(CeremonySessionModel::CheckedInRole).toInt(), 0);  // no counts row: 0
  }

  void unknownCeremonyIsReadable() {
    m_base.server->setResponse(
        "GET /api/v1/ceremonies/nope",
        {404, "application/problem+json",
         FakeServer::problemJson(404, "/problems/not-found", QStringLiteral("Not found"),
                                 QStringLiteral("No such ceremony."))});
    CeremonySessionModel model(m_base.api.get());
    model.setCeremonyId(QStringLiteral("nope"));
    QVERIFY(m_base.reloadAndWait(model));
    QCOMPARE(model.errorText(), QStringLiteral("No such ceremony."));
    QCOMPARE(model.count(), 0);
  }

  void clearForgetsTheCeremony() {
    CeremonySessionModel model(m_base.api.get());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setCeremonyId(QString::fromLatin1(OrganiserFixture::kCeremonyId));
    QVERIFY(m_base.reloadAndWait(model));
    model.clear();
    QCOMPARE(model.count(), 0);
    QVERIFY(model.title().isEmpty());
    QCOMPARE(model.totalCapacity(), 0);
  }
};

QTEST_MAIN(TestCeremonyModels)
#include "tst_ceremony_models.moc"
