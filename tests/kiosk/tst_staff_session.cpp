// SPDX-License-Identifier: Apache-2.0
// StaffSession (sign in, current, sign out, lock) and the registrar's QueueModel against FakeServer.
#include "kiosk/backend/ApiClient.h"
#include "kiosk/session/StaffSession.h"
#include "kiosk/staff/QueueModel.h"
#include "tests/kiosk/FakeServer.h"

#include <QAbstractItemModelTester>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTest>

#include <memory>

using namespace wedreg::kiosk;
using wedreg::kiosk::test::FakeServer;

namespace {
const QByteArray kSessions = "/api/v1/staff/sessions";
const QByteArray kCurrent = "/api/v1/staff/sessions/current";
const QByteArray kQueue = "/api/v1/halls/hz-xihu/appointments";
}  // namespace

class TestStaffSession : public QObject {
  Q_OBJECT

 private:
  bool signIn(StaffSession& session) {
    session.signIn(QStringLiteral("clerk"), QStringLiteral("secret"));
    // Signed in, and the follow-up "who am I" has told us the hall.
    return QTest::qWaitFor([&] { return session.signedIn() && !session.busy(); }, 5000);
  }

 private slots:
  void init() {
    m_server = std::make_unique<FakeServer>();
    QVERIFY(m_server->start());
    m_server->serveDefaults();
    m_server->serveBooking("hz-xihu");
    m_api = std::make_unique<ApiClient>(nullptr);
    m_api->setBaseUrl(m_server->url());
    m_api->setTimeoutMs(1000);
  }

  void cleanup() {
    m_api.reset();
    m_server.reset();
  }

  void signInKeepsTheTokenInMemory() {
    StaffSession session(m_api.get());
    QVERIFY(signIn(session));
    QCOMPARE(session.role(), QStringLiteral("registrar"));
    QCOMPARE(session.username(), QStringLiteral("clerk"));
    QCOMPARE(session.hallId(), QStringLiteral("hz-xihu"));
    QVERIFY(session.expiresAt().isValid());
    QCOMPARE(session.authorization(), QByteArray("Bearer tok-registrar-1"));
    const QJsonObject body = QJsonDocument::fromJson(m_server->lastBody(kSessions)).object();
    QCOMPARE(body.value(QLatin1String("username")).toString(), QStringLiteral("clerk"));
    QCOMPARE(m_server->lastHeader(kCurrent, "Authorization"), QByteArray("Bearer tok-registrar-1"));
  }

  void refusalSaysWhy_data() {
    QTest::addColumn<QString>("code");
    QTest::newRow("credentials") << QStringLiteral("credentials");
    QTest::newRow("locked") << QStringLiteral("locked");
  }

  void refusalSaysWhy() {
    QFETCH(QString, code);
    QJsonObject problem = QJsonDocument::fromJson(FakeServer::problemJson(
                                                      401, "https://wedreg.example/problems/unauthorized",
                                                      QStringLiteral("Unauthorized"),
                                                      QStringLiteral("用户名或密码不正确")))
                              .object();
    problem.insert(QStringLiteral("code"), code);
    m_server->setResponse("POST " + kSessions, {401, "application/problem+json",
                                                QJsonDocument(problem).toJson(QJsonDocument::Compact)});
    StaffSession session(m_api.get());
    QSignalSpy error(&session, &StaffSession::errorChanged);
    session.signIn(QStringLiteral("clerk"), QStringLiteral("wrong"));
    QVERIFY(error.wait(5000));
    QVERIFY(!session.signedIn());
    QCOMPARE(session.errorCode(), code);
    QCOMPARE(session.errorText(), QStringLiteral("用户名或密码不正确"));
  }

  void emptyFieldsAreNotSent() {
    StaffSession session(m_api.get());
    session.signIn(QStringLiteral(" "), QStringLiteral("x"));
    QCOMPARE(session.errorCode(), QStringLiteral("missing"));
    QVERIFY(!session.busy());
    QCOMPARE(m_server->requestCount(kSessions), 0);
  }

  void signOutTellsTheServerAndForgets() {
    StaffSession session(m_api.get());
    QVERIFY(signIn(session));
    session.signOut();
    QVERIFY(!session.signedIn());
    QVERIFY(session.authorization().isEmpty());
    QVERIFY(session.role().isEmpty());
    QTRY_COMPARE(m_server->lastMethod(kCurrent), QByteArray("DELETE"));
    QCOMPARE(m_server->lastHeader(kCurrent, "Authorization"), QByteArray("Bearer tok-registrar-1"));
  }

  void lockForgetsWithoutARequest() {
    StaffSession session(m_api.get());
    QVERIFY(signIn(session));
    const int before = m_server->requestCount(kCurrent);
    session.lock();
    QVERIFY(!session.signedIn());
    QTest::qWait(100);
    QCOMPARE(m_server->requestCount(kCurrent), before);
  }

