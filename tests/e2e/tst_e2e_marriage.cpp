// SPDX-License-Identifier: Apache-2.0
// End to end: the REAL wedreg-server (SQLite, demo data, a throwaway signing PKI) and the REAL QML
// kiosk offscreen, driven by touches only, through a whole marriage:
//   a couple books a marriage slot -> on that day they check in with the booking's QR code and an
//   ID card -> the registrar signs in, calls the next couple, reads both ID cards, confirms the
//   declaration and completes the registration -> the certificate and its QR code appear -> the
//   server's qr.png of that certificate, fed to the kiosk's image-file scanner, verifies as genuine
//   (offline signature) and in force (online status).
// The booking day is a later day (today's slots have begun or are past); the server is then
// restarted on the same database with dev.clock_offset_days so that day is its "today", and the
// kiosk lives on that day too where it reads the clock for this journey (the queue's day, the
// certificate check's "now": a certificate issued "on" that day is not valid before it).

#include "kiosk/booking/AppointmentDraft.h"
#include "kiosk/booking/QrCodeItem.h"
#include "kiosk/checkin/CheckInForm.h"
#include "kiosk/devices/ImageFileQrSource.h"
#include "kiosk/devices/SimulatedIdentityReader.h"
#include "kiosk/session/StaffSession.h"
#include "kiosk/staff/QueueModel.h"
#include "kiosk/staff/RegistrationAct.h"
#include "kiosk/verify/CertificateCheck.h"
#include "tests/qml/UiHarness.h"

#include "support/BookingHelpers.h"
#include "support/HttpClient.h"
#include "support/ServerProcess.h"
#include "support/SigningDir.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>

using namespace wedreg::kiosk;
using wedreg::kiosk::test::UiHarness;
using wedreg::tests::HttpClient;
using wedreg::tests::ServerProcess;
using wedreg::tests::SigningDir;

namespace {

// Days from today in Beijing to `day`.
int daysUntil(const QDate& day) {
  return static_cast<int>(QDateTime::currentDateTimeUtc().addSecs(8 * 3600).date().daysTo(day));
}

}  // namespace

class TestE2eMarriage : public QObject {
  Q_OBJECT

 private:
  HttpClient http() const { return HttpClient(m_server.port()); }

  // A registrar token over plain HTTP (for what the test itself fetches: the hall, the qr.png).
  std::string registrarToken() const {
    const auto password = m_server.demoPasswords().value(QStringLiteral("registrar")).toStdString();
    const auto reply = http().post("/api/v1/staff/sessions",
                                   "{\"username\":\"registrar\",\"password\":\"" + password + "\"}");
    return reply.status == 201 || reply.status == 200 ? reply.object()->getValue<std::string>("token")
                                                      : std::string();
  }

  // The kiosk follows the server wherever it listens (a restart picks a new free port).
  void pointKioskAtServer() { KioskSettings::instance()->setServerUrl(QUrl(m_server.baseUrl())); }

  bool loadKiosk() {
    m_ui.engine = std::make_unique<QQmlApplicationEngine>();
    prepareEngine(*m_ui.engine);
    m_ui.engine->load(mainQmlUrl());
    if (m_ui.engine->rootObjects().isEmpty()) {
      return false;
    }
    m_ui.window = qobject_cast<QQuickWindow*>(m_ui.engine->rootObjects().constFirst());
    return m_ui.window != nullptr && QTest::qWaitForWindowExposed(m_ui.window) &&
           QTest::qWaitFor([this] { return m_ui.window->property("hallsSettled").toBool(); }, 10000) &&
           m_ui.waitForPage(QStringLiteral("attractPage"));
  }

  // From the attract page to the service page once the server has answered a health poll.
  bool openServices() {
    m_ui.tapToStart();
    if (!m_ui.waitForPage(QStringLiteral("servicePage"))) {
      return false;
    }
    return QTest::qWaitFor(
        [this] {
          QQuickItem* marriage = m_ui.item(QStringLiteral("service-marriage"));
          return marriage != nullptr && marriage->isEnabled();
        },
        10000);
  }

  void typeText(const QString& text) {
    for (const QChar c : text) {
      QTest::keyClick(m_ui.window, c.toLatin1());
    }
  }

