// SPDX-License-Identifier: Apache-2.0
#include "kiosk/session/IdleMonitor.h"

#include <algorithm>

namespace wedreg::kiosk {

IdleMonitor::IdleMonitor(QObject* parent) : QObject(parent) {
  m_idle.setSingleShot(true);
  m_idle.setInterval(90 * 1000);
  m_prompt.setSingleShot(true);
  m_prompt.setInterval(10 * 1000);
  m_countdown.setInterval(250);
  connect(&m_idle, &QTimer::timeout, this, &IdleMonitor::startPrompt);
  connect(&m_countdown, &QTimer::timeout, this, &IdleMonitor::updateSecondsLeft);
  connect(&m_prompt, &QTimer::timeout, this, [this] {
    m_countdown.stop();
    setPrompting(false);
    emit timedOut();
  });
}

void IdleMonitor::setIdleMs(int ms) {
  if (ms < 1 || m_idle.interval() == ms) {
    return;
  }
  m_idle.setInterval(ms);
  emit idleMsChanged();
  if (m_active && !m_prompting) {
    m_idle.start();
  }
}

void IdleMonitor::setPromptMs(int ms) {
  if (ms < 1 || m_prompt.interval() == ms) {
    return;
  }
  m_prompt.setInterval(ms);
  emit promptMsChanged();
}

void IdleMonitor::setActive(bool active) {
  if (m_active == active) {
    return;
  }
  m_active = active;
  m_prompt.stop();
  m_countdown.stop();
  setPrompting(false);
  if (m_active) {
    m_idle.start();
  } else {
    m_idle.stop();
  }
  emit activeChanged();
}

void IdleMonitor::poke() {
  if (!m_active) {
    return;
  }
  m_prompt.stop();
  m_countdown.stop();
  setPrompting(false);
  m_idle.start();
}

void IdleMonitor::startPrompt() {
  m_promptClock.start();
  m_prompt.start();
  m_countdown.start();
  updateSecondsLeft();
  setPrompting(true);
}

void IdleMonitor::setPrompting(bool prompting) {
  if (m_prompting == prompting) {
    return;
  }
  m_prompting = prompting;
  emit promptingChanged();
}

void IdleMonitor::updateSecondsLeft() {
  const qint64 left = m_prompt.interval() - m_promptClock.elapsed();
  const int seconds = static_cast<int>(std::max<qint64>(0, (left + 999) / 1000));
  if (m_secondsLeft != seconds) {
    m_secondsLeft = seconds;
    emit secondsLeftChanged();
  }
}

}  // namespace wedreg::kiosk
