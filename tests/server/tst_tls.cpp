// SPDX-License-Identifier: Apache-2.0
// TLS on: the server speaks HTTPS with the development PKI (certs/make-dev-pki), requires a kiosk
// client certificate from its CA when tls.verify_clients is set, and refuses anything below TLS 1.2.

#include "support/ServerProcess.h"

#include <Poco/Net/AcceptCertificateHandler.h>
#include <Poco/Net/Context.h>
#include <Poco/Net/HTTPRequest.h>
#include <Poco/Net/HTTPResponse.h>
#include <Poco/Net/HTTPSClientSession.h>
#include <Poco/Net/SSLException.h>
#include <Poco/Net/SSLManager.h>
#include <Poco/StreamCopier.h>

#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

using wedreg::tests::ServerProcess;

class TestTls : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_pki;
    std::unique_ptr<ServerProcess> m_server;

    QString pki(const char* file) const { return m_pki.path() + QLatin1Char('/') + QLatin1String(file); }

    Poco::Net::Context::Ptr clientContext(const char* certificate, Poco::Net::Context::Protocols onlyBelow = {})
    {
        Poco::Net::Context::Params params;
        params.caLocation = pki("ca.crt").toStdString();
        params.verificationMode = Poco::Net::Context::VERIFY_STRICT;
        if (certificate) {
            params.certificateFile = pki(certificate).toStdString() + ".crt";
            params.privateKeyFile = pki(certificate).toStdString() + ".key";
        }
        Poco::Net::Context::Ptr context = new Poco::Net::Context(Poco::Net::Context::TLS_CLIENT_USE, params);
        if (onlyBelow)
            context->disableProtocols(Poco::Net::Context::PROTO_TLSV1_2 | Poco::Net::Context::PROTO_TLSV1_3);
        return context;
    }

    int healthOver(const Poco::Net::Context::Ptr& context)
    {
        Poco::Net::HTTPSClientSession session("127.0.0.1", m_server->port(), context);
        session.setTimeout(Poco::Timespan(10, 0));
        Poco::Net::HTTPRequest request("GET", "/healthz", Poco::Net::HTTPMessage::HTTP_1_1);
        session.sendRequest(request);
        Poco::Net::HTTPResponse response;
        auto& in = session.receiveResponse(response);
        std::string body;
        Poco::StreamCopier::copyToString(in, body);
        return static_cast<int>(response.getStatus());
    }

private slots:
    void initTestCase()
    {
        WEDREG_REQUIRE_DATABASE();
        QProcess make;
        make.start(QStringLiteral(WEDREG_SOURCE_DIR "/certs/make-dev-pki"), {m_pki.path()});
        QVERIFY(make.waitForFinished(60000));
        QCOMPARE(make.exitCode(), 0);
        Poco::Net::initializeSSL();
        Poco::Net::SSLManager::instance().initializeClient(
            nullptr, new Poco::Net::AcceptCertificateHandler(false), clientContext(nullptr));
    }

    void init()
    {
        m_server = std::make_unique<ServerProcess>();
        QVERIFY2(m_server->start({false,
                                  {QStringLiteral("tls.enabled=true"),
                                   QStringLiteral("tls.certificate=%1").arg(pki("server.crt")),
                                   QStringLiteral("tls.private_key=%1").arg(pki("server.key")),
                                   QStringLiteral("tls.ca=%1").arg(pki("ca.crt")),
                                   QStringLiteral("tls.verify_clients=true")},
                                  false}),
                 qPrintable(m_server->error()));
        QVERIFY(m_server->stdoutText().contains("listening on https://"));
    }

    void cleanup()
    {
        QCOMPARE(m_server->stop(), 0);
        m_server.reset();
    }

    void kioskCertificateIsServed() { QCOMPARE(healthOver(clientContext("kiosk-jn-lixia")), 200); }

    void noClientCertificateIsRefused()
    {
        QVERIFY_THROWS_EXCEPTION(Poco::Exception, healthOver(clientContext(nullptr)));
    }

    void oldProtocolsAreRefused()
    {
        QVERIFY_THROWS_EXCEPTION(Poco::Exception,
                                 healthOver(clientContext("kiosk-jn-lixia", Poco::Net::Context::PROTO_TLSV1_1)));
    }

    void plainHttpToTheTlsPortGetsNothing()
    {
        QVERIFY_THROWS_EXCEPTION(Poco::Exception, [&] {
            Poco::Net::HTTPClientSession session("127.0.0.1", m_server->port());
            session.setTimeout(Poco::Timespan(5, 0));
            Poco::Net::HTTPRequest request("GET", "/healthz", Poco::Net::HTTPMessage::HTTP_1_1);
            session.sendRequest(request);
            Poco::Net::HTTPResponse response;
            session.receiveResponse(response);
        }());
    }
};

QTEST_GUILESS_MAIN(TestTls)
#include "tst_tls.moc"
