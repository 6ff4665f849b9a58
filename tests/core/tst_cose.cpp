// SPDX-License-Identifier: Apache-2.0
// Deterministic CBOR, CWT claims and COSE_Sign1: exact header bytes, the Sig_structure, kid from the
// certificate, all signing algorithms, and typed errors (never a crash) for malformed input.

#include "CertTestSupport.h"

#include "core/cert/CborDocument.h"
#include "core/cert/CborItem.h"
#include "core/cert/CertificateError.h"
#include "core/cert/CoseSign1.h"
#include "core/cert/CwtClaims.h"
#include "core/cert/StatusKey.h"
#include "core/crypto/Digest.h"
#include "core/crypto/SignatureScheme.h"

#include <QTest>

#include <random>

using namespace wedreg::core;
using namespace wedreg::core::cert;
using namespace wedreg::core::test;

namespace {

Bytes hex(std::string_view text)
{
    Bytes out;
    for (std::size_t i = 0; i + 1 < text.size(); i += 2) {
        out.push_back(static_cast<std::uint8_t>(std::stoi(std::string(text.substr(i, 2)), nullptr, 16)));
    }
    return out;
}

} // namespace

class TestCose : public QObject
{
    Q_OBJECT

private slots:
    void integersUseShortestForm_data()
    {
        QTest::addColumn<qlonglong>("value");
        QTest::addColumn<QString>("encoded");
        // RFC 8949 Appendix A.
        QTest::newRow("0") << 0LL << "00";
        QTest::newRow("23") << 23LL << "17";
        QTest::newRow("24") << 24LL << "1818";
        QTest::newRow("1000") << 1000LL << "1903e8";
        QTest::newRow("1000000") << 1000000LL << "1a000f4240";
        QTest::newRow("1000000000000") << 1000000000000LL << "1b000000e8d4a51000";
        QTest::newRow("-1") << -1LL << "20";
        QTest::newRow("-100") << -100LL << "3863";
        QTest::newRow("-1000") << -1000LL << "3903e7";
        QTest::newRow("-70001") << -70001LL << "3a00011170";
    }

    void integersUseShortestForm()
    {
        QFETCH(qlonglong, value);
        QFETCH(QString, encoded);
        const Bytes bytes = CborItem::integer(value).encode();
        QCOMPARE(qs(toHex(bytes)), encoded);
        QCOMPARE(CborItem::decode(bytes).asInteger(), std::optional<std::int64_t>(value));
    }

    void mapKeysAreSortedByEncodedBytes()
    {
        // Inserted out of order; RFC 8949 §4.2.1 order is 0x01 < 0x06 < 0x07 < 0x20 (-1) < 0x3a.. (-70001)
        // < 0x61 ("a").
        const CborItem map = CborItem::map({
            {CborItem::text("a"), CborItem::integer(1)},
            {CborItem::integer(-70001), CborItem::integer(2)},
            {CborItem::integer(7), CborItem::integer(3)},
            {CborItem::integer(-1), CborItem::integer(4)},
            {CborItem::integer(1), CborItem::integer(5)},
            {CborItem::integer(6), CborItem::integer(6)},
        });
        QCOMPARE(qs(toHex(map.encode())), QStringLiteral("a6010506060703200"
                                                         "43a0001117002616101"));
        const auto duplicate = thrownBy<CertificateError>([] {
            CborItem::map({{CborItem::integer(1), CborItem::integer(1)}, {CborItem::integer(1), CborItem::integer(2)}});
        });
        QVERIFY(duplicate.has_value());
        QCOMPARE(qs(duplicate->detail()), QStringLiteral("duplicate-key"));
    }

    void claimsRoundTripAndEncodeDeterministically()
    {
        const CwtClaims claims = sampleClaims();
        const Bytes encoded = claims.encode();
        QCOMPARE(claims.encode(), encoded); // same input, same bytes
        const CwtClaims decoded = CwtClaims::decode(encoded);
        QCOMPARE(qs(decoded.issuer), qs(claims.issuer));
        QCOMPARE(decoded.issuedAt, claims.issuedAt);
        QCOMPARE(decoded.cti, claims.cti);
        QVERIFY(decoded.certificate.has_value());
        QVERIFY(*decoded.certificate == *claims.certificate);
        QCOMPARE(decoded.encode(), encoded);
        // The claims map starts with its keys in canonical order: 1 iss, 6 iat, 7 cti, then -70001.
        QCOMPARE(encoded[0], std::uint8_t{0xa4});
        QCOMPARE(encoded[1], std::uint8_t{0x01});
    }

