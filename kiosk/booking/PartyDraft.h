// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "kiosk/booking/PartyForm.h"

#include <QDate>
#include <QObject>
#include <QtQml/qqmlregistration.h>

#include <functional>

namespace wedreg::kiosk {

// The people on a request a couple sends from the kiosk (an appointment, a ceremony sign-up): one or
// two PartyForms, each checked on its own and against the other (not the same ID number), and the
// server's field problems ("parties[1].phone") shown under the field they name. PartyPage edits one
// person of any PartyDraft.
class PartyDraft : public QObject {
  Q_OBJECT
  QML_ELEMENT
  QML_UNCREATABLE("A base: use AppointmentDraft or CeremonySignup")
  Q_PROPERTY(int partyCount READ partyCount NOTIFY partyCountChanged)
  Q_PROPERTY(wedreg::kiosk::PartyForm* first READ first CONSTANT)
  Q_PROPERTY(wedreg::kiosk::PartyForm* second READ second CONSTANT)

 public:
  using Today = std::function<QDate()>;

  explicit PartyDraft(QObject* parent = nullptr);

  // How many people this request takes (0, 1 or 2).
  virtual int partyCount() const = 0;
  PartyForm* first() const { return m_first; }
  PartyForm* second() const { return m_second; }

  // Tests pin today's date (Beijing) for the ID birth-date check.
  void setToday(Today today);

  Q_INVOKABLE wedreg::kiosk::PartyForm* party(int index) const;
  // Checks party `index`; also that the two people are not the same number. True when fine.
  Q_INVOKABLE bool validateParty(int index);
  // validateParty() for everyone; true when all are fine.
  bool validateParties();

 signals:
  void partyCountChanged();

 protected:
  QDate today() const { return m_today(); }
  // A problem+json `field` such as "parties[1].phone" -> that person's field error; false if the field
  // names no person.
  bool applyFieldProblem(const QString& field, const QString& text);

 private:
  Today m_today;
  PartyForm* m_first;
  PartyForm* m_second;
};

}  // namespace wedreg::kiosk
