// SPDX-License-Identifier: Apache-2.0
// The kiosk UI as it ships: Main.qml loaded exactly as wedreg-kiosk loads it (AppSetup), offscreen,
// against FakeServer. Drives it with clicks, checks what is on screen, and writes the screenshots.
#include "kiosk/app/AppSetup.h"
#include "kiosk/app/ScreenshotSequence.h"
#include "kiosk/backend/KioskSettings.h"
#include "kiosk/backend/LanguageController.h"
#include "tests/kiosk/FakeServer.h"

#include <QDir>
#include <QQmlApplicationEngine>
#include <QQuickItem>
#include <QQuickWindow>
#include <QTest>

#include <functional>
#include <memory>

using namespace wedreg::kiosk;
using wedreg::kiosk::test::FakeServer;

namespace {

constexpr const char* kOwnHall = "hz-xihu";

// Visible items under `item` that show text, depth first.
void visitTextItems(QQuickItem* item, const std::function<void(QQuickItem*, const QString&)>& visit) {
  if (item == nullptr || !item->isVisible() || item->opacity() <= 0.0) {
    return;
  }
  const QVariant text = item->property("text");
  if (text.isValid() && text.canConvert<QString>() && !text.toString().isEmpty()) {
    visit(item, text.toString());
  }
  for (QQuickItem* child : item->childItems()) {
    visitTextItems(child, visit);
  }
}

}  // namespace

class TestKioskUi : public QObject {
  Q_OBJECT

 private:
  // Every visible text on the window, joined by newlines.
  QString screenText() const {
    QStringList texts;
    visitTextItems(m_window->contentItem(), [&texts](QQuickItem*, const QString& text) {
      texts.append(text);
    });
    return texts.join(QLatin1Char('\n'));
  }

  // Clicks the centre of the first visible item whose text is exactly `text`.
  bool clickText(const QString& text) {
    QQuickItem* target = nullptr;
    visitTextItems(m_window->contentItem(), [&](QQuickItem* item, const QString& shown) {
      if (target == nullptr && shown == text) {
        target = item;
      }
    });
    if (target == nullptr) {
      return false;
    }
    const QPointF centre = target->mapToScene(QPointF(target->width() / 2, target->height() / 2));
    QTest::mouseClick(m_window, Qt::LeftButton, {}, centre.toPoint());
    return true;
  }

  QString currentPage() const { return m_window->property("currentPage").toString(); }

  // The page is `objectName` and its entry transition has finished (StackView ignores input until then).
  bool waitForPage(const QString& objectName) {
    return QTest::qWaitFor(
        [&] { return currentPage() == objectName && !m_window->property("navigating").toBool(); },
        5000);
  }

  void tapToStart() { QTest::mouseClick(m_window, Qt::LeftButton, {}, QPoint(640, 420)); }

  bool shoot(const QString& name) {
    QTest::qWait(100);  // bindings and layout settle
    if (!QTest::qWaitFor([this] { return !m_window->property("navigating").toBool(); }, 5000)) {
      qWarning("still navigating");
      return false;
    }
    QString error;
    const bool ok = saveWindowShot(m_window, QDir(m_screensDir).filePath(name + QStringLiteral(".png")),
                                   &error);
    if (!ok) {
      qWarning("%s", qPrintable(error));
    }
    return ok;
  }

  void setLanguage(const QString& language) {
    LanguageController::instance()->setLanguage(language);
    QTest::qWait(50);
  }

 private slots:
  void initTestCase() {
    prepareApplication();
    QVERIFY(m_server.start());
    m_server.serveDefaults();
    const QByteArray buildDir = qgetenv("WEDREG_BUILD_DIR");
    m_screensDir = QDir(buildDir.isEmpty() ? QDir::currentPath() : QString::fromLocal8Bit(buildDir))
                       .filePath(QStringLiteral("screens"));
    QVERIFY(QDir().mkpath(m_screensDir));
    KioskSettings* settings = KioskSettings::instance();
    settings->setServerUrl(m_server.url());
    settings->setHallId(QString::fromLatin1(kOwnHall));
    settings->setHealthIntervalMs(200);
  }

  void init() {
    m_server.setMode(FakeServer::Mode::Serve);
    m_server.serveDefaults();
    if (!m_server.isListening()) {
      QVERIFY(m_server.start());
    }
    KioskSettings::instance()->resetVisitorPreferences();
    KioskSettings::instance()->setIdleTimeoutSeconds(KioskSettings::kDefaultIdleTimeoutSeconds);
    LanguageController::instance()->setLanguage(QStringLiteral("zh_CN"));
    loadUi();
  }

  void cleanup() {
    m_window = nullptr;
    m_engine.reset();
  }

 private:
  // Loads Main.qml as wedreg-kiosk does and waits for the hall list to settle.
  void loadUi() {
    m_engine = std::make_unique<QQmlApplicationEngine>();
    prepareEngine(*m_engine);
    m_engine->load(mainQmlUrl());
    QVERIFY(!m_engine->rootObjects().isEmpty());
    m_window = qobject_cast<QQuickWindow*>(m_engine->rootObjects().constFirst());
    QVERIFY(m_window);
    QVERIFY(QTest::qWaitForWindowExposed(m_window));
    QTRY_VERIFY_WITH_TIMEOUT(m_window->property("hallsSettled").toBool(), 10000);
    QCOMPARE(currentPage(), QStringLiteral("attractPage"));
  }

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

