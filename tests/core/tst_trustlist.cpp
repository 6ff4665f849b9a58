// SPDX-License-Identifier: Apache-2.0
// The signed trust list (DESIGN §7): build, sign, parse and verify against a pinned root; tampering,
// a foreign root, replays of an older seq, staleness (a warning, verification continues), key rotation
// and point-in-time revocation, and the JSON rendering people read.

#include "TrustListTestSupport.h"

#include "core/cert/CertificateCodec.h"
#include "core/cert/CertificateVerifier.h"
#include "core/cert/TrustListError.h"
#include "core/cert/TrustListVerifier.h"

#include <nlohmann/json.hpp>

#include <functional>

#include <QTest>

using namespace wedreg::core;
using namespace wedreg::core::cert;
using namespace wedreg::core::test;

namespace {

constexpr std::int64_t kIssuedAt = 1764547200; // 2025-12-01T00:00:00Z
constexpr std::int64_t kNextUpdate = kIssuedAt + 7 * 86400;

std::string errorCode(const std::function<void()>& action)
{
    const auto error = thrownBy<TrustListError>(action);
    return error ? error->code() : std::string("(none)");
}

} // namespace

class TestTrustList : public QObject
{
    Q_OBJECT

private:
    TestAuthority m_root = makeRoot();
    IssuedSigner m_listSigner = issueSigner(m_root, crypto::KeyType::EcP256, "wedreg test trust-list signer");
    IssuedSigner m_office = issueSigner(m_root, crypto::KeyType::EcP256, "wedreg 110105 signing");

    TrustListVerifier verifier() const { return TrustListVerifier::fromRootCertificate(m_root.certificate.get()); }

    Bytes signedList(const TrustList& list) const
    {
        return list.sign(*m_listSigner.signer, m_listSigner.certificate.get());
    }

    TrustList oneOfficeList(std::uint64_t seq = 3) const
    {
        TrustList list = makeTrustList(seq, kIssuedAt, kNextUpdate);
        list.entries.push_back(TrustListEntry::fromCertificate(m_office.certificate.get(), "110105"));
        return list;
    }

    static VerificationResult check(const VerifiedTrustList& trusted, const std::string& qr)
    {
        return CertificateVerifier(trusted.store).verify(qr);
    }

private slots:
    void goodListVerifiesAndFeedsTheCertificateVerifier()
    {
        const Bytes bytes = signedList(oneOfficeList());
        const VerifiedTrustList trusted = verifier().verify(bytes, std::nullopt, kIssuedAt + 60);
        QCOMPARE(trusted.list.seq, 3u);
        QCOMPARE(trusted.list.issuedAt, kIssuedAt);
        QCOMPARE(trusted.list.nextUpdate, kNextUpdate);
        QCOMPARE(trusted.list.entries.size(), 1u);
        QCOMPARE(trusted.list.entries[0].office, std::string("110105"));
        QVERIFY(!trusted.stale);
        QCOMPARE(trusted.store->size(), 1u);
        QCOMPARE(trusted.signerKidHex, toHex(m_listSigner.signer->kid()));

        const std::string qr = CertificateCodec::issue(sampleClaims(kIssuedAt), *m_office.signer);
        const VerificationResult result = check(trusted, qr);
        QVERIFY2(result.valid(), result.reason.c_str());
        QCOMPARE(result.office, std::string("110105"));
    }

    void encodingIsDeterministicAndRoundTrips()
    {
        TrustList list = oneOfficeList();
        list.entries[0].revokedAt = kIssuedAt - 10;
        const Bytes payload = list.encode();
        QCOMPARE(list.encode(), payload);
        const TrustList back = TrustList::decode(payload);
        QCOMPARE(back.encode(), payload);
        QCOMPARE(back.entries[0].revokedAt, std::optional<std::int64_t>(kIssuedAt - 10));
        QCOMPARE(std::string(back.entries[0].status()), std::string("revoked"));
    }

    void everyFlippedByteIsRefusedWithATypedError()
    {
        const Bytes bytes = signedList(oneOfficeList());
        int signature = 0;
        for (std::size_t i = 0; i < bytes.size(); ++i) {
            Bytes tampered = bytes;
            tampered[i] ^= 0x01;
            const std::string code = errorCode([&] { verifier().verify(tampered, std::nullopt, kIssuedAt); });
            QVERIFY2(code == "format" || code == "signer" || code == "signature",
                     ("byte " + std::to_string(i) + ": " + code).c_str());
            signature += code == "signature" ? 1 : 0;
        }
        QVERIFY(signature > 0);
    }

