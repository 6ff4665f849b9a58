// SPDX-License-Identifier: Apache-2.0
// ConnectionStatus: polls /healthz; online → offline (server gone, or silent) → online again.
#include "kiosk/backend/ApiClient.h"
#include "kiosk/backend/ConnectionStatus.h"
#include "tests/kiosk/FakeServer.h"

#include <QSignalSpy>
#include <QTest>

using namespace wedreg::kiosk;
using wedreg::kiosk::test::FakeServer;

class TestConnectionStatus : public QObject {
  Q_OBJECT

 private slots:
  void onlineOfflineOnline() {
    FakeServer server;
    QVERIFY(server.start());
    server.serveDefaults();
    ApiClient api(nullptr);
    api.setBaseUrl(server.url());
    ConnectionStatus status(&api);
    status.setIntervalMs(100);
    QVERIFY(!status.checked());
    QVERIFY(!status.online());
    QVERIFY(!status.message().isEmpty());  // "connecting…"

    QTRY_VERIFY_WITH_TIMEOUT(status.online(), 5000);
    QVERIFY(status.checked());
    QCOMPARE(status.dbKind(), QStringLiteral("sqlite"));
    QCOMPARE(status.serverVersion(), QStringLiteral("0.1.0"));
    QVERIFY(status.errorText().isEmpty());
    const QString onlineMessage = status.message();

    QSignalSpy onlineSpy(&status, &ConnectionStatus::onlineChanged);
    server.stop();
    QTRY_VERIFY_WITH_TIMEOUT(!status.online(), 5000);
    QCOMPARE(onlineSpy.count(), 1);
    QVERIFY(status.message() != onlineMessage);
    QCOMPARE(status.errorText(), ApiClient::tr("The server cannot be reached."));

    QVERIFY(server.start());  // same port
    QTRY_VERIFY_WITH_TIMEOUT(status.online(), 5000);
    QCOMPARE(onlineSpy.count(), 2);
    QCOMPARE(status.message(), onlineMessage);
    QVERIFY(status.errorText().isEmpty());
  }

  void silentServerCountsAsOffline() {
    FakeServer server;
    QVERIFY(server.start());
    server.serveDefaults();
    server.setMode(FakeServer::Mode::Silent);
    ApiClient api(nullptr);
    api.setBaseUrl(server.url());
    ConnectionStatus status(&api);
    status.setIntervalMs(200);  // also the health check's timeout
    QSignalSpy polled(&status, &ConnectionStatus::polled);
    QVERIFY(polled.wait(5000));
    QVERIFY(status.checked());
    QVERIFY(!status.online());
    QCOMPARE(status.errorText(), ApiClient::tr("The server did not answer in time."));
  }

  void unhealthyAnswerCountsAsOffline() {
    FakeServer server;
    QVERIFY(server.start());
    server.setResponse("/healthz", {200, "application/json", R"({"status":"degraded"})"});
    ApiClient api(nullptr);
    api.setBaseUrl(server.url());
    ConnectionStatus status(&api);
    QSignalSpy polled(&status, &ConnectionStatus::polled);
    QVERIFY(polled.wait(5000));
    QVERIFY(status.checked());
    QVERIFY(!status.online());
  }

  void lastCheckedComesFromTheInjectedClock() {
    FakeServer server;
    QVERIFY(server.start());
    server.serveDefaults();
    ApiClient api(nullptr);
    api.setBaseUrl(server.url());
    ConnectionStatus status(&api);
    const QDateTime fixed(QDate(2025, 5, 20), QTime(9, 30));
    status.setClock([fixed] { return fixed; });
    QSignalSpy polled(&status, &ConnectionStatus::polled);
    QVERIFY(polled.wait(5000));
    QCOMPARE(status.lastChecked(), fixed);
  }

  void pollsAtTheConfiguredInterval() {
    FakeServer server;
    QVERIFY(server.start());
    server.serveDefaults();
    ApiClient api(nullptr);
    api.setBaseUrl(server.url());
    ConnectionStatus status(&api);
    QSignalSpy intervalSpy(&status, &ConnectionStatus::intervalMsChanged);
    status.setIntervalMs(ConnectionStatus::kDefaultIntervalMs);  // no change, no signal
    QCOMPARE(intervalSpy.count(), 0);
    status.setIntervalMs(50);
    QCOMPARE(intervalSpy.count(), 1);
    QTRY_VERIFY_WITH_TIMEOUT(server.requestCount("/healthz") >= 4, 5000);
  }

  void inactiveDoesNotPoll() {
    FakeServer server;
    QVERIFY(server.start());
    server.serveDefaults();
    ApiClient api(nullptr);
    api.setBaseUrl(server.url());
    ConnectionStatus status(&api);
    status.setIntervalMs(50);
    status.setActive(false);
    QTest::qWait(300);
    QCOMPARE(server.requestCount("/healthz"), 0);
    QVERIFY(!status.checked());
    status.setActive(true);
    QTRY_VERIFY_WITH_TIMEOUT(status.online(), 5000);
  }
};

QTEST_GUILESS_MAIN(TestConnectionStatus)
#include "tst_connection_status.moc"