    void ctiIsSixteenRandomBytes()
    {
        const Bytes a = CwtClaims::newCti();
        QCOMPARE(a.size(), std::size_t{16});
        QVERIFY(a != CwtClaims::newCti());
        CwtClaims claims = sampleClaims();
        claims.cti.resize(8);
        QVERIFY(thrownBy<CertificateError>([&] { claims.encode(); }));
    }

    void malformedClaimsGiveTypedErrors_data()
    {
        QTest::addColumn<QString>("cbor");
        QTest::addColumn<QString>("reason");
        QTest::addColumn<QString>("detail");
        QTest::newRow("reserved initial byte") << "1c" << "cbor" << "malformed";
        QTest::newRow("truncated map") << "a2010a" << "cbor" << "truncated";
        QTest::newRow("trailing byte") << "a10600" "00" << "cbor" << "trailing-data";
        QTest::newRow("array, not map") << "80" << "claims" << "not-map";
        // Declared sizes are checked before libcbor allocates for them.
        QTest::newRow("2^60 array elements declared") << "9b1000000000000000" << "cbor" << "truncated";
        QTest::newRow("2^40 map entries declared") << "bb0000010000000000" "00" << "cbor" << "truncated";
        QTest::newRow("2^62-byte string declared") << "5b4000000000000000" << "cbor" << "truncated";
        QTest::newRow("nested 100 deep") << QString("81").repeated(100) + "00" << "cbor" << "depth";
        QTest::newRow("indefinite map, no break") << "bf0102" << "cbor" << "truncated";
        QTest::newRow("stray break") << "ff" << "cbor" << "malformed";
        QTest::newRow("iat missing") << "a10163434e31" << "claims" << "iat";
        QTest::newRow("iat as text") << "a10661" "31" << "claims" << "iat";
        QTest::newRow("iss as int") << "a201010600" << "claims" << "iss";
        QTest::newRow("duplicate claim") << "a206000601" << "claims" << "duplicate-claim";
        // Keys are compared as libcbor writes them again: 0x1806 is 6 of the one-byte width, so the
        // same key as 0x06; 0x190006 keeps its two-byte width and is another key to libcbor.
        QTest::newRow("duplicate claim, long one-byte form") << "a20600180601" << "claims" << "duplicate-claim";
        QTest::newRow("duplicate text claim, long length form") << "a30600616101780161" "02" << "claims" << "duplicate-claim";
        QTest::newRow("claim key neither int nor text") << "a2060040" "01" << "claims" << "key-type";
        QTest::newRow("claim key above int64") << "a206001bffffffffffffffff01" << "claims" << "key-type";
        QTest::newRow("invalid UTF-8 in iss") << "a2060001" "61ff" << "cbor" << "malformed";
        QTest::newRow("indefinite map, key without value") << "bf0600" "01ff" << "cbor" << "malformed";
        QTest::newRow("certificate claim not a map") << "a206003a0001117001" << "payload" << "not-map";
        QTest::newRow("certificate, wrong version") << "a206003a00011170a10102" << "payload" << "version";
        QTest::newRow("certificate, unknown label") << "a206003a00011170a10901" << "payload" << "unknown-label";
    }

    void malformedClaimsGiveTypedErrors()
    {
        QFETCH(QString, cbor);
        QFETCH(QString, reason);
        QFETCH(QString, detail);
        const auto error = thrownBy<CertificateError>([&] { CwtClaims::decode(hex(cbor.toStdString())); });
        QVERIFY(error.has_value());
        QCOMPARE(qs(error->reason()), reason);
        QCOMPARE(qs(error->detail()), detail);
    }

    void certificateClaimRejectsBadFields()
    {
        MarriageCertificate certificate = sampleCertificate();
        certificate.identifier.back() = certificate.identifier.back() == 'A' ? 'B' : 'A';
        const auto fromCbor = [](const MarriageCertificate& c) {
            const Bytes encoded = c.toCbor().encode();
            return MarriageCertificate::fromCbor(CborDocument(encoded).root());
        };
        auto error = thrownBy<CertificateError>([&] { fromCbor(certificate); });
        QVERIFY(error.has_value());
        QCOMPARE(qs(error->detail()), QStringLiteral("identifier"));

        certificate = sampleCertificate();
        certificate.parties.push_back(certificate.parties.front());
        error = thrownBy<CertificateError>([&] { fromCbor(certificate); });
        QVERIFY(error.has_value());
        QCOMPARE(qs(error->detail()), QStringLiteral("parties"));
    }

