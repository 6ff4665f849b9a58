// SPDX-License-Identifier: Apache-2.0
// Staff mode through the real Main.qml: the hidden entry, sign-in (and its refusal), the registrar's
// queue, sign-out, and the shorter staff lock that forgets the token.
#include "kiosk/booking/QrCodeItem.h"
#include "kiosk/devices/ImageFileQrSource.h"
#include "kiosk/devices/PdfPrinter.h"
#include "kiosk/devices/SimulatedIdentityReader.h"
#include "kiosk/session/StaffSession.h"
#include "kiosk/staff/QueueModel.h"
#include "kiosk/staff/RegistrationAct.h"
#include "tests/qml/StaffSignIn.h"
#include "tests/qml/UiHarness.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace wedreg::kiosk;
using wedreg::kiosk::test::FakeServer;
using wedreg::kiosk::test::UiHarness;
using wedreg::kiosk::test::openStaffLogin;
using wedreg::kiosk::test::signInAsStaff;
using wedreg::kiosk::test::typeInto;

namespace {
const QByteArray kOwnHallBytes = wedreg::kiosk::test::kOwnHall;
}  // namespace

class TestKioskStaffUi : public QObject {
  Q_OBJECT

 private:
  StaffSession* session() const { return m_ui.object<StaffSession>("staffSession"); }

  bool signInAsRegistrar() { return signInAsStaff(m_ui, QStringLiteral("clerk"), QStringLiteral("staffHomePage")); }

  RegistrationAct* act() const { return m_ui.object<RegistrationAct>("registrationAct"); }

  // Call next -> the act page for the couple with queue number 1, both cards read, declaration ticked.
  bool callAndReadTheCouple() {
    if (!m_ui.clickItem(QStringLiteral("callNextButton")) ||
        !m_ui.waitForPage(QStringLiteral("registrationPage"))) {
      return false;
    }
    if (act()->appointmentId() != QLatin1String(FakeServer::kQueuedFirst) || !m_ui.clickItem(QStringLiteral("readCard0")) ||
        !QTest::qWaitFor([this] { return !act()->first()->idNumber().isEmpty(); }, 5000) ||
        !m_ui.clickItem(QStringLiteral("readCard1")) ||
        !QTest::qWaitFor([this] { return !act()->second()->idNumber().isEmpty(); }, 5000) ||
        !m_ui.clickItem(QStringLiteral("actDeclarationCheck"))) {
      return false;
    }
    return QTest::qWaitFor([this] { return act()->declarationAccepted(); }, 2000);
  }

 private slots:
  void initTestCase() {
    QVERIFY(m_ui.setUp());
    SimulatedIdentityReader::setCards(SimulatedIdentityReader::demoCards());
  }
  void init() { QVERIFY(m_ui.load()); }
  void cleanup() { m_ui.unload(); }

  void registrarSignsInAndSeesTheQueue() {
    QVERIFY(openStaffLogin(m_ui));
    QVERIFY(m_ui.shoot(QStringLiteral("staff-login-zh_CN")));
    QVERIFY(typeInto(m_ui, QStringLiteral("usernameField"), QStringLiteral("clerk")));
    QVERIFY(typeInto(m_ui, QStringLiteral("passwordField"), QStringLiteral("secret")));
    QVERIFY(m_ui.clickText(QStringLiteral("登录")));
    QVERIFY(m_ui.waitForPage(QStringLiteral("staffHomePage")));
    QVERIFY(session()->signedIn());
    QCOMPARE(session()->role(), QStringLiteral("registrar"));
    const QJsonObject body =
        QJsonDocument::fromJson(m_ui.server.lastBody("/api/v1/staff/sessions")).object();
    QCOMPARE(body.value(QLatin1String("password")).toString(), QStringLiteral("secret"));
    QTRY_VERIFY(m_ui.screenText().contains(QStringLiteral("张明 · 李华")));
    QVERIFY(m_ui.screenText().contains(QStringLiteral("今日队列")));
    // The row's state in words of the screen's language, never the server's code ("checked_in").
    QVERIFY(m_ui.screenText().contains(QStringLiteral("3 号 · 等候中")));
    QVERIFY(!m_ui.screenText().contains(QStringLiteral("checked_in")));
    QVERIFY(m_ui.shoot(QStringLiteral("staff-queue-zh_CN")));
    m_ui.setLanguage(QStringLiteral("en"));
    QTRY_VERIFY(m_ui.screenText().contains(QStringLiteral("Today's queue")));
    QVERIFY(m_ui.screenText().contains(QStringLiteral("No. 3 · waiting")));
    QVERIFY(m_ui.shoot(QStringLiteral("staff-queue-en")));
    KioskSettings::instance()->setLargeText(true);
    QVERIFY(m_ui.shoot(QStringLiteral("staff-queue-large-en")));
    QVERIFY(m_ui.clickText(QStringLiteral("Sign out")));
    QVERIFY(m_ui.waitForPage(QStringLiteral("attractPage")));
    QVERIFY(!session()->signedIn());
    QTRY_COMPARE(m_ui.server.lastMethod("/api/v1/staff/sessions/current"), QByteArray("DELETE"));
  }