  void touchOpensTheHallList() {
    tapToStart();
    QVERIFY(waitForPage(QStringLiteral("hallListPage")));
    QTRY_VERIFY(screenText().contains(QStringLiteral("东城区婚姻登记处")));
    const QString text = screenText();
    for (const char* expected : {"婚姻登记处一览", "西湖特色婚姻登记点", "特色婚姻登记点", "婚姻登记处",
                                 "颁证仪式场地", "您在此处", "省级婚姻登记机关", "‹ 返回"}) {
      QVERIFY2(text.contains(QString::fromUtf8(expected)), expected);
    }
    QVERIFY(shoot(QStringLiteral("halls-zh_CN")));
    setLanguage(QStringLiteral("en"));
    QTRY_VERIFY(screenText().contains(QStringLiteral("Registration halls")));
    QVERIFY(screenText().contains(QStringLiteral("Themed registration spot")));
    QVERIFY(screenText().contains(QStringLiteral("Dongcheng District Marriage Registration Office")));
    QVERIFY(shoot(QStringLiteral("halls-en")));
    QVERIFY(clickText(QStringLiteral("‹ Back")));
    QVERIFY(waitForPage(QStringLiteral("attractPage")));
  }

  void largeTextVariants() {
    KioskSettings::instance()->setLargeText(true);
    QVERIFY(shoot(QStringLiteral("attract-large-zh_CN")));
    setLanguage(QStringLiteral("en"));
    QVERIFY(shoot(QStringLiteral("attract-large-en")));
    tapToStart();
    QVERIFY(waitForPage(QStringLiteral("hallListPage")));
    QVERIFY(shoot(QStringLiteral("halls-large-en")));
    setLanguage(QStringLiteral("zh_CN"));
    QVERIFY(shoot(QStringLiteral("halls-large-zh_CN")));
  }

  void highContrastVariant() {
    tapToStart();
    QVERIFY(waitForPage(QStringLiteral("hallListPage")));
    QVERIFY(clickText(QStringLiteral("高对比度")));
    QTRY_VERIFY(KioskSettings::instance()->highContrast());
    QVERIFY(shoot(QStringLiteral("halls-contrast-zh_CN")));
  }

  void offlineIsSaidPlainly() {
    QTRY_VERIFY_WITH_TIMEOUT(screenText().contains(QStringLiteral("已联网")), 5000);
    m_server.stop();
    QTRY_VERIFY_WITH_TIMEOUT(screenText().contains(QStringLiteral("未联网")), 5000);
    QVERIFY(screenText().contains(QStringLiteral("请到窗口咨询工作人员")));
    QVERIFY(shoot(QStringLiteral("attract-offline-zh_CN")));
    QVERIFY(m_server.start());
    QTRY_VERIFY_WITH_TIMEOUT(screenText().contains(QStringLiteral("已联网")), 5000);
  }

  void hallListFailureOffersRetry() {
    m_engine.reset();
    m_server.setResponse("/api/v1/halls",
                         {503, "application/problem+json",
                          FakeServer::problemJson(503, "https://wedreg.example/problems/unavailable",
                                                  QStringLiteral("Unavailable"),
                                                  QStringLiteral("数据库维护中，请稍后再试。"))});
    loadUi();
    if (QTest::currentTestFailed()) {
      return;
    }
    tapToStart();
    QVERIFY(waitForPage(QStringLiteral("hallListPage")));
    QTRY_VERIFY(screenText().contains(QStringLiteral("数据库维护中，请稍后再试。")));
    QVERIFY(screenText().contains(QStringLiteral("重试")));
    QVERIFY(shoot(QStringLiteral("halls-error-zh_CN")));
    m_server.serveDefaults();
    QVERIFY(clickText(QStringLiteral("重试")));
    QTRY_VERIFY(screenText().contains(QStringLiteral("东城区婚姻登记处")));
  }

  void idleResetReturnsToAttract() {
    KioskSettings::instance()->setIdleTimeoutSeconds(1);
    tapToStart();
    QVERIFY(waitForPage(QStringLiteral("hallListPage")));
    QVERIFY(clickText(QStringLiteral("大字")));
    QTRY_VERIFY(KioskSettings::instance()->largeText());
    QVERIFY(waitForPage(QStringLiteral("attractPage")));
    QVERIFY(!KioskSettings::instance()->largeText());
  }

  void screenshotSequenceWritesBothLanguages() {
    const QString dir = QDir(m_screensDir).filePath(QStringLiteral("sequence"));
    ScreenshotSequence sequence(m_window, dir);
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
  FakeServer m_server;
  QString m_screensDir;
  std::unique_ptr<QQmlApplicationEngine> m_engine;
  QQuickWindow* m_window = nullptr;
};

QTEST_MAIN(TestKioskUi)
#include "tst_kiosk_ui.moc"
