// SPDX-License-Identifier: Apache-2.0
// Ceremony tickets (MT1:) verified offline at the door, as a kiosk would with only the trust list:
// a genuine ticket passes; a forged one (another key, even one claiming the trusted kid) and an
// altered one (a changed claim under the old signature, or a flipped character) fail.

#include "CertTestSupport.h"

#include "core/cert/CborItem.h"
#include "core/cert/CeremonyTicket.h"
#include "core/cert/CertificateCodec.h"
#include "core/cert/CertificateError.h"
#include "core/cert/CoseSign1.h"
#include "core/crypto/Keys.h"

#include <QtTest>

using namespace wedreg::core;
using namespace wedreg::core::test;

namespace {

cert::CeremonyTicket sampleTicket()
{
    return {"0123456789abcdef0123456789abcdef", "fedcba9876543210fedcba9876543210", "2027-10-01", 2, 37,
            "王** & 李*"};
}

constexpr std::int64_t kIssuedAt = 1790000000;

// COSE_Sign1 with the given protected header and payload, signed by `signer`: lets a test build the
// forgeries an attacker could.
Bytes coseSign1(const cert::CborItem& protectedHeader, const Bytes& payload, const cert::CoseSigner& signer)
{
    const auto header = protectedHeader.encode();
    const auto signature = signer.sign(cert::CoseSign1::sigStructure(header, payload));
    return cert::CborItem::tagged(cert::CoseSign1::kTag,
                                  cert::CborItem::array({cert::CborItem::bytes(header), cert::CborItem::map({}),
                                                         cert::CborItem::bytes(payload), cert::CborItem::bytes(signature)}))
        .encode();
}

// The same COSE structure with a different payload and the original signature.
Bytes withPayload(const cert::CoseSign1& original, const Bytes& payload)
{
    return cert::CborItem::tagged(cert::CoseSign1::kTag,
                                  cert::CborItem::array({cert::CborItem::bytes(original.protectedHeader()),
                                                         cert::CborItem::map({}), cert::CborItem::bytes(payload),
                                                         cert::CborItem::bytes(original.signature())}))
        .encode();
}

// The claims of a ticket with its session position changed.
Bytes alteredClaims(const Bytes& payload, std::int64_t newSession)
{
    const auto claims = cert::CborItem::decode(payload);
    std::vector<std::pair<cert::CborItem, cert::CborItem>> entries;
    for (auto [key, value] : claims.entries()) {
        if (key.asInteger() == cert::CeremonyTicket::kTicketClaim) {
            std::vector<std::pair<cert::CborItem, cert::CborItem>> ticket;
            for (auto [k, v] : value.entries())
                ticket.emplace_back(k, k.asInteger() == 4 ? cert::CborItem::integer(newSession) : v);
            value = cert::CborItem::map(ticket);
        }
        entries.emplace_back(key, value);
    }
    return cert::CborItem::map(entries).encode();
}

} // namespace

class TestCeremonyTicket : public QObject
{
    Q_OBJECT

private:
    TestSigner m_office = makeSigner(crypto::KeyType::EcP256, "370100");
    TestSigner m_attacker = makeSigner(crypto::KeyType::EcP256, "370100");

    cert::TicketVerdict verify(const std::string& text) const
    {
        return cert::CeremonyTicketVerifier(trustOnly(m_office.entry)).verify(text, kIssuedAt + 60);
    }

private slots:
    void genuineTicketPassesOfflineWithItsClaims()
    {
        const auto text = sampleTicket().issue("370100", kIssuedAt, *m_office.signer);
        QVERIFY(text.starts_with("MT1:"));
        // QR alphanumeric set only, and small enough for a dense but easy QR.
        QVERIFY(text.find_first_not_of("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ $%*+-./:") == std::string::npos);
        QVERIFY2(text.size() < 400, std::to_string(text.size()).c_str());
        const auto verdict = verify(text);
        QVERIFY2(verdict.valid, verdict.reason.c_str());
        QCOMPARE(verdict.ticket.ticketId, sampleTicket().ticketId);
        QCOMPARE(verdict.ticket.eventId, sampleTicket().eventId);
        QCOMPARE(verdict.ticket.day, std::string("2027-10-01"));
        QCOMPARE(verdict.ticket.sessionPosition, 2);
        QCOMPARE(verdict.ticket.sequence, 37);
        QCOMPARE(verdict.ticket.names, std::string("王** & 李*"));
        QCOMPARE(verdict.office, std::string("370100"));
    }

    void ticketSignedByAnotherKeyFails()
    {
        const auto forged = sampleTicket().issue("370100", kIssuedAt, *m_attacker.signer);
        const auto verdict = verify(forged);
        QVERIFY(!verdict.valid);
        QCOMPARE(verdict.reason, std::string(cert::reason::kKidUnknown));
    }

    void forgeryClaimingTheTrustedKidFails()
    {
        const auto genuine = cert::CertificateCodec::decode(sampleTicket().issue("370100", kIssuedAt, *m_office.signer),
                                                            cert::CeremonyTicket::kPrefix);
        QVERIFY(genuine.ok());
        // The attacker copies the protected header (alg, the office's kid) and signs their own claims.
        const auto header = cert::CborItem::decode(genuine.sign1->protectedHeader());
        const auto forged = cert::CertificateCodec::wrap(
            coseSign1(header, alteredClaims(genuine.sign1->payload(), 1), *m_attacker.signer),
            cert::CeremonyTicket::kPrefix);
        const auto verdict = verify(forged);
        QVERIFY(!verdict.valid);
        QCOMPARE(verdict.reason, std::string(cert::reason::kSignature));
    }

    void alteredClaimUnderTheOriginalSignatureFails()
    {
        const auto genuine = cert::CertificateCodec::decode(sampleTicket().issue("370100", kIssuedAt, *m_office.signer),
                                                            cert::CeremonyTicket::kPrefix);
        const auto altered = cert::CertificateCodec::wrap(
            withPayload(*genuine.sign1, alteredClaims(genuine.sign1->payload(), 1)), cert::CeremonyTicket::kPrefix);
        const auto verdict = verify(altered);
        QVERIFY(!verdict.valid);
        QCOMPARE(verdict.reason, std::string(cert::reason::kSignature));
    }

    void flippedCharactersAnywhereFail()
    {
        const auto text = sampleTicket().issue("370100", kIssuedAt, *m_office.signer);
        for (std::size_t i = 4; i < text.size(); i += 7) {
            auto flipped = text;
            flipped[i] = flipped[i] == 'A' ? 'B' : 'A';
            const auto verdict = verify(flipped);
            QVERIFY2(!verdict.valid, std::to_string(i).c_str());
        }
    }

    void marriageCertificatePrefixIsNotATicket()
    {
        const auto text = sampleTicket().issue("370100", kIssuedAt, *m_office.signer);
        const auto verdict = verify("MC1:" + text.substr(4));
        QVERIFY(!verdict.valid);
        QCOMPARE(verdict.reason, std::string(cert::reason::kPrefix));
    }
};

QTEST_GUILESS_MAIN(TestCeremonyTicket)
#include "tst_ceremony_ticket.moc"
