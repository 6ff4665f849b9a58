// SPDX-License-Identifier: Apache-2.0
// The public EU DCC test vectors (eu-digital-green-certificates/dgc-testdata, common/2DCode/raw,
// Apache-2.0, kept in tests/data/dcc) run through our decoder and verifier with prefix "HC1:". They
// exercise exactly the layers our MC1 certificates use: QR picture, prefix, Base45, zlib, CBOR,
// COSE_Sign1 (ES256/PS256, kid in either header), signature, CWT times and key usage. The DCC schema
// cases (CO6-CO11, DGC1-DGC6) test the EU health payload, which we do not interpret, and are skipped.

#include "CoreTestSupport.h"

#include "core/cert/CborJson.h"
#include "core/cert/CertificateCodec.h"
#include "core/cert/CertificateError.h"
#include "core/cert/CertificateVerifier.h"
#include "core/cert/CwtClaims.h"
#include "core/crypto/Keys.h"
#include "core/qr/QrEncoder.h"
#include "core/qr/QrError.h"
#include "core/qr/QrReader.h"

#include <QByteArray>
#include <QCollator>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QTest>

#include <nlohmann/json.hpp>

#include <algorithm>
#include <set>

using namespace wedreg::core;
using namespace wedreg::core::cert;
using namespace wedreg::core::test;
using nlohmann::json;

