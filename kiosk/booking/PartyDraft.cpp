// SPDX-License-Identifier: Apache-2.0
#include "kiosk/booking/PartyDraft.h"

#include "kiosk/booking/Slot.h"

#include <QDateTime>
#include <QRegularExpression>

namespace wedreg::kiosk {

PartyDraft::PartyDraft(QObject* parent)
    : QObject(parent),
      m_today([] { return toBeijing(QDateTime::currentDateTimeUtc()).date(); }),
      m_first(new PartyForm(this)),
      m_second(new PartyForm(this)) {}

void PartyDraft::setToday(Today today) {
  m_today = std::move(today);
}

PartyForm* PartyDraft::party(int index) const {
  return index == 0 ? m_first : index == 1 ? m_second : nullptr;
}

bool PartyDraft::validateParty(int index) {
  PartyForm* form = party(index);
  if (form == nullptr || index >= partyCount()) {
    return false;
  }
  if (!form->validate(m_today())) {
    return false;
  }
  if (index == 1 && m_first->idNumber() == m_second->idNumber()) {
    form->setServerError(QStringLiteral("id_number"),
                         tr("Both people have the same ID number; please enter the second person's."));
    return false;
  }
  return true;
}

bool PartyDraft::validateParties() {
  bool ready = partyCount() > 0;
  for (int i = 0; i < partyCount(); ++i) {
    ready = validateParty(i) && ready;
  }
  return ready;
}

bool PartyDraft::applyFieldProblem(const QString& field, const QString& text) {
  static const QRegularExpression pattern(QStringLiteral("^parties\\[(\\d)\\]\\.(\\w+)$"));
  const QRegularExpressionMatch match = pattern.match(field);
  if (!match.hasMatch()) {
    return false;
  }
  PartyForm* form = party(match.captured(1).toInt());
  if (form == nullptr) {
    return false;
  }
  form->setServerError(match.captured(2), text);
  return true;
}

}  // namespace wedreg::kiosk
