// SPDX-License-Identifier: Apache-2.0
// wedreg-verify end to end: keys, trust list and certificate are made here at run time, written to a
// temporary directory, and the real executable is run on a PNG and on the QR text. Offline path only
// (plus an unreachable --online URL, which must leave the offline verdict intact).

#include "TrustListTestSupport.h"

#include "core/cert/CertificateCodec.h"
#include "core/cert/StatusKey.h"
#include "core/qr/QrEncoder.h"

#include <nlohmann/json.hpp>

#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <fstream>

using namespace wedreg::core;
using namespace wedreg::core::cert;
using namespace wedreg::core::test;

namespace {

constexpr std::int64_t kIssuedAt = 1764547200; // 2025-12-01T00:00:00Z
constexpr std::int64_t kNow = kIssuedAt + 3 * 3600;

struct Run
{
    int exitCode = -1;
    std::string out;
    std::string err;

    nlohmann::json json() const { return nlohmann::json::parse(out, nullptr, false); }
};

void writeFile(const QString& path, ByteView bytes)
{
    std::ofstream(path.toStdString(), std::ios::binary)
        .write(reinterpret_cast<const char*>(bytes.data()), static_cast<std::streamsize>(bytes.size()));
}

} // namespace

class TestVerifyCli : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    TestAuthority m_root = makeRoot();
    IssuedSigner m_listSigner = issueSigner(m_root, crypto::KeyType::EcP256, "wedreg test trust-list signer");
    IssuedSigner m_office = issueSigner(m_root, crypto::KeyType::EcP256, "wedreg 110105 signing");
    CwtClaims m_claims = sampleClaims(kIssuedAt);
    std::string m_qr;

    QString path(const char* name) const { return m_dir.filePath(QString::fromLatin1(name)); }

    void writeList(const char* name, std::uint64_t seq, std::optional<std::int64_t> revokedAt = std::nullopt)
    {
        TrustList list = makeTrustList(seq, kIssuedAt - 3600, kIssuedAt + 7 * 86400);
        list.entries.push_back(TrustListEntry::fromCertificate(m_office.certificate.get(), "110105"));
        list.entries.back().revokedAt = revokedAt;
        writeFile(path(name), list.sign(*m_listSigner.signer, m_listSigner.certificate.get()));
    }

    static Run run(const QStringList& arguments)
    {
        QProcess process;
        process.start(QStringLiteral(WEDREG_VERIFY_CLI), arguments);
        if (!process.waitForFinished(30000)) {
            process.kill();
            process.waitForFinished();
        }
        return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
                process.readAllStandardOutput().toStdString(), process.readAllStandardError().toStdString()};
    }

    QStringList trustArguments(const char* list = "list.cbor") const
    {
        return {"--trust-list", path(list), "--root", path("root.pem"), "--now", QString::number(kNow)};
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        const std::string pem = crypto::certificatePem(m_root.certificate.get());
        writeFile(path("root.pem"), asBytes(pem));
        writeList("list.cbor", 3);
        m_qr = CertificateCodec::issue(m_claims, *m_office.signer);
        writeFile(path("certificate.png"), qr::QrEncoder::encode(m_qr).toPng());
    }

    void validPngGivesHumanSummaryInBothLanguages()
    {
        const Run result = run(QStringList{path("certificate.png")} + trustArguments());
        QVERIFY2(result.exitCode == 0, (result.out + result.err).c_str());
        QVERIFY(result.out.find("离线验签 Offline signature: 有效 valid") != std::string::npos);
        QVERIFY(result.out.find("欧阳晓明 (OUYANG XIAOMING)") != std::string::npos);
        QVERIFY(result.out.find("trust list seq 3") != std::string::npos);
        QVERIFY(result.out.find("age 4 h") != std::string::npos);
        QVERIFY(result.out.find("未查询 not checked") != std::string::npos);
        QVERIFY(result.out.find("结论 Verdict: 有效 VALID") != std::string::npos);
    }

    void validTextGivesJson()
    {
        const Run result = run(QStringList{"--json", "--text", QString::fromStdString(m_qr)} + trustArguments());
        QCOMPARE(result.exitCode, 0);
        const auto json = result.json();
        QVERIFY2(json.is_object(), result.out.c_str());
        QCOMPARE(json["valid"].get<bool>(), true);
        QCOMPARE(json["input"].get<std::string>(), std::string("text"));
        QCOMPARE(json["offline"]["kid"].get<std::string>(), toHex(m_office.signer->kid()));
        QCOMPARE(json["status_key"]["hash"].get<std::string>(), statusHash(m_claims.cti));
        QCOMPARE(json["certificate"]["identifier"].get<std::string>(), m_claims.certificate->identifier);
        QCOMPARE(json["trust_list"]["stale"].get<bool>(), false);
        QCOMPARE(json["trust_list"]["age_seconds"].get<std::int64_t>(), std::int64_t{4 * 3600});
    }

    void tamperedTextIsInvalid()
    {
        std::string tampered = m_qr;
        tampered[tampered.size() / 2] = tampered[tampered.size() / 2] == 'A' ? 'B' : 'A';
        const Run result = run(QStringList{"--json", "--text", QString::fromStdString(tampered)} + trustArguments());
        QCOMPARE(result.exitCode, 1);
        const auto json = result.json();
        QCOMPARE(json["valid"].get<bool>(), false);
        QVERIFY(!json["offline"]["reason"].get<std::string>().empty());
    }

    void revokedKeyRefusesLaterCertificatesOnly()
    {
        writeList("revoked-before.cbor", 4, kIssuedAt - 1);
        writeList("revoked-after.cbor", 4, kIssuedAt);
        const QStringList text{"--json", "--text", QString::fromStdString(m_qr)};
        const Run revoked = run(text + trustArguments("revoked-before.cbor"));
        QCOMPARE(revoked.exitCode, 1);
        QCOMPARE(revoked.json()["offline"]["reason"].get<std::string>(), std::string("key-revoked"));
        QCOMPARE(run(text + trustArguments("revoked-after.cbor")).exitCode, 0);
    }

    void trustListFromAnotherRootIsRefused()
    {
        const TestAuthority other = makeRoot("another root");
        writeFile(path("other-root.pem"), asBytes(crypto::certificatePem(other.certificate.get())));
        const Run result = run({"--json", "--text", QString::fromStdString(m_qr), "--trust-list", path("list.cbor"),
                                "--root", path("other-root.pem")});
        QCOMPARE(result.exitCode, 1);
        QCOMPARE(result.json()["offline"]["reason"].get<std::string>(), std::string("trust-list"));
        QVERIFY(result.json()["offline"]["detail"].get<std::string>().starts_with("signer"));
    }

    void olderTrustListThanHeldIsRefused()
    {
        const Run result = run(QStringList{"--json", "--text", QString::fromStdString(m_qr), "--held-seq", "9"}
                               + trustArguments());
        QCOMPARE(result.exitCode, 1);
        QVERIFY(result.json()["offline"]["detail"].get<std::string>().starts_with("rollback"));
    }

    void staleTrustListWarnsButVerifies()
    {
        const Run result = run({"--text", QString::fromStdString(m_qr), "--trust-list", path("list.cbor"), "--root",
                                path("root.pem"), "--now", QString::number(kIssuedAt + 30 * 86400)});
        QCOMPARE(result.exitCode, 0);
        QVERIFY2(result.out.find("trust list is past its next update") != std::string::npos, result.out.c_str());
    }

    void unreachableServerLeavesOfflineVerdict()
    {
        // Port 9 (discard) on loopback: nothing listens, the connection is refused at once.
        const Run result = run(QStringList{"--json", "--text", QString::fromStdString(m_qr), "--online",
                                           "http://127.0.0.1:9"}
                               + trustArguments());
        QCOMPARE(result.exitCode, 0);
        const auto json = result.json();
        QCOMPARE(json["online"]["status"].get<std::string>(), std::string("unavailable"));
        QCOMPARE(json["online"]["checked"].get<bool>(), false);
        QCOMPARE(json["offline"]["valid"].get<bool>(), true);
    }

    void imageWithoutQrCodeIsInvalid()
    {
        const Run result = run(QStringList{path("root.pem")} + trustArguments());
        QCOMPARE(result.exitCode, 1);
    }

    void trustListToolMakesAListTheVerifierAccepts()
    {
        // The shape certs/make-dev-signing-keys leaves on disk: PEM key and certificates (temp dir only).
        writeFile(path("signer.key"), asBytes(crypto::privateKeyPem(m_listSigner.signer->key())));
        writeFile(path("signer.crt"), asBytes(crypto::certificatePem(m_listSigner.certificate.get())));
        writeFile(path("office.crt"), asBytes(crypto::certificatePem(m_office.certificate.get())));
        QProcess make;
        make.setStandardOutputFile(path("made.cbor"));
        make.start(QStringLiteral(WEDREG_TRUST_LIST_CLI),
                   {"make", "--signer-key", path("signer.key"), "--signer-cert", path("signer.crt"), "--seq", "12",
                    "--now", QString::number(kIssuedAt), "--revoke",
                    QString::fromStdString(toHex(m_office.signer->kid())) + "@" + QString::number(kIssuedAt - 1),
                    "110105=" + path("office.crt")});
        QVERIFY(make.waitForFinished(30000));
        QCOMPARE(make.exitCode(), 0);
        const Run result =
            run(QStringList{"--json", "--text", QString::fromStdString(m_qr)} + trustArguments("made.cbor"));
        QCOMPARE(result.exitCode, 1); // the certificate (iat kIssuedAt) was issued after the revocation
        QCOMPARE(result.json()["offline"]["reason"].get<std::string>(), std::string("key-revoked"));
        QCOMPARE(result.json()["trust_list"]["seq"].get<int>(), 12);
    }

    void usageErrorsExitWithTwo()
    {
        QCOMPARE(run({}).exitCode, 2);
        QCOMPARE(run({"--text", "MC1:X"}).exitCode, 2); // no trust list
        QCOMPARE(run(QStringList{path("certificate.png"), "--text", "MC1:X"} + trustArguments()).exitCode, 2);
        QCOMPARE(run(QStringList{"--text", "MC1:X", "--bogus"} + trustArguments()).exitCode, 2);
        QCOMPARE(run({"--text", "MC1:X", "--trust-list", path("missing.cbor"), "--root", path("root.pem")}).exitCode, 2);
        QCOMPARE(run({"--text", "MC1:X", "--trust-list", path("list.cbor"), "--root", path("list.cbor")}).exitCode, 2);
    }
};

QTEST_GUILESS_MAIN(TestVerifyCli)
#include "tst_verify_cli.moc"
