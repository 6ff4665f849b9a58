// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QElapsedTimer>
#include <QObject>
#include <QTimer>
#include <QtQml/qqmlregistration.h>

namespace wedreg::kiosk {

// The kiosk's "nobody is here any more" clock: after `idleMs` without poke() it shows the
// "Still there?" prompt (`prompting`) for `promptMs`, counting `secondsLeft`; a poke() then keeps the
// visit, silence emits timedOut() and the window wipes the visit. Both intervals are properties so
// tests run the whole sequence in a couple of seconds.
class IdleMonitor : public QObject {
  Q_OBJECT
  QML_ELEMENT
  Q_PROPERTY(int idleMs READ idleMs WRITE setIdleMs NOTIFY idleMsChanged)
  Q_PROPERTY(int promptMs READ promptMs WRITE setPromptMs NOTIFY promptMsChanged)
  // Counting only while active (a visit or staff session is open).
  Q_PROPERTY(bool active READ active WRITE setActive NOTIFY activeChanged)
  Q_PROPERTY(bool prompting READ prompting NOTIFY promptingChanged)
  Q_PROPERTY(int secondsLeft READ secondsLeft NOTIFY secondsLeftChanged)

 public:
  explicit IdleMonitor(QObject* parent = nullptr);

  int idleMs() const { return m_idle.interval(); }
  void setIdleMs(int ms);
  int promptMs() const { return m_prompt.interval(); }
  void setPromptMs(int ms);
  bool active() const { return m_active; }
  void setActive(bool active);
  bool prompting() const { return m_prompting; }
  int secondsLeft() const { return m_secondsLeft; }

  // Someone touched the screen: restart the idle countdown (and close the prompt).
  Q_INVOKABLE void poke();

 signals:
  void idleMsChanged();
  void promptMsChanged();
  void activeChanged();
  void promptingChanged();
  void secondsLeftChanged();
  // The prompt went unanswered: wipe the visit.
  void timedOut();

 private:
  void startPrompt();
  void setPrompting(bool prompting);
  void updateSecondsLeft();

  QTimer m_idle;
  QTimer m_prompt;
  QTimer m_countdown;
  QElapsedTimer m_promptClock;
  bool m_active = false;
  bool m_prompting = false;
  int m_secondsLeft = 0;
};

}  // namespace wedreg::kiosk