    void protectedHeaderIsAlgAndKid_data()
    {
        QTest::addColumn<int>("keyType");
        QTest::addColumn<QString>("algPrefix");
        QTest::newRow("ES256") << int(crypto::KeyType::EcP256) << "a20126"; // {1: -7, ...
        QTest::newRow("EdDSA") << int(crypto::KeyType::Ed25519) << "a20127"; // {1: -8, ...
        QTest::newRow("SM2") << int(crypto::KeyType::Sm2) << "a2013a00010040"; // {1: -65601, ...
    }

    void protectedHeaderIsAlgAndKid()
    {
        QFETCH(int, keyType);
        QFETCH(QString, algPrefix);
        const TestSigner signer = makeSigner(static_cast<crypto::KeyType>(keyType));
        // kid = first 8 bytes of SHA-256 over the certificate DER.
        const auto digest = crypto::sha256(signer.entry.certificateDer);
        QCOMPARE(signer.signer->kid(), Bytes(digest.begin(), digest.begin() + 8));

        const Bytes payload = sampleClaims().encode();
        const Bytes message = CoseSign1::sign(payload, *signer.signer);
        QCOMPARE(message[0], std::uint8_t{0xd2}); // tag 18
        const CoseSign1 decoded = CoseSign1::decode(message);
        QCOMPARE(qs(toHex(decoded.protectedHeader())), algPrefix + "0448" + qs(toHex(signer.signer->kid())));
        QCOMPARE(decoded.kid(), std::optional<Bytes>(signer.signer->kid()));
        QVERIFY(decoded.kidIsProtected());
        QCOMPARE(decoded.payload(), payload);
        QCOMPARE(decoded.signature().size(), std::size_t{64});
        QVERIFY(decoded.verify(signer.entry.publicKey.get(), signer.signer->algorithm()));
    }

    void sigStructureIsSignature1WithEmptyAad()
    {
        // ["Signature1", h'a10126', h'', h'01']
        QCOMPARE(qs(toHex(CoseSign1::sigStructure(hex("a10126"), hex("01")))),
                 QStringLiteral("846a5369676e61747572653143a10126404101"));
    }

    void derSignatureInCoseIsRejected()
    {
        const TestSigner signer = makeSigner(crypto::KeyType::EcP256);
        const Bytes payload = toBytes("payload");
        const CoseSign1 good = CoseSign1::decode(CoseSign1::sign(payload, *signer.signer));
        const Bytes der = *crypto::ecdsaRawToDer(good.signature());
        const Bytes forged = CborItem::tagged(18, CborItem::array({CborItem::bytes(good.protectedHeader()),
                                                                   CborItem::map({}), CborItem::bytes(payload),
                                                                   CborItem::bytes(der)}))
                                 .encode();
        QVERIFY(!CoseSign1::decode(forged).verify(signer.entry.publicKey.get(), CoseAlgorithm::ES256));
    }

    void kidInUnprotectedHeaderOnlyWhenProtectedHasNone()
    {
        const Bytes protectedAlgOnly = CborItem::map({{CborItem::integer(1), CborItem::integer(-7)}}).encode();
        const auto build = [&](const Bytes& protectedHeader, const Bytes& unprotectedKid) {
            return CborItem::tagged(18, CborItem::array({CborItem::bytes(protectedHeader),
                                                         CborItem::map({{CborItem::integer(4), CborItem::bytes(unprotectedKid)}}),
                                                         CborItem::bytes(toBytes("p")), CborItem::bytes(Bytes(64, 0))}))
                .encode();
        };
        const CoseSign1 onlyUnprotected = CoseSign1::decode(build(protectedAlgOnly, hex("0102030405060708")));
        QCOMPARE(qs(toHex(*onlyUnprotected.kid())), QStringLiteral("0102030405060708"));
        QVERIFY(!onlyUnprotected.kidIsProtected());

        const Bytes protectedWithKid = CborItem::map({{CborItem::integer(1), CborItem::integer(-7)},
                                                      {CborItem::integer(4), CborItem::bytes(hex("aaaaaaaaaaaaaaaa"))}})
                                           .encode();
        const CoseSign1 both = CoseSign1::decode(build(protectedWithKid, hex("0102030405060708")));
        QCOMPARE(qs(toHex(*both.kid())), QStringLiteral("aaaaaaaaaaaaaaaa"));
    }

