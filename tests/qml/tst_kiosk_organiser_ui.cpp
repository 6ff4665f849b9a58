// SPDX-License-Identifier: Apache-2.0
// Organiser mode through the real Main.qml: an organiser's sign-in leads to the ceremonies (not the
// registrar's queue), a ceremony's sessions with live counts that refresh and its masked sign-ups,
// the statistics chart for a year, and sign-out wiping it all. Screens in zh_CN, en and large text.
#include "kiosk/ceremonies/CeremonyListModel.h"
#include "kiosk/ceremonies/CeremonySessionModel.h"
#include "kiosk/devices/CameraQrScanner.h"
#include "kiosk/organiser/SignupListModel.h"
#include "kiosk/organiser/StatisticsModel.h"
#include "kiosk/session/StaffSession.h"
#include "tests/kiosk/OrganiserFixture.h"
#include "tests/qml/UiHarness.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace wedreg::kiosk;
using wedreg::kiosk::test::OrganiserFixture;
using wedreg::kiosk::test::UiHarness;

class TestKioskOrganiserUi : public QObject {
  Q_OBJECT

 private:
  // A long press on the "wedreg" mark of the attract page, then the organiser's credentials.
  bool signInAsOrganiser() {
    QQuickItem* entry = m_ui.item(QStringLiteral("staffEntry"));
    if (entry == nullptr) {
      return false;
    }
    const QPoint centre = entry->mapToScene(QPointF(entry->width() / 2, entry->height() / 2)).toPoint();
    QTest::mousePress(m_ui.window, Qt::LeftButton, {}, centre);
    QTest::qWait(1700);
    QTest::mouseRelease(m_ui.window, Qt::LeftButton, {}, centre);
    if (!m_ui.waitForPage(QStringLiteral("staffLoginPage"))) {
      return false;
    }
    for (const auto& [field, text] : {std::pair{"usernameField", "organiser"}, std::pair{"passwordField", "secret"}}) {
      if (!m_ui.clickItem(QString::fromLatin1(field))) {
        return false;
      }
      for (const char c : std::string_view(text)) {
        QTest::keyClick(m_ui.window, c);
      }
    }
    return m_ui.clickText(QStringLiteral("登录")) && m_ui.waitForPage(QStringLiteral("organiserHomePage"));
  }

  void shootIn(const QString& name, const QString& zhText, const QString& enText, bool largeText) {
    QTRY_VERIFY(m_ui.screenText().contains(zhText));
    QVERIFY(m_ui.shoot(name + QStringLiteral("-zh_CN")));
    m_ui.setLanguage(QStringLiteral("en"));
    QTRY_VERIFY(m_ui.screenText().contains(enText));
    QVERIFY(m_ui.shoot(name + QStringLiteral("-en")));
    if (largeText) {
      KioskSettings::instance()->setLargeText(true);
      QVERIFY(m_ui.shoot(name + QStringLiteral("-large-en")));
      KioskSettings::instance()->setLargeText(false);
    }
    m_ui.setLanguage(QStringLiteral("zh_CN"));
  }

 private slots:
  void initTestCase() { QVERIFY(m_ui.setUp()); }
  void init() {
    QVERIFY(m_ui.load());
    OrganiserFixture::serve(m_ui.server);
    OrganiserFixture::serveOrganiserSignIn(m_ui.server);
  }
  void cleanup() {
    KioskSettings::instance()->setLargeText(false);
    m_ui.unload();
  }

  void organiserSeesEveryCeremonyWithItsStatus() {
    QVERIFY(signInAsOrganiser());
    QCOMPARE(m_ui.object<StaffSession>("staffSession")->role(), QStringLiteral("organiser"));
    QTRY_VERIFY(m_ui.screenText().contains(QStringLiteral("真爱与国同庆·2027国庆集体颁证")));
    const QString text = m_ui.screenText();
    QVERIFY(text.contains(QStringLiteral("草稿")));       // the draft is listed for an organiser
    QVERIFY(text.contains(QStringLiteral("已归档")));
    QVERIFY(text.contains(QStringLiteral("3 场 · 已报 43/60")));
    QVERIFY(!text.contains(QStringLiteral("今日队列")));  // not the registrar's screen
    QCOMPARE(m_ui.server.lastHeader("/api/v1/ceremonies", "Authorization"), QByteArray("Bearer tok-organiser-1"));
    shootIn(QStringLiteral("organiser-ceremonies"), QStringLiteral("报名中"), QStringLiteral("Open for sign-up"), true);
    QVERIFY(m_ui.screenText().contains(QStringLiteral("3 sessions · 43/60 seated")) ||
            m_ui.screenText().contains(QStringLiteral("3 场 · 已报 43/60")));
  }

