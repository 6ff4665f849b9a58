// SPDX-License-Identifier: Apache-2.0
// The whole certificate path as a registrar and a verifier live it: issue -> QR PNG -> read the picture
// -> verify offline, for each signing algorithm; the QR budget; trust decisions (unknown kid,
// algorithm mismatch, rotation, revocation by time); and tampering with every layer, which must fail
// with a specific reason and never crash.

#include "CertTestSupport.h"

#include "core/cert/Base45.h"
#include "core/cert/CborItem.h"
#include "core/cert/CertificateCodec.h"
#include "core/cert/CertificateError.h"
#include "core/cert/CertificateVerifier.h"
#include "core/cert/CoseSign1.h"
#include "core/cert/Zlib.h"
#include "core/qr/PngCodec.h"
#include "core/qr/QrEncoder.h"
#include "core/qr/QrReader.h"

#include <QTest>

#include <map>

using namespace wedreg::core;
using namespace wedreg::core::cert;
using namespace wedreg::core::test;

namespace {

// Re-encodes a COSE message under the outer layers, so a change inside it reaches the verifier.
std::string rewrap(const CoseSign1& message, const Bytes& protectedHeader, const Bytes& payload, const Bytes& signature)
{
    (void)message;
    const Bytes cose = CborItem::tagged(CoseSign1::kTag, CborItem::array({CborItem::bytes(protectedHeader), CborItem::map({}),
                                                                          CborItem::bytes(payload), CborItem::bytes(signature)}))
                           .encode();
    return CertificateCodec::wrap(cose);
}

QString summary(const std::map<std::string, int>& reasons)
{
    QStringList parts;
    for (const auto& [reason, count] : reasons) {
        parts << QStringLiteral("%1=%2").arg(qs(reason)).arg(count);
    }
    return parts.join(", ");
}

} // namespace

class TestCertificateRoundTrip : public QObject
{
    Q_OBJECT

private slots:
    void issuePngDecodeVerify_data()
    {
        QTest::addColumn<int>("keyType");
        QTest::newRow("ES256") << int(crypto::KeyType::EcP256);
        QTest::newRow("EdDSA") << int(crypto::KeyType::Ed25519);
        QTest::newRow("SM2") << int(crypto::KeyType::Sm2);
    }

    void issuePngDecodeVerify()
    {
        QFETCH(int, keyType);
        const TestSigner signer = makeSigner(static_cast<crypto::KeyType>(keyType));
        const CwtClaims claims = sampleClaims();
        const std::string text = CertificateCodec::issue(claims, *signer.signer);
        QVERIFY(text.starts_with("MC1:"));

        const qr::QrSymbol symbol = qr::QrEncoder::encode(text);
        const Bytes png = symbol.toPng(4);
        const auto read = qr::QrReader::readPng(png);
        QVERIFY(read.has_value());
        QCOMPARE(qs(read->text), qs(text));
        QCOMPARE(qs(read->ecLevel), QStringLiteral("Q"));
        qInfo("%s: QR string %zu characters, QR version %d (%d modules with quiet zone), PNG %zu bytes",
              QTest::currentDataTag(), text.size(), symbol.version(), symbol.size(), png.size());
        QVERIFY2(text.size() <= 450, "certificate string exceeds the 450-character QR budget");

        const CertificateVerifier verifier(trustOnly(signer.entry));
        const VerificationResult result = verifier.verify(read->text);
        QVERIFY2(result.valid(), (result.reason + " " + result.detail).c_str());
        QVERIFY(result.signatureValid);
        QCOMPARE(qs(result.office), QStringLiteral("110105"));
        QCOMPARE(qs(result.kidHex), qs(toHex(signer.signer->kid())));
        QVERIFY(result.claims.has_value());
        QCOMPARE(result.claims->cti, claims.cti);
        QVERIFY(*result.claims->certificate == *claims.certificate);
    }

    void everyCharacterIsQrAlphanumeric()
    {
        const TestSigner signer = makeSigner(crypto::KeyType::EcP256);
        const std::string text = CertificateCodec::issue(sampleClaims(), *signer.signer);
        for (const char c : text) {
            QVERIFY(Base45::kAlphabet.find(c) != std::string_view::npos);
        }
    }

    void wrongPrefixIsRejected()
    {
        const TestSigner signer = makeSigner(crypto::KeyType::EcP256);
        const std::string text = CertificateCodec::issue(sampleClaims(), *signer.signer, CertificateCodec::kDccPrefix);
        const VerificationResult result = CertificateVerifier(trustOnly(signer.entry)).verify(text);
        QCOMPARE(qs(result.reason), QStringLiteral("prefix"));
        CertificateVerifier::Options dcc;
        dcc.prefix = "HC1:";
        QVERIFY(CertificateVerifier(trustOnly(signer.entry), dcc).verify(text).valid());
    }

