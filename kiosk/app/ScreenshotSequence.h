// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QTimer>

class QQuickWindow;

namespace wedreg::kiosk {

// Grabs the window's current frame and writes it as PNG. False (and *error) when it cannot.
bool saveWindowShot(QQuickWindow* window, const QString& path, QString* error = nullptr);

// `wedreg-kiosk --screenshots DIR`: once the first frame is up and the window's `readyProperty`
// (a bool on the root object, e.g. "hallsSettled") is true — or `maxWaitMs` has passed — shoots each
// language in turn: switch language, let the scene settle, grab, save DIR/<prefix>-<language>.png.
class ScreenshotSequence : public QObject {
  Q_OBJECT

 public:
  ScreenshotSequence(QQuickWindow* window, QString directory, QObject* parent = nullptr);

  void setPrefix(const QString& prefix) { m_prefix = prefix; }
  void setLanguages(const QStringList& languages) { m_languages = languages; }
  void setReadyProperty(const QByteArray& name) { m_readyProperty = name; }
  void setSettleMs(int ms) { m_settleMs = ms; }
  void setMaxWaitMs(int ms) { m_maxWait.setInterval(ms); }

  void start();
  QStringList writtenFiles() const { return m_written; }

 signals:
  // ok: every file written; message: what went wrong otherwise.
  void finished(bool ok, const QString& message);

 private slots:
  void checkReady();

 private:
  void shootNext();
  void fail(const QString& message);

  QPointer<QQuickWindow> m_window;
  QString m_directory;
  QString m_prefix = QStringLiteral("attract");
  QStringList m_languages;
  QByteArray m_readyProperty = "hallsSettled";
  int m_settleMs = 400;
  bool m_firstFrame = false;
  bool m_started = false;
  int m_next = 0;
  QString m_restoreLanguage;
  QTimer m_maxWait;
  QStringList m_written;
};

}  // namespace wedreg::kiosk