    void malformedCoseGivesTypedErrors_data()
    {
        QTest::addColumn<QString>("cbor");
        QTest::addColumn<QString>("reason");
        QTest::addColumn<QString>("detail");
        QTest::newRow("empty") << "" << "cbor" << "empty";
        QTest::newRow("bare tag") << "d2" << "cbor" << "truncated";
        QTest::newRow("wrong tag") << "d38440a04040" << "cose" << "wrong-tag";
        QTest::newRow("three elements") << "d28340a040" << "cose" << "not-array";
        QTest::newRow("protected is map") << "d284a0a04040" << "cose" << "protected-header";
        QTest::newRow("protected not CBOR") << "d28441ffa04040" << "cose" << "protected-header";
        QTest::newRow("unprotected is array") << "d2844080" "4040" << "cose" << "unprotected-header";
        QTest::newRow("detached payload") << "d28440a0f640" << "cose" << "payload";
        QTest::newRow("signature is text") << "d28440a04060" << "cose" << "signature";
        QTest::newRow("kid is int") << "d28440a1040140" "40" << "cose" << "unprotected-header";
        QTest::newRow("duplicate label") << "d28440a20126012640" "40" << "cose" << "duplicate-header";
        QTest::newRow("CWT tag on array") << "d83d8440a04040" << "cose" << "wrong-tag";
        QTest::newRow("tag depth") << "c1c1c1c1c1c1c1c1c100" << "cbor" << "tag-depth";
    }

    void malformedCoseGivesTypedErrors()
    {
        QFETCH(QString, cbor);
        QFETCH(QString, reason);
        QFETCH(QString, detail);
        const auto error = thrownBy<CertificateError>([&] { CoseSign1::decode(hex(cbor.toStdString())); });
        QVERIFY(error.has_value());
        QCOMPARE(qs(error->reason()), reason);
        QCOMPARE(qs(error->detail()), detail);
    }

    void statusHashIsDomainSeparatedTruncatedSha256()
    {
        const Bytes cti = hex("000102030405060708090a0b0c0d0e0f");
        Bytes input = toBytes("wedreg-status");
        input.insert(input.end(), cti.begin(), cti.end());
        const auto digest = crypto::sha256(input);
        QCOMPARE(qs(statusHash(cti)), qs(toHex(digest).substr(0, 32)));
        QCOMPARE(statusHash(cti).size(), std::size_t{32});
        QVERIFY(statusHash(cti) != statusHash(hex("000102030405060708090a0b0c0d0e00")));
    }

    void randomMutationsNeverCrash()
    {
        // A cheap stand-in for the fuzzer: every error is typed, nothing else escapes.
        const TestSigner signer = makeSigner(crypto::KeyType::EcP256);
        const Bytes message = CoseSign1::sign(sampleClaims().encode(), *signer.signer);
        std::mt19937 random(20250520);
        int decodedCount = 0;
        for (int round = 0; round < 3000; ++round) {
            Bytes mutated = message;
            const int edits = 1 + static_cast<int>(random() % 4);
            for (int e = 0; e < edits && !mutated.empty(); ++e) {
                const std::size_t at = random() % mutated.size();
                switch (random() % 3) {
                case 0: mutated[at] = static_cast<std::uint8_t>(random()); break;
                case 1: mutated.erase(mutated.begin() + static_cast<long>(at)); break;
                default: mutated.resize(at + 1); break;
                }
            }
            try {
                const CoseSign1 decoded = CoseSign1::decode(mutated);
                ++decodedCount;
                (void)decoded.verify(signer.entry.publicKey.get(), CoseAlgorithm::ES256);
                (void)CwtClaims::decode(decoded.payload());
            } catch (const CertificateError&) {
            }
        }
        qInfo("mutations that still parsed as COSE: %d/3000", decodedCount);
    }
};

QTEST_APPLESS_MAIN(TestCose)
#include "tst_cose.moc"
