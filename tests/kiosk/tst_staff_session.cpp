// SPDX-License-Identifier: Apache-2.0
// StaffSession (sign in, current, sign out, lock) and the registrar's QueueModel against FakeServer.
#include "kiosk/backend/ApiClient.h"
#include "kiosk/backend/KioskSettings.h"
#include "kiosk/session/StaffSession.h"
#include "kiosk/staff/QueueModel.h"
#include "tests/kiosk/FakeServer.h"

#include <QAbstractItemModelTester>
#include <QJsonDocument>
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
const QByteArray kNext = "/api/v1/halls/hz-xihu/queue/next";
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

  // "Call next" is the server's: POST queue/next with this kiosk's counter, the answer is the called
  // couple; the kiosk keeps no list of its own, so what the server says next is what it shows.
  void callNextAsksTheServerWithTheKiosksCounter() {
    m_server->serveRegistrar("hz-xihu");
    KioskSettings::instance()->setCounter(QStringLiteral("3"));
    StaffSession session(m_api.get());
    QVERIFY(signIn(session));
    QueueModel queue(m_api.get());
    QAbstractItemModelTester tester(&queue, QAbstractItemModelTester::FailureReportingMode::QtTest);
    queue.setSession(&session);
    queue.setHallId(QStringLiteral("hz-xihu"));
    QSignalSpy finished(&queue, &QueueModel::callFinished);
    QSignalSpy reloaded(&queue, &QueueModel::reloaded);

    queue.callNext();
    QVERIFY(finished.wait(5000));
    QCOMPARE(finished.takeFirst().constFirst().toBool(), true);
    QCOMPARE(m_server->requestCount(kNext), 1);
    QCOMPARE(m_server->lastMethod(kNext), QByteArray("POST"));
    QCOMPARE(m_server->lastHeader(kNext, "Authorization"), QByteArray("Bearer tok-registrar-1"));
    QCOMPARE(QJsonDocument::fromJson(m_server->lastBody(kNext)).object().value(QLatin1String("counter")).toString(),
             QStringLiteral("3"));
    QCOMPARE(queue.calledId(), QString::fromLatin1(FakeServer::kQueuedFirst));
    QCOMPARE(queue.calledNumber(), 1);
    QCOMPARE(queue.calledNames(), QStringLiteral("陈静 · 周杰"));
    QCOMPARE(queue.calledService(), QStringLiteral("marriage"));
    QCOMPARE(queue.calledCounter(), QStringLiteral("3"));
    QVERIFY(queue.errorText().isEmpty());
    QVERIFY(reloaded.wait(5000));  // and the list is read again, to show who is called now

    queue.callNext();
    QVERIFY(finished.wait(5000));
    QCOMPARE(finished.takeFirst().constFirst().toBool(), true);
    QCOMPARE(queue.calledId(), QString::fromLatin1(FakeServer::kQueuedSecond));
    QCOMPARE(queue.calledNumber(), 2);

    queue.callNext();  // the server has nobody left: no couple, and no error either
    QVERIFY(finished.wait(5000));
    QCOMPARE(finished.takeFirst().constFirst().toBool(), false);
    QVERIFY(queue.calledId().isEmpty());
    QVERIFY(queue.errorText().isEmpty());
    QCOMPARE(m_server->requestCount(kNext), 3);

    queue.clear();
    QVERIFY(queue.calledId().isEmpty());
    KioskSettings::instance()->setCounter(QString::fromLatin1(KioskSettings::kDefaultCounter));
  }

  // --counter takes what the server takes (1-16 ASCII letters or digits), so a bad one stops the
  // kiosk at start-up instead of every call failing.
  void counterSettingTakesWhatTheServerTakes() {
    QCOMPARE(KioskSettings::instance()->counter(), QString::fromLatin1(KioskSettings::kDefaultCounter));
    for (const QString& good : {QStringLiteral("1"), QStringLiteral("A7"), QStringLiteral("1234567890abcdef")}) {
      QVERIFY2(KioskSettings::isValidCounter(good), qPrintable(good));
    }
    for (const QString& bad : {QString(), QStringLiteral("3 "), QStringLiteral("窗口3"), QStringLiteral("１"),
                               QStringLiteral("12345678901234567"), QStringLiteral("a-b")}) {
      QVERIFY2(!KioskSettings::isValidCounter(bad), qPrintable(bad));
    }
  }

  // Waiting = checked in and called by no counter, as the server's list says.
  void waitingCountsTheUncalledCheckedInCouples() {
    m_server->setResponse(
        kQueue, {200, "application/json",
                 "[{\"id\":\"a\",\"status\":\"checked_in\",\"queue_number\":1,\"called_counter\":\"2\"},"
                 "{\"id\":\"b\",\"status\":\"checked_in\",\"queue_number\":2,\"called_counter\":null},"
                 "{\"id\":\"c\",\"status\":\"booked\",\"queue_number\":null}]"});
    StaffSession session(m_api.get());
    QVERIFY(signIn(session));
    QueueModel queue(m_api.get());
    queue.setSession(&session);
    queue.setHallId(QStringLiteral("hz-xihu"));
    QSignalSpy done(&queue, &QueueModel::reloaded);
    queue.reload();
    QVERIFY(done.wait(5000));
    QCOMPARE(queue.count(), 3);
    QCOMPARE(queue.waitingCount(), 1);
    QCOMPARE(queue.data(queue.index(0), QueueModel::CalledCounterRole).toString(), QStringLiteral("2"));
    QVERIFY(queue.data(queue.index(1), QueueModel::CalledCounterRole).toString().isEmpty());
  }

  void callNextWhenTheServerFailsCallsNobody() {
    m_server->serveRegistrar("hz-xihu");
    StaffSession session(m_api.get());
    QVERIFY(signIn(session));
    m_server->queueResponses("POST " + kNext, {});
    m_server->setResponse("POST " + kNext,
                          {500, "application/problem+json",
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
    QSignalSpy finished(&queue, &QueueModel::callFinished);
    queue.callNext();  // nobody to ask: answered at once, calling nobody
    QCOMPARE(finished.count(), 1);
    QCOMPARE(finished.takeFirst().constFirst().toBool(), false);
    QCOMPARE(m_server->requestCount(kNext), 0);
  }

 private:
  std::unique_ptr<FakeServer> m_server;
  std::unique_ptr<ApiClient> m_api;
};

QTEST_MAIN(TestStaffSession)
#include "tst_staff_session.moc"
