// SPDX-License-Identifier: Apache-2.0
// PresenterRosterModel and SessionPresenterModel under QAbstractItemModelTester: the roster in the
// kiosk's language with who is free on the ceremony's day, one session's presenters in turn order,
// assigning (the next turn, the token, the list asked again) and the server's refusal in its words,
// taking a presenter off, and a server without the list route saying so instead of failing.
#include "kiosk/backend/LanguageController.h"
#include "kiosk/organiser/PresenterRosterModel.h"
#include "kiosk/organiser/SessionPresenterModel.h"
#include "tests/kiosk/OrganiserTestBase.h"

#include <QAbstractItemModelTester>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace wedreg::kiosk;
using wedreg::kiosk::test::FakeServer;
using wedreg::kiosk::test::OrganiserFixture;

class TestPresenterModels : public QObject {
  Q_OBJECT

 private:
  wedreg::kiosk::test::OrganiserTestBase m_base;
  const QByteArray m_listPath = QByteArray("/api/v1/ceremonies/") + OrganiserFixture::kCeremonyId + "/presenters";

  // A roster and the National Day ceremony's presenters, both loaded, session `sessionId` shown.
  bool loadBoth(PresenterRosterModel& roster, SessionPresenterModel& model, const QString& sessionId) {
    roster.setSession(m_base.session.get());
    roster.setDay(QStringLiteral("2027-10-01"));
    model.setSession(m_base.session.get());
    model.setRoster(&roster);
    model.setCeremonyId(QString::fromLatin1(OrganiserFixture::kCeremonyId));
    model.setSessionId(sessionId);
    return m_base.reloadAndWait(roster) && m_base.reloadAndWait(model);
  }

  static bool waitForAction(SessionPresenterModel& model) {
    QSignalSpy done(&model, &SessionPresenterModel::actionFinished);
    return done.wait(5000);
  }

 private slots:
  // The kiosk's own words (actionNotice, …) in English; the server's come as they are.
  void initTestCase() { LanguageController::instance()->setLanguage(QStringLiteral("en")); }
  void init() { QVERIFY(m_base.start()); }
  void cleanup() { m_base.stop(); }

  void rosterFollowsTheLanguageAndTheDay() {
    PresenterRosterModel roster(m_base.api.get());
    QAbstractItemModelTester tester(&roster, QAbstractItemModelTester::FailureReportingMode::QtTest);
    roster.setSession(m_base.session.get());
    roster.setDay(QStringLiteral("2027-10-01"));
    QVERIFY(m_base.reloadAndWait(roster));
    QCOMPARE(roster.count(), 3);
    QCOMPARE(roster.index(0).data(PresenterRosterModel::NameRole).toString(), QStringLiteral("王秀英"));
    QCOMPARE(roster.index(0).data(PresenterRosterModel::HonourRole).toString(), QStringLiteral("全国劳动模范"));
    QVERIFY(roster.index(1).data(PresenterRosterModel::AvailableRole).toBool());
    QVERIFY(!roster.index(2).data(PresenterRosterModel::AvailableRole).toBool());  // only on 5·20
    QCOMPARE(m_base.server->lastHeader("/api/v1/presenters", "Authorization"), QByteArray("Bearer tok-organiser-1"));

    QSignalSpy changed(&roster, &QAbstractItemModel::dataChanged);
    roster.setLanguage(QStringLiteral("en"));
    QCOMPARE(changed.count(), 1);
    QCOMPARE(roster.nameOf(QStringLiteral("pre-2")), QStringLiteral("Li Jianguo"));
    QCOMPARE(roster.index(2).data(PresenterRosterModel::HonourRole).toString(), QStringLiteral("Role model of the times"));
    roster.setDay(QStringLiteral("2027-05-20"));
    QVERIFY(roster.index(2).data(PresenterRosterModel::AvailableRole).toBool());
    QVERIFY(!roster.index(0).data(PresenterRosterModel::AvailableRole).toBool());
    QCOMPARE(roster.nameOf(QStringLiteral("nobody")), QString());
    roster.clear();
    QCOMPARE(roster.count(), 0);
  }

