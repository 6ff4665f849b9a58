// SPDX-License-Identifier: Apache-2.0
// PartyForm's keypad and checks, and AppointmentDraft's submission against FakeServer: the body, the
// Idempotency-Key across retries, and every refusal turned into words plus the fix to offer.
#include "core/identity/ResidentId.h"
#include "kiosk/backend/ApiClient.h"
#include "kiosk/backend/LanguageController.h"
#include "kiosk/booking/AppointmentDraft.h"
#include "kiosk/booking/SlotListModel.h"
#include "kiosk/devices/PdfPrinter.h"
#include "tests/kiosk/FakeServer.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTest>
#include <QUuid>

#include <memory>

using namespace wedreg::kiosk;
using wedreg::kiosk::test::FakeServer;

namespace {
const QByteArray kPost = "/api/v1/appointments";

QString validId(const char* first17) {
  return QString::fromLatin1(first17) +
         QLatin1Char(wedreg::core::ResidentId::checkCharacter(first17));
}

// A slot on 2026-05-20 (a Wednesday) from hh:00 to hh:30, Beijing time.
Slot slotAt(const char* id, int hour) {
  Slot slot;
  slot.id = QString::fromLatin1(id);
  slot.start = QDateTime(QDate(2026, 5, 20), QTime(hour, 0), Qt::OffsetFromUTC, kBeijingOffsetSeconds);
  slot.end = slot.start.addSecs(30 * 60);
  return slot;
}

QByteArray problem(int status, const char* slug, const QString& detail, const char* extraKey = nullptr,
                   const QString& extraValue = {}) {
  QJsonObject object = QJsonDocument::fromJson(FakeServer::problemJson(
                                                   status, QByteArray("https://wedreg.example/problems/") + slug,
                                                   QStringLiteral("Refused"), detail))
                           .object();
  if (extraKey != nullptr) {
    object.insert(QString::fromLatin1(extraKey), extraValue);
  }
  return QJsonDocument(object).toJson(QJsonDocument::Compact);
}
}  // namespace

class TestAppointmentDraft : public QObject {
  Q_OBJECT

 private:
  void fillMarriage(AppointmentDraft& draft) {
    draft.chooseService(QStringLiteral("marriage"));
    draft.chooseHall(QStringLiteral("hz-xihu"), QStringLiteral("西湖特色婚姻登记点"));
    draft.chooseSlot(slotAt("s-1", 9));
    draft.first()->fillFromCard(validId("11010119950307003"), QStringLiteral("张明"));
    draft.first()->setPhone(QStringLiteral("13800138000"));
    draft.second()->fillFromCard(validId("11010119960815002"), QStringLiteral("李华"));
    draft.second()->setPhone(QStringLiteral("13900139000"));
    draft.setDeclarationAccepted(true);
  }

  bool submitAndWait(AppointmentDraft& draft, bool* ok = nullptr) {
    QSignalSpy done(&draft, &AppointmentDraft::submitted);
    if (!draft.submit()) {
      return false;
    }
    if (!done.wait(5000)) {
      return false;
    }
    if (ok != nullptr) {
      *ok = done.constFirst().constFirst().toBool();
    }
    return true;
  }

 private slots:
  void initTestCase() {
    LanguageController::instance()->setLanguage(QStringLiteral("en"));
  }

  void init() {
    m_server = std::make_unique<FakeServer>();
    QVERIFY(m_server->start());
    m_server->serveDefaults();
    m_server->serveBooking("hz-xihu");
    m_api = std::make_unique<ApiClient>(nullptr);
    m_api->setBaseUrl(m_server->url());
    m_api->setTimeoutMs(1000);
  }

  void cleanup() {
    m_api.reset();
    m_server.reset();
  }

  void servicesTakeOneOrTwoPeople() {
    QCOMPARE(AppointmentDraft::partiesFor(QStringLiteral("marriage")), 2);
    QCOMPARE(AppointmentDraft::partiesFor(QStringLiteral("divorce_application")), 2);
    QCOMPARE(AppointmentDraft::partiesFor(QStringLiteral("reissue")), 1);
    QCOMPARE(AppointmentDraft::partiesFor(QStringLiteral("counselling")), 1);
    QCOMPARE(AppointmentDraft::partiesFor(QStringLiteral("ceremony")), 0);
    AppointmentDraft draft(m_api.get());
    draft.chooseService(QStringLiteral("bogus"));
    QVERIFY(draft.service().isEmpty());
  }

