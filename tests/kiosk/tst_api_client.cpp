// SPDX-License-Identifier: Apache-2.0
// ApiClient: URL building, Accept-Language, problem+json and network failures turned into errorText.
#include "kiosk/backend/ApiClient.h"
#include "tests/kiosk/FakeServer.h"

#include <QJsonArray>
#include <QSignalSpy>
#include <QTest>

#include <optional>

using namespace wedreg::kiosk;
using wedreg::kiosk::test::FakeServer;

class TestApiClient : public QObject {
  Q_OBJECT

 private:
  // GET `path` and wait for the callback.
  static std::optional<ApiResult> fetch(ApiClient& api, const QString& path) {
    std::optional<ApiResult> result;
    api.getJson(path, &api, [&result](const ApiResult& r) { result = r; });
    if (!QTest::qWaitFor([&result] { return result.has_value(); }, 5000)) {
      return std::nullopt;
    }
    return result;
  }

 private slots:
  void urlJoinsBaseAndPath() {
    ApiClient api(nullptr);
    api.setBaseUrl(QUrl(QStringLiteral("http://kiosk-server:8080/")));
    QCOMPARE(api.url(QStringLiteral("/api/v1/halls")).toString(),
             QStringLiteral("http://kiosk-server:8080/api/v1/halls"));
    api.setBaseUrl(QUrl(QStringLiteral("http://gw/wedreg")));
    QCOMPARE(api.url(QStringLiteral("healthz")).toString(), QStringLiteral("http://gw/wedreg/healthz"));
  }

  void decodesJsonAndSendsAcceptLanguage() {
    FakeServer server;
    QVERIFY(server.start());
    server.serveDefaults();
    ApiClient api(nullptr);
    api.setBaseUrl(server.url());
    api.setAcceptLanguage(QStringLiteral("en"));
    const auto result = fetch(api, QStringLiteral("/api/v1/halls"));
    QVERIFY(result);
    QVERIFY(result->ok);
    QCOMPARE(result->httpStatus, 200);
    QVERIFY(result->json.isArray());
    QCOMPARE(result->json.array().size(), 4);
    QVERIFY(result->errorText.isEmpty());
    QCOMPARE(server.lastHeader("/api/v1/halls", "Accept-Language"), QByteArray("en"));
  }

  void problemJsonBecomesErrorText() {
    FakeServer server;
    QVERIFY(server.start());
    server.setResponse("/api/v1/halls",
                       {503, "application/problem+json",
                        FakeServer::problemJson(503, "https://wedreg.example/problems/unavailable",
                                                QStringLiteral("Unavailable"),
                                                QStringLiteral("数据库维护中，请稍后再试。"))});
    ApiClient api(nullptr);
    api.setBaseUrl(server.url());
    QSignalSpy errorSpy(&api, &ApiClient::errorTextChanged);
    const auto result = fetch(api, QStringLiteral("/api/v1/halls"));
    QVERIFY(result);
    QVERIFY(!result->ok);
    QCOMPARE(result->httpStatus, 503);
    QCOMPARE(result->errorText, QStringLiteral("数据库维护中，请稍后再试。"));
    QCOMPARE(result->problemType, QStringLiteral("https://wedreg.example/problems/unavailable"));
    QCOMPARE(api.errorText(), result->errorText);
    QCOMPARE(errorSpy.count(), 1);
    QCOMPARE(server.lastHeader("/api/v1/halls", "Accept-Language"), QByteArray("zh-CN"));
  }

  void problemWithoutDetailUsesTitle() {
    FakeServer server;
    QVERIFY(server.start());
    server.setResponse("/api/v1/halls",
                       {400, "application/problem+json",
                        FakeServer::problemJson(400, "https://wedreg.example/problems/invalid",
                                                QStringLiteral("Invalid hall filter"), {})});
    ApiClient api(nullptr);
    api.setBaseUrl(server.url());
    const auto result = fetch(api, QStringLiteral("/api/v1/halls"));
    QVERIFY(result);
    QCOMPARE(result->errorText, QStringLiteral("Invalid hall filter"));
  }

  void plainHttpErrorIsReadable() {
    FakeServer server;
    QVERIFY(server.start());
    server.setResponse("/api/v1/halls", {500, "text/plain", "boom"});
    ApiClient api(nullptr);
    api.setBaseUrl(server.url());
    const auto result = fetch(api, QStringLiteral("/api/v1/halls"));
    QVERIFY(result);
    QVERIFY(!result->ok);
    QVERIFY2(result->errorText.contains(QLatin1String("500")), qPrintable(result->errorText));
    QVERIFY(!result->errorText.contains(QLatin1String("boom")));  // no raw bodies on screen
  }

  void unreadableJsonIsAnError() {
    FakeServer server;
    QVERIFY(server.start());
    server.setResponse("/api/v1/halls", {200, "application/json", "[{not json"});
    ApiClient api(nullptr);
    api.setBaseUrl(server.url());
    const auto result = fetch(api, QStringLiteral("/api/v1/halls"));
    QVERIFY(result);
    QVERIFY(!result->ok);
    QCOMPARE(result->errorText, ApiClient::tr("The server sent an answer the kiosk cannot read."));
  }

  void refusedConnectionIsReadable() {
    FakeServer server;
    QVERIFY(server.start());
    const QUrl url = server.url();
    server.stop();
    ApiClient api(nullptr);
    api.setBaseUrl(url);
    const auto result = fetch(api, QStringLiteral("/healthz"));
    QVERIFY(result);
    QVERIFY(!result->ok);
    QCOMPARE(result->httpStatus, 0);
    QCOMPARE(result->errorText, ApiClient::tr("The server cannot be reached."));
    QCOMPARE(api.errorText(), result->errorText);
  }

  void silentServerTimesOut() {
    FakeServer server;
    QVERIFY(server.start());
    server.setMode(FakeServer::Mode::Silent);
    ApiClient api(nullptr);
    api.setBaseUrl(server.url());
    api.setTimeoutMs(300);
    QElapsedTimer clock;
    clock.start();
    const auto result = fetch(api, QStringLiteral("/healthz"));
    QVERIFY(result);
    QVERIFY(!result->ok);
    QCOMPARE(result->errorText, ApiClient::tr("The server did not answer in time."));
    QVERIFY(clock.elapsed() < 4000);
  }

  void successClearsErrorText() {
    FakeServer server;
    QVERIFY(server.start());
    server.serveDefaults();
    ApiClient api(nullptr);
    api.setBaseUrl(server.url());
    QVERIFY(fetch(api, QStringLiteral("/no/such/route")));
    QVERIFY(!api.errorText().isEmpty());
    QVERIFY(fetch(api, QStringLiteral("/healthz")));
    QVERIFY(api.errorText().isEmpty());
  }

  void cancelledRequestNeverCallsBack() {
    FakeServer server;
    QVERIFY(server.start());
    server.setMode(FakeServer::Mode::Silent);
    ApiClient api(nullptr);
    api.setBaseUrl(server.url());
    bool called = false;
    QNetworkReply* reply =
        api.getJson(QStringLiteral("/healthz"), &api, [&called](const ApiResult&) { called = true; });
    ApiClient::cancel(reply);
    QTest::qWait(200);
    QVERIFY(!called);
    QVERIFY(api.errorText().isEmpty());
  }
};

QTEST_GUILESS_MAIN(TestApiClient)
#include "tst_api_client.moc"
