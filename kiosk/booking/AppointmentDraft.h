// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "kiosk/booking/PartyDraft.h"
#include "kiosk/booking/Slot.h"
#include "kiosk/booking/SlotListModel.h"
#include "kiosk/devices/Printer.h"

#include <QDate>
#include <QJsonDocument>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QtQml/qqmlregistration.h>

#include <functional>
#include <optional>

class QNetworkReply;

namespace wedreg::kiosk {

class ApiClient;

// Everything a visitor has chosen and typed on the booking journey, and its submission
// (POST /api/v1/appointments). QML shows these properties and calls the invokables; the rules that
// need no server (how many people a service takes, ID checksum, phone shape) live here and in
// PartyForm. A refusal keeps every field so the couple can fix one thing and send again; the
// Idempotency-Key stays the same while the request body does, so a retry after a lost answer can
// never book twice.
class AppointmentDraft : public wedreg::kiosk::PartyDraft {
  Q_OBJECT
  QML_ELEMENT
  Q_PROPERTY(QString service READ service NOTIFY serviceChanged)
  Q_PROPERTY(QString hallId READ hallId NOTIFY hallChanged)
  Q_PROPERTY(QString hallName READ hallName NOTIFY hallChanged)
  Q_PROPERTY(QString slotId READ slotId NOTIFY slotChanged)
  // The chosen slot's day and times in the current language (follows a language switch).
  Q_PROPERTY(QString slotLabel READ slotLabel NOTIFY slotChanged)
  // What the people declare for this service (marriage: no spouse, no prohibited kinship).
  Q_PROPERTY(QString declarationText READ declarationText NOTIFY declarationTextChanged)
  Q_PROPERTY(bool declarationAccepted READ declarationAccepted WRITE setDeclarationAccepted NOTIFY
                 declarationAcceptedChanged)
  Q_PROPERTY(bool submitting READ submitting NOTIFY submittingChanged)
  // The last refusal or failure in words a couple understands (the server's localized detail).
  Q_PROPERTY(QString errorText READ errorText NOTIFY resultChanged)
  // "slot-full", "already-booked", "not-open", "ineligible", "invalid-field", … ; empty when none.
  Q_PROPERTY(QString problem READ problem NOTIFY resultChanged)
  // What the screen should offer: "slot" (choose another time), "parties" (fix a person's details),
  // "retry" (send again) or "" (nothing failed).
  Q_PROPERTY(QString fix READ fix NOTIFY resultChanged)
  Q_PROPERTY(bool confirmed READ confirmed NOTIFY resultChanged)
  Q_PROPERTY(QString appointmentId READ appointmentId NOTIFY resultChanged)
  Q_PROPERTY(QString checkInCode READ checkInCode NOTIFY resultChanged)
  Q_PROPERTY(QString qrText READ qrText NOTIFY resultChanged)
  Q_PROPERTY(QString idempotencyKey READ idempotencyKey NOTIFY resultChanged)
  // Nothing chosen, typed or received: what the idle wipe must leave.
  Q_PROPERTY(bool empty READ empty NOTIFY emptyChanged)

 public:
  explicit AppointmentDraft(QObject* parent = nullptr);
  explicit AppointmentDraft(ApiClient* api, QObject* parent = nullptr);
  ~AppointmentDraft() override;

  // Services the kiosk books and how many people each takes.
  static int partiesFor(const QString& service);

  QString service() const { return m_service; }
  int partyCount() const override { return partiesFor(m_service); }
  QString hallId() const { return m_hallId; }
  QString hallName() const { return m_hallName; }
  QString slotId() const { return m_slot ? m_slot->id : QString(); }
  QString slotLabel() const;
  QString declarationText() const;
  bool declarationAccepted() const { return m_declarationAccepted; }
  void setDeclarationAccepted(bool accepted);
  bool submitting() const { return m_reply != nullptr; }
  QString errorText() const { return m_errorText; }
  QString problem() const { return m_problem; }
  QString fix() const { return m_fix; }
  bool confirmed() const { return !m_appointmentId.isEmpty(); }
  QString appointmentId() const { return m_appointmentId; }
  QString checkInCode() const { return m_checkInCode; }
  QString qrText() const { return m_qrText; }
  QString idempotencyKey() const { return m_idempotencyKey; }
  bool empty() const;

  // The request body submit() would send (for tests; never logged).
  QJsonDocument requestBody() const;

  Q_INVOKABLE void chooseService(const QString& service);
  Q_INVOKABLE void chooseHall(const QString& hallId, const QString& hallName);
  // The slot `slotId` as `list` has loaded it (nothing chosen when it is not there).
  Q_INVOKABLE void chooseSlotFrom(wedreg::kiosk::SlotListModel* list, const QString& slotId);
  void chooseSlot(const std::optional<Slot>& slot);
  // Checks everything and sends; false (and nothing sent) when something must be fixed first.
  Q_INVOKABLE bool submit();
  // Prints the booking slip (service, hall, time, check-in code, QR code) on `printer`.
  Q_INVOKABLE bool printConfirmation(wedreg::kiosk::Printer* printer, const QString& serviceLabel) const;
  // Forgets everything (the idle wipe and "start again").
  Q_INVOKABLE void clear();

 signals:
  void serviceChanged();
  void hallChanged();
  void slotChanged();
  void declarationAcceptedChanged();
  void declarationTextChanged();
  void submittingChanged();
  void resultChanged();
  void emptyChanged();
  // submit() finished: `ok` booked, otherwise see errorText/problem/fix.
  void submitted(bool ok);

 private:
  void setResult(const QString& errorText, const QString& problem, const QString& fix);
  void contentEdited();

  QPointer<ApiClient> m_api;
  QNetworkReply* m_reply = nullptr;
  QString m_service;
  QString m_hallId;
  QString m_hallName;
  std::optional<Slot> m_slot;
  bool m_declarationAccepted = false;
  QString m_errorText;
  QString m_problem;
  QString m_fix;
  QString m_appointmentId;
  QString m_checkInCode;
  QString m_qrText;
  QString m_idempotencyKey;
  QByteArray m_keyedBodyHash;  // SHA-256 of the body m_idempotencyKey was made for
  bool m_wasEmpty = true;
};

}  // namespace wedreg::kiosk