namespace {

const std::set<QString> kSchemaCases = {"CO6", "CO7", "CO8", "CO9", "CO10", "CO11",
                                        "DGC1", "DGC2", "DGC3", "DGC4", "DGC5", "DGC6"};

QString dataDirectory()
{
    const QByteArray fromEnv = qgetenv("WEDREG_TEST_DATA");
    const QString root = fromEnv.isEmpty() ? QStringLiteral(WEDREG_TEST_DATA_DIR) : QString::fromLocal8Bit(fromEnv);
    return root + QStringLiteral("/dcc/common/2DCode/raw");
}

QStringList caseNames()
{
    QStringList names;
    for (const QString& file : QDir(dataDirectory()).entryList({QStringLiteral("*.json")}, QDir::Files)) {
        const QString name = file.chopped(5);
        if (!kSchemaCases.count(name)) {
            names << name;
        }
    }
    QCollator collator;
    collator.setNumericMode(true);
    std::sort(names.begin(), names.end(), collator);
    return names;
}

json loadCase(const QString& name)
{
    QFile file(dataDirectory() + "/" + name + ".json");
    if (!file.open(QIODevice::ReadOnly)) {
        return {};
    }
    return json::parse(file.readAll().toStdString(), nullptr, false);
}

Bytes fromBase64(const std::string& text)
{
    const QByteArray decoded = QByteArray::fromBase64(QByteArray::fromStdString(text));
    return Bytes(decoded.begin(), decoded.end());
}

std::int64_t parseClock(const std::string& text)
{
    // "2021-05-03T18:00:00Z" or with fractional seconds; whole seconds are all the CWT carries.
    const QDateTime when = QDateTime::fromString(QString::fromStdString(text).left(19), QStringLiteral("yyyy-MM-ddTHH:mm:ss"));
    QDateTime utc = when;
    utc.setTimeSpec(Qt::UTC);
    return utc.toSecsSinceEpoch();
}

// The DCC payload (claim -260, key 1) and its kind: "v", "t" or "r".
std::optional<CborItem> healthCertificate(const CborItem& claims)
{
    const auto hcert = claims.find(-260);
    if (!hcert) {
        return std::nullopt;
    }
    return hcert->find(1);
}

struct Check
{
    std::string name;
    bool expected = false;
    std::optional<bool> actual; // nullopt: not evaluated (documented skip)
    std::string note;
};

// Key usage (DCC "Extended Key Usage" OIDs for test, vaccination, recovery): when the signing
// certificate names any of them, the payload's kind must be one it names.
bool keyUsageAllows(const X509* certificate, const std::string& kind)
{
    static const std::map<std::string, std::string> kOidKinds = {
        {"1.3.6.1.4.1.1847.2021.1.1", "t"}, {"1.3.6.1.4.1.0.1847.2021.1.1", "t"},
        {"1.3.6.1.4.1.1847.2021.1.2", "v"}, {"1.3.6.1.4.1.0.1847.2021.1.2", "v"},
        {"1.3.6.1.4.1.1847.2021.1.3", "r"}, {"1.3.6.1.4.1.0.1847.2021.1.3", "r"},
    };
    std::set<std::string> allowed;
    for (const auto& oid : crypto::extendedKeyUsageOids(certificate)) {
        if (const auto it = kOidKinds.find(oid); it != kOidKinds.end()) {
            allowed.insert(it->second);
        }
    }
    return allowed.empty() || allowed.count(kind) > 0;
}

std::vector<Check> evaluate(const json& testCase)
{
    std::vector<Check> checks;
    const json& expected = testCase.at("EXPECTEDRESULTS");
    const std::string prefixed = testCase.value("PREFIX", std::string{});
    const json& context = testCase.at("TESTCTX");

    crypto::X509Ptr certificate;
    auto trust = std::make_shared<TrustStore>();
    try {
        certificate = crypto::parseCertificateDer(fromBase64(context.value("CERTIFICATE", std::string{})));
        trust->add(TrustEntry::fromCertificate(certificate.get(), "DCC test"));
    } catch (const DomainError&) {
        // No usable anchor: every signature check below must then fail with kid-unknown.
    }
    CertificateVerifier::Options options;
    options.prefix = std::string(CertificateCodec::kDccPrefix);
    options.requireCertificateClaim = false;
    const CertificateVerifier verifier(trust, options);
    const DecodedCertificate layers = CertificateCodec::decode(prefixed, CertificateCodec::kDccPrefix);
    const VerificationResult verdict = verifier.verifyDecoded(layers);

    std::optional<CborItem> claimsMap;
    if (layers.ok()) {
        try {
            claimsMap = CwtClaims::decodeMap(layers.sign1->payload());
        } catch (const CertificateError&) {
        }
    }

    for (const auto& [key, value] : expected.items()) {
        Check check{key, value.get<bool>(), std::nullopt, {}};
        if (key == "EXPECTEDUNPREFIX") {
            check.actual = layers.unprefixed;
        } else if (key == "EXPECTEDB45DECODE") {
            check.actual = layers.unprefixed && layers.failure != reason::kBase45;
            check.note = layers.failure + " " + layers.failureDetail;
        } else if (key == "EXPECTEDCOMPRESSION") {
            check.actual = layers.unprefixed && layers.failure != reason::kBase45 && layers.failure != reason::kZlib;
            check.note = layers.failure + " " + layers.failureDetail;
        } else if (key == "EXPECTEDDECODE") {
            // DCC "decode" covers the whole CBOR: COSE, the CWT claims and the health certificate
            // (claim -260, key 1), which must be a map (CBO1 hides a byte string there).
            const auto hcert = claimsMap ? healthCertificate(*claimsMap) : std::nullopt;
            check.actual = layers.ok() && hcert && hcert->isMap();
            check.note = layers.failure + " " + layers.failureDetail;
        } else if (key == "EXPECTEDVERIFY") {
            check.actual = verdict.signatureValid;
            check.note = verdict.reason + " " + verdict.detail;
        } else if (key == "EXPECTEDVALIDJSON") {
            bool same = false;
            if (claimsMap) {
                if (const auto hcert = healthCertificate(*claimsMap)) {
                    same = cborToJson(*hcert) == testCase.value("JSON", json{});
                }
            }
            check.actual = same;
        } else if (key == "EXPECTEDEXPIRATIONCHECK") {
            CertificateVerifier::Options timed = options;
            timed.now = parseClock(context.value("VALIDATIONCLOCK", std::string{}));
            timed.clockSkewSeconds = 0;
            const VerificationResult result = CertificateVerifier(trust, timed).verifyDecoded(layers);
            check.actual = result.claims.has_value() && result.reason != reason::kExpired
                && result.reason != reason::kNotYetValid;
            check.note = result.reason;
        } else if (key == "EXPECTEDKEYUSAGE") {
            bool allowed = false;
            if (claimsMap && certificate) {
                if (const auto hcert = healthCertificate(*claimsMap)) {
                    for (const auto& [kindKey, kindValue] : hcert->entries()) {
                        const auto kind = kindKey.asText();
                        if (kind && (*kind == "v" || *kind == "t" || *kind == "r")) {
                            allowed = keyUsageAllows(certificate.get(), *kind);
                        }
                    }
                }
            }
            check.actual = allowed;
        } else if (key == "EXPECTEDPICTUREDECODE") {
            bool decoded = false;
            try {
                std::optional<qr::QrReadResult> read;
                if (testCase.contains("2DCODE")) {
                    read = qr::QrReader::readPng(fromBase64(testCase.at("2DCODE").get<std::string>()));
                } else {
                    // No picture in the vector: render PREFIX with our encoder and read it back.
                    check.note = "rendered";
                    read = qr::QrReader::read(qr::QrEncoder::encode(prefixed).toImage(3));
                }
                decoded = read && read->text == prefixed;
            } catch (const qr::QrError& error) {
                check.note = error.code();
            }
            check.actual = decoded;
        } else {
            // EXPECTEDSCHEMAVALIDATION (EU DCC JSON schema) and anything newer: not our payload.
            check.note = "skipped";
        }
        checks.push_back(std::move(check));
    }
    return checks;
}

} // namespace