    void tamperedPayloadFailsTheSignature()
    {
        // Re-wrap a different payload under the original protected header and signature.
        const Bytes original = signedList(oneOfficeList(3));
        const CoseSign1 sign1 = CoseSign1::decode(original);
        const Bytes forged = CborItem::tagged(CoseSign1::kTag,
                                              CborItem::array({CborItem::bytes(sign1.protectedHeader()), CborItem::map({}),
                                                               CborItem::bytes(oneOfficeList(99).encode()),
                                                               CborItem::bytes(sign1.signature())}))
                                 .encode();
        QCOMPARE(errorCode([&] { verifier().verify(forged, std::nullopt, kIssuedAt); }), std::string("signature"));
    }

    void wrongRootIsRefused()
    {
        const TestAuthority other = makeRoot("some other root");
        const Bytes bytes = signedList(oneOfficeList());
        const auto foreign = TrustListVerifier::fromRootCertificate(other.certificate.get());
        QCOMPARE(errorCode([&] { foreign.verify(bytes, std::nullopt, kIssuedAt); }), std::string("signer"));

        // A signer that certified itself is not chained to anything.
        crypto::EvpPkeyPtr key = crypto::generateKey(crypto::KeyType::EcP256);
        const crypto::X509Ptr selfSigned = crypto::makeSelfSignedCertificate(key.get(), "self-made signer");
        const CoseSigner rogue(std::move(key), selfSigned.get());
        const Bytes rogueList = oneOfficeList().sign(rogue, selfSigned.get());
        QCOMPARE(errorCode([&] { verifier().verify(rogueList, std::nullopt, kIssuedAt); }), std::string("signer"));
    }

    void rootPinnedAsPublicKeyWorksToo()
    {
        const TrustListVerifier byKey(crypto::share(crypto::publicKeyOf(m_root.certificate.get())));
        QCOMPARE(byKey.verify(signedList(oneOfficeList()), std::nullopt, kIssuedAt).list.seq, 3u);
    }

    void lowerSeqIsARollback()
    {
        const Bytes four = signedList(oneOfficeList(4));
        QCOMPARE(errorCode([&] { verifier().verify(four, 5, kIssuedAt); }), std::string("rollback"));
        QCOMPARE(verifier().verify(four, 4, kIssuedAt).list.seq, 4u); // the same list again is fine
        QCOMPARE(verifier().verify(four, 3, kIssuedAt).list.seq, 4u);
    }

    void staleListWarnsAndKeepsVerifying()
    {
        const VerifiedTrustList trusted = verifier().verify(signedList(oneOfficeList()), std::nullopt, kNextUpdate + 1);
        QVERIFY(trusted.stale);
        const std::string qr = CertificateCodec::issue(sampleClaims(kIssuedAt), *m_office.signer);
        QVERIFY(check(trusted, qr).valid());
        QVERIFY(!verifier().verify(signedList(oneOfficeList()), std::nullopt, kNextUpdate).stale);
    }

    void rotationKeepsOldCertificatesValid()
    {
        const IssuedSigner newKey = issueSigner(m_root, crypto::KeyType::EcP256, "wedreg 110105 signing 2026");
        TrustList list = oneOfficeList(4);
        list.entries.push_back(TrustListEntry::fromCertificate(newKey.certificate.get(), "110105"));
        const VerifiedTrustList trusted = verifier().verify(signedList(list), 3, kIssuedAt);
        QCOMPARE(trusted.store->size(), 2u);

        const std::string oldQr = CertificateCodec::issue(sampleClaims(kIssuedAt - 86400), *m_office.signer);
        const std::string newQr = CertificateCodec::issue(sampleClaims(kIssuedAt + 86400), *newKey.signer);
        const VerificationResult oldResult = check(trusted, oldQr);
        const VerificationResult newResult = check(trusted, newQr);
        QVERIFY2(oldResult.valid(), oldResult.reason.c_str());
        QVERIFY2(newResult.valid(), newResult.reason.c_str());
        QVERIFY(oldResult.kidHex != newResult.kidHex);

        // A verifier still on the old list does not know the new key yet.
        const VerifiedTrustList old = verifier().verify(signedList(oneOfficeList(3)), std::nullopt, kIssuedAt);
        QCOMPARE(check(old, newQr).reason, std::string("kid-unknown"));
    }

