// SPDX-License-Identifier: Apache-2.0
// RegistrationAct (the registrar's act at the counter) against FakeServer: what each kind sends,
// what stops it before sending, a refusal with its rule, the certificate that comes back, printing
// and forgetting.
#include "core/identity/ResidentId.h"
#include "kiosk/backend/ApiClient.h"
#include "kiosk/devices/PdfPrinter.h"
#include "kiosk/session/StaffSession.h"
#include "kiosk/staff/RegistrationAct.h"
#include "tests/kiosk/FakeServer.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTest>

#include <memory>

using namespace wedreg::kiosk;
using wedreg::kiosk::test::FakeServer;

namespace {
const QByteArray kRegistrations = "/api/v1/registrations";

QString validId(const char* first17) {
  return QString::fromLatin1(first17) + QLatin1Char(wedreg::core::ResidentId::checkCharacter(first17));
}
}  // namespace

class TestRegistrationAct : public QObject {
  Q_OBJECT

 private:
  bool signIn() {
    m_session->signIn(QStringLiteral("clerk"), QStringLiteral("secret"));
    return QTest::qWaitFor([&] { return m_session->signedIn() && !m_session->busy(); }, 5000);
  }

  std::unique_ptr<RegistrationAct> makeAct() {
    auto act = std::make_unique<RegistrationAct>(m_api.get());
    act->setSession(m_session.get());
    act->setToday([] { return QDate(2026, 11, 25); });
    return act;
  }

  void readCouple(RegistrationAct& act) {
    act.first()->fillFromCard(validId("11010119950307003"), QStringLiteral("陈静"));
    act.second()->fillFromCard(validId("11010119960815002"), QStringLiteral("周杰"));
  }

  QJsonObject sentBody() const {
    return QJsonDocument::fromJson(m_server->lastBody(kRegistrations)).object();
  }

  bool submitAndWait(RegistrationAct& act, bool* ok) {
    QSignalSpy done(&act, &RegistrationAct::submitted);
    if (!act.submit() || !done.wait(5000)) {
      return false;
    }
    *ok = done.constFirst().constFirst().toBool();
    return true;
  }

 private slots:
  void init() {
    m_server = std::make_unique<FakeServer>();
    QVERIFY(m_server->start());
    m_server->serveDefaults();
    m_server->serveBooking("hz-xihu");
    m_server->serveRegistrar("hz-xihu");
    m_api = std::make_unique<ApiClient>(nullptr);
    m_api->setBaseUrl(m_server->url());
    m_api->setTimeoutMs(1000);
    m_session = std::make_unique<StaffSession>(m_api.get());
    QVERIFY(signIn());
  }

  void cleanup() {
    m_session.reset();
    m_api.reset();
    m_server.reset();
  }

  void startNeedsAKnownKindAndForAMarriageTheAppointment() {
    auto act = makeAct();
    QVERIFY(!act->start(QStringLiteral("counselling")));
    QVERIFY(!act->start(QStringLiteral("marriage")));
    QVERIFY(act->kind().isEmpty());
    QVERIFY(act->start(QStringLiteral("marriage"), QStringLiteral("apt-1")));
    QCOMPARE(act->partyCount(), 2);
    QVERIFY(act->needsDeclaration());
    QVERIFY(act->start(QStringLiteral("reissue"), QStringLiteral("apt-1")));
    QCOMPARE(act->partyCount(), 1);
    QVERIFY(act->appointmentId().isEmpty());  // only a marriage rests on an appointment
    QVERIFY(!act->needsDeclaration());
  }

  void marriageSendsBothPeopleTheAppointmentAndTheDeclaration() {
    auto act = makeAct();
    QVERIFY(act->start(QStringLiteral("marriage"), QString::fromLatin1(FakeServer::kQueuedFirst)));
    readCouple(*act);
    act->setDeclarationAccepted(true);
    bool ok = false;
    QVERIFY(submitAndWait(*act, &ok));
    QVERIFY(ok);
    const QJsonObject body = sentBody();
    QCOMPARE(body.value(QLatin1String("kind")).toString(), QStringLiteral("marriage"));
    QCOMPARE(body.value(QLatin1String("appointment_id")).toString(), QString::fromLatin1(FakeServer::kQueuedFirst));
    QCOMPARE(body.value(QLatin1String("declaration_accepted")).toBool(), true);
    const QJsonArray parties = body.value(QLatin1String("parties")).toArray();
    QCOMPARE(parties.size(), 2);
    QCOMPARE(parties.at(0).toObject().value(QLatin1String("id_number")).toString(),
             validId("11010119950307003"));
    QCOMPARE(parties.at(1).toObject().value(QLatin1String("name")).toString(), QStringLiteral("周杰"));
    QCOMPARE(m_server->lastHeader(kRegistrations, "Authorization"), QByteArray("Bearer tok-registrar-1"));

    QVERIFY(act->done());
    QVERIFY(act->hasCertificate());
    QCOMPARE(act->registrationId(), QStringLiteral("reg-1"));
    QCOMPARE(act->certificateId(), QStringLiteral("cert-1"));
    QCOMPARE(act->certificateQr(), QStringLiteral("MC1:TEST"));
    QCOMPARE(act->certificateNumber(), QStringLiteral("J330106-2026-000001"));
    QVERIFY(act->certificateIdentifier().startsWith(QStringLiteral("1.2.156.3005.2.")));
    QCOMPARE(act->partyNames(), QStringLiteral("陈静 · 周杰"));
    // The numbers were sent once; the kiosk keeps none of them.
    QVERIFY(act->first()->idNumber().isEmpty());
    QVERIFY(act->second()->idNumber().isEmpty());
    QVERIFY(!act->submit());  // recorded: not twice
  }

