// SPDX-License-Identifier: Apache-2.0
// CeremonySignup against FakeServer: both people checked before anything is sent, the body the server
// requires, a seat with its ticket, a place on the waitlist, refusals in the server's words with what
// to fix, field problems under the field, and clear() forgetting everything.
#include "kiosk/backend/ApiClient.h"
#include "kiosk/backend/LanguageController.h"
#include "kiosk/ceremonies/CeremonySignup.h"
#include "tests/kiosk/FakeServer.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTest>

#include <memory>

using namespace wedreg::kiosk;
using wedreg::kiosk::test::FakeServer;

namespace {
const QByteArray kPath = "/api/v1/ceremonies/cer-1/registrations";

QByteArray seatedJson() {
  return "{\"id\":\"sig-7\",\"event_id\":\"cer-1\",\"status\":\"seated\",\"session_id\":\"ses-2\",\"session\":2,"
         "\"sequence\":7,\"waitlist_position\":0,\"basis\":\"registered\",\"names\":\"张* & 李*\","
         "\"manage_token\":\"tok\",\"ticket\":\"MT1:ABC123\"}";
}

QByteArray waitlistedJson() {
  return "{\"id\":\"sig-8\",\"event_id\":\"cer-1\",\"status\":\"waitlisted\",\"session_id\":null,\"session\":0,"
         "\"sequence\":8,\"waitlist_position\":3,\"basis\":\"booked\",\"names\":\"张* & 李*\","
         "\"manage_token\":\"tok\",\"ticket\":null}";
}
}  // namespace

class TestCeremonySignup : public QObject {
  Q_OBJECT

 private:
  std::unique_ptr<FakeServer> m_server;
  std::unique_ptr<ApiClient> m_api;

  std::unique_ptr<CeremonySignup> filledSignup() {
    auto signup = std::make_unique<CeremonySignup>(m_api.get());
    signup->setToday([] { return QDate(2026, 11, 25); });
    signup->chooseCeremony(QStringLiteral("cer-1"));
    signup->first()->fillFromCard(QStringLiteral("11010519491231002X"), QStringLiteral("张明"));
    signup->first()->setPhone(QStringLiteral("13800000001"));
    signup->second()->fillFromCard(QStringLiteral("440524188001010014"), QStringLiteral("李华"));
    signup->second()->setPhone(QStringLiteral("13800000002"));
    return signup;
  }

  bool submitAndWait(CeremonySignup& signup) {
    QSignalSpy done(&signup, &CeremonySignup::submitted);
    return signup.submit() && done.wait(5000);
  }

  void refuse(int status, const QByteArray& slug, const QString& detail, const QByteArray& extra = {}) {
    QByteArray body = FakeServer::problemJson(status, "/problems/" + slug, QStringLiteral("Refused"), detail);
    if (!extra.isEmpty()) {
      body.chop(1);
      body += "," + extra + "}";
    }
    m_server->setResponse("POST " + kPath, {status, "application/problem+json", body});
  }

 private slots:
  void initTestCase() { LanguageController::instance()->setLanguage(QStringLiteral("en")); }

  void init() {
    m_server = std::make_unique<FakeServer>();
    QVERIFY(m_server->start());
    m_server->setResponse("POST " + kPath, {201, "application/json", seatedJson()});
    m_api = std::make_unique<ApiClient>(nullptr);
    m_api->setBaseUrl(m_server->url());
    m_api->setTimeoutMs(1000);
  }

  void cleanup() {
    m_api.reset();
    m_server.reset();
  }

  void sendsBothPeopleAndTheChosenSessionAndGetsASeat() {
    auto signup = filledSignup();
    signup->chooseSession(QStringLiteral("ses-2"), 2, QStringLiteral("10:30–11:30"));
    QCOMPARE(signup->chosenPosition(), 2);
    QVERIFY(submitAndWait(*signup));
    const QJsonObject body = QJsonDocument::fromJson(m_server->lastBody(kPath)).object();
    QCOMPARE(body.value("session_id").toString(), QStringLiteral("ses-2"));
    const QJsonArray parties = body.value("parties").toArray();
    QCOMPARE(parties.size(), 2);
    QCOMPARE(parties.at(0).toObject().value("id_number").toString(), QStringLiteral("11010519491231002X"));
    QCOMPARE(parties.at(1).toObject().value("name").toString(), QStringLiteral("李华"));
    QCOMPARE(parties.at(1).toObject().value("phone").toString(), QStringLiteral("13800000002"));
    QVERIFY(!m_server->lastHeader(kPath, "Idempotency-Key").isEmpty());
    QVERIFY(signup->confirmed());
    QVERIFY(!signup->waitlisted());
    QCOMPARE(signup->sessionPosition(), 2);
    QCOMPARE(signup->sequence(), 7);
    QCOMPARE(signup->ticket(), QStringLiteral("MT1:ABC123"));
    QVERIFY(signup->errorText().isEmpty());
  }

  void noSessionLetsTheServerChoose() {
    auto signup = filledSignup();
    QVERIFY(submitAndWait(*signup));
    QVERIFY(!QJsonDocument::fromJson(m_server->lastBody(kPath)).object().contains("session_id"));
  }

