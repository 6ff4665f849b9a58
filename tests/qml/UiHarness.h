// SPDX-License-Identifier: Apache-2.0
#pragma once

// What every UI test does: load Main.qml exactly as wedreg-kiosk does (AppSetup), offscreen, against
// FakeServer; find, click and read what is on screen; write screenshots to ${WEDREG_BUILD_DIR}/screens.

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

namespace wedreg::kiosk::test {

inline constexpr const char* kOwnHall = "hz-xihu";

class UiHarness {
 public:
  // Visible items under `item` that show text, depth first.
  static void visitTextItems(QQuickItem* item,
                             const std::function<void(QQuickItem*, const QString&)>& visit) {
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

  // Once per test binary: app setup, the fake server, the screenshot directory, fast health polls.
  bool setUp() {
    prepareApplication();
    if (!server.start()) {
      return false;
    }
    server.serveDefaults();
    server.serveBooking(kOwnHall);
    const QByteArray buildDir = qgetenv("WEDREG_BUILD_DIR");
    screensDir = QDir(buildDir.isEmpty() ? QDir::currentPath() : QString::fromLocal8Bit(buildDir))
                     .filePath(QStringLiteral("screens"));
    KioskSettings* settings = KioskSettings::instance();
    settings->setServerUrl(server.url());
    settings->setHallId(QString::fromLatin1(kOwnHall));
    // Fast enough for the tests, slow enough that a slow software-rendered frame is not "offline".
    settings->setHealthIntervalMs(1000);
    return QDir().mkpath(screensDir);
  }

  // Before each test: a serving server (its canned answers reset unless `keepResponses`), default
  // settings, zh_CN, a freshly loaded window.
  bool load(bool keepResponses = false) {
    server.setMode(FakeServer::Mode::Serve);
    if (!keepResponses) {
      server.serveDefaults();
      server.serveBooking(kOwnHall);
    }
    if (!server.isListening() && !server.start()) {
      return false;
    }
    KioskSettings* settings = KioskSettings::instance();
    settings->resetVisitorPreferences();
    settings->setIdleTimeoutSeconds(KioskSettings::kDefaultIdleTimeoutSeconds);
    settings->setIdlePromptSeconds(KioskSettings::kDefaultIdlePromptSeconds);
    settings->setStaffLockSeconds(KioskSettings::kDefaultStaffLockSeconds);
    LanguageController::instance()->setLanguage(QStringLiteral("zh_CN"));
    engine = std::make_unique<QQmlApplicationEngine>();
    prepareEngine(*engine);
    engine->load(mainQmlUrl());
    if (engine->rootObjects().isEmpty()) {
      return false;
    }
    window = qobject_cast<QQuickWindow*>(engine->rootObjects().constFirst());
    return window != nullptr && QTest::qWaitForWindowExposed(window) &&
           QTest::qWaitFor([this] { return window->property("hallsSettled").toBool(); }, 10000) &&
           currentPage() == QLatin1String("attractPage");
  }

  void unload() {
    window = nullptr;
    engine.reset();
  }

  QObject* root() const { return window; }
  template <typename T>
  T* object(const char* objectName) const {
    return window->findChild<T*>(QString::fromLatin1(objectName));
  }

  QString screenText() const {
    QStringList texts;
    visitTextItems(window->contentItem(), [&texts](QQuickItem*, const QString& text) { texts.append(text); });
    return texts.join(QLatin1Char('\n'));
  }

  QQuickItem* itemWithText(const QString& text) const {
    QQuickItem* target = nullptr;
    visitTextItems(window->contentItem(), [&](QQuickItem* item, const QString& shown) {
      if (target == nullptr && shown == text) {
        target = item;
      }
    });
    return target;
  }

  // A visible item by objectName in the window's visual tree (pages and delegates are visual
  // children, not always QObject children, of what shows them).
  QQuickItem* item(const QString& objectName) const { return findVisible(window->contentItem(), objectName); }

  static QQuickItem* findVisible(QQuickItem* item, const QString& objectName) {
    if (item == nullptr || !item->isVisible()) {
      return nullptr;
    }
    if (item->objectName() == objectName) {
      return item;
    }
    for (QQuickItem* child : item->childItems()) {
      if (QQuickItem* found = findVisible(child, objectName)) {
        return found;
      }
    }
    return nullptr;
  }

  void click(QQuickItem* target) {
    const QPointF centre = target->mapToScene(QPointF(target->width() / 2, target->height() / 2));
    QTest::mouseClick(window, Qt::LeftButton, {}, centre.toPoint());
  }

  // The first visible item under `scope` whose text is exactly `text`.
  static QQuickItem* itemWithText(QQuickItem* scope, const QString& text) {
    QQuickItem* target = nullptr;
    visitTextItems(scope, [&](QQuickItem* item, const QString& shown) {
      if (target == nullptr && shown == text) {
        target = item;
      }
    });
    return target;
  }

  // Clicks the centre of the first visible item whose text is exactly `text`.
  bool clickText(const QString& text) {
    QQuickItem* target = itemWithText(text);
    if (target == nullptr) {
      qWarning("no visible text '%s'", qPrintable(text));
      return false;
    }
    click(target);
    return true;
  }

  bool clickItem(const QString& objectName) {
    QQuickItem* target = item(objectName);
    if (target == nullptr) {
      qWarning("no visible item '%s'", qPrintable(objectName));
      return false;
    }
    click(target);
    return true;
  }

  // Presses `keys` on the on-screen keypad `keypadName` (only its keys: a field showing "1" is not
  // the key "1").
  bool typeOnKeypad(const QString& keypadName, const QString& keys) {
    QQuickItem* keypad = item(keypadName);
    if (keypad == nullptr) {
      return false;
    }
    for (const QChar key : keys) {
      QQuickItem* button = itemWithText(keypad, QString(key));
      if (button == nullptr) {
        return false;
      }
      click(button);
    }
    return true;
  }

  QString currentPage() const { return window->property("currentPage").toString(); }

  // The page is `objectName` and its entry transition has finished.
  bool waitForPage(const QString& objectName, int timeoutMs = 5000) {
    const bool ok = QTest::qWaitFor(
        [&] { return currentPage() == objectName && !window->property("navigating").toBool(); },
        timeoutMs);
    if (!ok) {
      qWarning("on page '%s', not '%s'", qPrintable(currentPage()), qPrintable(objectName));
    }
    return ok;
  }

  void tapToStart() { QTest::mouseClick(window, Qt::LeftButton, {}, QPoint(640, 420)); }

  bool shoot(const QString& name) {
    QTest::qWait(150);  // bindings and layout settle
    if (!QTest::qWaitFor([this] { return !window->property("navigating").toBool(); }, 5000)) {
      qWarning("still navigating");
      return false;
    }
    QString error;
    const bool ok =
        saveWindowShot(window, QDir(screensDir).filePath(name + QStringLiteral(".png")), &error);
    if (!ok) {
      qWarning("%s", qPrintable(error));
    }
    return ok;
  }

  void setLanguage(const QString& language) {
    LanguageController::instance()->setLanguage(language);
    QTest::qWait(50);
  }

  FakeServer server;
  QString screensDir;
  std::unique_ptr<QQmlApplicationEngine> engine;
  QQuickWindow* window = nullptr;
};

}  // namespace wedreg::kiosk::test
