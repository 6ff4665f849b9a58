// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "kiosk/booking/PartyDraft.h"

#include <QPointer>
#include <QString>
#include <QtQml/qqmlregistration.h>

class QNetworkReply;

namespace wedreg::kiosk {

class ApiClient;

// A couple's sign-up for a collective ceremony from the kiosk (POST
// /api/v1/ceremonies/{id}/registrations): the chosen ceremony and session, both people's ID number,
// name and phone (PartyDraft), and the answer: a seat (with the session, sign-up number and the ticket
// QR) or a place on the waitlist. Refusals keep every field and say what to do: "parties" (a detail,
// or not registered: the server's words say which), "session" (closed, not open yet) or "retry".
class CeremonySignup : public wedreg::kiosk::PartyDraft {
  Q_OBJECT
  QML_ELEMENT
  Q_PROPERTY(QString ceremonyId READ ceremonyId NOTIFY choiceChanged)
  // Empty: the server seats the couple in the first session with a free seat.
  Q_PROPERTY(QString sessionId READ sessionId NOTIFY choiceChanged)
  // The chosen session's number and Beijing time ("10:30–11:30"), for the summary.
  Q_PROPERTY(int chosenPosition READ chosenPosition NOTIFY choiceChanged)
  Q_PROPERTY(QString chosenTime READ chosenTime NOTIFY choiceChanged)
  Q_PROPERTY(bool submitting READ submitting NOTIFY submittingChanged)
  Q_PROPERTY(QString errorText READ errorText NOTIFY resultChanged)
  // The problem slug ("already-signed-up", "ceremony-closed", "not-open", "ineligible", …).
  Q_PROPERTY(QString problem READ problem NOTIFY resultChanged)
  // "parties", "session", "retry" or "" (see the class comment).
  Q_PROPERTY(QString fix READ fix NOTIFY resultChanged)
  Q_PROPERTY(bool confirmed READ confirmed NOTIFY resultChanged)
  // "seated" or "waitlisted" once confirmed.
  Q_PROPERTY(QString status READ status NOTIFY resultChanged)
  Q_PROPERTY(bool waitlisted READ waitlisted NOTIFY resultChanged)
  Q_PROPERTY(int sessionPosition READ sessionPosition NOTIFY resultChanged)
  Q_PROPERTY(int sequence READ sequence NOTIFY resultChanged)
  Q_PROPERTY(int waitlistPosition READ waitlistPosition NOTIFY resultChanged)
  // The signed ticket (MT1:…) to show as a QR code; empty when waitlisted or the server signs none.
  Q_PROPERTY(QString ticket READ ticket NOTIFY resultChanged)
  Q_PROPERTY(bool empty READ empty NOTIFY resultChanged)

 public:
  explicit CeremonySignup(QObject* parent = nullptr);
  explicit CeremonySignup(ApiClient* api, QObject* parent = nullptr);
  ~CeremonySignup() override;

  int partyCount() const override { return 2; }
  QString ceremonyId() const { return m_ceremonyId; }
  QString sessionId() const { return m_sessionId; }
  int chosenPosition() const { return m_chosenPosition; }
  QString chosenTime() const { return m_chosenTime; }
  bool submitting() const { return m_reply != nullptr; }
  QString errorText() const { return m_errorText; }
  QString problem() const { return m_problem; }
  QString fix() const { return m_fix; }
  bool confirmed() const { return !m_status.isEmpty(); }
  QString status() const { return m_status; }
  bool waitlisted() const { return m_status == QLatin1String("waitlisted"); }
  int sessionPosition() const { return m_sessionPosition; }
  int sequence() const { return m_sequence; }
  int waitlistPosition() const { return m_waitlistPosition; }
  QString ticket() const { return m_ticket; }
  bool empty() const;

  Q_INVOKABLE void chooseCeremony(const QString& ceremonyId);
  Q_INVOKABLE void chooseSession(const QString& sessionId, int position, const QString& time);
  // Checks both people and sends; false (nothing sent) when something must be fixed first.
  Q_INVOKABLE bool submit();
  // Forgets everything (idle wipe, "Done").
  Q_INVOKABLE void clear();

 signals:
  void choiceChanged();
  void submittingChanged();
  void resultChanged();
  // submit() finished: `ok` signed up (seated or waitlisted), otherwise see errorText/problem/fix.
  void submitted(bool ok);

 private:
  void setResult(const QString& errorText, const QString& problem, const QString& fix);
  void forgetAnswer();

  QPointer<ApiClient> m_api;
  QNetworkReply* m_reply = nullptr;
  QString m_ceremonyId;
  QString m_sessionId;
  int m_chosenPosition = 0;
  QString m_chosenTime;
  QString m_idempotencyKey;
  QString m_errorText;
  QString m_problem;
  QString m_fix;
  QString m_status;
  int m_sessionPosition = 0;
  int m_sequence = 0;
  int m_waitlistPosition = 0;
  QString m_ticket;
};

}  // namespace wedreg::kiosk
