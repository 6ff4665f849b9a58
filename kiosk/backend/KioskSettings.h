// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QObject>
#include <QString>
#include <QUrl>
#include <QtQml/qqmlregistration.h>

class QQmlEngine;
class QJSEngine;

namespace wedreg::kiosk {

// This kiosk's configuration (filled once from the command line in main.cpp) plus the display
// preferences a visitor may switch (large text, high contrast). One instance per process: C++ and every
// QML engine see the same object.
class KioskSettings : public QObject {
  Q_OBJECT
  QML_ELEMENT
  QML_SINGLETON
  Q_PROPERTY(QUrl serverUrl READ serverUrl WRITE setServerUrl NOTIFY serverUrlChanged)
  Q_PROPERTY(QString hallId READ hallId WRITE setHallId NOTIFY hallIdChanged)
  Q_PROPERTY(int idleTimeoutSeconds READ idleTimeoutSeconds WRITE setIdleTimeoutSeconds NOTIFY
                 idleTimeoutSecondsChanged)
  // How often ConnectionStatus polls /healthz.
  Q_PROPERTY(int healthIntervalMs READ healthIntervalMs WRITE setHealthIntervalMs NOTIFY
                 healthIntervalMsChanged)
  Q_PROPERTY(bool largeText READ largeText WRITE setLargeText NOTIFY largeTextChanged)
  Q_PROPERTY(bool highContrast READ highContrast WRITE setHighContrast NOTIFY highContrastChanged)

 public:
  static constexpr const char* kDefaultServerUrl = "http://127.0.0.1:8080";
  static constexpr int kDefaultIdleTimeoutSeconds = 90;
  static constexpr int kDefaultHealthIntervalMs = 5000;

  // Qt 6.4 trap: qmlRegisterTypesAndRevisions prefers a default constructor over create(), which
  // would give QML a second, unconfigured instance. So no default constructor: `parent` is required.
  explicit KioskSettings(QObject* parent);

  // The process-wide instance (created on first use, owned by C++).
  static KioskSettings* instance();
  // QML singleton factory: hands every engine the process-wide instance.
  static KioskSettings* create(QQmlEngine* qmlEngine, QJSEngine* jsEngine);

  QUrl serverUrl() const { return m_serverUrl; }
  void setServerUrl(const QUrl& url);
  QString hallId() const { return m_hallId; }
  void setHallId(const QString& id);
  int idleTimeoutSeconds() const { return m_idleTimeoutSeconds; }
  void setIdleTimeoutSeconds(int seconds);
  int healthIntervalMs() const { return m_healthIntervalMs; }
  void setHealthIntervalMs(int ms);
  bool largeText() const { return m_largeText; }
  void setLargeText(bool on);
  bool highContrast() const { return m_highContrast; }
  void setHighContrast(bool on);

  // Back to what a new visitor should see (the idle reset calls this): display preferences off.
  Q_INVOKABLE void resetVisitorPreferences();

 signals:
  void serverUrlChanged();
  void hallIdChanged();
  void idleTimeoutSecondsChanged();
  void healthIntervalMsChanged();
  void largeTextChanged();
  void highContrastChanged();

 private:
  QUrl m_serverUrl{QString::fromLatin1(kDefaultServerUrl)};
  QString m_hallId;
  int m_idleTimeoutSeconds = kDefaultIdleTimeoutSeconds;
  int m_healthIntervalMs = kDefaultHealthIntervalMs;
  bool m_largeText = false;
  bool m_highContrast = false;
};

}  // namespace wedreg::kiosk
