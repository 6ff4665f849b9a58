// SPDX-License-Identifier: Apache-2.0
// Staff mode through the real Main.qml: the hidden entry, sign-in (and its refusal), the registrar's
// queue, sign-out, and the shorter staff lock that forgets the token.
#include "kiosk/session/StaffSession.h"
#include "kiosk/staff/QueueModel.h"
#include "tests/qml/UiHarness.h"

#include <QJsonDocument>
#include <QJsonObject>

using namespace wedreg::kiosk;
using wedreg::kiosk::test::FakeServer;
using wedreg::kiosk::test::UiHarness;

class TestKioskStaffUi : public QObject {
  Q_OBJECT

 private:
  StaffSession* session() const { return m_ui.object<StaffSession>("staffSession"); }

  // A long press on the "wedreg" mark of the attract page.
  bool openLogin() {
    QQuickItem* entry = m_ui.item(QStringLiteral("staffEntry"));
    if (entry == nullptr) {
      return false;
    }
    const QPoint centre = entry->mapToScene(QPointF(entry->width() / 2, entry->height() / 2)).toPoint();
    QTest::mousePress(m_ui.window, Qt::LeftButton, {}, centre);
    QTest::qWait(1700);
    QTest::mouseRelease(m_ui.window, Qt::LeftButton, {}, centre);
    return m_ui.waitForPage(QStringLiteral("staffLoginPage"));
  }

  void typeInto(const QString& objectName, const QString& text) {
    QVERIFY(m_ui.clickItem(objectName));
    for (const QChar c : text) {
      QTest::keyClick(m_ui.window, c.toLatin1());
    }
  }

 private slots:
  void initTestCase() { QVERIFY(m_ui.setUp()); }
  void init() { QVERIFY(m_ui.load()); }
  void cleanup() { m_ui.unload(); }

  void registrarSignsInAndSeesTheQueue() {
    QVERIFY(openLogin());
    QVERIFY(m_ui.shoot(QStringLiteral("staff-login-zh_CN")));
    typeInto(QStringLiteral("usernameField"), QStringLiteral("clerk"));
    typeInto(QStringLiteral("passwordField"), QStringLiteral("secret"));
    QVERIFY(m_ui.clickText(QStringLiteral("登录")));
    QVERIFY(m_ui.waitForPage(QStringLiteral("staffHomePage")));
    QVERIFY(session()->signedIn());
    QCOMPARE(session()->role(), QStringLiteral("registrar"));
    const QJsonObject body =
        QJsonDocument::fromJson(m_ui.server.lastBody("/api/v1/staff/sessions")).object();
    QCOMPARE(body.value(QLatin1String("password")).toString(), QStringLiteral("secret"));
    QTRY_VERIFY(m_ui.screenText().contains(QStringLiteral("张明 · 李华")));
    QVERIFY(m_ui.screenText().contains(QStringLiteral("今日队列")));
    QVERIFY(m_ui.shoot(QStringLiteral("staff-queue-zh_CN")));
    m_ui.setLanguage(QStringLiteral("en"));
    QTRY_VERIFY(m_ui.screenText().contains(QStringLiteral("Today's queue")));
    QVERIFY(m_ui.shoot(QStringLiteral("staff-queue-en")));
    KioskSettings::instance()->setLargeText(true);
    QVERIFY(m_ui.shoot(QStringLiteral("staff-queue-large-en")));
    QVERIFY(m_ui.clickText(QStringLiteral("Sign out")));
    QVERIFY(m_ui.waitForPage(QStringLiteral("attractPage")));
    QVERIFY(!session()->signedIn());
    QTRY_COMPARE(m_ui.server.lastMethod("/api/v1/staff/sessions/current"), QByteArray("DELETE"));
  }

  void registrarOpensTheVerifyScreenAndComesBack() {
    QVERIFY(openLogin());
    typeInto(QStringLiteral("usernameField"), QStringLiteral("clerk"));
    typeInto(QStringLiteral("passwordField"), QStringLiteral("secret"));
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
    QVERIFY(openLogin());
    typeInto(QStringLiteral("usernameField"), QStringLiteral("clerk"));
    typeInto(QStringLiteral("passwordField"), QStringLiteral("secret"));
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
    QVERIFY(openLogin());
    typeInto(QStringLiteral("usernameField"), QStringLiteral("clerk"));
    typeInto(QStringLiteral("passwordField"), QStringLiteral("wrong"));
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
    QVERIFY(openLogin());
    typeInto(QStringLiteral("usernameField"), QStringLiteral("clerk"));
    typeInto(QStringLiteral("passwordField"), QStringLiteral("secret"));
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
