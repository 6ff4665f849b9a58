// SPDX-License-Identifier: Apache-2.0
// Organiser mode through the real Main.qml: an organiser's sign-in leads to the ceremonies (not the
// registrar's queue), a ceremony's sessions with live counts that refresh and its masked sign-ups, each
// session's presenters (assign, refusal, take off), the day's running order and its print-out, the
// statistics chart for a year, and sign-out wiping it all. Screens in zh_CN, en and large text.
#include "kiosk/ceremonies/CeremonyListModel.h"
#include "kiosk/ceremonies/CeremonySessionModel.h"
#include "kiosk/devices/CameraQrScanner.h"
#include "kiosk/devices/PdfPrinter.h"
#include "kiosk/organiser/PresenterRosterModel.h"
#include "kiosk/organiser/ProgrammeModel.h"
#include "kiosk/organiser/SessionPresenterModel.h"
#include "kiosk/organiser/SignupListModel.h"
#include "kiosk/organiser/StatisticsModel.h"
#include "kiosk/session/StaffSession.h"
#include "tests/kiosk/OrganiserFixture.h"
#include "tests/qml/StaffSignIn.h"
#include "tests/qml/UiHarness.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace wedreg::kiosk;
using wedreg::kiosk::test::FakeServer;
using wedreg::kiosk::test::OrganiserFixture;
using wedreg::kiosk::test::UiHarness;

class TestKioskOrganiserUi : public QObject {
  Q_OBJECT

 private:
  bool signInAsOrganiser() {
    return wedreg::kiosk::test::signInAsStaff(m_ui, QStringLiteral("organiser"), QStringLiteral("organiserHomePage"));
  }

