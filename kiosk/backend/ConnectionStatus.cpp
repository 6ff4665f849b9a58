// SPDX-License-Identifier: Apache-2.0
#include "kiosk/backend/ConnectionStatus.h"

#include "kiosk/backend/ApiClient.h"
#include "kiosk/backend/LanguageController.h"

#include <QJsonObject>
#include <QNetworkReply>

#include <algorithm>

namespace wedreg::kiosk {

ConnectionStatus::ConnectionStatus(QObject* parent) : ConnectionStatus(ApiClient::instance(), parent) {}

ConnectionStatus::ConnectionStatus(ApiClient* api, QObject* parent)
    : QObject(parent), m_api(api), m_clock([] { return QDateTime::currentDateTime(); }) {
  m_timer.setInterval(kDefaultIntervalMs);
  connect(&m_timer, &QTimer::timeout, this, &ConnectionStatus::checkNow);
  connect(LanguageController::instance(), &LanguageController::languageChanged, this,
          &ConnectionStatus::messageChanged);
  // First poll once the event loop runs, so QML has set intervalMs/active by then.
  QTimer::singleShot(0, this, [this] {
    if (m_active) {
      checkNow();
    }
  });
}

ConnectionStatus::~ConnectionStatus() {
  ApiClient::cancel(m_inFlight);
}

QString ConnectionStatus::message() const {
  if (!m_checked) {
    return tr("Connecting to the registration server…");
  }
  if (m_online) {
    return tr("Connected to the registration server.");
  }
  return tr("The registration server cannot be reached. Bookings and check-in are paused; please ask "
            "the staff at the counter.");
}

void ConnectionStatus::setIntervalMs(int ms) {
  if (ms <= 0 || m_timer.interval() == ms) {
    return;
  }
  m_timer.setInterval(ms);
  emit intervalMsChanged();
}

void ConnectionStatus::setActive(bool active) {
  if (m_active == active) {
    return;
  }
  m_active = active;
  if (m_active) {
    checkNow();
  } else {
    m_timer.stop();
    ApiClient::cancel(m_inFlight);
    m_inFlight = nullptr;
  }
  emit activeChanged();
}

void ConnectionStatus::setClock(Clock clock) {
  m_clock = std::move(clock);
}

void ConnectionStatus::checkNow() {
  if (!m_active || !m_api) {
    return;
  }
  m_timer.start();
  if (m_inFlight != nullptr) {
    return;
  }
  // A health check slower than the poll interval counts as "offline", not as "still waiting".
  const int timeout = std::min(m_api->timeoutMs(), std::max(m_timer.interval(), 100));
  m_inFlight = m_api->getJson(
      QStringLiteral("/healthz"), this,
      [this](const ApiResult& result) {
        m_inFlight = nullptr;
        const QJsonObject health = result.json.object();
        const bool ok = result.ok && health.value(QLatin1String("status")).toString() ==
                                         QLatin1String("ok");
        finishPoll(ok, health.value(QLatin1String("db")).toString(),
                   health.value(QLatin1String("version")).toString(), result.errorText);
      },
      {}, timeout);
}

void ConnectionStatus::finishPoll(bool online, const QString& dbKind, const QString& version,
                                  const QString& error) {
  const QString oldMessage = message();
  const QString oldError = m_error;
  m_error = online ? QString() : error;
  m_lastChecked = m_clock();
  emit lastCheckedChanged();
  if (online && (m_dbKind != dbKind || m_serverVersion != version)) {
    m_dbKind = dbKind;
    m_serverVersion = version;
    emit serverInfoChanged();
  }
  if (m_online != online) {
    m_online = online;
    emit onlineChanged();
  }
  if (!m_checked) {
    m_checked = true;
    emit checkedChanged();
  }
  if (message() != oldMessage || m_error != oldError) {
    emit messageChanged();
  }
  emit polled();
}

}  // namespace wedreg::kiosk