  // Call next -> both ID cards -> declaration -> the certificate with its QR -> print -> verify.
  void registrarCompletesAMarriage() {
    m_ui.server.serveRegistrar(kOwnHallBytes);
    // As long as a real certificate's QR text (about 300 characters of the QR alphanumeric set).
    const QString certificateQr = QStringLiteral("MC1:") + QStringLiteral("NCFOXN%TS3DH0YOJ58S S-F2").repeated(12);
    m_ui.server.setResponse("POST /api/v1/registrations",
                            {201, "application/json", FakeServer::marriageActJson(certificateQr)});
    QVERIFY(signInAsRegistrar());
    QTRY_VERIFY(m_ui.screenText().contains(QStringLiteral("陈静 · 周杰")));
    QVERIFY(m_ui.screenText().contains(QStringLiteral("已预约，未签到")));  // not the server's "booked"
    QVERIFY(!m_ui.screenText().contains(QStringLiteral("booked")));
    QVERIFY(m_ui.shoot(QStringLiteral("registrar-queue-zh_CN")));
    QVERIFY(callAndReadTheCouple());
    // The server called the couple, to this kiosk's counter (the default, "1").
    const QJsonObject call =
        QJsonDocument::fromJson(m_ui.server.lastBody("/api/v1/halls/" + kOwnHallBytes + "/queue/next")).object();
    QCOMPARE(call.value(QLatin1String("counter")).toString(), QStringLiteral("1"));
    QVERIFY(m_ui.screenText().contains(QStringLiteral("1号 · 陈静 · 周杰")));
    QVERIFY(m_ui.screenText().contains(QStringLiteral("张明  ")));  // name and masked number
    QVERIFY(!m_ui.screenText().contains(act()->first()->idNumber()));  // never the full number
    QVERIFY(m_ui.shoot(QStringLiteral("registrar-act-zh_CN")));
    m_ui.setLanguage(QStringLiteral("en"));
    QTRY_VERIFY(m_ui.screenText().contains(QStringLiteral("Complete the registration")));
    // Every line follows the switch: the act's title, the called couple, the declaration.
    QTRY_VERIFY(m_ui.screenText().contains(QStringLiteral("Marriage registration")));
    QVERIFY(m_ui.screenText().contains(QStringLiteral("No. 1 · 陈静 · 周杰")));
    QVERIFY(m_ui.screenText().contains(QStringLiteral("in front of the registrar")));
    QVERIFY(m_ui.shoot(QStringLiteral("registrar-act-en")));
    KioskSettings::instance()->setLargeText(true);
    QVERIFY(m_ui.shoot(QStringLiteral("registrar-act-large-en")));
    KioskSettings::instance()->setLargeText(false);
    m_ui.setLanguage(QStringLiteral("zh_CN"));

    QVERIFY(m_ui.clickItem(QStringLiteral("completeAct")));
    QVERIFY(m_ui.waitForPage(QStringLiteral("certificatePage")));
    const QJsonObject body =
        QJsonDocument::fromJson(m_ui.server.lastBody("/api/v1/registrations")).object();
    QCOMPARE(body.value(QLatin1String("appointment_id")).toString(), QString::fromLatin1(FakeServer::kQueuedFirst));
    QCOMPARE(body.value(QLatin1String("parties")).toArray().size(), 2);
    QCOMPARE(m_ui.server.lastHeader("/api/v1/registrations", "Authorization"), QByteArray("Bearer tok-registrar-1"));
    auto* qr = qobject_cast<QrCodeItem*>(m_ui.item(QStringLiteral("certificateQr")));
    QVERIFY(qr != nullptr);
    QVERIFY(qr->valid());
    QCOMPARE(ImageFileQrSource::decode(qr->symbol().scaled(qr->symbol().size() * 6)).value_or(QString()),
             certificateQr);
    QVERIFY(m_ui.screenText().contains(QStringLiteral("J330106-2026-000001")));
    QVERIFY(m_ui.clickItem(QStringLiteral("printCertificate")));
    auto* printer = m_ui.object<PdfPrinter>("printer");
    QTRY_VERIFY(QFileInfo(printer->lastFile()).size() > 0);
    QTRY_VERIFY(m_ui.screenText().contains(QStringLiteral("已打印。")));
    QVERIFY(m_ui.shoot(QStringLiteral("registrar-certificate-zh_CN")));
    m_ui.setLanguage(QStringLiteral("en"));
    QTRY_VERIFY(m_ui.screenText().contains(QStringLiteral("Certificate issued")));
    QVERIFY(m_ui.shoot(QStringLiteral("registrar-certificate-en")));
    KioskSettings::instance()->setLargeText(true);
    QVERIFY(m_ui.shoot(QStringLiteral("registrar-certificate-large-en")));
    KioskSettings::instance()->setLargeText(false);

    QVERIFY(m_ui.clickItem(QStringLiteral("verifyCertificate")));
    QVERIFY(m_ui.waitForPage(QStringLiteral("verifyPage")));
    QVERIFY(m_ui.clickText(QStringLiteral("‹ Back")));
    QVERIFY(m_ui.waitForPage(QStringLiteral("certificatePage")));
    QVERIFY(m_ui.clickItem(QStringLiteral("certificateDone")));
    QVERIFY(m_ui.waitForPage(QStringLiteral("staffHomePage")));
    QVERIFY(act()->certificateQr().isEmpty());  // forgotten once the couple has gone
    QVERIFY(printer->lastFile().isEmpty() || !QFileInfo::exists(printer->lastFile()));

    // The next call takes No. 2; after that nobody checked in is waiting.
    QVERIFY(m_ui.clickItem(QStringLiteral("callNextButton")));
    QVERIFY(m_ui.waitForPage(QStringLiteral("registrationPage")));
    QCOMPARE(act()->appointmentId(), QString::fromLatin1(FakeServer::kQueuedSecond));
    QVERIFY(m_ui.clickText(QStringLiteral("‹ Back")));
    QVERIFY(m_ui.waitForPage(QStringLiteral("staffHomePage")));
    QVERIFY(m_ui.clickItem(QStringLiteral("callNextButton")));
    QTRY_VERIFY(m_ui.item(QStringLiteral("nobodyWaiting")) != nullptr);
    QCOMPARE(m_ui.currentPage(), QStringLiteral("staffHomePage"));
    QVERIFY(m_ui.shoot(QStringLiteral("registrar-nobody-waiting-en")));
  }