  // Signed in, the National Day ceremony open.
  bool openCeremony() {
    if (!signInAsOrganiser() ||
        !QTest::qWaitFor([this] { return m_ui.item(QStringLiteral("ceremony-cer-2027-10-01")) != nullptr; }, 5000) ||
        !m_ui.clickItem(QStringLiteral("ceremony-cer-2027-10-01")) ||
        !m_ui.waitForPage(QStringLiteral("organiserCeremonyPage"))) {
      return false;
    }
    return QTest::qWaitFor([this] { return m_ui.object<CeremonySessionModel>("organiserSessions")->count() == 3; },
                           5000);
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

  // A ceremony's presenters: each session's in turn order, the roster with who is free that day,
  // assigning (and the server's refusal in its words), taking one off; sign-out forgets them.
  void presentersPerSessionAssignedAndRefused() {
    QVERIFY(openCeremony());
    QVERIFY(m_ui.clickItem(QStringLiteral("presentersEntry")));
    QVERIFY(m_ui.waitForPage(QStringLiteral("organiserPresentersPage")));
    auto* assigned = m_ui.object<SessionPresenterModel>("sessionPresenters");
    QTRY_COMPARE(assigned->sessionId(), QStringLiteral("ses-1"));  // the first session is shown
    QTRY_VERIFY(m_ui.screenText().contains(QStringLiteral("全国道德模范")));
    QQuickItem* turns = m_ui.item(QStringLiteral("assignedList"));
    QVERIFY(turns != nullptr);
    QTRY_VERIFY(UiHarness::itemWithText(turns, QStringLiteral("王秀英")) != nullptr);
    QVERIFY(UiHarness::itemWithText(turns, QStringLiteral("李建国")) != nullptr);
    QVERIFY(UiHarness::itemWithText(turns, QStringLiteral("第 1 位")) != nullptr);
    QTRY_VERIFY(m_ui.item(QStringLiteral("assign-pre-3")) != nullptr);  // the roster laid out
    QVERIFY(m_ui.screenText().contains(QStringLiteral("仪式当天不可出席")));  // 陈志华: only on 5·20
    shootIn(QStringLiteral("organiser-presenters"), QStringLiteral("第 1 场 · 09:00–10:00"),
            QStringLiteral("Session 1 · 09:00–10:00"), true);

    // Session 3 has nobody yet; the server refuses 陈志华 that day, in its words.
    QVERIFY(m_ui.clickItem(QStringLiteral("sessionChip3")));
    QTRY_VERIFY(m_ui.screenText().contains(QStringLiteral("本场还没有颁证嘉宾")));
    const QByteArray session3 = OrganiserFixture::sessionPresentersPath("ses-3");
    const auto refuse = [&](const QString& detail) {
      m_ui.server.setResponse("POST " + session3,
                              {409, "application/problem+json",
                               FakeServer::problemJson(409, "https://wedreg.example/problems/presenter-unavailable",
                                                       QStringLiteral("Presenter not available that day"), detail)});
    };
    refuse(QStringLiteral("该颁证嘉宾在仪式当天不可出席。"));
    QVERIFY(m_ui.clickItem(QStringLiteral("assign-pre-3")));
    QTRY_VERIFY(m_ui.screenText().contains(QStringLiteral("该颁证嘉宾在仪式当天不可出席。")));
    QVERIFY(m_ui.item(QStringLiteral("presenterRefusal")) != nullptr);  // visible
    QVERIFY(m_ui.shoot(QStringLiteral("organiser-presenter-refused-zh_CN")));
    m_ui.setLanguage(QStringLiteral("en"));
    refuse(QStringLiteral("This presenter is not available on the ceremony's day."));
    QVERIFY(m_ui.clickItem(QStringLiteral("assign-pre-3")));
    QTRY_VERIFY(m_ui.screenText().contains(QStringLiteral("This presenter is not available on the ceremony's day.")));
    QCOMPARE(m_ui.server.lastHeader(session3, "Accept-Language"), QByteArray("en"));
    QVERIFY(m_ui.shoot(QStringLiteral("organiser-presenter-refused-en")));
    m_ui.setLanguage(QStringLiteral("zh_CN"));

    // 王秀英 is free that day: assigned at the first turn of session 3.
    m_ui.server.setResponse("POST " + session3, {201, "application/json", "{\"position\":1}"});
    QVERIFY(m_ui.clickItem(QStringLiteral("assign-pre-1")));
    QTRY_VERIFY(m_ui.screenText().contains(QStringLiteral("王秀英 将在本场颁发结婚证。")));
    QVERIFY(m_ui.item(QStringLiteral("presenterRefusal")) == nullptr);  // hidden again
    const QJsonObject body = QJsonDocument::fromJson(m_ui.server.lastBody(session3)).object();
    QCOMPARE(body.value("presenter_id").toString(), QStringLiteral("pre-1"));
    QCOMPARE(body.value("position").toInt(), 1);

    // Session 1: 李建国 taken off.
    const QByteArray off = OrganiserFixture::sessionPresentersPath("ses-1") + "/pre-2";
    m_ui.server.setResponse("DELETE " + off, {204, "application/json", {}});
    QVERIFY(m_ui.clickItem(QStringLiteral("sessionChip1")));
    QTRY_VERIFY(m_ui.item(QStringLiteral("unassign-pre-2")) != nullptr);
    QVERIFY(m_ui.clickItem(QStringLiteral("unassign-pre-2")));
    QTRY_COMPARE(m_ui.server.lastMethod(off), QByteArray("DELETE"));
    QTRY_VERIFY(m_ui.screenText().contains(QStringLiteral("李建国 已不在本场。")));

    QVERIFY(m_ui.clickText(QStringLiteral("‹ 返回")));
    QVERIFY(m_ui.waitForPage(QStringLiteral("organiserCeremonyPage")));
    QVERIFY(m_ui.clickText(QStringLiteral("‹ 返回")));
    QVERIFY(m_ui.waitForPage(QStringLiteral("organiserHomePage")));
    QVERIFY(m_ui.clickText(QStringLiteral("退出登录")));
    QVERIFY(m_ui.waitForPage(QStringLiteral("attractPage")));
    QCOMPARE(assigned->count(), 0);
    QCOMPARE(assigned->actionNotice(), QString());
    QCOMPARE(m_ui.object<PresenterRosterModel>("presenterRoster")->count(), 0);
  }

  // Today's server has no list of a session's presenters: the page says so, and where to look.
  void presentersWithoutTheListRoute() {
    m_ui.server.setResponse(QByteArray("GET /api/v1/ceremonies/") + OrganiserFixture::kCeremonyId + "/presenters",
                            {404, "application/problem+json",
                             FakeServer::problemJson(404, "https://wedreg.example/problems/not-found",
                                                     QStringLiteral("未找到"), QStringLiteral("没有找到您要的内容，请返回重试。"))});
    QVERIFY(openCeremony());
    QVERIFY(m_ui.clickItem(QStringLiteral("presentersEntry")));
    QVERIFY(m_ui.waitForPage(QStringLiteral("organiserPresentersPage")));
    QTRY_VERIFY(m_ui.screenText().contains(QStringLiteral("服务器暂不提供每场的颁证嘉宾名单")));
    QVERIFY(!m_ui.screenText().contains(QStringLiteral("没有找到您要的内容")));
    QTRY_VERIFY(m_ui.item(QStringLiteral("assign-pre-3")) != nullptr);  // the roster is there to assign from
    shootIn(QStringLiteral("organiser-presenters-unlisted"), QStringLiteral("仪式流程"),
            QStringLiteral("running order"), false);
  }

  // The day's running order from the server's rows, by session, and printed.
  void programmeShowsTheRunningOrderAndPrints() {
    QVERIFY(openCeremony());
    QVERIFY(m_ui.clickItem(QStringLiteral("programmeEntry")));
    QVERIFY(m_ui.waitForPage(QStringLiteral("organiserProgrammePage")));
    QTRY_VERIFY(m_ui.screenText().contains(QStringLiteral("张伟 · 李娜")));
    const QString text = m_ui.screenText();
    QVERIFY(text.contains(QStringLiteral("第 1 场 · 09:00–10:00")));
    QVERIFY(text.contains(QStringLiteral("第 2 场 · 10:30–11:30")));
    QVERIFY(text.contains(QStringLiteral("Smith, John · 刘芳")));
    QVERIFY(text.contains(QStringLiteral("颁证嘉宾：王秀英")));
    QVERIFY(text.contains(QStringLiteral("2027-10-01 · 共 4 对新人 · 已签到 2 对")));
    QCOMPARE(m_ui.server.lastQuery(QByteArray("/api/v1/ceremonies/") + OrganiserFixture::kCeremonyId + "/programme"),
             QByteArray("format=csv"));
    shootIn(QStringLiteral("organiser-programme"), QStringLiteral("未签到"), QStringLiteral("Not yet checked in"),
            true);

    auto* printer = m_ui.object<PdfPrinter>("printer");
    QVERIFY(m_ui.clickItem(QStringLiteral("printProgramme")));
    QTRY_VERIFY(m_ui.screenText().contains(QStringLiteral("仪式流程已送往打印机。")));
    QVERIFY(QFileInfo(printer->lastFile()).size() > 1000);
    const QString printed = printer->lastFile();
    QVERIFY(m_ui.clickText(QStringLiteral("‹ 返回")));
    QVERIFY(m_ui.waitForPage(QStringLiteral("organiserCeremonyPage")));
    QVERIFY(!QFileInfo::exists(printed));  // the full names leave no file behind
    QCOMPARE(m_ui.object<ProgrammeModel>("programme")->count(), 0);
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
