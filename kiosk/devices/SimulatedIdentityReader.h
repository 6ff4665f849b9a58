// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "kiosk/devices/IdentityReader.h"

#include <QList>
#include <QTimer>

namespace wedreg::kiosk {

// The development reader: each read() "reads", after `delayMs`, the next card of a process-wide list
// (tests set it with setCards(); by default two demo cards with valid, fictitious numbers), cycling.
// An empty list reads as "no card on the reader".
class SimulatedIdentityReader : public wedreg::kiosk::IdentityReader {
  Q_OBJECT
  QML_ELEMENT
  Q_PROPERTY(int delayMs READ delayMs WRITE setDelayMs NOTIFY delayMsChanged)

 public:
  struct Card {
    QString idNumber;
    QString name;
  };

  explicit SimulatedIdentityReader(QObject* parent = nullptr);

  static void setCards(const QList<Card>& cards);
  static QList<Card> demoCards();

  int delayMs() const { return m_timer.interval(); }
  void setDelayMs(int ms);

  void read() override;
  void cancel() override;

 signals:
  void delayMsChanged();

 private:
  void finishRead();

  QTimer m_timer;
};

}  // namespace wedreg::kiosk
