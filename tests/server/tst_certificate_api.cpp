// SPDX-License-Identifier: Apache-2.0
// GET /api/v1/trust-list and POST /api/v1/certificates/verify against the real server process, with
// signing keys made in the test and laid out as certs/make-dev-signing-keys does (a temporary
// directory given as certificates.signing_dir). Without keys both endpoints answer 503 trust-list.

#include "support/HttpClient.h"
#include "support/ServerProcess.h"
#include "tests/core/TrustListTestSupport.h"

#include "core/cert/CertificateCodec.h"
#include "core/cert/TrustListVerifier.h"

#include <nlohmann/json.hpp>

#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

#include <fstream>

using namespace wedreg::core;
using namespace wedreg::core::cert;
using namespace wedreg::core::test;
using wedreg::tests::HttpClient;
using wedreg::tests::ServerProcess;

namespace {

void writeText(const QString& path, const std::string& text)
{
    std::ofstream(path.toStdString(), std::ios::binary) << text;
}

} // namespace

class TestCertificateApi : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_keys;
    TestAuthority m_root = makeRoot();
    IssuedSigner m_listSigner = issueSigner(m_root, crypto::KeyType::EcP256, "wedreg test trust-list signer");
    IssuedSigner m_office = issueSigner(m_root, crypto::KeyType::EcP256, "wedreg 110105 signing");
    std::unique_ptr<ServerProcess> m_server;

    QString key(const char* name) const { return m_keys.filePath(QString::fromLatin1(name)); }
    HttpClient client() const { return HttpClient(m_server->port()); }

    nlohmann::json verify(const std::string& qr) const
    {
        const auto reply = client().post("/api/v1/certificates/verify", nlohmann::json{{"qr", qr}}.dump());
        if (reply.status != 200) {
            return nlohmann::json{{"http_status", reply.status}};
        }
        return nlohmann::json::parse(reply.body);
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_keys.isValid());
        writeText(key("root.crt"), crypto::certificatePem(m_root.certificate.get()));
        writeText(key("trust-list.crt"), crypto::certificatePem(m_listSigner.certificate.get()));
        writeText(key("trust-list.key"), crypto::privateKeyPem(m_listSigner.signer->key()));
        writeText(key("office-110105-20251201T000000Z.crt"), crypto::certificatePem(m_office.certificate.get()));
        m_server = std::make_unique<ServerProcess>();
        QVERIFY2(m_server->start({false, {QStringLiteral("certificates.signing_dir=%1").arg(m_keys.path())}, false}),
                 qPrintable(m_server->error()));
    }

    void trustListIsSignedCborThatChainsToTheRoot()
    {
        const auto reply = client().get("/api/v1/trust-list");
        QCOMPARE(reply.status, 200);
        QCOMPARE(QString::fromStdString(reply.contentType), QStringLiteral("application/cbor"));
        const auto trusted = TrustListVerifier::fromRootCertificate(m_root.certificate.get())
                                 .verify(asBytes(reply.body), std::nullopt, std::time(nullptr));
        QCOMPARE(trusted.list.entries.size(), 1u);
        QCOMPARE(trusted.list.entries[0].office, std::string("110105"));
        QCOMPARE(trusted.list.entries[0].kid, m_office.signer->kid());
        QVERIFY(!trusted.stale);
    }

    void trustListAsJsonForPeople()
    {
        const auto reply = client().get("/api/v1/trust-list?format=json");
        QCOMPARE(reply.status, 200);
        const auto json = nlohmann::json::parse(reply.body);
        QCOMPARE(json["entries"][0]["kid"].get<std::string>(), toHex(m_office.signer->kid()));
        QCOMPARE(json["entries"][0]["status"].get<std::string>(), std::string("active"));
        QVERIFY(json["seq"].get<std::int64_t>() > 0);
    }

    void verifyAcceptsOurCertificateAndRefusesTampering()
    {
        const std::string qr =
            CertificateCodec::issue(sampleClaims(static_cast<std::int64_t>(std::time(nullptr)) - 60), *m_office.signer);
        const auto good = verify(qr);
        QVERIFY2(good.value("valid", false), good.dump().c_str());
        QCOMPARE(good["office"].get<std::string>(), std::string("110105"));
        QCOMPARE(good["certificate"]["parties"][0]["masked_id"].get<std::string>(), std::string("1101**********0017"));

        std::string tampered = qr;
        tampered[20] = tampered[20] == 'A' ? 'B' : 'A';
        const auto bad = verify(tampered);
        QCOMPARE(bad["valid"].get<bool>(), false);
        QVERIFY(!bad["reason"].get<std::string>().empty());

        const IssuedSigner stranger = issueSigner(m_root, crypto::KeyType::EcP256, "not in the list");
        QCOMPARE(verify(CertificateCodec::issue(sampleClaims(), *stranger.signer))["reason"].get<std::string>(),
                 std::string("kid-unknown"));
    }

    void verifyNeedsAQrField()
    {
        QCOMPARE(client().post("/api/v1/certificates/verify", "{}").status, 422);
        QCOMPARE(client().post("/api/v1/certificates/verify", "not json").status, 400);
    }

    void verifyCliChecksTheSignedStatusAnswer()
    {
        // The server publishes the trust list the CLI then verifies offline; online, it asks the status
        // endpoint and believes only an answer signed by a key the pinned root issued. A certificate
        // this registry never issued is "unknown" there, so the CLI does not call it valid.
        const auto list = client().get("/api/v1/trust-list");
        QCOMPARE(list.status, 200);
        writeText(key("served.cbor"), list.body);
        const std::string qr =
            CertificateCodec::issue(sampleClaims(static_cast<std::int64_t>(std::time(nullptr)) - 60), *m_office.signer);
        QProcess cli;
        cli.start(QStringLiteral(WEDREG_VERIFY_CLI),
                  {"--json", "--text", QString::fromStdString(qr), "--trust-list", key("served.cbor"), "--root",
                   key("root.crt"), "--online", m_server->baseUrl()});
        QVERIFY(cli.waitForFinished(30000));
        QCOMPARE(cli.exitCode(), 1);
        const auto json = nlohmann::json::parse(cli.readAllStandardOutput().toStdString());
        QCOMPARE(json["offline"]["valid"].get<bool>(), true);
        QCOMPARE(json["online"]["checked"].get<bool>(), true);
        QCOMPARE(json["online"]["status"].get<std::string>(), std::string("unknown"));
        QCOMPARE(json["online"]["response_signature"].get<std::string>(), std::string("valid"));
        QVERIFY(json["online"]["age_seconds"].get<std::int64_t>() >= 0);

        // Pinned to another root, the same answer is not believed: no online verdict at all.
        const auto otherRoot = makeRoot("another root");
        writeText(key("other-root.crt"), crypto::certificatePem(otherRoot.certificate.get()));
        QProcess strict;
        strict.start(QStringLiteral(WEDREG_VERIFY_CLI),
                     {"--json", "--text", QString::fromStdString(qr), "--trust-list", key("served.cbor"), "--root",
                      key("other-root.crt"), "--online", m_server->baseUrl()});
        QVERIFY(strict.waitForFinished(30000));
        QCOMPARE(strict.exitCode(), 1);  // the trust list itself does not chain to that root
        QCOMPARE(nlohmann::json::parse(strict.readAllStandardOutput().toStdString())["offline"]["reason"].get<std::string>(),
                 std::string("trust-list"));
    }

    void withoutSigningKeysBothAnswer503()
    {
        ServerProcess bare;
        QVERIFY2(bare.start({false, {}, false}), qPrintable(bare.error()));
        const HttpClient http(bare.port());
        const auto list = http.get("/api/v1/trust-list");
        QCOMPARE(list.status, 503);
        QCOMPARE(list.object()->getValue<std::string>("code"), std::string("trust-list"));
        QCOMPARE(http.post("/api/v1/certificates/verify", "{\"qr\":\"MC1:X\"}").status, 503);
    }

    void cleanupTestCase()
    {
        if (m_server) {
            m_server->stop();
        }
    }
};

QTEST_GUILESS_MAIN(TestCertificateApi)
#include "tst_certificate_api.moc"