  // A refusal stays on the act's page, in the server's words, with the rule.
  void registrarSeesARefusalAndItsRule() {
    m_ui.server.serveRegistrar(kOwnHallBytes);
    const auto refuse = [this](const QString& detail) {
      QJsonObject problem = QJsonDocument::fromJson(FakeServer::problemJson(
                                                        422, "/problems/ineligible", QStringLiteral("Ineligible"), detail))
                                .object();
      problem.insert(QStringLiteral("rule"), QStringLiteral("man-under-22"));
      problem.insert(QStringLiteral("rules"), QJsonArray{QStringLiteral("man-under-22")});
      m_ui.server.setResponse("POST /api/v1/registrations",
                              {422, "application/problem+json", QJsonDocument(problem).toJson()});
    };
    refuse(QStringLiteral("男方在登记日尚未年满22周岁。"));
    QVERIFY(signInAsRegistrar());
    QVERIFY(callAndReadTheCouple());
    QVERIFY(m_ui.clickItem(QStringLiteral("completeAct")));
    QTRY_VERIFY(m_ui.screenText().contains(QStringLiteral("男方在登记日尚未年满22周岁。")));
    QVERIFY(m_ui.screenText().contains(QStringLiteral("man-under-22")));
    QCOMPARE(m_ui.currentPage(), QStringLiteral("registrationPage"));
    QVERIFY(m_ui.shoot(QStringLiteral("registrar-refused-zh_CN")));
    m_ui.setLanguage(QStringLiteral("en"));
    refuse(QStringLiteral("The man will not yet be 22 on the registration date."));
    QVERIFY(m_ui.clickItem(QStringLiteral("completeAct")));
    QTRY_VERIFY(m_ui.screenText().contains(QStringLiteral("The man will not yet be 22 on the registration date.")));
    QCOMPARE(m_ui.server.lastHeader("/api/v1/registrations", "Accept-Language"), QByteArray("en"));
    QVERIFY(m_ui.shoot(QStringLiteral("registrar-refused-en")));
  }

  // Acts without an appointment: the reissue form (which certificate, proxy), no declaration.
  void registrarStartsAReissue() {
    QVERIFY(signInAsRegistrar());
    QVERIFY(m_ui.clickItem(QStringLiteral("startReissue")));
    QVERIFY(m_ui.waitForPage(QStringLiteral("registrationPage")));
    QCOMPARE(act()->kind(), QStringLiteral("reissue"));
    QVERIFY(m_ui.item(QStringLiteral("actDeclarationCheck")) == nullptr);
    QVERIFY(m_ui.clickItem(QStringLiteral("reissueDivorce")));
    QTRY_COMPARE(act()->reissueOf(), QStringLiteral("divorce"));
    QVERIFY(m_ui.shoot(QStringLiteral("registrar-reissue-zh_CN")));
    m_ui.setLanguage(QStringLiteral("en"));
    QVERIFY(m_ui.shoot(QStringLiteral("registrar-reissue-en")));
  }

