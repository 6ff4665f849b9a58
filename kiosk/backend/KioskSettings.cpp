// SPDX-License-Identifier: Apache-2.0
#include "kiosk/backend/KioskSettings.h"

#include <QJSEngine>

#include <algorithm>

namespace wedreg::kiosk {

KioskSettings::KioskSettings(QObject* parent) : QObject(parent) {}

KioskSettings* KioskSettings::instance() {
  static KioskSettings* const settings = new KioskSettings(nullptr);  // process lifetime
  return settings;
}

KioskSettings* KioskSettings::create(QQmlEngine*, QJSEngine*) {
  KioskSettings* settings = instance();
  // The engine must not delete the shared instance when it goes away.
  QJSEngine::setObjectOwnership(settings, QJSEngine::CppOwnership);
  return settings;
}

void KioskSettings::setServerUrl(const QUrl& url) {
  if (m_serverUrl == url) {
    return;
  }
  m_serverUrl = url;
  emit serverUrlChanged();
}

void KioskSettings::setHallId(const QString& id) {
  if (m_hallId == id) {
    return;
  }
  m_hallId = id;
  emit hallIdChanged();
}

void KioskSettings::setCounter(const QString& counter) {
  if (m_counter == counter) {
    return;
  }
  m_counter = counter;
  emit counterChanged();
}

bool KioskSettings::isValidCounter(const QString& counter) {
  if (counter.isEmpty() || counter.size() > 16) {
    return false;
  }
  return std::all_of(counter.cbegin(), counter.cend(), [](QChar c) {
    return c.unicode() < 128 && c.isLetterOrNumber();
  });
}

void KioskSettings::setIdleTimeoutSeconds(int seconds) {
  if (seconds < 1 || m_idleTimeoutSeconds == seconds) {
    return;
  }
  m_idleTimeoutSeconds = seconds;
  emit idleTimeoutSecondsChanged();
}

void KioskSettings::setIdlePromptSeconds(int seconds) {
  if (seconds < 1 || m_idlePromptSeconds == seconds) {
    return;
  }
  m_idlePromptSeconds = seconds;
  emit idlePromptSecondsChanged();
}

void KioskSettings::setStaffLockSeconds(int seconds) {
  if (seconds < 1 || m_staffLockSeconds == seconds) {
    return;
  }
  m_staffLockSeconds = seconds;
  emit staffLockSecondsChanged();
}

void KioskSettings::setHealthIntervalMs(int ms) {
  if (ms < 1 || m_healthIntervalMs == ms) {
    return;
  }
  m_healthIntervalMs = ms;
  emit healthIntervalMsChanged();
}

void KioskSettings::setClientTls(const ClientTlsFiles& files) {
  if (m_clientTls == files) {
    return;
  }
  m_clientTls = files;
  emit clientTlsChanged();
}

void KioskSettings::setTrustRootPath(const QString& path) {
  if (m_trustRootPath == path) {
    return;
  }
  m_trustRootPath = path;
  emit trustRootPathChanged();
}

void KioskSettings::setLargeText(bool on) {
  if (m_largeText == on) {
    return;
  }
  m_largeText = on;
  emit largeTextChanged();
}

void KioskSettings::setHighContrast(bool on) {
  if (m_highContrast == on) {
    return;
  }
  m_highContrast = on;
  emit highContrastChanged();
}

void KioskSettings::resetVisitorPreferences() {
  setLargeText(false);
  setHighContrast(false);
}

}  // namespace wedreg::kiosk