  void keypadAcceptsDigitsAndAFinalX() {
    PartyForm form;
    form.typeIdCharacter(QStringLiteral("X"));  // not first
    QVERIFY(form.idNumber().isEmpty());
    for (int i = 0; i < 17; ++i) {
      form.typeIdCharacter(QString::number(i % 10));
    }
    form.typeIdCharacter(QStringLiteral("a"));
    QCOMPARE(form.idNumber().size(), 17);
    form.typeIdCharacter(QStringLiteral("x"));
    QCOMPARE(form.idNumber().right(1), QStringLiteral("X"));
    form.typeIdCharacter(QStringLiteral("1"));  // full
    QCOMPARE(form.idNumber().size(), 18);
    form.backspaceId();
    QCOMPARE(form.idNumber().size(), 17);
    for (int i = 0; i < 12; ++i) {
      form.typePhoneDigit(QStringLiteral("1"));
    }
    QCOMPARE(form.phone().size(), PartyForm::kPhoneLength);
    QCOMPARE(form.idMasked(), form.idNumber().left(4) + QString(9, QLatin1Char('*')) + form.idNumber().right(4));
  }

  void checksWordTheReason_data() {
    QTest::addColumn<QString>("id");
    QTest::addColumn<QString>("expected");
    QTest::newRow("empty") << QString() << QStringLiteral("Please enter the ID number.");
    QTest::newRow("short") << QStringLiteral("1101011995") << QStringLiteral("An ID number has 18 characters.");
    QString wrongCheck = validId("11010119950307003");
    wrongCheck[17] = wrongCheck[17] == QLatin1Char('1') ? QLatin1Char('2') : QLatin1Char('1');
    QTest::newRow("checksum") << wrongCheck
                              << QStringLiteral("The last character does not match the rest; please check each digit.");
    QTest::newRow("province") << validId("99010119950307003")
                              << QStringLiteral("The first digits do not name a province; please check the number.");
  }

  void checksWordTheReason() {
    QFETCH(QString, id);
    QFETCH(QString, expected);
    PartyForm form;
    form.setIdNumber(id);
    form.setName(QStringLiteral("张明"));
    form.setPhone(QStringLiteral("13800138000"));
    QVERIFY(!form.validate(QDate(2026, 11, 25)));
    QCOMPARE(form.idError(), expected);
    QVERIFY(form.nameError().isEmpty());
    form.setIdNumber(validId("11010119950307003"));
    QVERIFY(form.idError().isEmpty());  // editing clears the field's error
    QVERIFY(form.validate(QDate(2026, 11, 25)));
  }

  void phoneAndNameAreChecked() {
    PartyForm form;
    form.setIdNumber(validId("11010119950307003"));
    form.setPhone(QStringLiteral("2380013800"));
    QVERIFY(!form.validate(QDate(2026, 11, 25)));
    QVERIFY(!form.phoneError().isEmpty());
    QVERIFY(!form.nameError().isEmpty());
  }

  void sameNumberTwiceIsRefused() {
    AppointmentDraft draft(m_api.get());
    fillMarriage(draft);
    draft.second()->setIdNumber(draft.first()->idNumber());
    QVERIFY(draft.validateParty(0));
    QVERIFY(!draft.validateParty(1));
    QVERIFY(!draft.second()->idError().isEmpty());
  }

  void bookingSendsTheContractBody() {
    AppointmentDraft draft(m_api.get());
    fillMarriage(draft);
    bool ok = false;
    QVERIFY(submitAndWait(draft, &ok));
    QVERIFY(ok);
    QVERIFY(draft.confirmed());
    QCOMPARE(draft.checkInCode(), QString::fromLatin1(FakeServer::kCheckInCode));
    QCOMPARE(draft.qrText(), QStringLiteral("WRA1:%1:%2").arg(QString::fromLatin1(FakeServer::kAppointmentId).toUpper(), QString::fromLatin1(FakeServer::kCheckInCode)));
    QCOMPARE(draft.appointmentId(), QString::fromLatin1(FakeServer::kAppointmentId));
    QCOMPARE(m_server->lastMethod(kPost), QByteArray("POST"));
    const QByteArray key = m_server->lastHeader(kPost, "Idempotency-Key");
    QVERIFY(!QUuid::fromString(QString::fromLatin1(key)).isNull());
    const QJsonObject body = QJsonDocument::fromJson(m_server->lastBody(kPost)).object();
    QCOMPARE(body.value(QLatin1String("slot_id")).toString(), QStringLiteral("s-1"));
    QCOMPARE(body.value(QLatin1String("service")).toString(), QStringLiteral("marriage"));
    QCOMPARE(body.value(QLatin1String("declaration_accepted")).toBool(), true);
    const QJsonArray parties = body.value(QLatin1String("parties")).toArray();
    QCOMPARE(parties.size(), 2);
    QCOMPARE(parties.at(1).toObject().value(QLatin1String("name")).toString(), QStringLiteral("李华"));
    QCOMPARE(parties.at(0).toObject().value(QLatin1String("phone")).toString(), QStringLiteral("13800138000"));
    QVERIFY(!draft.submit());  // already booked: nothing more is sent
  }