  void nothingIsSentUntilTheActIsComplete() {
    auto act = makeAct();
    QVERIFY(!act->submit());  // no kind
    QVERIFY(act->start(QStringLiteral("marriage"), QStringLiteral("apt-1")));
    QVERIFY(!act->submit());  // no cards read
    QVERIFY(!act->errorText().isEmpty());
    readCouple(*act);
    QVERIFY(!act->submit());  // the declaration is not confirmed
    QVERIFY(!act->errorText().isEmpty());
    act->second()->fillFromCard(act->first()->idNumber(), QStringLiteral("陈静"));
    act->setDeclarationAccepted(true);
    QVERIFY(!act->submit());  // the same person twice
    act->second()->fillFromCard(QStringLiteral("110101199608150021"), QStringLiteral("周杰"));
    QVERIFY(!act->submit());  // a bad check character
    QVERIFY(act->start(QStringLiteral("divorce")));
    readCouple(*act);
    act->setDeclarationAccepted(true);
    QVERIFY(!act->submit());  // which application?
    m_session->lock();
    QVERIFY(act->start(QStringLiteral("reissue")));
    act->first()->fillFromCard(validId("11010119950307003"), QStringLiteral("陈静"));
    QVERIFY(!act->submit());  // signed out
    QCOMPARE(m_server->requestCount(kRegistrations), 0);
  }

  void eachKindSendsWhatTheServerNeeds() {
    auto act = makeAct();
    QVERIFY(act->start(QStringLiteral("divorce_application")));
    readCouple(*act);
    act->setDeclarationAccepted(true);
    QCOMPARE(act->requestBody().object().value(QLatin1String("parties")).toArray().size(), 2);
    QVERIFY(!act->requestBody().object().contains(QLatin1String("appointment_id")));

    QVERIFY(act->start(QStringLiteral("divorce")));
    readCouple(*act);
    act->setApplicationId(QStringLiteral("  app-9 "));
    QCOMPARE(act->requestBody().object().value(QLatin1String("application_id")).toString(), QStringLiteral("app-9"));

    QVERIFY(act->start(QStringLiteral("reissue")));
    act->first()->fillFromCard(validId("11010119950307003"), QStringLiteral("陈静"));
    act->setReissueOf(QStringLiteral("divorce"));
    act->setReissueOf(QStringLiteral("nonsense"));  // ignored
    act->setByProxy(true);
    const QJsonObject body = act->requestBody().object();
    QCOMPARE(body.value(QLatin1String("of")).toString(), QStringLiteral("divorce"));
    QCOMPARE(body.value(QLatin1String("by_proxy")).toBool(), true);
    QCOMPARE(body.value(QLatin1String("parties")).toArray().size(), 1);
    bool ok = false;
    QVERIFY(submitAndWait(*act, &ok));  // reissue needs no declaration
    QVERIFY(ok);
    QCOMPARE(sentBody().value(QLatin1String("kind")).toString(), QStringLiteral("reissue"));
  }

  void refusalSaysWhichRule() {
    QJsonObject problem = QJsonDocument::fromJson(
                              FakeServer::problemJson(422, "/problems/ineligible", QStringLiteral("不符合办理条件"),
                                                      QStringLiteral("男方在登记日尚未年满22周岁。")))
                              .object();
    problem.insert(QStringLiteral("rule"), QStringLiteral("man-under-22"));
    problem.insert(QStringLiteral("rules"), QJsonArray{QStringLiteral("man-under-22")});
    m_server->setResponse("POST " + kRegistrations,
                          {422, "application/problem+json", QJsonDocument(problem).toJson()});
    auto act = makeAct();
    QVERIFY(act->start(QStringLiteral("marriage"), QStringLiteral("apt-1")));
    readCouple(*act);
    act->setDeclarationAccepted(true);
    bool ok = true;
    QVERIFY(submitAndWait(*act, &ok));
    QVERIFY(!ok);
    QVERIFY(!act->done());
    QCOMPARE(act->errorText(), QStringLiteral("男方在登记日尚未年满22周岁。"));
    QCOMPARE(act->problem(), QStringLiteral("ineligible"));
    QCOMPARE(act->rules(), QStringList{QStringLiteral("man-under-22")});
    QVERIFY(!act->first()->idNumber().isEmpty());  // kept, so the registrar can fix and resend
  }

  void printsTheCertificateOnceIssued() {
    auto act = makeAct();
    PdfPrinter printer;
    QVERIFY(!act->print(&printer));
    QVERIFY(act->start(QStringLiteral("marriage"), QStringLiteral("apt-1")));
    readCouple(*act);
    act->setDeclarationAccepted(true);
    bool ok = false;
    QVERIFY(submitAndWait(*act, &ok));
    QVERIFY(act->print(&printer));
    QVERIFY(QFileInfo(printer.lastFile()).size() > 0);
    QVERIFY(!act->print(nullptr));
    printer.clear();
  }

  void clearForgetsEverything() {
    auto act = makeAct();
    QVERIFY(act->start(QStringLiteral("marriage"), QStringLiteral("apt-1")));
    readCouple(*act);
    act->setDeclarationAccepted(true);
    bool ok = false;
    QVERIFY(submitAndWait(*act, &ok));
    act->clear();
    QVERIFY(act->kind().isEmpty());
    QVERIFY(!act->done());
    QVERIFY(act->certificateQr().isEmpty());
    QVERIFY(act->partyNames().isEmpty());
    QVERIFY(!act->declarationAccepted());
    QVERIFY(act->first()->empty());
  }

 private:
  std::unique_ptr<FakeServer> m_server;
  std::unique_ptr<ApiClient> m_api;
  std::unique_ptr<StaffSession> m_session;
};

QTEST_MAIN(TestRegistrationAct)
#include "tst_registration_act.moc"
