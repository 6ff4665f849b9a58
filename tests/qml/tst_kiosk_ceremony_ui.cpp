// SPDX-License-Identifier: Apache-2.0
// The public ceremony journey through the real Main.qml: the entry on the service screen, upcoming
// ceremonies with places left, an event's sessions, both people's details, the sign-up, and the three
// answers: a seat with its ticket QR, a waitlist place, a refusal in plain words. zh_CN, en, large text.
#include "kiosk/ceremonies/CeremonySignup.h"
#include "tests/kiosk/OrganiserFixture.h"
#include "tests/qml/UiHarness.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace wedreg::kiosk;
using wedreg::kiosk::test::FakeServer;
using wedreg::kiosk::test::OrganiserFixture;
using wedreg::kiosk::test::UiHarness;

class TestKioskCeremonyUi : public QObject {
  Q_OBJECT

 private:
  const QByteArray m_signupPath =
      QByteArray("/api/v1/ceremonies/") + OrganiserFixture::kCeremonyId + "/registrations";

  void shootIn(const QString& name, const QString& enText, bool largeText) {
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

  // Attract → services → ceremonies → the National Day ceremony → session `sessionId`.
  bool openSession(const char* sessionId) {
    m_ui.tapToStart();
    if (!m_ui.waitForPage(QStringLiteral("servicePage")) || !m_ui.clickItem(QStringLiteral("ceremoniesEntry")) ||
        !m_ui.waitForPage(QStringLiteral("ceremonyListPage"))) {
      return false;
    }
    const QString ceremony = QStringLiteral("publicCeremony-") + QString::fromLatin1(OrganiserFixture::kCeremonyId);
    if (!QTest::qWaitFor([&] { return m_ui.item(ceremony) != nullptr; }, 5000) || !m_ui.clickItem(ceremony) ||
        !m_ui.waitForPage(QStringLiteral("ceremonySessionsPage"))) {
      return false;
    }
    const QString session = QStringLiteral("publicSession-") + QString::fromLatin1(sessionId);
    return QTest::qWaitFor([&] { return m_ui.item(session) != nullptr; }, 5000) && m_ui.clickItem(session) &&
           m_ui.waitForPage(QStringLiteral("partyPage0"));
  }

  // Both people from the simulated ID-card reader, each with a mobile number, up to the check page.
  bool fillBothPeople() {
    for (const auto& [page, phone] : {std::pair{"partyPage0", "13800138000"}, std::pair{"partyPage1", "13900139000"}}) {
      if (!m_ui.waitForPage(QString::fromLatin1(page)) || !m_ui.clickText(QStringLiteral("读取身份证"))) {
        return false;
      }
      QTest::qWait(600);  // the simulated reader's delay
      if (!m_ui.clickItem(QStringLiteral("phoneField")) ||
          !m_ui.typeOnKeypad(QStringLiteral("keypad"), QString::fromLatin1(phone)) ||
          !m_ui.clickText(QStringLiteral("下一步 ›"))) {
        return false;
      }
    }
    return m_ui.waitForPage(QStringLiteral("ceremonyConfirmPage"));
  }

 private slots:
  void initTestCase() { QVERIFY(m_ui.setUp()); }
  void init() {
    QVERIFY(m_ui.load());
    OrganiserFixture::serve(m_ui.server);
  }
  void cleanup() {
    KioskSettings::instance()->setLargeText(false);
    m_ui.unload();
  }

  void upcomingCeremoniesShowPlacesLeft() {
    m_ui.tapToStart();
    QVERIFY(m_ui.waitForPage(QStringLiteral("servicePage")));
    QVERIFY(m_ui.clickItem(QStringLiteral("ceremoniesEntry")));
    QVERIFY(m_ui.waitForPage(QStringLiteral("ceremonyListPage")));
    QTRY_VERIFY(m_ui.screenText().contains(QStringLiteral("真爱与国同庆·2027国庆集体颁证")));
    const QString text = m_ui.screenText();
    QVERIFY(text.contains(QStringLiteral("余 17 个名额")));
    QVERIFY(text.contains(QStringLiteral("2027-07-08 09:00 开始报名")));
    QVERIFY(!text.contains(QStringLiteral("跨年")));                 // a draft is not public
    QVERIFY(!text.contains(QStringLiteral("2026国庆")));             // nor a past one
    QVERIFY(m_ui.server.lastHeader("/api/v1/ceremonies", "Authorization").isEmpty());
    shootIn(QStringLiteral("ceremony-list"), QStringLiteral("17 places left"), true);
  }

  void aCoupleSignsUpAndGetsASeatWithTicket() {
    QVERIFY(openSession("ses-2"));
    QVERIFY(fillBothPeople());
    QVERIFY(m_ui.screenText().contains(QStringLiteral("第 2 场 · 10:30–11:30")));
    shootIn(QStringLiteral("ceremony-confirm"), QStringLiteral("Check and sign up"), true);
    QVERIFY(m_ui.clickItem(QStringLiteral("ceremonySignupButton")));
    QVERIFY(m_ui.waitForPage(QStringLiteral("ceremonyResultPage")));
    const QJsonObject body = QJsonDocument::fromJson(m_ui.server.lastBody(m_signupPath)).object();
    QCOMPARE(body.value("session_id").toString(), QStringLiteral("ses-2"));
    QCOMPARE(body.value("parties").toArray().size(), 2);
    QVERIFY(!body.value("parties").toArray().at(1).toObject().value("id_number").toString().isEmpty());
    QTRY_VERIFY(m_ui.screenText().contains(QStringLiteral("您已获得席位")));
    QVERIFY(m_ui.screenText().contains(QStringLiteral("第 2 场，报名序号 44。")));
    QVERIFY(m_ui.item(QStringLiteral("ceremonyTicketQr")) != nullptr);
    shootIn(QStringLiteral("ceremony-seated"), QStringLiteral("You have a seat"), true);
    QVERIFY(m_ui.clickText(QStringLiteral("完成")));
    QVERIFY(m_ui.waitForPage(QStringLiteral("attractPage")));
    QVERIFY(m_ui.object<CeremonySignup>("ceremonySignup")->empty());
  }

  void aFullSessionGivesAWaitlistPlace() {
    m_ui.server.setResponse("POST " + m_signupPath, {201, "application/json", OrganiserFixture::signupAnswerJson(true)});
    QVERIFY(openSession("ses-1"));
    QVERIFY(fillBothPeople());
    QVERIFY(m_ui.clickItem(QStringLiteral("ceremonySignupButton")));
    QVERIFY(m_ui.waitForPage(QStringLiteral("ceremonyResultPage")));
    QTRY_VERIFY(m_ui.screenText().contains(QStringLiteral("您已进入候补名单")));
    QVERIFY(m_ui.screenText().contains(QStringLiteral("候补第 3 位")));
    QVERIFY(m_ui.item(QStringLiteral("ceremonyTicketQr")) == nullptr);
    shootIn(QStringLiteral("ceremony-waitlisted"), QStringLiteral("You are on the waitlist"), true);
  }

  void aRefusalIsPlainAndOffersTheFix() {
    m_ui.server.setResponse(
        "POST " + m_signupPath,
        {422, "application/problem+json",
         FakeServer::problemJson(422, "/problems/ineligible", QStringLiteral("不符合条件"),
                                 QStringLiteral("参加集体颁证须已完成结婚登记，或已预约当天在登记处办理结婚登记。"))});
    QVERIFY(openSession("ses-2"));
    QVERIFY(fillBothPeople());
    QVERIFY(m_ui.clickItem(QStringLiteral("ceremonySignupButton")));
    QTRY_VERIFY(m_ui.screenText().contains(QStringLiteral("参加集体颁证须已完成结婚登记")));
    QCOMPARE(m_ui.currentPage(), QStringLiteral("ceremonyConfirmPage"));
    QVERIFY(m_ui.itemWithText(QStringLiteral("修改信息")) != nullptr);
    QVERIFY(m_ui.shoot(QStringLiteral("ceremony-refused-zh_CN")));
    QVERIFY(m_ui.clickText(QStringLiteral("修改信息")));
    QVERIFY(m_ui.waitForPage(QStringLiteral("partyPage0")));
  }

  void closedCeremonyPointsBackToTheSessions() {
    m_ui.server.setResponse(
        "POST " + m_signupPath,
        {409, "application/problem+json",
         FakeServer::problemJson(409, "/problems/ceremony-closed", QStringLiteral("报名已截止"),
                                 QStringLiteral("该集体颁证活动已停止报名。"))});
    QVERIFY(openSession("ses-3"));
    QVERIFY(fillBothPeople());
    QVERIFY(m_ui.clickItem(QStringLiteral("ceremonySignupButton")));
    QTRY_VERIFY(m_ui.screenText().contains(QStringLiteral("该集体颁证活动已停止报名。")));
    QVERIFY(m_ui.clickText(QStringLiteral("选择其他场次")));
    QVERIFY(m_ui.waitForPage(QStringLiteral("ceremonySessionsPage")));
    QVERIFY(m_ui.shoot(QStringLiteral("ceremony-sessions-zh_CN")));
    m_ui.setLanguage(QStringLiteral("en"));
    QTRY_VERIFY(m_ui.screenText().contains(QStringLiteral("Full: join the waitlist")));
    QVERIFY(m_ui.shoot(QStringLiteral("ceremony-sessions-en")));
    KioskSettings::instance()->setLargeText(true);
    QVERIFY(m_ui.shoot(QStringLiteral("ceremony-sessions-large-en")));
  }

 private:
  UiHarness m_ui;
};

QTEST_MAIN(TestKioskCeremonyUi)
#include "tst_kiosk_ceremony_ui.moc"
