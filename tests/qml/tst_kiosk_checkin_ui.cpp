// SPDX-License-Identifier: Apache-2.0
// Check-in through the real Main.qml against FakeServer: code on the keypad and the ID card from the
// (simulated) reader give the queue number and counter; a booking QR code fed to the scanner fills the
// code; no booking found shows the walk-in guidance. Screenshots in both languages and large text.
#include "kiosk/checkin/CheckInForm.h"
#include "kiosk/devices/ImageFileQrSource.h"
#include "kiosk/booking/QrCodeItem.h"
#include "tests/qml/UiHarness.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

using namespace wedreg::kiosk;
using wedreg::kiosk::test::FakeServer;
using wedreg::kiosk::test::UiHarness;

namespace {
const QByteArray kCheckIn = "POST /api/v1/appointments/check-in";
}

class TestKioskCheckInUi : public QObject {
  Q_OBJECT

 private:
  CheckInForm* form() const { return m_ui.object<CheckInForm>("checkInForm"); }

  bool openCheckIn() {
    m_ui.tapToStart();
    return m_ui.waitForPage(QStringLiteral("servicePage")) && m_ui.clickItem(QStringLiteral("checkInEntry")) &&
           m_ui.waitForPage(QStringLiteral("checkInPage"));
  }

  bool pressKeys(const QString& keys) { return m_ui.typeOnKeypad(QStringLiteral("checkInKeypad"), keys); }

 private slots:
  void initTestCase() { QVERIFY(m_ui.setUp()); }
  void init() {
    m_ui.server.setResponse(kCheckIn, {200, "application/json",
                                       "{\"appointment_id\":\"apt-7\",\"queue_number\":12,\"counter_hint\":3}"});
    QVERIFY(m_ui.load(true));
  }
  void cleanup() { m_ui.unload(); }

  void codeAndCardGiveTheQueueNumber() {
    QVERIFY(openCheckIn());
    QVERIFY(m_ui.shoot(QStringLiteral("checkin-empty-zh_CN")));
    QVERIFY(pressKeys(QStringLiteral("20261125")));
    QCOMPARE(form()->code(), QStringLiteral("20261125"));
    QVERIFY(m_ui.clickText(QStringLiteral("读取身份证")));
    QTRY_COMPARE(form()->person()->idNumber().size(), 18);
    m_ui.setLanguage(QStringLiteral("en"));
    QVERIFY(m_ui.shoot(QStringLiteral("checkin-filled-en")));
    KioskSettings::instance()->setLargeText(true);
    QVERIFY(m_ui.shoot(QStringLiteral("checkin-filled-large-en")));
    m_ui.setLanguage(QStringLiteral("zh_CN"));
    QVERIFY(m_ui.shoot(QStringLiteral("checkin-filled-large-zh_CN")));
    KioskSettings::instance()->setLargeText(false);

    QVERIFY(m_ui.clickItem(QStringLiteral("checkInSubmit")));
    QTRY_VERIFY(form()->checkedIn());
    const QJsonObject body =
        QJsonDocument::fromJson(m_ui.server.lastBody("/api/v1/appointments/check-in")).object();
    QCOMPARE(body.value(QLatin1String("check_in_code")).toString(), QStringLiteral("20261125"));
    QCOMPARE(body.value(QLatin1String("id_number")).toString().size(), 18);
    QTRY_VERIFY(m_ui.screenText().contains(QStringLiteral("请到 3 号窗口等候叫号。")));
    QVERIFY(m_ui.item(QStringLiteral("queueNumber")) != nullptr);
    QVERIFY(m_ui.shoot(QStringLiteral("checkin-done-zh_CN")));
    m_ui.setLanguage(QStringLiteral("en"));
    QTRY_VERIFY(m_ui.screenText().contains(QStringLiteral("Please wait to be called to counter 3.")));
    QVERIFY(m_ui.shoot(QStringLiteral("checkin-done-en")));
    KioskSettings::instance()->setLargeText(true);
    QVERIFY(m_ui.shoot(QStringLiteral("checkin-done-large-en")));
    QVERIFY(m_ui.clickText(QStringLiteral("Done")));
    QVERIFY(m_ui.waitForPage(QStringLiteral("attractPage")));
    QVERIFY(!form()->checkedIn());
    QVERIFY(form()->person()->idNumber().isEmpty());
  }

  void bookingQrFillsTheCode() {
    QVERIFY(openCheckIn());
    QTemporaryDir dir;
    const QString png = dir.filePath(QStringLiteral("booking.png"));
    const QImage symbol = QrCodeItem::render(QStringLiteral("WRA1:0123456789abcdef0123456789abcdef:20261125"));
    QVERIFY(symbol.scaled(symbol.width() * 6, symbol.height() * 6).save(png));
    QVERIFY(m_ui.object<ImageFileQrSource>("imageScanner")->scanFile(png));
    QTRY_VERIFY(form()->fromQr());
    QCOMPARE(form()->code(), QStringLiteral("20261125"));
    QTRY_VERIFY(m_ui.screenText().contains(QStringLiteral("签到码（来自二维码）")));
  }

  void noBookingShowsWalkInGuidance() {
    m_ui.server.setResponse(kCheckIn, {404, "application/problem+json",
                                       FakeServer::problemJson(404, "https://wedreg.example/problems/not-found",
                                                               QStringLiteral("Not Found"),
                                                               QStringLiteral("找不到该预约。"))});
    QVERIFY(openCheckIn());
    QVERIFY(pressKeys(QStringLiteral("11111111")));
    QVERIFY(m_ui.clickText(QStringLiteral("读取身份证")));
    QTRY_COMPARE(form()->person()->idNumber().size(), 18);
    QVERIFY(m_ui.clickItem(QStringLiteral("checkInSubmit")));
    QTRY_VERIFY(form()->walkInAdvised());
    QTRY_VERIFY(m_ui.screenText().contains(QStringLiteral("找不到该预约。")));
    QVERIFY(m_ui.screenText().contains(QStringLiteral("现场办理")));
    QVERIFY(m_ui.shoot(QStringLiteral("checkin-walkin-zh_CN")));
    m_ui.setLanguage(QStringLiteral("en"));
    QTRY_VERIFY(m_ui.screenText().contains(QStringLiteral("walk-in")));
    QVERIFY(m_ui.shoot(QStringLiteral("checkin-walkin-en")));
  }

 private:
  UiHarness m_ui;
};

QTEST_MAIN(TestKioskCheckInUi)
#include "tst_kiosk_checkin_ui.moc"
