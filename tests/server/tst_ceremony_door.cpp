// SPDX-License-Identifier: Apache-2.0
// The ceremony door: a seated couple's ticket (MT1:, signed with the venue office's key) verifies
// offline against the trust list the server publishes — as a kiosk at the door would, with no
// network — and checks the couple in through the API with live counts. A forged ticket (signed by
// a key outside the trust list) and an altered one fail both offline and at the door.

#include "support/CeremonyHelpers.h"
#include "support/HttpClient.h"
#include "support/ServerProcess.h"
#include "tests/core/TrustListTestSupport.h"

#include "core/cert/CeremonyTicket.h"
#include "core/cert/TrustListVerifier.h"

#include <QTemporaryDir>
#include <QtTest>

#include <ctime>
#include <fstream>
#include <sstream>

using namespace wedreg::tests;
using namespace wedreg::core;
using namespace wedreg::core::test;

namespace {

void writeText(const QString& path, const std::string& text)
{
    std::ofstream(path.toStdString(), std::ios::binary) << text;
}

std::string ticketBody(const std::string& ticket)
{
    Poco::JSON::Object body;
    body.set("ticket", ticket);
    std::ostringstream out;
    body.stringify(out);
    return out.str();
}

}  // namespace

class TestCeremonyDoor : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_keys;
    TestAuthority m_root = makeRoot();
    IssuedSigner m_listSigner = issueSigner(m_root, crypto::KeyType::EcP256, "wedreg test trust-list signer");
    // jn-quancheng-park (the ceremony-only venue) belongs to office 370100.
    IssuedSigner m_office = issueSigner(m_root, crypto::KeyType::EcP256, "wedreg 370100 signing");
    IssuedSigner m_attacker = issueSigner(makeRoot("someone else's root"), crypto::KeyType::EcP256, "wedreg 370100 signing");
    std::unique_ptr<ServerProcess> m_server;
    std::unique_ptr<HttpClient> m_http;
    std::string m_organiser;
    int m_serial = 0;
    int m_people = 0;

    Couple nextCouple()
    {
        ++m_people;
        return {Person{man("19900101", 2 * m_people), "刘洋"}, Person{woman("19920202", 2 * m_people), "陈静"}};
    }

    // What a door kiosk holds: the published trust list, verified against the pinned root.
    std::shared_ptr<const cert::TrustStore> doorTrust()
    {
        const auto reply = m_http->get("/api/v1/trust-list");
        if (reply.status != 200)
            qFatal("trust list: %d", reply.status);
        return cert::TrustListVerifier::fromRootCertificate(m_root.certificate.get())
            .verify(asBytes(reply.body), std::nullopt, std::time(nullptr))
            .store;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_keys.isValid());
        const auto key = [&](const char* name) { return m_keys.filePath(QString::fromLatin1(name)); };
        writeText(key("root.crt"), crypto::certificatePem(m_root.certificate.get()));
        writeText(key("trust-list.crt"), crypto::certificatePem(m_listSigner.certificate.get()));
        writeText(key("trust-list.key"), crypto::privateKeyPem(m_listSigner.signer->key()));
        writeText(key("office-370100-20251201T000000Z.crt"), crypto::certificatePem(m_office.certificate.get()));
        writeText(key("office-370100-20251201T000000Z.key"), crypto::privateKeyPem(m_office.signer->key()));
    }

    void init()
    {
        WEDREG_REQUIRE_DATABASE();
        m_server = std::make_unique<ServerProcess>();
        QVERIFY2(m_server->start({true, {QStringLiteral("certificates.signing_dir=%1").arg(m_keys.path())}, false}),
                 qPrintable(m_server->error()));
        m_http = std::make_unique<HttpClient>(m_server->port());
        Poco::JSON::Object login;
        login.set("username", std::string("organiser"));
        login.set("password", m_server->demoPasswords().value(QStringLiteral("organiser")).toStdString());
        std::ostringstream out;
        login.stringify(out);
        m_organiser = m_http->post("/api/v1/staff/sessions", out.str()).object()->getValue<std::string>("token");
    }

    void cleanup()
    {
        if (m_server)
            QCOMPARE(m_server->stop(), 0);
        m_server.reset();
    }

    void genuineTicketPassesOfflineAndAtTheDoorForgedAndAlteredFail()
    {
        const auto ceremony = createCeremony(*m_http, m_organiser, "2027-10-02", "jn-quancheng-park",
                                             {{"09:00", "10:00", 2}, {"10:30", "11:30", 1}});
        const auto id = ceremony->getValue<std::string>("id");
        std::vector<Couple> couples{nextCouple(), nextCouple(), nextCouple(), nextCouple()};
        registerMarriages(*m_server, couples, m_serial);
        std::vector<Poco::JSON::Object::Ptr> signups;
        for (const auto& [a, b] : couples) {
            const auto reply = m_http->post("/api/v1/ceremonies/" + id + "/registrations", ceremonySignupBody(a, b));
            QCOMPARE(reply.status, 201);
            signups.push_back(reply.object());
        }
        // Three seats: the fourth couple waits, and a waiting couple has no ticket.
        QCOMPARE(signups[3]->getValue<std::string>("status"), std::string("waitlisted"));
        QVERIFY(signups[3]->isNull("ticket"));
        const auto ticket = signups[0]->getValue<std::string>("ticket");
        QVERIFY(ticket.starts_with("MT1:"));
        // No ID number and no full name inside: only masked names.
        const auto trust = doorTrust();
        const cert::CeremonyTicketVerifier door(trust);
        const auto genuine = door.verify(ticket, std::time(nullptr));
        QVERIFY2(genuine.valid, genuine.reason.c_str());
        QCOMPARE(genuine.ticket.eventId, id);
        QCOMPARE(genuine.ticket.sessionPosition, 1);
        const auto& names = genuine.ticket.names;
        QVERIFY2(names == "刘* & 陈*" || names == "陈* & 刘*", names.c_str());

        // Forged: the same claims signed by a key the trust list does not hold.
        const auto forged = genuine.ticket.issue("370100", std::time(nullptr), *m_attacker.signer);
        QVERIFY(!door.verify(forged, std::time(nullptr)).valid);
        // Altered: one character of the genuine ticket changed.
        auto altered = ticket;
        altered[altered.size() / 2] = altered[altered.size() / 2] == 'A' ? 'B' : 'A';
        QVERIFY(!door.verify(altered, std::time(nullptr)).valid);

        const auto checkIn = [&](const std::string& text) {
            return m_http->post("/api/v1/ceremonies/" + id + "/check-in", ticketBody(text), bearer(m_organiser));
        };
        for (const auto& bad : {forged, altered}) {
            const auto refused = checkIn(bad);
            QCOMPARE(refused.status, 422);
            QCOMPARE(refused.object()->getValue<std::string>("field"), std::string("ticket"));
        }
        QCOMPARE(m_server->scalar(QStringLiteral("SELECT COUNT(*) FROM ceremony_signups WHERE status = 'checked_in'"
                                                 " AND event_id = '%1'").arg(QString::fromStdString(id))),
                 0);

        const auto passed = checkIn(ticket);
        QCOMPARE(passed.status, 200);
        const auto counts = passed.object()->getArray("counts");
        QCOMPARE(counts->size(), 2u);
        QCOMPARE(counts->getObject(0)->getValue<int>("expected"), 2);
        QCOMPARE(counts->getObject(0)->getValue<int>("checked_in"), 1);
        QCOMPARE(counts->getObject(1)->getValue<int>("checked_in"), 0);
        const auto twice = checkIn(ticket);
        QCOMPARE(twice.status, 409);
        QCOMPARE(twice.problemType(), std::string("already-checked-in"));

        // A ticket of another ceremony is refused at this door.
        const auto other = createCeremony(*m_http, m_organiser, "2027-10-03", "jn-quancheng-park", {{"09:00", "10:00", 5}});
        const auto otherDoor =
            m_http->post("/api/v1/ceremonies/" + other->getValue<std::string>("id") + "/check-in",
                         ticketBody(signups[1]->getValue<std::string>("ticket")), bearer(m_organiser));
        QCOMPARE(otherDoor.status, 422);

        // The couple can fetch its ticket again with its manage token.
        const auto mine = m_http->get("/api/v1/ceremonies/" + id + "/registrations/" + signups[1]->getValue<std::string>("id"),
                                      bearer(signups[1]->getValue<std::string>("manage_token")));
        QCOMPARE(mine.status, 200);
        QVERIFY(door.verify(mine.object()->getValue<std::string>("ticket"), std::time(nullptr)).valid);
    }
};

QTEST_GUILESS_MAIN(TestCeremonyDoor)
#include "tst_ceremony_door.moc"
