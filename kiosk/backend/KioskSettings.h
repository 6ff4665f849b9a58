// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "kiosk/backend/ClientTls.h"

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
  // The registrar counter (window) this kiosk stands at, 1-16 letters or digits: where "call next"
  // calls the couple to (POST /halls/{id}/queue/next).
  Q_PROPERTY(QString counter READ counter WRITE setCounter NOTIFY counterChanged)
  Q_PROPERTY(int idleTimeoutSeconds READ idleTimeoutSeconds WRITE setIdleTimeoutSeconds NOTIFY
                 idleTimeoutSecondsChanged)
  // After the idle timeout, how long the "Still there?" prompt waits before wiping the visit.
  Q_PROPERTY(int idlePromptSeconds READ idlePromptSeconds WRITE setIdlePromptSeconds NOTIFY
                 idlePromptSecondsChanged)
  // Staff screens lock (token wiped) sooner than a visitor's visit resets.
  Q_PROPERTY(int staffLockSeconds READ staffLockSeconds WRITE setStaffLockSeconds NOTIFY
                 staffLockSecondsChanged)
  // How often ConnectionStatus polls /healthz (each poll also times out after this long, so a server
  // that stops answering is reported within two intervals: 2 s + 2 s < the 5 s DESIGN asks for).
  Q_PROPERTY(int healthIntervalMs READ healthIntervalMs WRITE setHealthIntervalMs NOTIFY
                 healthIntervalMsChanged)
  // The pinned root certificate (PEM) that signs trust-list signers: offline certificate checks
  // trust nothing the server sends unless it chains to this file (certs/dev/signing/root.crt in dev).
  Q_PROPERTY(QString trustRootPath READ trustRootPath WRITE setTrustRootPath NOTIFY
                 trustRootPathChanged)
  Q_PROPERTY(bool largeText READ largeText WRITE setLargeText NOTIFY largeTextChanged)
  Q_PROPERTY(bool highContrast READ highContrast WRITE setHighContrast NOTIFY highContrastChanged)

 public:
  static constexpr const char* kDefaultServerUrl = "http://127.0.0.1:8080";
  static constexpr const char* kDefaultCounter = "1";
  static constexpr int kDefaultIdleTimeoutSeconds = 90;
  static constexpr int kDefaultIdlePromptSeconds = 10;
  static constexpr int kDefaultStaffLockSeconds = 120;
  static constexpr int kDefaultHealthIntervalMs = 2000;

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
  QString counter() const { return m_counter; }
  void setCounter(const QString& counter);
  // What the server takes as a counter: 1-16 ASCII letters or digits.
  static bool isValidCounter(const QString& counter);
  int idleTimeoutSeconds() const { return m_idleTimeoutSeconds; }
  void setIdleTimeoutSeconds(int seconds);
  int idlePromptSeconds() const { return m_idlePromptSeconds; }
  void setIdlePromptSeconds(int seconds);
  int staffLockSeconds() const { return m_staffLockSeconds; }
  void setStaffLockSeconds(int seconds);
  int healthIntervalMs() const { return m_healthIntervalMs; }
  void setHealthIntervalMs(int ms);
  QString trustRootPath() const { return m_trustRootPath; }
  void setTrustRootPath(const QString& path);
  // The kiosk's TLS identity for an https server (C++ only: QML has no business with key files).
  ClientTlsFiles clientTls() const { return m_clientTls; }
  void setClientTls(const ClientTlsFiles& files);
  bool largeText() const { return m_largeText; }
  void setLargeText(bool on);
  bool highContrast() const { return m_highContrast; }
  void setHighContrast(bool on);

  // Back to what a new visitor should see (the idle reset calls this): display preferences off.
  Q_INVOKABLE void resetVisitorPreferences();

 signals:
  void serverUrlChanged();
  void hallIdChanged();
  void counterChanged();
  void idleTimeoutSecondsChanged();
  void idlePromptSecondsChanged();
  void staffLockSecondsChanged();
  void healthIntervalMsChanged();
  void trustRootPathChanged();
  void clientTlsChanged();
  void largeTextChanged();
  void highContrastChanged();

 private:
  QUrl m_serverUrl{QString::fromLatin1(kDefaultServerUrl)};
  QString m_hallId;
  QString m_counter = QString::fromLatin1(kDefaultCounter);
  int m_idleTimeoutSeconds = kDefaultIdleTimeoutSeconds;
  int m_idlePromptSeconds = kDefaultIdlePromptSeconds;
  int m_staffLockSeconds = kDefaultStaffLockSeconds;
  int m_healthIntervalMs = kDefaultHealthIntervalMs;
  QString m_trustRootPath;
  ClientTlsFiles m_clientTls;
  bool m_largeText = false;
  bool m_highContrast = false;
};

}  // namespace wedreg::kiosk