  void rosterAsksNothingWhenSignedOut() {
    PresenterRosterModel roster(m_base.api.get());
    roster.setSession(m_base.session.get());
    m_base.session->lock();
    roster.reload();
    QVERIFY(!roster.loading());
    QTest::qWait(100);
    QCOMPARE(m_base.server->requestCount("/api/v1/presenters"), 0);
  }

  void showsOneSessionsPresentersInTurnOrder() {
    PresenterRosterModel roster(m_base.api.get());
    SessionPresenterModel model(m_base.api.get());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(loadBoth(roster, model, QStringLiteral("ses-1")));
    QVERIFY(model.supported());
    QCOMPARE(model.count(), 2);
    QCOMPARE(model.index(0).data(SessionPresenterModel::NameRole).toString(), QStringLiteral("王秀英"));
    QCOMPARE(model.index(0).data(SessionPresenterModel::PositionRole).toInt(), 1);
    QCOMPARE(model.index(1).data(SessionPresenterModel::PresenterIdRole).toString(), QStringLiteral("pre-2"));
    QCOMPARE(model.index(1).data(SessionPresenterModel::HonourRole).toString(), QStringLiteral("全国道德模范"));
    QCOMPARE(model.countIn(QStringLiteral("ses-2")), 1);
    QCOMPARE(model.countIn(QStringLiteral("ses-3")), 0);
    QCOMPARE(m_base.server->lastHeader(m_listPath, "Authorization"), QByteArray("Bearer tok-organiser-1"));

    model.setSessionId(QStringLiteral("ses-3"));  // no new request: every session's list is here
    QCOMPARE(model.count(), 0);
    model.setSessionId(QStringLiteral("ses-2"));
    QCOMPARE(model.count(), 1);
    QCOMPARE(m_base.server->requestCount(m_listPath), 1);

    // Names follow the roster's language.
    roster.setLanguage(QStringLiteral("en"));
    QCOMPARE(model.index(0).data(SessionPresenterModel::NameRole).toString(), QStringLiteral("Li Jianguo"));
    model.clear();
    QCOMPARE(model.count(), 0);
    QCOMPARE(model.countIn(QStringLiteral("ses-1")), 0);
  }

  void assignsAtTheNextTurnAndAsksTheListAgain() {
    PresenterRosterModel roster(m_base.api.get());
    SessionPresenterModel model(m_base.api.get());
    QVERIFY(loadBoth(roster, model, QStringLiteral("ses-1")));
    QJsonArray after = QJsonDocument::fromJson(OrganiserFixture::assignmentsJson()).array();
    after.append(QJsonObject{{"session_id", "ses-1"}, {"presenter_id", "pre-3"}, {"position", 3}});
    m_base.server->setResponse("GET " + m_listPath, {200, "application/json", QJsonDocument(after).toJson()});
    QSignalSpy reloaded(&model, &SessionPresenterModel::reloaded);
    model.assign(QStringLiteral("pre-3"));
    QVERIFY(model.busy());
    QVERIFY(waitForAction(model));
    const QByteArray path = OrganiserFixture::sessionPresentersPath("ses-1");
    const QJsonObject body = QJsonDocument::fromJson(m_base.server->lastBody(path)).object();
    QCOMPARE(body.value("presenter_id").toString(), QStringLiteral("pre-3"));
    QCOMPARE(body.value("position").toInt(), 3);
    QCOMPARE(m_base.server->lastHeader(path, "Authorization"), QByteArray("Bearer tok-organiser-1"));
    QVERIFY(!model.busy());
    QCOMPARE(model.actionError(), QString());
    QCOMPARE(model.actionNotice(), QStringLiteral("陈志华 will hand out certificates in this session."));
    QVERIFY(reloaded.wait(5000));
    QCOMPARE(model.count(), 3);
    QCOMPARE(model.index(2).data(SessionPresenterModel::NameRole).toString(), QStringLiteral("陈志华"));
  }