  void aFullCeremonyGivesAWaitlistPlace() {
    m_server->setResponse("POST " + kPath, {201, "application/json", waitlistedJson()});
    auto signup = filledSignup();
    QVERIFY(submitAndWait(*signup));
    QVERIFY(signup->confirmed());
    QVERIFY(signup->waitlisted());
    QCOMPARE(signup->waitlistPosition(), 3);
    QVERIFY(signup->ticket().isEmpty());
  }

  void badDetailsAreNotSent() {
    auto signup = filledSignup();
    signup->second()->setPhone(QStringLiteral("123"));
    QVERIFY(!signup->submit());
    QCOMPARE(signup->fix(), QStringLiteral("parties"));
    QVERIFY(!signup->second()->phoneError().isEmpty());
    QTest::qWait(50);
    QCOMPARE(m_server->requestCount(kPath), 0);
  }

  void theSamePersonTwiceIsRefusedHere() {
    auto signup = filledSignup();
    signup->second()->fillFromCard(QStringLiteral("11010519491231002X"), QStringLiteral("张明"));
    QVERIFY(!signup->submit());
    QVERIFY(!signup->second()->idError().isEmpty());
    QCOMPARE(m_server->requestCount(kPath), 0);
  }

  void notRegisteredIsExplainedAndPointsAtTheDetails() {
    refuse(422, "ineligible",
           QStringLiteral("To join a ceremony, register first or book a registration at a hall for that day."),
           "\"rule\":\"ceremony-not-registered\"");
    auto signup = filledSignup();
    QVERIFY(submitAndWait(*signup));
    QVERIFY(!signup->confirmed());
    QCOMPARE(signup->problem(), QStringLiteral("ineligible"));
    QCOMPARE(signup->fix(), QStringLiteral("parties"));
    QVERIFY(signup->errorText().startsWith(QStringLiteral("To join a ceremony")));
    // Fields are kept to fix and send again.
    QCOMPARE(signup->first()->name(), QStringLiteral("张明"));
  }

  void closedPointsAtAnotherSession() {
    refuse(409, "ceremony-closed", QStringLiteral("Sign-up for this ceremony has closed."));
    auto signup = filledSignup();
    QVERIFY(submitAndWait(*signup));
    QCOMPARE(signup->fix(), QStringLiteral("session"));
    QCOMPARE(signup->errorText(), QStringLiteral("Sign-up for this ceremony has closed."));
  }

  void aFieldProblemLandsUnderItsField() {
    refuse(422, "invalid-field", QStringLiteral("The phone number is not valid."),
           "\"field\":\"parties[1].phone\"");
    auto signup = filledSignup();
    QVERIFY(submitAndWait(*signup));
    QCOMPARE(signup->second()->phoneError(), QStringLiteral("The phone number is not valid."));
    QVERIFY(signup->first()->phoneError().isEmpty());
  }

  void aFailedAnswerIsRetriedUnderTheSameKey() {
    refuse(503, "unavailable", QStringLiteral("Please try again in a moment."));
    auto signup = filledSignup();
    QVERIFY(submitAndWait(*signup));
    QCOMPARE(signup->fix(), QStringLiteral("retry"));
    const QByteArray key = m_server->lastHeader(kPath, "Idempotency-Key");
    QVERIFY(!key.isEmpty());
    m_server->setResponse("POST " + kPath, {201, "application/json", seatedJson()});
    QVERIFY(submitAndWait(*signup));
    QVERIFY(signup->confirmed());
    QCOMPARE(m_server->lastHeader(kPath, "Idempotency-Key"), key);
  }

  void aNetworkFailureSaysSoAndOffersARetry() {
    m_server->setMode(FakeServer::Mode::CloseConnection);
    auto signup = filledSignup();
    QVERIFY(submitAndWait(*signup));
    QCOMPARE(signup->problem(), QStringLiteral("network"));
    QCOMPARE(signup->fix(), QStringLiteral("retry"));
    QVERIFY(!signup->errorText().isEmpty());
  }

  void anEditedRequestGetsANewKey() {
    refuse(409, "already-signed-up", QStringLiteral("This couple has already signed up."));
    auto signup = filledSignup();
    QVERIFY(submitAndWait(*signup));
    const QByteArray first = m_server->lastHeader(kPath, "Idempotency-Key");
    m_server->setResponse("POST " + kPath, {201, "application/json", seatedJson()});
    QVERIFY(submitAndWait(*signup));
    QVERIFY(m_server->lastHeader(kPath, "Idempotency-Key") != first);
  }

  void clearForgetsEverything() {
    auto signup = filledSignup();
    QVERIFY(submitAndWait(*signup));
    QVERIFY(!signup->empty());
    signup->clear();
    QVERIFY(signup->empty());
    QVERIFY(!signup->confirmed());
    QVERIFY(signup->ticket().isEmpty());
    QVERIFY(signup->first()->idNumber().isEmpty());
    QVERIFY(signup->ceremonyId().isEmpty());
  }
};

QTEST_MAIN(TestCeremonySignup)
#include "tst_ceremony_signup.moc"
