// SPDX-License-Identifier: Apache-2.0
// The kiosk UI as it ships: Main.qml loaded exactly as wedreg-kiosk loads it (AppSetup), offscreen,
// against FakeServer. Drives it with clicks, checks what is on screen, and writes the screenshots.
#include "tests/qml/UiHarness.h"

#include <QFile>

using namespace wedreg::kiosk;
using wedreg::kiosk::test::FakeServer;
using wedreg::kiosk::test::UiHarness;

class TestKioskUi : public QObject {
  Q_OBJECT

 private:
  QString screenText() const { return m_ui.screenText(); }
  bool clickText(const QString& text) { return m_ui.clickText(text); }
  QString currentPage() const { return m_ui.currentPage(); }
  bool waitForPage(const QString& objectName) { return m_ui.waitForPage(objectName); }
  void tapToStart() { m_ui.tapToStart(); }
  bool shoot(const QString& name) { return m_ui.shoot(name); }
  void setLanguage(const QString& language) { m_ui.setLanguage(language); }
  // Attract -> services -> marriage -> the hall list.
  bool openHallList() {
    tapToStart();
    return waitForPage(QStringLiteral("servicePage")) &&
           QTest::qWaitFor([this] { return m_ui.item(QStringLiteral("service-marriage"))->isEnabled(); }, 5000) &&
           m_ui.clickItem(QStringLiteral("service-marriage")) &&
           waitForPage(QStringLiteral("hallListPage"));
  }
  void loadUi(bool keepResponses = false) { QVERIFY(m_ui.load(keepResponses)); }

 private slots:
  void initTestCase() { QVERIFY(m_ui.setUp()); }
  void init() { loadUi(); }
  void cleanup() { m_ui.unload(); }

 private slots:
  void attractShowsHallAndConnection() {
    QTRY_VERIFY_WITH_TIMEOUT(screenText().contains(QStringLiteral("已联网")), 5000);
    const QString text = screenText();
    QVERIFY2(text.contains(QStringLiteral("婚姻登记")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("西湖特色婚姻登记点")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("触摸屏幕开始")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("English")), qPrintable(text));
    QVERIFY(shoot(QStringLiteral("attract-zh_CN")));
  }

  void languageSwitchTranslatesTheScreen() {
    QTRY_VERIFY_WITH_TIMEOUT(screenText().contains(QStringLiteral("已联网")), 5000);
    QVERIFY(clickText(QStringLiteral("English")));
    QTRY_COMPARE(LanguageController::instance()->language(), QStringLiteral("en"));
    QTRY_VERIFY(screenText().contains(QStringLiteral("Touch the screen to start")));
    const QString text = screenText();
    QVERIFY2(text.contains(QStringLiteral("Marriage Registration")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("West Lake Themed Registration Spot")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("Online")), qPrintable(text));
    QVERIFY2(!text.contains(QStringLiteral("触摸屏幕开始")), qPrintable(text));
    QCOMPARE(currentPage(), QStringLiteral("attractPage"));  // the switch does not start a visit
    QVERIFY(shoot(QStringLiteral("attract-en")));
    QVERIFY(clickText(QStringLiteral("中文")));
    QTRY_VERIFY(screenText().contains(QStringLiteral("触摸屏幕开始")));
  }

  void touchOpensTheServices() {
    tapToStart();
    QVERIFY(waitForPage(QStringLiteral("servicePage")));
    const QString text = screenText();
    for (const char* expected : {"结婚登记", "离婚登记申请", "补领婚姻登记证", "婚姻家庭辅导", "工作人员"}) {
      QVERIFY2(text.contains(QString::fromUtf8(expected)), expected);
    }
    QVERIFY(shoot(QStringLiteral("services-zh_CN")));
    setLanguage(QStringLiteral("en"));
    QTRY_VERIFY(screenText().contains(QStringLiteral("Marriage and family counselling")));
    QVERIFY(shoot(QStringLiteral("services-en")));
    KioskSettings::instance()->setLargeText(true);
    QVERIFY(shoot(QStringLiteral("services-large-en")));
    setLanguage(QStringLiteral("zh_CN"));
    QVERIFY(shoot(QStringLiteral("services-large-zh_CN")));
  }