  void queueListsTodaysAppointments() {
    StaffSession session(m_api.get());
    QVERIFY(signIn(session));
    QueueModel queue(m_api.get());
    QAbstractItemModelTester tester(&queue, QAbstractItemModelTester::FailureReportingMode::QtTest);
    queue.setSession(&session);
    queue.setHallId(QStringLiteral("hz-xihu"));
    QSignalSpy done(&queue, &QueueModel::reloaded);
    queue.reload();
    QVERIFY(done.wait(5000));
    QVERIFY(queue.supported());
    QCOMPARE(queue.count(), 1);
    const QModelIndex row = queue.index(0);
    QCOMPARE(row.data(QueueModel::TimeRole).toString(), QStringLiteral("09:00"));
    QCOMPARE(row.data(QueueModel::NamesRole).toString(), QStringLiteral("张明 · 李华"));
    QCOMPARE(row.data(QueueModel::QueueNumberRole).toInt(), 3);
    QCOMPARE(m_server->lastHeader(kQueue, "Authorization"), QByteArray("Bearer tok-registrar-1"));
    QVERIFY(m_server->lastQuery(kQueue).startsWith("date="));
    queue.clear();
    QCOMPARE(queue.count(), 0);
  }

  void queueWithoutTheRouteIsNotAvailableYet() {
    m_server->setResponse(kQueue, {404, "application/problem+json",
                                   FakeServer::problemJson(404, "https://wedreg.example/problems/not-found",
                                                           QStringLiteral("Not Found"), {})});
    StaffSession session(m_api.get());
    QVERIFY(signIn(session));
    QueueModel queue(m_api.get());
    queue.setSession(&session);
    queue.setHallId(QStringLiteral("hz-xihu"));
    QSignalSpy done(&queue, &QueueModel::reloaded);
    queue.reload();
    QVERIFY(done.wait(5000));
    QVERIFY(!queue.supported());
    QVERIFY(queue.errorText().isEmpty());
  }

  // "Call next": reloads, then the lowest queue number among the checked-in couples not called yet;
  // booked (not checked-in) couples are never called.
  void callNextTakesCheckedInCouplesInQueueOrder() {
    m_server->serveRegistrar("hz-xihu");
    StaffSession session(m_api.get());
    QVERIFY(signIn(session));
    QueueModel queue(m_api.get());
    QAbstractItemModelTester tester(&queue, QAbstractItemModelTester::FailureReportingMode::QtTest);
    queue.setSession(&session);
    queue.setHallId(QStringLiteral("hz-xihu"));
    QSignalSpy finished(&queue, &QueueModel::callFinished);
    const int before = m_server->requestCount(kQueue);

    queue.callNext();
    QVERIFY(finished.wait(5000));
    QCOMPARE(finished.takeFirst().constFirst().toBool(), true);
    QCOMPARE(m_server->requestCount(kQueue), before + 1);  // a fresh list, not the one on screen
    QCOMPARE(queue.calledId(), QString::fromLatin1(FakeServer::kQueuedFirst));
    QCOMPARE(queue.calledNumber(), 1);
    QCOMPARE(queue.calledNames(), QStringLiteral("陈静 · 周杰"));
    QCOMPARE(queue.calledService(), QStringLiteral("marriage"));
    QCOMPARE(queue.waitingCount(), 1);

    queue.callNext();
    QVERIFY(finished.wait(5000));
    QCOMPARE(finished.takeFirst().constFirst().toBool(), true);
    QCOMPARE(queue.calledId(), QString::fromLatin1(FakeServer::kQueuedSecond));
    QCOMPARE(queue.calledNumber(), 2);

    queue.callNext();  // only the booked couple is left: nobody to call
    QVERIFY(finished.wait(5000));
    QCOMPARE(finished.takeFirst().constFirst().toBool(), false);
    QVERIFY(queue.calledId().isEmpty());
    QCOMPARE(queue.waitingCount(), 0);

    queue.clear();  // the staff lock: a new session calls from the start
    QVERIFY(queue.calledId().isEmpty());
  }

  void callNextWhenTheListFailsCallsNobody() {
    m_server->serveRegistrar("hz-xihu");
    StaffSession session(m_api.get());
    QVERIFY(signIn(session));
    m_server->setResponse(kQueue, {500, "application/problem+json",
                                   FakeServer::problemJson(500, "https://wedreg.example/problems/internal",
                                                           QStringLiteral("Internal"), QStringLiteral("坏了"))});
    QueueModel queue(m_api.get());
    queue.setSession(&session);
    queue.setHallId(QStringLiteral("hz-xihu"));
    QSignalSpy finished(&queue, &QueueModel::callFinished);
    queue.callNext();
    QVERIFY(finished.wait(5000));
    QCOMPARE(finished.takeFirst().constFirst().toBool(), false);
    QVERIFY(queue.calledId().isEmpty());
    QCOMPARE(queue.errorText(), QStringLiteral("坏了"));
  }

  void queueNeedsASignedInSession() {
    StaffSession session(m_api.get());
    QueueModel queue(m_api.get());
    queue.setSession(&session);
    queue.setHallId(QStringLiteral("hz-xihu"));
    queue.reload();
    QVERIFY(!queue.loading());
    QCOMPARE(m_server->requestCount(kQueue), 0);
  }

 private:
  std::unique_ptr<FakeServer> m_server;
  std::unique_ptr<ApiClient> m_api;
};

QTEST_MAIN(TestStaffSession)
#include "tst_staff_session.moc"