  void ceremonyShowsSessionsLiveCountsAndSignUps() {
    QVERIFY(signInAsOrganiser());
    QTRY_VERIFY(m_ui.item(QStringLiteral("ceremony-cer-2027-10-01")) != nullptr);
    QVERIFY(m_ui.clickItem(QStringLiteral("ceremony-cer-2027-10-01")));
    QVERIFY(m_ui.waitForPage(QStringLiteral("organiserCeremonyPage")));
    QTRY_VERIFY(m_ui.screenText().contains(QStringLiteral("王* & 陈**")));
    const QString text = m_ui.screenText();
    QVERIFY(text.contains(QStringLiteral("已报 20/20 · 已签到 12 · 候补 3")));
    QVERIFY(text.contains(QStringLiteral("候补第 1 位")));
    QVERIFY(text.contains(QStringLiteral("报名（3 对）")));
    shootIn(QStringLiteral("organiser-ceremony"), QStringLiteral("09:00–10:00"),
            QStringLiteral("20/20 seated · 12 checked in · 3 waiting"), true);

    // Couples arrive: the page refreshes its counts by itself.
    QJsonObject event = QJsonDocument::fromJson(OrganiserFixture::ceremonyJson()).object();
    event.insert("counts", QJsonArray{OrganiserFixture::counts("ses-1", 1, 20, 20, 19, 3),
                                      OrganiserFixture::counts("ses-2", 2, 20, 15, 9, 0)});
    m_ui.server.setResponse(QByteArray("GET /api/v1/ceremonies/") + OrganiserFixture::kCeremonyId,
                            {200, "application/json", QJsonDocument(event).toJson()});
    m_ui.item(QStringLiteral("organiserCeremonyPage"))->setProperty("refreshMs", 200);
    QTRY_COMPARE(m_ui.item(QStringLiteral("checkedInTotal"))->property("value").toInt(), 28);
    QVERIFY(m_ui.screenText().contains(QStringLiteral("已报 20/20 · 已签到 19 · 候补 3")));
  }

  void statisticsChartShowsTheYear() {
    QVERIFY(signInAsOrganiser());
    QVERIFY(m_ui.clickItem(QStringLiteral("statisticsEntry")));
    QVERIFY(m_ui.waitForPage(QStringLiteral("statisticsPage")));
    auto* statistics = m_ui.object<StatisticsModel>("statistics");
    // The fixture's year is the one before (or the same as) this year: step back to it.
    while (statistics->year() > OrganiserFixture::kStatsYear) {
      QVERIFY(m_ui.clickItem(QStringLiteral("previousYear")));
    }
    QTRY_VERIFY(statistics->ready() && statistics->year() == OrganiserFixture::kStatsYear);
    QCOMPARE(statistics->totalMarriages(), 1960);
    QTRY_VERIFY(m_ui.item(QStringLiteral("monthlyChart")) != nullptr);
    // May's marriages (300) over a 500 axis; December's divorce-related acts (234).
    QQuickItem* plot = m_ui.item(QStringLiteral("chartPlot"));
    QVERIFY(plot != nullptr);
    QQuickItem* may = m_ui.item(QStringLiteral("marriageBar4"));
    QQuickItem* december = m_ui.item(QStringLiteral("divorceBar11"));
    QVERIFY(may != nullptr && december != nullptr);
    QVERIFY(qAbs(may->height() - plot->height() * 0.6) < 1.0);
    QVERIFY(qAbs(december->height() - plot->height() * 234.0 / 500.0) < 1.0);
    QVERIFY(may->height() > m_ui.item(QStringLiteral("divorceBar4"))->height());
    shootIn(QStringLiteral("organiser-statistics"), QStringLiteral("2025 年办理婚姻登记业务"),
            QStringLiteral("Registration acts in 2025"), true);
  }

  void signingOutForgetsEverything() {
    QVERIFY(signInAsOrganiser());
    QTRY_VERIFY(m_ui.item(QStringLiteral("ceremony-cer-2027-10-01")) != nullptr);
    QVERIFY(m_ui.clickItem(QStringLiteral("ceremony-cer-2027-10-01")));
    QVERIFY(m_ui.waitForPage(QStringLiteral("organiserCeremonyPage")));
    QTRY_VERIFY(m_ui.object<SignupListModel>("organiserSignups")->count() > 0);
    QVERIFY(m_ui.clickText(QStringLiteral("‹ 返回")));
    QVERIFY(m_ui.waitForPage(QStringLiteral("organiserHomePage")));
    QVERIFY(m_ui.clickText(QStringLiteral("退出登录")));
    QVERIFY(m_ui.waitForPage(QStringLiteral("attractPage")));
    QVERIFY(!m_ui.object<StaffSession>("staffSession")->signedIn());
    QCOMPARE(m_ui.object<SignupListModel>("organiserSignups")->count(), 0);
    QCOMPARE(m_ui.object<CeremonySessionModel>("organiserSessions")->count(), 0);
    QCOMPARE(m_ui.object<CeremonyListModel>("organiserCeremonies")->count(), 0);
    QVERIFY(!m_ui.object<StatisticsModel>("statistics")->ready());
  }

  void verifyScreenSaysWhenThereIsNoCamera() {
    auto* camera = m_ui.object<CameraQrScanner>("cameraScanner");
    QVERIFY(camera != nullptr);
    if (camera->available()) {
      QSKIP("this machine has a camera");
    }
    QVERIFY(signInAsOrganiser());
    QVERIFY(m_ui.clickText(QStringLiteral("核验证书")));
    QVERIFY(m_ui.waitForPage(QStringLiteral("verifyPage")));
    QVERIFY(camera->active());
    QTRY_VERIFY(m_ui.screenText().contains(QStringLiteral("未检测到摄像头")));
    QVERIFY(m_ui.shoot(QStringLiteral("verify-no-camera-zh_CN")));
  }

 private:
  UiHarness m_ui;
};

QTEST_MAIN(TestKioskOrganiserUi)
#include "tst_kiosk_organiser_ui.moc"