  void registrarOpensTheVerifyScreenAndComesBack() {
    QVERIFY(openStaffLogin(m_ui));
    QVERIFY(typeInto(m_ui, QStringLiteral("usernameField"), QStringLiteral("clerk")));
    QVERIFY(typeInto(m_ui, QStringLiteral("passwordField"), QStringLiteral("secret")));
    QVERIFY(m_ui.clickText(QStringLiteral("登录")));
    QVERIFY(m_ui.waitForPage(QStringLiteral("staffHomePage")));
    QVERIFY(m_ui.clickItem(QStringLiteral("staffVerifyEntry")));
    QVERIFY(m_ui.waitForPage(QStringLiteral("verifyPage")));
    QVERIFY(session()->signedIn());
    QVERIFY(m_ui.clickText(QStringLiteral("‹ 返回")));
    QVERIFY(m_ui.waitForPage(QStringLiteral("staffHomePage")));
  }

  void queueNotAvailableYet() {
    m_ui.server.setResponse("/api/v1/halls/hz-xihu/appointments",
                            {404, "application/problem+json",
                             FakeServer::problemJson(404, "https://wedreg.example/problems/not-found",
                                                     QStringLiteral("Not Found"), {})});
    QVERIFY(openStaffLogin(m_ui));
    QVERIFY(typeInto(m_ui, QStringLiteral("usernameField"), QStringLiteral("clerk")));
    QVERIFY(typeInto(m_ui, QStringLiteral("passwordField"), QStringLiteral("secret")));
    QVERIFY(m_ui.clickText(QStringLiteral("登录")));
    QVERIFY(m_ui.waitForPage(QStringLiteral("staffHomePage")));
    QTRY_VERIFY(m_ui.screenText().contains(QStringLiteral("暂不提供今日队列")));
    QVERIFY(m_ui.shoot(QStringLiteral("staff-queue-unavailable-zh_CN")));
  }

  void wrongPasswordIsSaidPlainly() {
    QJsonObject problem = QJsonDocument::fromJson(FakeServer::problemJson(
                                                      401, "https://wedreg.example/problems/unauthorized",
                                                      QStringLiteral("Unauthorized"),
                                                      QStringLiteral("用户名或密码不正确。")))
                              .object();
    problem.insert(QStringLiteral("code"), QStringLiteral("credentials"));
    m_ui.server.setResponse("POST /api/v1/staff/sessions",
                            {401, "application/problem+json", QJsonDocument(problem).toJson()});
    QVERIFY(openStaffLogin(m_ui));
    QVERIFY(typeInto(m_ui, QStringLiteral("usernameField"), QStringLiteral("clerk")));
    QVERIFY(typeInto(m_ui, QStringLiteral("passwordField"), QStringLiteral("wrong")));
    QVERIFY(m_ui.clickText(QStringLiteral("登录")));
    QTRY_VERIFY(m_ui.screenText().contains(QStringLiteral("用户名或密码不正确。")));
    QCOMPARE(m_ui.currentPage(), QStringLiteral("staffLoginPage"));
    QVERIFY(!session()->signedIn());
    QVERIFY(m_ui.shoot(QStringLiteral("staff-login-refused-zh_CN")));
    m_ui.setLanguage(QStringLiteral("en"));
    QVERIFY(m_ui.shoot(QStringLiteral("staff-login-refused-en")));
  }

  void staffLockForgetsTheToken() {
    KioskSettings::instance()->setStaffLockSeconds(1);
    KioskSettings::instance()->setIdlePromptSeconds(1);
    QVERIFY(openStaffLogin(m_ui));
    QVERIFY(typeInto(m_ui, QStringLiteral("usernameField"), QStringLiteral("clerk")));
    QVERIFY(typeInto(m_ui, QStringLiteral("passwordField"), QStringLiteral("secret")));
    QVERIFY(m_ui.clickText(QStringLiteral("登录")));
    QVERIFY(m_ui.waitForPage(QStringLiteral("staffHomePage")));
    QVERIFY(session()->signedIn());
    QVERIFY(m_ui.waitForPage(QStringLiteral("attractPage"), 5000));
    QVERIFY(!session()->signedIn());
    QVERIFY(session()->authorization().isEmpty());
    QCOMPARE(m_ui.object<QueueModel>("queueModel")->rowCount(), 0);
  }

 private:
  UiHarness m_ui;
};

QTEST_MAIN(TestKioskStaffUi)
#include "tst_kiosk_staff_ui.moc"