  void aRefusalIsShownInTheServersWords() {
    PresenterRosterModel roster(m_base.api.get());
    SessionPresenterModel model(m_base.api.get());
    QVERIFY(loadBoth(roster, model, QStringLiteral("ses-3")));
    m_base.server->setResponse("POST " + OrganiserFixture::sessionPresentersPath("ses-3"),
                               {409, "application/problem+json",
                                FakeServer::problemJson(409, "https://wedreg.example/problems/presenter-unavailable",
                                                        QStringLiteral("颁证嘉宾当天不可出席"),
                                                        QStringLiteral("该颁证嘉宾在仪式当天不可出席。"))});
    model.assign(QStringLiteral("pre-3"));
    QVERIFY(waitForAction(model));
    QCOMPARE(model.actionError(), QStringLiteral("该颁证嘉宾在仪式当天不可出席。"));
    QCOMPARE(model.actionNotice(), QString());
    QCOMPARE(model.count(), 0);
    QCOMPARE(model.errorText(), QString());  // the list itself is fine
    model.setSessionId(QStringLiteral("ses-1"));  // another session: the refusal was about the other
    QCOMPARE(model.actionError(), QString());
  }

  void takesAPresenterOff() {
    PresenterRosterModel roster(m_base.api.get());
    SessionPresenterModel model(m_base.api.get());
    QVERIFY(loadBoth(roster, model, QStringLiteral("ses-2")));
    const QByteArray path = OrganiserFixture::sessionPresentersPath("ses-2") + "/pre-2";
    m_base.server->setResponse("DELETE " + path, {204, "application/json", {}});
    model.unassign(QStringLiteral("pre-2"));
    QVERIFY(waitForAction(model));
    QCOMPARE(m_base.server->lastMethod(path), QByteArray("DELETE"));
    QCOMPARE(model.actionNotice(), QStringLiteral("李建国 is no longer in this session."));
    QTRY_COMPARE(m_base.server->requestCount(m_listPath), 2);  // asked again after the change
  }

  void aServerWithoutTheListSaysSo() {
    m_base.server->setResponse("GET " + m_listPath,
                               {404, "application/problem+json",
                                FakeServer::problemJson(404, "https://wedreg.example/problems/not-found",
                                                        QStringLiteral("未找到"), QStringLiteral("没有找到您要的内容"))});
    PresenterRosterModel roster(m_base.api.get());
    SessionPresenterModel model(m_base.api.get());
    QVERIFY(loadBoth(roster, model, QStringLiteral("ses-1")));
    QVERIFY(!model.supported());
    QCOMPARE(model.errorText(), QString());
    QCOMPARE(model.count(), 0);
    // Assigning still works on such a server.
    model.assign(QStringLiteral("pre-1"));
    QVERIFY(waitForAction(model));
    QCOMPARE(model.actionNotice(), QStringLiteral("王秀英 will hand out certificates in this session."));
    // A take-off the server does not know as a method is said plainly.
    m_base.server->setResponse("DELETE " + OrganiserFixture::sessionPresentersPath("ses-1") + "/pre-1",
                               {405, "application/problem+json",
                                FakeServer::problemJson(405, "https://wedreg.example/problems/method-not-allowed",
                                                        QStringLiteral("不支持该操作"), QStringLiteral("该地址不支持这种请求方式。"))});
    QTest::qWait(200);  // the reload after the assignment
    model.unassign(QStringLiteral("pre-1"));
    QVERIFY(waitForAction(model));
    QCOMPARE(model.actionError(), QStringLiteral("This server cannot change a session's presenters this way yet."));
    model.clear();
    QVERIFY(model.supported());
  }
};

QTEST_MAIN(TestPresenterModels)
#include "tst_presenter_models.moc"
