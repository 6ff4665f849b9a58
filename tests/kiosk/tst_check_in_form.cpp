// SPDX-License-Identifier: Apache-2.0
// Check-in at the kiosk against FakeServer: code + ID number (or a scanned booking QR code) gives the
// queue number and counter; no booking found advises a walk-in; the server's other refusals are shown
// in its words; fields are checked before anything is sent; clear() forgets everything.
#include "kiosk/backend/ApiClient.h"
#include "kiosk/checkin/CheckInForm.h"
#include "tests/kiosk/FakeServer.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTest>

using namespace wedreg::kiosk;
using wedreg::kiosk::test::FakeServer;

namespace {
const QByteArray kPath = "POST /api/v1/appointments/check-in";
const QByteArray kPlainPath = "/api/v1/appointments/check-in";
const QString kGoodId = QStringLiteral("11010519491231002X");
const QString kQr = QStringLiteral("WRA1:0123456789abcdef0123456789abcdef:20261125");
}  // namespace

class TestCheckInForm : public QObject {
  Q_OBJECT

 private:
  FakeServer m_server;
  ApiClient* m_api = nullptr;

  std::unique_ptr<CheckInForm> makeForm() {
    auto form = std::make_unique<CheckInForm>(m_api);
    form->setToday([] { return QDate(2026, 11, 25); });
    return form;
  }

  static void type(CheckInForm& form, const QString& code, const QString& id) {
    for (const QChar c : code) {
      form.typeCodeDigit(QString(c));
    }
    for (const QChar c : id) {
      form.person()->typeIdCharacter(QString(c));
    }
  }

  void refuse(int status, const QByteArray& slug, const QString& detail, const QString& field = {}) {
    QJsonObject problem = QJsonDocument::fromJson(
        FakeServer::problemJson(status, "https://wedreg.example/problems/" + slug, QStringLiteral("x"), detail))
                              .object();
    if (!field.isEmpty()) {
      problem.insert(QStringLiteral("field"), field);
    }
    m_server.setResponse(kPath, {status, "application/problem+json", QJsonDocument(problem).toJson()});
  }

  QJsonObject lastBody() const { return QJsonDocument::fromJson(m_server.lastBody(kPlainPath)).object(); }

 private slots:
  void initTestCase() {
    QVERIFY(m_server.start());
    m_api = new ApiClient(this);
    m_api->setBaseUrl(m_server.url());
  }

  void codeAndIdGiveQueueNumberAndCounter() {
    m_server.setResponse(kPath, {200, "application/json",
                                 "{\"appointment_id\":\"apt-7\",\"queue_number\":12,\"counter_hint\":3}"});
    auto form = makeForm();
    type(*form, QStringLiteral("20261125"), kGoodId);
    QCOMPARE(form->code(), QStringLiteral("20261125"));
    QCOMPARE(form->person()->idMasked(), QStringLiteral("1101**********002X"));
    QSignalSpy result(form.get(), &CheckInForm::resultChanged);
    QVERIFY(form->submit());
    QVERIFY(form->busy());
    QVERIFY(result.wait(5000));
    QVERIFY(form->checkedIn());
    QCOMPARE(form->queueNumber(), 12);
    QCOMPARE(form->counter(), 3);
    QCOMPARE(lastBody().value(QLatin1String("check_in_code")).toString(), QStringLiteral("20261125"));
    QCOMPARE(lastBody().value(QLatin1String("id_number")).toString(), kGoodId);
    QVERIFY(!lastBody().contains(QLatin1String("qr")));
    form->clear();
    QVERIFY(!form->checkedIn());
    QVERIFY(form->code().isEmpty());
    QVERIFY(form->person()->idNumber().isEmpty());
  }

  void scannedBookingQrIsSentAsQr() {
    m_server.setResponse(kPath, {200, "application/json",
                                 "{\"appointment_id\":\"apt-7\",\"queue_number\":4,\"counter_hint\":1}"});
    auto form = makeForm();
    QVERIFY(form->useScannedQr(QStringLiteral("  ") + kQr));
    QVERIFY(form->fromQr());
    QCOMPARE(form->code(), QStringLiteral("20261125"));
    type(*form, {}, kGoodId);
    QSignalSpy result(form.get(), &CheckInForm::resultChanged);
    QVERIFY(form->submit());
    QVERIFY(result.wait(5000));
    QCOMPARE(form->queueNumber(), 4);
    QCOMPARE(lastBody().value(QLatin1String("qr")).toString(), kQr);
    QVERIFY(!lastBody().contains(QLatin1String("check_in_code")));
  }

  void certificateOrOtherQrIsNotABooking() {
    auto form = makeForm();
    for (const QString& text : {QStringLiteral("MC1:NCFOXN%TS3DH"), QStringLiteral("WRA1:xyz:123"),
                                QStringLiteral("WRA1:0123456789abcdef0123456789abcdef:2026112A"), QString()}) {
      QVERIFY(!form->useScannedQr(text));
      QVERIFY(!form->codeError().isEmpty());
      QVERIFY(!form->fromQr());
    }
  }

  void fieldsAreCheckedBeforeSending() {
    auto form = makeForm();
    const int before = m_server.requestCount(kPlainPath);
    type(*form, QStringLiteral("2026"), QStringLiteral("110105194912310021"));
    QVERIFY(!form->submit());
    QVERIFY(!form->codeError().isEmpty());
    QVERIFY(!form->person()->idError().isEmpty());
    QCOMPARE(m_server.requestCount(kPlainPath), before);
    // Letters and too many digits are not typed at all.
    form->typeCodeDigit(QStringLiteral("a"));
    for (int i = 0; i < 10; ++i) {
      form->typeCodeDigit(QStringLiteral("9"));
    }
    QCOMPARE(form->code(), QStringLiteral("20269999"));
    form->backspaceCode();
    QCOMPARE(form->code(), QStringLiteral("2026999"));
  }

  void noBookingAdvisesAWalkIn() {
    refuse(404, "not-found", QStringLiteral("找不到该预约。"));
    auto form = makeForm();
    type(*form, QStringLiteral("11111111"), kGoodId);
    QSignalSpy errors(form.get(), &CheckInForm::errorsChanged);
    QVERIFY(form->submit());
    QTRY_VERIFY(form->walkInAdvised());
    QCOMPARE(form->errorText(), QStringLiteral("找不到该预约。"));
    QVERIFY(!form->checkedIn());
    // Typing again clears the old refusal.
    form->person()->backspaceId();
    QVERIFY(!form->walkInAdvised());
    QVERIFY(form->errorText().isEmpty());
  }

  void otherRefusalsAreShownInTheServersWords() {
    refuse(409, "not-today", QStringLiteral("只能在预约当天签到。"));
    auto form = makeForm();
    type(*form, QStringLiteral("20261125"), kGoodId);
    QVERIFY(form->submit());
    QTRY_COMPARE(form->errorText(), QStringLiteral("只能在预约当天签到。"));
    QVERIFY(!form->walkInAdvised());

    refuse(422, "invalid-field", QStringLiteral("身份证号码有误。"), QStringLiteral("id_number"));
    QVERIFY(form->submit());
    QTRY_COMPARE(form->person()->idError(), QStringLiteral("身份证号码有误。"));

    m_server.stop();
    QVERIFY(form->submit());
    QTRY_VERIFY_WITH_TIMEOUT(!form->busy(), 10000);
    QVERIFY(!form->errorText().isEmpty());
    QVERIFY(!form->checkedIn());
    QVERIFY(m_server.start());
  }
};

QTEST_MAIN(TestCheckInForm)
#include "tst_check_in_form.moc"
