// SPDX-License-Identifier: Apache-2.0
#include "kiosk/devices/SimulatedIdentityReader.h"

#include "core/identity/ResidentId.h"

namespace wedreg::kiosk {

namespace {
struct CardQueue {
  QList<SimulatedIdentityReader::Card> cards = SimulatedIdentityReader::demoCards();
  int next = 0;
};

CardQueue& queue() {
  static CardQueue instance;
  return instance;
}

QString withCheck(const char* first17) {
  return QString::fromLatin1(first17) + QLatin1Char(core::ResidentId::checkCharacter(first17));
}
}  // namespace

SimulatedIdentityReader::SimulatedIdentityReader(QObject* parent) : IdentityReader(parent) {
  m_timer.setSingleShot(true);
  m_timer.setInterval(400);
  connect(&m_timer, &QTimer::timeout, this, &SimulatedIdentityReader::finishRead);
}

QList<SimulatedIdentityReader::Card> SimulatedIdentityReader::demoCards() {
  // Fictitious people; the numbers pass the checksum so the journey can be tried end to end.
  return {{withCheck("11010119950307003"), QStringLiteral("张明")},
          {withCheck("11010119960815002"), QStringLiteral("李华")}};
}

void SimulatedIdentityReader::setCards(const QList<Card>& cards) {
  queue().cards = cards;
  queue().next = 0;
}

void SimulatedIdentityReader::setDelayMs(int ms) {
  if (ms < 0 || m_timer.interval() == ms) {
    return;
  }
  m_timer.setInterval(ms);
  emit delayMsChanged();
}

void SimulatedIdentityReader::read() {
  if (reading()) {
    return;
  }
  setErrorText({});
  setReading(true);
  m_timer.start();
}

void SimulatedIdentityReader::cancel() {
  m_timer.stop();
  setReading(false);
}

void SimulatedIdentityReader::finishRead() {
  setReading(false);
  CardQueue& cards = queue();
  if (cards.cards.isEmpty()) {
    setErrorText(tr("No card on the reader. Place the ID card flat on the reader and try again."));
    return;
  }
  const Card card = cards.cards.at(cards.next % cards.cards.size());
  cards.next = (cards.next + 1) % cards.cards.size();
  emit cardRead(card.idNumber, card.name);
}

}  // namespace wedreg::kiosk