class TestDccConformance : public QObject
{
    Q_OBJECT

private slots:
    void caseMatchesExpectedResults_data()
    {
        QTest::addColumn<QString>("name");
        const QStringList names = caseNames();
        QVERIFY2(!names.isEmpty(), qPrintable("no test vectors in " + dataDirectory()));
        for (const QString& name : names) {
            QTest::newRow(qPrintable(name)) << name;
        }
    }

    void caseMatchesExpectedResults()
    {
        QFETCH(QString, name);
        const json testCase = loadCase(name);
        QVERIFY(testCase.is_object());
        for (const Check& check : evaluate(testCase)) {
            if (!check.actual) {
                qInfo("%s: %s skipped", qPrintable(name), check.name.c_str());
                continue;
            }
            QVERIFY2(*check.actual == check.expected,
                     qPrintable(QStringLiteral("%1 %2: expected %3, got %4 (%5)")
                                    .arg(name, qs(check.name), check.expected ? "true" : "false",
                                         *check.actual ? "true" : "false", qs(check.note))));
        }
    }

    // One table for docs/CERTIFICATES.md: every case, every check, passed/total.
    void printsConformanceTable()
    {
        int passedCases = 0;
        const QStringList names = caseNames();
        qInfo("| case | description | checks (expected) | result |");
        qInfo("|---|---|---|---|");
        for (const QString& name : names) {
            const json testCase = loadCase(name);
            int passed = 0;
            int evaluated = 0;
            QStringList cells;
            for (const Check& check : evaluate(testCase)) {
                QString label = qs(check.name).mid(8) + "=" + (check.expected ? "T" : "F");
                if (check.actual) {
                    ++evaluated;
                    passed += *check.actual == check.expected ? 1 : 0;
                    if (*check.actual != check.expected) {
                        label += " ✗";
                    }
                    // Why an expected failure failed, so the table shows the right layer caught it.
                    if (!check.expected && !check.note.empty()) {
                        label += " [" + qs(check.note).trimmed() + "]";
                    }
                } else {
                    label += " (skipped)";
                }
                cells << label;
            }
            if (passed == evaluated) {
                ++passedCases;
            }
            const std::string description = testCase.at("TESTCTX").value("DESCRIPTION", std::string{});
            qInfo("| %s | %s | %s | %d/%d |", qPrintable(name), description.substr(0, 60).c_str(),
                  qPrintable(cells.join(", ")), passed, evaluated);
        }
        qInfo("cases passed: %d/%d", passedCases, int(names.size()));
        QCOMPARE(passedCases, int(names.size()));
    }
};

QTEST_APPLESS_MAIN(TestDccConformance)
#include "tst_dcc_conformance.moc"