  // A delegate has no width until its layout pass, and a slot is disabled until it is known open:
  // tap only once it can take the tap.
  bool tapWhenReady(const QString& objectName) {
    const bool ready = QTest::qWaitFor(
        [&] {
          QQuickItem* item = m_ui.item(objectName);
          return item != nullptr && item->isEnabled() && item->width() > 0 && item->height() > 0;
        },
        10000);
    return ready && m_ui.clickItem(objectName);
  }

  bool readCardInto(const QString& button, const std::function<bool()>& filled) {
    return m_ui.clickItem(button) && QTest::qWaitFor(filled, 5000);
  }

 private slots:
  void initTestCase() {
    prepareApplication();
    QVERIFY2(m_server.start({true, {m_keys.setting()}, false}), qPrintable(m_server.error()));
    const std::string token = registrarToken();
    QVERIFY(!token.empty());
    const auto me = http().get("/api/v1/staff/sessions/current", wedreg::tests::bearer(token));
    QCOMPARE(me.status, 200);
    m_hallId = QString::fromStdString(me.object()->getValue<std::string>("hall_id"));
    const auto hall = http().get("/api/v1/halls/" + m_hallId.toStdString());
    QCOMPARE(hall.status, 200);
    m_hallName = QString::fromStdString(hall.object()->getValue<std::string>("name"));

    KioskSettings* settings = KioskSettings::instance();
    pointKioskAtServer();
    settings->setHallId(m_hallId);
    settings->setTrustRootPath(m_keys.path() + QStringLiteral("/root.crt"));
    settings->setHealthIntervalMs(1000);
    LanguageController::instance()->setLanguage(QStringLiteral("zh_CN"));
    const QByteArray buildDir = qgetenv("WEDREG_BUILD_DIR");
    m_ui.screensDir = QDir(buildDir.isEmpty() ? QDir::currentPath() : QString::fromLocal8Bit(buildDir))
                          .filePath(QStringLiteral("screens"));
    QVERIFY(QDir().mkpath(m_ui.screensDir));
    m_couple = {{QString::fromStdString(wedreg::tests::man("19900315", 41)), QStringLiteral("王小明")},
                {QString::fromStdString(wedreg::tests::woman("19930620", 42)), QStringLiteral("欧阳晓红")}};
  }

  void cleanupTestCase() {
    m_ui.window = nullptr;
    m_ui.engine.reset();
    m_server.stop();
  }

