// SPDX-License-Identifier: Apache-2.0
// The kiosk's TLS client certificate against the REAL server with TLS on and kiosk certificates
// required (tls.verify_clients, certs/make-dev-pki): with the certificate the kiosk gets answers,
// without it the server refuses the handshake; bad files are named at start-up; the process-wide
// ApiClient follows KioskSettings.
#include "kiosk/backend/ApiClient.h"
#include "kiosk/backend/ClientTls.h"
#include "kiosk/backend/KioskSettings.h"

#include "support/DevPki.h"
#include "support/ServerProcess.h"

#include <QSslKey>
#include <QTest>

#include <memory>

using namespace wedreg::kiosk;
using wedreg::tests::DevPki;
using wedreg::tests::ServerProcess;

class TestApiClientTls : public QObject {
  Q_OBJECT

 private:
  ClientTlsFiles kioskFiles() const {
    return {m_pki.file(QStringLiteral("kiosk-jn-lixia.crt")), m_pki.file(QStringLiteral("kiosk-jn-lixia.key")),
            m_pki.file(QStringLiteral("ca.crt"))};
  }

  QUrl httpsUrl() const { return QUrl(QStringLiteral("https://127.0.0.1:%1").arg(m_server.port())); }

  static ApiResult healthOf(ApiClient& api) {
    ApiResult out;
    bool done = false;
    api.getJson(QStringLiteral("/healthz"), &api, [&](const ApiResult& result) {
      out = result;
      done = true;
    });
    if (!QTest::qWaitFor([&] { return done; }, 15000)) {
      out.errorText = QStringLiteral("no answer in time");
    }
    return out;
  }

 private slots:
  void initTestCase() {
    QVERIFY2(m_pki.make(), qPrintable(m_pki.error()));
    QVERIFY2(m_server.start({false, m_pki.serverSettings(), false}), qPrintable(m_server.error()));
  }

  void cleanupTestCase() { m_server.stop(); }

  void withTheKioskCertificateTheServerAnswers() {
    QString error;
    const auto tls = loadClientTls(kioskFiles(), &error);
    QVERIFY2(tls.has_value(), qPrintable(error));
    QCOMPARE(tls->localCertificateChain().size(), 1);
    QVERIFY(!tls->privateKey().isNull());
    ApiClient api(nullptr);
    api.setBaseUrl(httpsUrl());
    api.setTimeoutMs(10000);
    api.setTlsConfiguration(tls);
    const ApiResult result = healthOf(api);
    QVERIFY2(result.ok, qPrintable(result.errorText));
    QCOMPARE(result.httpStatus, 200);
    QCOMPARE(result.json.object().value(QLatin1String("status")).toString(), QStringLiteral("ok"));
  }

  void withoutItTheServerRefuses() {
    QString error;
    ClientTlsFiles caOnly;
    caOnly.ca = kioskFiles().ca;
    const auto tls = loadClientTls(caOnly, &error);
    QVERIFY2(tls.has_value(), qPrintable(error));  // the server's certificate is trusted...
    ApiClient api(nullptr);
    api.setBaseUrl(httpsUrl());
    api.setTimeoutMs(10000);
    api.setTlsConfiguration(tls);
    const ApiResult result = healthOf(api);
    QVERIFY(!result.ok);  // ...but the kiosk has no certificate to show
    QCOMPARE(result.httpStatus, 0);
    QVERIFY(!result.errorText.isEmpty());
  }

  void anUnknownServerCertificateIsRefused() {
    // Trusting only some other CA: the real server's certificate does not chain to it.
    DevPki other;
    QVERIFY2(other.make(), qPrintable(other.error()));
    ClientTlsFiles files = kioskFiles();
    files.ca = other.file(QStringLiteral("ca.crt"));
    const auto tls = loadClientTls(files, nullptr);
    QVERIFY(tls.has_value());
    ApiClient api(nullptr);
    api.setBaseUrl(httpsUrl());
    api.setTimeoutMs(10000);
    api.setTlsConfiguration(tls);
    const ApiResult result = healthOf(api);
    QVERIFY(!result.ok);
    QCOMPARE(result.httpStatus, 0);
  }

  void badFilesAreNamed() {
    QString error;
    ClientTlsFiles missing = kioskFiles();
    missing.privateKey = m_pki.file(QStringLiteral("no-such.key"));
    QVERIFY(!loadClientTls(missing, &error).has_value());
    QVERIFY2(error.contains(QStringLiteral("no-such.key")), qPrintable(error));
    ClientTlsFiles noKey = kioskFiles();
    noKey.privateKey.clear();
    QVERIFY(!loadClientTls(noKey, &error).has_value());
    QVERIFY(error.contains(QStringLiteral("private key")));
    ClientTlsFiles swapped = kioskFiles();
    swapped.certificate = kioskFiles().privateKey;  // a key where the certificate should be
    QVERIFY(!loadClientTls(swapped, &error).has_value());
    QVERIFY2(error.contains(QStringLiteral("no PEM certificate")), qPrintable(error));
    ClientTlsFiles notAKey = kioskFiles();
    notAKey.privateKey = kioskFiles().ca;
    QVERIFY(!loadClientTls(notAKey, &error).has_value());
    QVERIFY2(error.contains(QStringLiteral("private key")), qPrintable(error));
  }

  // What main.cpp sets is what the screens' ApiClient uses.
  void theKioskClientFollowsItsSettings() {
    KioskSettings* settings = KioskSettings::instance();
    ApiClient* api = ApiClient::instance();
    settings->setServerUrl(httpsUrl());
    api->setTimeoutMs(10000);
    settings->setClientTls(kioskFiles());
    const ApiResult withCertificate = healthOf(*api);
    QVERIFY2(withCertificate.ok, qPrintable(withCertificate.errorText));
    ClientTlsFiles caOnly;
    caOnly.ca = kioskFiles().ca;
    settings->setClientTls(caOnly);
    QVERIFY(!healthOf(*api).ok);
  }

 private:
  DevPki m_pki;
  ServerProcess m_server;
};

QTEST_MAIN(TestApiClientTls)
#include "tst_api_client_tls.moc"