    void unknownKidIsRejected()
    {
        const TestSigner signer = makeSigner(crypto::KeyType::EcP256);
        const TestSigner other = makeSigner(crypto::KeyType::EcP256);
        const VerificationResult result =
            CertificateVerifier(trustOnly(other.entry)).verify(CertificateCodec::issue(sampleClaims(), *signer.signer));
        QCOMPARE(qs(result.reason), QStringLiteral("kid-unknown"));
        QVERIFY(!result.signatureValid);
    }

    void algorithmMustMatchTrustedKey()
    {
        const TestSigner signer = makeSigner(crypto::KeyType::EcP256);
        TrustEntry entry = signer.entry;
        entry.algorithm = CoseAlgorithm::EdDSA;
        const VerificationResult result =
            CertificateVerifier(trustOnly(entry)).verify(CertificateCodec::issue(sampleClaims(), *signer.signer));
        QCOMPARE(qs(result.reason), QStringLiteral("alg-mismatch"));
    }

    void rotatedKeysBothVerifyTheirCertificates()
    {
        const TestSigner oldKey = makeSigner(crypto::KeyType::EcP256);
        const TestSigner newKey = makeSigner(crypto::KeyType::EcP256);
        auto store = std::make_shared<TrustStore>();
        store->add(oldKey.entry);
        store->add(newKey.entry);
        const CertificateVerifier verifier(store);
        QVERIFY(verifier.verify(CertificateCodec::issue(sampleClaims(), *oldKey.signer)).valid());
        QVERIFY(verifier.verify(CertificateCodec::issue(sampleClaims(), *newKey.signer)).valid());
    }

    void revocationOnlyInvalidatesLaterCertificates()
    {
        const TestSigner signer = makeSigner(crypto::KeyType::EcP256);
        TrustEntry entry = signer.entry;
        entry.revokedAt = 1750000000; // 2025-06-15
        const CertificateVerifier verifier(trustOnly(entry));
        QVERIFY(verifier.verify(CertificateCodec::issue(sampleClaims(1749999999), *signer.signer)).valid());
        QVERIFY(verifier.verify(CertificateCodec::issue(sampleClaims(1750000000), *signer.signer)).valid());
        const VerificationResult late = verifier.verify(CertificateCodec::issue(sampleClaims(1750000001), *signer.signer));
        QCOMPARE(qs(late.reason), QStringLiteral("key-revoked"));
        QVERIFY(!late.signatureValid);
    }

    void certificateClaimIsRequired()
    {
        const TestSigner signer = makeSigner(crypto::KeyType::EcP256);
        CwtClaims claims = sampleClaims();
        claims.certificate.reset();
        const VerificationResult result =
            CertificateVerifier(trustOnly(signer.entry)).verify(CertificateCodec::issue(claims, *signer.signer));
        QCOMPARE(qs(result.reason), QStringLiteral("payload"));
        QVERIFY(!result.signatureValid);
    }

    void clockChecksIssuedAtAndExpiry()
    {
        const TestSigner signer = makeSigner(crypto::KeyType::EcP256);
        CwtClaims claims = sampleClaims(1747699200);
        claims.expiresAt = 1747699200 + 3600;
        const std::string text = CertificateCodec::issue(claims, *signer.signer);
        CertificateVerifier::Options options;
        options.now = 1747699200 - 3600;
        QCOMPARE(qs(CertificateVerifier(trustOnly(signer.entry), options).verify(text).reason), QStringLiteral("not-yet-valid"));
        options.now = 1747699200 + 3600;
        const VerificationResult expired = CertificateVerifier(trustOnly(signer.entry), options).verify(text);
        QCOMPARE(qs(expired.reason), QStringLiteral("expired"));
        QVERIFY(expired.signatureValid); // the signature is fine; the time is not
        options.now = 1747699200 + 60;
        QVERIFY(CertificateVerifier(trustOnly(signer.entry), options).verify(text).valid());
    }