  void marriageOpensTheHallsOfferingIt() {
    QVERIFY(openHallList());
    QTRY_VERIFY(screenText().contains(QStringLiteral("东城区婚姻登记处")));
    const QString text = screenText();
    for (const char* expected : {"选择婚姻登记处", "西湖特色婚姻登记点", "特色婚姻登记点", "婚姻登记处",
                                 "您在此处", "省级婚姻登记机关", "‹ 返回"}) {
      QVERIFY2(text.contains(QString::fromUtf8(expected)), expected);
    }
    // The ceremony hall offers no marriage registration: not listed on this journey.
    QVERIFY(!text.contains(QStringLiteral("上海集体颁证礼堂")));
    QVERIFY(shoot(QStringLiteral("halls-zh_CN")));
    setLanguage(QStringLiteral("en"));
    QTRY_VERIFY(screenText().contains(QStringLiteral("Choose a registration hall")));
    QVERIFY(screenText().contains(QStringLiteral("Themed registration spot")));
    QVERIFY(screenText().contains(QStringLiteral("Dongcheng District Marriage Registration Office")));
    QVERIFY(shoot(QStringLiteral("halls-en")));
    QVERIFY(clickText(QStringLiteral("‹ Back")));
    QVERIFY(waitForPage(QStringLiteral("servicePage")));
  }

  void largeTextVariants() {
    KioskSettings::instance()->setLargeText(true);
    QVERIFY(shoot(QStringLiteral("attract-large-zh_CN")));
    setLanguage(QStringLiteral("en"));
    QVERIFY(shoot(QStringLiteral("attract-large-en")));
    QVERIFY(openHallList());
    QVERIFY(shoot(QStringLiteral("halls-large-en")));
    setLanguage(QStringLiteral("zh_CN"));
    QVERIFY(shoot(QStringLiteral("halls-large-zh_CN")));
  }

  void highContrastVariant() {
    QVERIFY(openHallList());
    QVERIFY(clickText(QStringLiteral("高对比度")));
    QTRY_VERIFY(KioskSettings::instance()->highContrast());
    QVERIFY(shoot(QStringLiteral("halls-contrast-zh_CN")));
  }

  void offlineIsSaidPlainly() {
    QTRY_VERIFY_WITH_TIMEOUT(screenText().contains(QStringLiteral("已联网")), 5000);
    m_ui.server.stop();
    QTRY_VERIFY_WITH_TIMEOUT(screenText().contains(QStringLiteral("未联网")), 5000);
    QVERIFY(screenText().contains(QStringLiteral("请到窗口咨询工作人员")));
    QVERIFY(shoot(QStringLiteral("attract-offline-zh_CN")));
    QVERIFY(m_ui.server.start());
    QTRY_VERIFY_WITH_TIMEOUT(screenText().contains(QStringLiteral("已联网")), 5000);
  }

  void hallListFailureOffersRetry() {
    m_ui.unload();
    m_ui.server.setResponse("/api/v1/halls",
                         {503, "application/problem+json",
                          FakeServer::problemJson(503, "https://wedreg.example/problems/unavailable",
                                                  QStringLiteral("Unavailable"),
                                                  QStringLiteral("数据库维护中，请稍后再试。"))});
    loadUi(true);
    if (QTest::currentTestFailed()) {
      return;
    }
    QVERIFY(openHallList());
    QTRY_VERIFY(screenText().contains(QStringLiteral("数据库维护中，请稍后再试。")));
    QVERIFY(screenText().contains(QStringLiteral("重试")));
    QVERIFY(shoot(QStringLiteral("halls-error-zh_CN")));
    m_ui.server.serveDefaults();
    QVERIFY(clickText(QStringLiteral("重试")));
    QTRY_VERIFY(screenText().contains(QStringLiteral("东城区婚姻登记处")));
  }

  void idleResetReturnsToAttract() {
    KioskSettings::instance()->setIdleTimeoutSeconds(1);
    KioskSettings::instance()->setIdlePromptSeconds(1);
    QVERIFY(openHallList());
    QVERIFY(clickText(QStringLiteral("大字")));
    QTRY_VERIFY(KioskSettings::instance()->largeText());
    QVERIFY(waitForPage(QStringLiteral("attractPage")));
    QVERIFY(!KioskSettings::instance()->largeText());
  }

  void screenshotSequenceWritesBothLanguages() {
    const QString dir = QDir(m_ui.screensDir).filePath(QStringLiteral("sequence"));
    ScreenshotSequence sequence(m_ui.window, dir);
    sequence.setSettleMs(100);
    bool finished = false;
    bool ok = false;
    connect(&sequence, &ScreenshotSequence::finished, this, [&](bool success, const QString&) {
      finished = true;
      ok = success;
    });
    sequence.start();
    QTRY_VERIFY_WITH_TIMEOUT(finished, 10000);
    QVERIFY(ok);
    QVERIFY(QFile::exists(QDir(dir).filePath(QStringLiteral("attract-zh_CN.png"))));
    QVERIFY(QFile::exists(QDir(dir).filePath(QStringLiteral("attract-en.png"))));
    QCOMPARE(LanguageController::instance()->language(), QStringLiteral("zh_CN"));  // restored
  }

 private:
  UiHarness m_ui;
};

QTEST_MAIN(TestKioskUi)
#include "tst_kiosk_ui.moc"