  void oneParty_forReissue() {
    AppointmentDraft draft(m_api.get());
    fillMarriage(draft);
    draft.chooseService(QStringLiteral("reissue"));
    QVERIFY(draft.second()->empty());  // the second person is forgotten
    QVERIFY(draft.slotId().isEmpty());  // a different service, a different time
    draft.chooseSlot(slotAt("s-9", 10));
    QCOMPARE(draft.requestBody().object().value(QLatin1String("parties")).toArray().size(), 1);
  }

  void nothingIsSentUntilTheFormIsRight() {
    AppointmentDraft draft(m_api.get());
    fillMarriage(draft);
    draft.setDeclarationAccepted(false);
    QVERIFY(!draft.submit());
    QCOMPARE(draft.problem(), QStringLiteral("declaration"));
    draft.setDeclarationAccepted(true);
    draft.second()->setPhone(QStringLiteral("12"));
    QVERIFY(!draft.submit());
    QCOMPARE(draft.fix(), QStringLiteral("parties"));
    QVERIFY(!draft.second()->phoneError().isEmpty());
    QCOMPARE(m_server->requestCount(kPost), 0);
  }

  void refusalsKeepTheFormAndOfferTheFix_data() {
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("slug");
    QTest::addColumn<QString>("fix");
    QTest::newRow("slot-full") << 409 << QByteArray("slot-full") << QStringLiteral("slot");
    QTest::newRow("not-open") << 409 << QByteArray("not-open") << QStringLiteral("slot");
    QTest::newRow("already-booked") << 409 << QByteArray("already-booked") << QStringLiteral("parties");
    QTest::newRow("ineligible") << 422 << QByteArray("ineligible") << QStringLiteral("parties");
  }

  void refusalsKeepTheFormAndOfferTheFix() {
    QFETCH(int, status);
    QFETCH(QByteArray, slug);
    QFETCH(QString, fix);
    const QString detail = QStringLiteral("服务器的说明：") + QString::fromLatin1(slug);
    m_server->setResponse("POST " + kPost, {status, "application/problem+json",
                                            problem(status, slug.constData(), detail, "rule",
                                                    QStringLiteral("man-under-22"))});
    AppointmentDraft draft(m_api.get());
    fillMarriage(draft);
    bool ok = true;
    QVERIFY(submitAndWait(draft, &ok));
    QVERIFY(!ok);
    QCOMPARE(draft.errorText(), detail);
    QCOMPARE(draft.problem(), QString::fromLatin1(slug));
    QCOMPARE(draft.fix(), fix);
    QVERIFY(!draft.confirmed());
    QCOMPARE(draft.first()->name(), QStringLiteral("张明"));  // kept for the retry
    QCOMPARE(draft.slotId(), QStringLiteral("s-1"));
  }

  void invalidFieldLandsOnThatField() {
    m_server->setResponse("POST " + kPost,
                          {422, "application/problem+json",
                           problem(422, "invalid-field", QStringLiteral("第二位的手机号码不正确"), "field",
                                   QStringLiteral("parties[1].phone"))});
    AppointmentDraft draft(m_api.get());
    fillMarriage(draft);
    QVERIFY(submitAndWait(draft));
    QCOMPARE(draft.fix(), QStringLiteral("parties"));
    QCOMPARE(draft.second()->phoneError(), QStringLiteral("第二位的手机号码不正确"));
    QVERIFY(draft.first()->phoneError().isEmpty());
  }