  void bookCheckInRegisterAndVerify() {
    QElapsedTimer clock;
    clock.start();
    QVERIFY(loadKiosk());

    // 1. The couple books the first open marriage slot from tomorrow on, on the kiosk.
    const auto slot = wedreg::tests::openSlot(http(), m_hallId.toStdString(), "marriage");
    QVERIFY(slot.has_value());
    const QString slotId = QString::fromStdString((*slot)->getValue<std::string>("id"));
    const QDate day = QDateTime::fromString(QString::fromStdString((*slot)->getValue<std::string>("start")),
                                            Qt::ISODate)
                          .toOffsetFromUtc(8 * 3600)
                          .date();
    QVERIFY(day.isValid());
    QVERIFY(openServices());
    QVERIFY(m_ui.clickItem(QStringLiteral("service-marriage")));
    QVERIFY(m_ui.waitForPage(QStringLiteral("hallListPage")));
    QTRY_VERIFY(m_ui.itemWithText(m_hallName) != nullptr);
    QVERIFY(m_ui.clickText(m_hallName));
    QVERIFY(m_ui.waitForPage(QStringLiteral("bookingTimePage")));
    const QString dayCell = QStringLiteral("day-") + day.toString(Qt::ISODate);
    QVERIFY(tapWhenReady(dayCell));
    QVERIFY(tapWhenReady(QStringLiteral("slot-") + slotId));
    auto* draft = m_ui.object<AppointmentDraft>("bookingDraft");
    SimulatedIdentityReader::setCards(m_couple);
    for (int person = 0; person < 2; ++person) {
      QVERIFY(m_ui.waitForPage(QStringLiteral("partyPage%1").arg(person)));
      QVERIFY(m_ui.clickText(QStringLiteral("读取身份证")));
      QTRY_COMPARE(draft->party(person)->name(), m_couple.at(person).name);
      QVERIFY(m_ui.typeOnKeypad(QStringLiteral("keypad"), QStringLiteral("1380013800%1").arg(person)));
      QVERIFY(m_ui.clickText(QStringLiteral("下一步 ›")));
    }
    QVERIFY(m_ui.waitForPage(QStringLiteral("declarationPage")));
    QVERIFY(m_ui.clickItem(QStringLiteral("declarationCheck")));
    QTRY_VERIFY(draft->declarationAccepted());
    QVERIFY(m_ui.clickText(QStringLiteral("提交预约")));
    QVERIFY2(m_ui.waitForPage(QStringLiteral("confirmationPage"), 10000), qPrintable(draft->errorText()));
    const QString bookingQr = draft->qrText();
    const QString appointmentId = draft->appointmentId();
    QVERIFY2(bookingQr.startsWith(QStringLiteral("WRA1:") + appointmentId.toUpper() + QLatin1Char(':')),
             qPrintable(bookingQr));
    QVERIFY(m_ui.shoot(QStringLiteral("e2e-booked-zh_CN")));
    QVERIFY(m_ui.clickText(QStringLiteral("完成")));
    QVERIFY(m_ui.waitForPage(QStringLiteral("attractPage")));

    // 2. The day comes: the server's clock moves to the booked day (same database).
    QVERIFY2(m_server.restart({true, {m_keys.setting(), QStringLiteral("dev.clock_offset_days=%1").arg(daysUntil(day))}, true}),
             qPrintable(m_server.error()));
    pointKioskAtServer();
    const int offsetDays = daysUntil(day);
    m_ui.object<QueueModel>("queueModel")->setDate(day.toString(Qt::ISODate));
    m_ui.object<CertificateCheck>("certificateCheck")->setClock(
        [offsetDays] { return QDateTime::currentDateTimeUtc().addDays(offsetDays); });
    qInfo("booked and server moved to %s after %lld ms", qPrintable(day.toString(Qt::ISODate)), clock.elapsed());

    // 3. Check-in: the booking's QR code on the scanner, one ID card on the reader.
    QVERIFY(openServices());
    QVERIFY(m_ui.clickItem(QStringLiteral("checkInEntry")));
    QVERIFY(m_ui.waitForPage(QStringLiteral("checkInPage")));
    QTemporaryDir dir;
    const QString bookingPng = dir.filePath(QStringLiteral("booking.png"));
    const QImage bookingSymbol = QrCodeItem::render(bookingQr);
    QVERIFY(bookingSymbol.scaled(bookingSymbol.size() * 6).save(bookingPng));
    auto* scanner = m_ui.object<ImageFileQrSource>("imageScanner");
    QVERIFY(scanner->scanFile(bookingPng));
    auto* checkIn = m_ui.object<CheckInForm>("checkInForm");
    QTRY_VERIFY(checkIn->fromQr());
    SimulatedIdentityReader::setCards(m_couple);
    QVERIFY(m_ui.clickText(QStringLiteral("读取身份证")));
    QTRY_COMPARE(checkIn->person()->idNumber(), m_couple.at(0).idNumber);
    QVERIFY(m_ui.clickItem(QStringLiteral("checkInSubmit")));
    QTRY_VERIFY_WITH_TIMEOUT(checkIn->checkedIn() || !checkIn->errorText().isEmpty(), 10000);
    QVERIFY2(checkIn->checkedIn(), qPrintable(checkIn->errorText()));
    QVERIFY(checkIn->queueNumber() >= 1);
    QVERIFY(m_ui.clickText(QStringLiteral("完成")));
    QVERIFY(m_ui.waitForPage(QStringLiteral("attractPage")));

    qInfo("checked in after %lld ms", clock.elapsed());
    // 4. The registrar signs in, calls the next couple and completes the marriage.
    QVERIFY(openServices());
    QVERIFY(m_ui.clickText(QStringLiteral("工作人员")));
    QVERIFY(m_ui.waitForPage(QStringLiteral("staffLoginPage")));
    QVERIFY(m_ui.clickItem(QStringLiteral("usernameField")));
    typeText(QStringLiteral("registrar"));
    QVERIFY(m_ui.clickItem(QStringLiteral("passwordField")));
    typeText(m_server.demoPasswords().value(QStringLiteral("registrar")));
    QVERIFY(m_ui.clickText(QStringLiteral("登录")));
    QVERIFY(m_ui.waitForPage(QStringLiteral("staffHomePage"), 10000));
    auto* queue = m_ui.object<QueueModel>("queueModel");
    QTRY_VERIFY_WITH_TIMEOUT(queue->waitingCount() == 1, 10000);
    QVERIFY(m_ui.clickItem(QStringLiteral("callNextButton")));
    QVERIFY(m_ui.waitForPage(QStringLiteral("registrationPage"), 10000));
    auto* act = m_ui.object<RegistrationAct>("registrationAct");
    QCOMPARE(act->kind(), QStringLiteral("marriage"));
    QCOMPARE(act->appointmentId(), appointmentId);
    SimulatedIdentityReader::setCards(m_couple);
    QVERIFY(readCardInto(QStringLiteral("readCard0"), [act] { return !act->first()->idNumber().isEmpty(); }));
    QVERIFY(readCardInto(QStringLiteral("readCard1"), [act] { return !act->second()->idNumber().isEmpty(); }));
    QVERIFY(m_ui.clickItem(QStringLiteral("actDeclarationCheck")));
    QTRY_VERIFY(act->declarationAccepted());
    QVERIFY(m_ui.clickItem(QStringLiteral("completeAct")));
    QTRY_VERIFY_WITH_TIMEOUT(act->done() || !act->errorText().isEmpty(), 10000);
    QVERIFY2(act->done(), qPrintable(act->errorText()));

    qInfo("registered after %lld ms", clock.elapsed());
    // 5. The certificate appears with its QR code.
    QVERIFY(m_ui.waitForPage(QStringLiteral("certificatePage")));
    QVERIFY(act->certificateQr().startsWith(QStringLiteral("MC1:")));
    auto* shown = qobject_cast<QrCodeItem*>(m_ui.item(QStringLiteral("certificateQr")));
    QVERIFY(shown != nullptr && shown->valid());
    QCOMPARE(ImageFileQrSource::decode(shown->symbol().scaled(shown->symbol().size() * 6)).value_or(QString()),
             act->certificateQr());
    QVERIFY(m_ui.screenText().contains(act->certificateNumber()));
    QVERIFY(m_ui.shoot(QStringLiteral("e2e-certificate-zh_CN")));

    // 6. Verify: the server's PNG of the certificate, through the image-file scanner.
    const std::string token = registrarToken();
    const auto png = http().get("/api/v1/certificates/" + act->certificateId().toStdString() + "/qr.png",
                                wedreg::tests::bearer(token));
    QCOMPARE(png.status, 200);
    QCOMPARE(QByteArray::fromStdString(png.contentType), QByteArray("image/png"));
    const QString certificatePng = dir.filePath(QStringLiteral("certificate.png"));
    {
      QFile file(certificatePng);
      QVERIFY(file.open(QIODevice::WriteOnly));
      QCOMPARE(file.write(png.body.data(), static_cast<qint64>(png.body.size())), static_cast<qint64>(png.body.size()));
    }
    QVERIFY(m_ui.clickItem(QStringLiteral("verifyCertificate")));
    QVERIFY(m_ui.waitForPage(QStringLiteral("verifyPage")));
    QVERIFY(scanner->scanFile(certificatePng));
    auto* check = m_ui.object<CertificateCheck>("certificateCheck");
    QTRY_VERIFY2_WITH_TIMEOUT(check->signatureState() == CertificateCheck::SignatureState::Valid,
                              qPrintable(check->reason()), 10000);
    QTRY_COMPARE_WITH_TIMEOUT(check->statusState(), CertificateCheck::StatusState::Known, 10000);
    QCOMPARE(check->status(), QStringLiteral("valid"));
    QCOMPARE(check->kind(), QStringLiteral("marriage"));
    QCOMPARE(check->identifier(), act->certificateIdentifier());
    // The card reader gives no Latin names: the people's lines show the name alone, no empty "（）".
    QTRY_VERIFY(m_ui.screenText().contains(QStringLiteral("当事人 1：")));
    QVERIFY(!m_ui.screenText().contains(QStringLiteral("（）")));
    QVERIFY(m_ui.shoot(QStringLiteral("e2e-verified-zh_CN")));
    qInfo("verified after %lld ms", clock.elapsed());
    QVERIFY2(clock.elapsed() < 60000, qPrintable(QStringLiteral("took %1 ms").arg(clock.elapsed())));
  }

 private:
  SigningDir m_keys;
  ServerProcess m_server;
  UiHarness m_ui;  // its FakeServer is never started: only the real server answers here
  QString m_hallId;
  QString m_hallName;
  QList<SimulatedIdentityReader::Card> m_couple;
};

QTEST_MAIN(TestE2eMarriage)
#include "tst_e2e_marriage.moc"
