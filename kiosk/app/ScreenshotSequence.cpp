// SPDX-License-Identifier: Apache-2.0
#include "kiosk/app/ScreenshotSequence.h"

#include "kiosk/backend/LanguageController.h"

#include <QDir>
#include <QImage>
#include <QMetaProperty>
#include <QQuickWindow>

namespace wedreg::kiosk {

bool saveWindowShot(QQuickWindow* window, const QString& path, QString* error) {
  if (window == nullptr) {
    if (error != nullptr) {
      *error = QStringLiteral("no window");
    }
    return false;
  }
  const QImage image = window->grabWindow();
  if (image.isNull()) {
    if (error != nullptr) {
      *error = QStringLiteral("grabWindow() returned no image");
    }
    return false;
  }
  QDir().mkpath(QFileInfo(path).absolutePath());
  if (!image.save(path, "PNG")) {
    if (error != nullptr) {
      *error = QStringLiteral("cannot write %1").arg(path);
    }
    return false;
  }
  return true;
}

ScreenshotSequence::ScreenshotSequence(QQuickWindow* window, QString directory, QObject* parent)
    : QObject(parent), m_window(window), m_directory(std::move(directory)),
      m_languages(LanguageController::languages()) {
  m_maxWait.setSingleShot(true);
  m_maxWait.setInterval(30000);
  // Shoot whatever is on screen rather than nothing when the server never answers.
  connect(&m_maxWait, &QTimer::timeout, this, [this] {
    m_firstFrame = true;
    if (!m_started) {
      m_started = true;
      shootNext();
    }
  });
}

void ScreenshotSequence::start() {
  if (!m_window) {
    fail(QStringLiteral("no window to grab"));
    return;
  }
  if (!QDir().mkpath(m_directory)) {
    fail(QStringLiteral("cannot create %1").arg(m_directory));
    return;
  }
  m_restoreLanguage = LanguageController::instance()->language();
  connect(m_window, &QQuickWindow::frameSwapped, this, [this] {
    m_firstFrame = true;
    checkReady();
  });
  const QMetaObject* meta = m_window->metaObject();
  const int index = meta->indexOfProperty(m_readyProperty.constData());
  if (index >= 0 && meta->property(index).hasNotifySignal()) {
    const QMetaMethod slot = metaObject()->method(metaObject()->indexOfSlot("checkReady()"));
    connect(m_window, meta->property(index).notifySignal(), this, slot);
  }
  m_maxWait.start();
  m_window->requestUpdate();
  // A window that is already up may have nothing new to draw, so no frameSwapped comes: being
  // exposed for a moment counts as "the first frame is up" too.
  QTimer::singleShot(500, this, [this] {
    if (m_window && m_window->isExposed()) {
      m_firstFrame = true;
      checkReady();
    }
  });
  checkReady();
}

void ScreenshotSequence::checkReady() {
  if (m_started || !m_window || !m_firstFrame) {
    return;
  }
  const QVariant ready = m_window->property(m_readyProperty.constData());
  if (ready.isValid() && !ready.toBool()) {
    return;
  }
  m_started = true;
  m_maxWait.stop();
  // Let the first layout and any entry transition finish before the first grab.
  QTimer::singleShot(m_settleMs, this, &ScreenshotSequence::shootNext);
}

void ScreenshotSequence::shootNext() {
  if (!m_window) {
    fail(QStringLiteral("the window went away"));
    return;
  }
  if (m_next >= m_languages.size()) {
    LanguageController::instance()->setLanguage(m_restoreLanguage);
    emit finished(true, QString());
    return;
  }
  const QString language = m_languages.at(m_next);
  LanguageController* controller = LanguageController::instance();
  const bool switched = controller->language() != language;
  controller->setLanguage(language);
  // After a switch, give bindings and layout a moment to settle before grabbing.
  QTimer::singleShot(switched ? m_settleMs : 0, this, [this, language] {
    const QString path = QDir(m_directory).filePath(m_prefix + QLatin1Char('-') + language +
                                                    QStringLiteral(".png"));
    QString error;
    if (!saveWindowShot(m_window, path, &error)) {
      fail(error);
      return;
    }
    m_written.append(path);
    ++m_next;
    shootNext();
  });
}

void ScreenshotSequence::fail(const QString& message) {
  m_maxWait.stop();
  emit finished(false, message);
}

}  // namespace wedreg::kiosk