    void tamperingWithBase45TextFails()
    {
        const TestSigner signer = makeSigner(crypto::KeyType::EcP256);
        const std::string text = CertificateCodec::issue(sampleClaims(), *signer.signer);
        const CertificateVerifier verifier(trustOnly(signer.entry));
        std::map<std::string, int> reasons;
        for (std::size_t i = 4; i < text.size(); ++i) {
            std::string bad = text;
            // Step to the next alphabet character, wrapping: always a different, valid-looking char.
            const auto position = Base45::kAlphabet.find(bad[i]);
            bad[i] = Base45::kAlphabet[(position + 1) % Base45::kAlphabet.size()];
            const VerificationResult result = verifier.verify(bad);
            QVERIFY2(!result.valid() && !result.reason.empty(), bad.c_str());
            ++reasons[result.reason];
        }
        qInfo("Base45 character changes (%zu): %s", text.size() - 4, qPrintable(summary(reasons)));
    }

    void tamperingWithCompressedBytesFails()
    {
        const TestSigner signer = makeSigner(crypto::KeyType::EcP256);
        const std::string text = CertificateCodec::issue(sampleClaims(), *signer.signer);
        const Bytes compressed = Base45::decode(std::string_view(text).substr(4));
        const CertificateVerifier verifier(trustOnly(signer.entry));
        std::map<std::string, int> reasons;
        for (std::size_t i = 0; i < compressed.size(); ++i) {
            Bytes bad = compressed;
            bad[i] ^= 0x01;
            const VerificationResult result = verifier.verify("MC1:" + Base45::encode(bad));
            QVERIFY(!result.valid() && !result.reason.empty());
            ++reasons[result.reason];
        }
        qInfo("compressed byte flips (%zu): %s", compressed.size(), qPrintable(summary(reasons)));
    }

    void tamperingWithPayloadFailsSignature()
    {
        const TestSigner signer = makeSigner(crypto::KeyType::EcP256);
        const std::string text = CertificateCodec::issue(sampleClaims(), *signer.signer);
        const CoseSign1 message = *CertificateCodec::decode(text).sign1;
        const CertificateVerifier verifier(trustOnly(signer.entry));
        QVERIFY(verifier.verify(rewrap(message, message.protectedHeader(), message.payload(), message.signature())).valid());
        for (std::size_t i = 0; i < message.payload().size(); ++i) {
            Bytes payload = message.payload();
            payload[i] ^= 0x01;
            const VerificationResult result =
                verifier.verify(rewrap(message, message.protectedHeader(), payload, message.signature()));
            QCOMPARE(qs(result.reason), QStringLiteral("signature"));
        }
    }

    void tamperingWithSignatureFailsSignature_data()
    {
        QTest::addColumn<int>("keyType");
        QTest::newRow("ES256") << int(crypto::KeyType::EcP256);
        QTest::newRow("EdDSA") << int(crypto::KeyType::Ed25519);
        QTest::newRow("SM2") << int(crypto::KeyType::Sm2);
    }

    void tamperingWithSignatureFailsSignature()
    {
        QFETCH(int, keyType);
        const TestSigner signer = makeSigner(static_cast<crypto::KeyType>(keyType));
        const CoseSign1 message = *CertificateCodec::decode(CertificateCodec::issue(sampleClaims(), *signer.signer)).sign1;
        const CertificateVerifier verifier(trustOnly(signer.entry));
        for (std::size_t i = 0; i < message.signature().size(); ++i) {
            Bytes signature = message.signature();
            signature[i] ^= 0x80;
            const VerificationResult result =
                verifier.verify(rewrap(message, message.protectedHeader(), message.payload(), signature));
            QCOMPARE(qs(result.reason), QStringLiteral("signature"));
        }
        // Truncated and DER-shaped signatures fail the same way.
        Bytes shorter = message.signature();
        shorter.pop_back();
        QCOMPARE(qs(verifier.verify(rewrap(message, message.protectedHeader(), message.payload(), shorter)).reason),
                 QStringLiteral("signature"));
    }

    void tamperingWithProtectedHeaderFails()
    {
        const TestSigner signer = makeSigner(crypto::KeyType::EcP256);
        const CoseSign1 message = *CertificateCodec::decode(CertificateCodec::issue(sampleClaims(), *signer.signer)).sign1;
        const CertificateVerifier verifier(trustOnly(signer.entry));
        std::map<std::string, int> reasons;
        for (std::size_t i = 0; i < message.protectedHeader().size(); ++i) {
            Bytes header = message.protectedHeader();
            header[i] ^= 0x01;
            const VerificationResult result = verifier.verify(rewrap(message, header, message.payload(), message.signature()));
            QVERIFY(!result.valid() && !result.reason.empty());
            ++reasons[result.reason];
        }
        qInfo("protected header byte flips (%zu): %s", message.protectedHeader().size(), qPrintable(summary(reasons)));
    }
};

QTEST_APPLESS_MAIN(TestCertificateRoundTrip)
#include "tst_certificateroundtrip.moc"
