// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QDateTime>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QTimer>
#include <QtQml/qqmlregistration.h>

#include <functional>

class QNetworkReply;

namespace wedreg::kiosk {

class ApiClient;

// Polls GET /healthz and tells the screens whether the server is there. Until the first answer the
// state is "checking"; after that `online` follows each poll and `message` says plainly what a visitor
// should know when it is offline.
class ConnectionStatus : public QObject {
  Q_OBJECT
  QML_ELEMENT
  Q_PROPERTY(bool online READ online NOTIFY onlineChanged)
  Q_PROPERTY(bool checked READ checked NOTIFY checkedChanged)  // at least one poll has finished
  Q_PROPERTY(QString dbKind READ dbKind NOTIFY serverInfoChanged)
  Q_PROPERTY(QString serverVersion READ serverVersion NOTIFY serverInfoChanged)
  Q_PROPERTY(QDateTime lastChecked READ lastChecked NOTIFY lastCheckedChanged)
  // Plain words for visitors (re-translated when the language changes).
  Q_PROPERTY(QString message READ message NOTIFY messageChanged)
  // Why the last poll failed (ApiClient's readable error), for staff; empty when online.
  Q_PROPERTY(QString errorText READ errorText NOTIFY messageChanged)
  Q_PROPERTY(int intervalMs READ intervalMs WRITE setIntervalMs NOTIFY intervalMsChanged)
  Q_PROPERTY(bool active READ active WRITE setActive NOTIFY activeChanged)

 public:
  static constexpr int kDefaultIntervalMs = 2000;  // offline shown within 2 intervals (< 5 s)
  using Clock = std::function<QDateTime()>;

  // From QML: uses the process-wide ApiClient.
  explicit ConnectionStatus(QObject* parent = nullptr);
  // From tests: a given client (not owned).
  explicit ConnectionStatus(ApiClient* api, QObject* parent = nullptr);
  ~ConnectionStatus() override;

  bool online() const { return m_online; }
  bool checked() const { return m_checked; }
  QString dbKind() const { return m_dbKind; }
  QString serverVersion() const { return m_serverVersion; }
  QDateTime lastChecked() const { return m_lastChecked; }
  QString message() const;
  QString errorText() const { return m_error; }
  int intervalMs() const { return m_timer.interval(); }
  void setIntervalMs(int ms);
  bool active() const { return m_active; }
  void setActive(bool active);

  // Tests inject a clock so lastChecked is predictable.
  void setClock(Clock clock);

  // Poll now (also restarts the interval). A poll already in flight is left to finish.
  Q_INVOKABLE void checkNow();

 signals:
  void onlineChanged();
  void checkedChanged();
  void serverInfoChanged();
  void lastCheckedChanged();
  void messageChanged();
  void intervalMsChanged();
  void activeChanged();
  // Every finished poll, whatever its outcome.
  void polled();

 private:
  void finishPoll(bool online, const QString& dbKind, const QString& version, const QString& error);

  QPointer<ApiClient> m_api;
  QTimer m_timer;
  Clock m_clock;
  QNetworkReply* m_inFlight = nullptr;
  bool m_active = true;
  bool m_online = false;
  bool m_checked = false;
  QString m_dbKind;
  QString m_serverVersion;
  QString m_error;
  QDateTime m_lastChecked;
};

}  // namespace wedreg::kiosk