    void revocationInvalidatesOnlyLaterCertificates()
    {
        const std::int64_t revokedAt = kIssuedAt;
        TrustList list = oneOfficeList(5);
        list.entries[0].revokedAt = revokedAt;
        const VerifiedTrustList trusted = verifier().verify(signedList(list), 4, kIssuedAt + 60);

        const VerificationResult before =
            check(trusted, CertificateCodec::issue(sampleClaims(revokedAt - 3600), *m_office.signer));
        const VerificationResult at = check(trusted, CertificateCodec::issue(sampleClaims(revokedAt), *m_office.signer));
        const VerificationResult after =
            check(trusted, CertificateCodec::issue(sampleClaims(revokedAt + 1), *m_office.signer));
        QVERIFY2(before.valid(), before.reason.c_str());
        QVERIFY2(at.valid(), at.reason.c_str());
        QCOMPARE(after.reason, std::string("key-revoked"));
        QVERIFY(!after.signatureValid);
    }

    void entriesMustAgreeWithTheirCertificate()
    {
        TrustList wrongKid = oneOfficeList();
        wrongKid.entries[0].kid[0] ^= 0xff;
        const auto kidError = thrownBy<TrustListError>([&] { verifier().verify(signedList(wrongKid), std::nullopt, 0); });
        QVERIFY(kidError);
        QCOMPARE(kidError->code(), std::string("format"));
        QCOMPARE(kidError->detail(), std::string("entries[0]:kid-mismatch"));

        TrustList wrongAlg = oneOfficeList();
        wrongAlg.entries[0].algorithm = CoseAlgorithm::EdDSA;
        QCOMPARE(errorCode([&] { verifier().verify(signedList(wrongAlg), std::nullopt, 0); }), std::string("format"));

        TrustList duplicate = oneOfficeList();
        duplicate.entries.push_back(duplicate.entries[0]);
        QCOMPARE(errorCode([&] { verifier().verify(signedList(duplicate), std::nullopt, 0); }), std::string("format"));
    }

    void unknownKeysAndBadShapesAreFormatErrors()
    {
        const auto decodeCode = [](const CborItem& item) { return errorCode([&] { TrustList::decode(item.encode()); }); };
        QCOMPARE(decodeCode(CborItem::array({})), std::string("format"));
        QCOMPARE(decodeCode(CborItem::map({{CborItem::text("seq"), CborItem::integer(1)}})), std::string("format"));
        QCOMPARE(decodeCode(CborItem::map({{CborItem::text("seq"), CborItem::integer(1)},
                                          {CborItem::text("issued_at"), CborItem::integer(1)},
                                          {CborItem::text("next_update"), CborItem::integer(1)},
                                          {CborItem::text("entries"), CborItem::array({})},
                                          {CborItem::text("extra"), CborItem::integer(1)}})),
                 std::string("format"));
        QCOMPARE(errorCode([] { TrustList::decode(toBytes("not cbor")); }), std::string("format"));
        QCOMPARE(errorCode([&] { verifier().verify(toBytes("garbage"), std::nullopt, 0); }), std::string("format"));
    }

    void otherAlgorithmsCanSignEntries()
    {
        const IssuedSigner ed = issueSigner(m_root, crypto::KeyType::Ed25519, "wedreg 370102 signing");
        const IssuedSigner sm2 = issueSigner(m_root, crypto::KeyType::Sm2, "wedreg 440106 signing");
        TrustList list = oneOfficeList();
        list.entries.push_back(TrustListEntry::fromCertificate(ed.certificate.get(), "370102"));
        list.entries.push_back(TrustListEntry::fromCertificate(sm2.certificate.get(), "440106"));
        const VerifiedTrustList trusted = verifier().verify(signedList(list), std::nullopt, kIssuedAt);
        QVERIFY(check(trusted, CertificateCodec::issue(sampleClaims(kIssuedAt), *ed.signer)).valid());
        QVERIFY(check(trusted, CertificateCodec::issue(sampleClaims(kIssuedAt), *sm2.signer)).valid());
    }

    void jsonRenderingIsForPeople()
    {
        TrustList list = oneOfficeList(7);
        list.entries[0].revokedAt = kIssuedAt;
        const nlohmann::json json = list.toJson();
        QCOMPARE(json["seq"].get<int>(), 7);
        QCOMPARE(json["issued_at_utc"].get<std::string>(), std::string("2025-12-01T00:00:00Z"));
        QCOMPARE(json["next_update_utc"].get<std::string>(), std::string("2025-12-08T00:00:00Z"));
        const auto& entry = json["entries"][0];
        QCOMPARE(entry["kid"].get<std::string>(), toHex(m_office.signer->kid()));
        QCOMPARE(entry["alg"].get<std::string>(), std::string("ES256"));
        QCOMPARE(entry["status"].get<std::string>(), std::string("revoked"));
        QCOMPARE(entry["revoked_at_utc"].get<std::string>(), std::string("2025-12-01T00:00:00Z"));
        QVERIFY(entry["certificate"].get<std::string>().size() > 100);
    }
};

QTEST_APPLESS_MAIN(TestTrustList)
#include "tst_trustlist.moc"