  void unansweredRetryKeepsTheKey() {
    AppointmentDraft draft(m_api.get());
    fillMarriage(draft);
    m_server->setMode(FakeServer::Mode::Silent);
    bool ok = true;
    QVERIFY(submitAndWait(draft, &ok));
    QVERIFY(!ok);
    QCOMPARE(draft.fix(), QStringLiteral("retry"));
    const QByteArray firstKey = m_server->lastHeader(kPost, "Idempotency-Key");
    m_server->setMode(FakeServer::Mode::Serve);
    QVERIFY(submitAndWait(draft, &ok));
    QVERIFY(ok);
    QCOMPARE(m_server->lastHeader(kPost, "Idempotency-Key"), firstKey);
  }

  void changedRequestGetsANewKey() {
    m_server->setResponse("POST " + kPost, {409, "application/problem+json",
                                            problem(409, "slot-full", QStringLiteral("满了"))});
    AppointmentDraft draft(m_api.get());
    fillMarriage(draft);
    QVERIFY(submitAndWait(draft));
    const QByteArray firstKey = m_server->lastHeader(kPost, "Idempotency-Key");
    draft.chooseSlot(slotAt("s-3", 10));
    m_server->setResponse("POST " + kPost, {201, "application/json", FakeServer::appointmentJson()});
    bool ok = false;
    QVERIFY(submitAndWait(draft, &ok));
    QVERIFY(ok);
    QVERIFY(m_server->lastHeader(kPost, "Idempotency-Key") != firstKey);
  }

  // The booking confirmation's date line stayed Chinese after switching to English: the label was
  // formatted once, when the slot was chosen.
  void slotLabelFollowsTheLanguage() {
    AppointmentDraft draft(m_api.get());
    LanguageController::instance()->setLanguage(QStringLiteral("zh_CN"));
    fillMarriage(draft);
    QVERIFY2(draft.slotLabel().contains(QStringLiteral("2026年5月20日")), qPrintable(draft.slotLabel()));
    QSignalSpy changed(&draft, &AppointmentDraft::slotChanged);
    LanguageController::instance()->setLanguage(QStringLiteral("en"));
    QVERIFY(changed.count() >= 1);
    const QString label = draft.slotLabel();
    QVERIFY2(label.contains(QStringLiteral("May 20, 2026")), qPrintable(label));
    QVERIFY2(label.contains(QStringLiteral("09:00–09:30")), qPrintable(label));
    QVERIFY2(!label.contains(QStringLiteral("年")), qPrintable(label));
  }

  void slotComesFromTheLoadedList() {
    AppointmentDraft draft(m_api.get());
    draft.chooseSlotFrom(nullptr, QStringLiteral("s-1"));
    QVERIFY(draft.slotId().isEmpty());
    SlotListModel list(m_api.get());
    draft.chooseSlotFrom(&list, QStringLiteral("s-1"));  // nothing loaded: nothing chosen
    QVERIFY(draft.slotId().isEmpty());
  }

  void printsTheSlipOnceBooked() {
    AppointmentDraft draft(m_api.get());
    fillMarriage(draft);
    PdfPrinter printer;
    QVERIFY(!draft.printConfirmation(&printer, QStringLiteral("结婚登记")));  // nothing booked yet
    QVERIFY(submitAndWait(draft));
    QVERIFY(draft.printConfirmation(&printer, QStringLiteral("结婚登记")));
    QVERIFY(QFileInfo(printer.lastFile()).size() > 0);
    QVERIFY(!draft.printConfirmation(nullptr, {}));
    printer.clear();
  }

  void clearEmptiesEverything() {
    AppointmentDraft draft(m_api.get());
    QVERIFY(draft.empty());
    fillMarriage(draft);
    QVERIFY(!draft.empty());
    QVERIFY(submitAndWait(draft));
    QSignalSpy emptied(&draft, &AppointmentDraft::emptyChanged);
    draft.clear();
    QVERIFY(draft.empty());
    QCOMPARE(emptied.count(), 1);
    QVERIFY(draft.first()->idNumber().isEmpty());
    QVERIFY(draft.second()->phone().isEmpty());
    QVERIFY(draft.qrText().isEmpty());
    QVERIFY(draft.checkInCode().isEmpty());
    QVERIFY(draft.idempotencyKey().isEmpty());
    QVERIFY(!draft.declarationAccepted());
  }

 private:
  std::unique_ptr<FakeServer> m_server;
  std::unique_ptr<ApiClient> m_api;
};

QTEST_MAIN(TestAppointmentDraft)
#include "tst_appointment_draft.moc"
