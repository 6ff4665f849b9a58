// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "kiosk/booking/PartyForm.h"
#include "kiosk/devices/Printer.h"
#include "kiosk/session/StaffSession.h"

#include <QDate>
#include <QJsonDocument>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QStringList>
#include <QtQml/qqmlregistration.h>

#include <functional>

class QNetworkReply;

namespace wedreg::kiosk {

class ApiClient;

// The act a registrar completes at the counter (POST /api/v1/registrations with the staff token):
// a marriage (today's checked-in appointment), a divorce application, a divorce (the application's
// id) or a reissue. The people's ID numbers come from the card reader into `first`/`second` and are
// sent once; the answer is the act and its certificate (identifier, QR text). A refusal keeps the
// form and says which rule failed, in the server's words for the kiosk's language.
class RegistrationAct : public QObject {
  Q_OBJECT
  QML_ELEMENT
  Q_PROPERTY(wedreg::kiosk::StaffSession* session READ session WRITE setSession NOTIFY sessionChanged)
  // "marriage" | "divorce_application" | "divorce" | "reissue"; empty before start().
  Q_PROPERTY(QString kind READ kind NOTIFY kindChanged)
  Q_PROPERTY(QString title READ title NOTIFY kindChanged)
  Q_PROPERTY(int partyCount READ partyCount NOTIFY kindChanged)
  Q_PROPERTY(QString appointmentId READ appointmentId NOTIFY kindChanged)
  // divorce: the application being completed (as printed on its receipt).
  Q_PROPERTY(QString applicationId READ applicationId WRITE setApplicationId NOTIFY inputChanged)
  // reissue: "marriage" | "divorce"; by proxy (notarised power of attorney).
  Q_PROPERTY(QString reissueOf READ reissueOf WRITE setReissueOf NOTIFY inputChanged)
  Q_PROPERTY(bool byProxy READ byProxy WRITE setByProxy NOTIFY inputChanged)
  Q_PROPERTY(bool needsDeclaration READ needsDeclaration NOTIFY kindChanged)
  Q_PROPERTY(QString declarationText READ declarationText NOTIFY kindChanged)
  Q_PROPERTY(bool declarationAccepted READ declarationAccepted WRITE setDeclarationAccepted NOTIFY
                 inputChanged)
  Q_PROPERTY(wedreg::kiosk::PartyForm* first READ first CONSTANT)
  Q_PROPERTY(wedreg::kiosk::PartyForm* second READ second CONSTANT)
  Q_PROPERTY(bool submitting READ submitting NOTIFY submittingChanged)
  Q_PROPERTY(QString errorText READ errorText NOTIFY resultChanged)
  // The problem slug ("ineligible", "not-checked-in", …) and, for a refusal, the rules that failed.
  Q_PROPERTY(QString problem READ problem NOTIFY resultChanged)
  Q_PROPERTY(QStringList rules READ rules NOTIFY resultChanged)
  Q_PROPERTY(QString rulesText READ rulesText NOTIFY resultChanged)  // "man-under-22, woman-under-20"
  Q_PROPERTY(bool done READ done NOTIFY resultChanged)
  Q_PROPERTY(QString registrationId READ registrationId NOTIFY resultChanged)
  Q_PROPERTY(QString registrationStatus READ registrationStatus NOTIFY resultChanged)
  // divorce_application: the last day of the cooling-off period and of the window that follows.
  Q_PROPERTY(QString coolingOffEnds READ coolingOffEnds NOTIFY resultChanged)
  Q_PROPERTY(QString windowEnds READ windowEnds NOTIFY resultChanged)
  Q_PROPERTY(bool hasCertificate READ hasCertificate NOTIFY resultChanged)
  Q_PROPERTY(QString certificateId READ certificateId NOTIFY resultChanged)
  Q_PROPERTY(QString certificateKind READ certificateKind NOTIFY resultChanged)
  Q_PROPERTY(QString certificateIdentifier READ certificateIdentifier NOTIFY resultChanged)
  Q_PROPERTY(QString certificateNumber READ certificateNumber NOTIFY resultChanged)
  Q_PROPERTY(QString certificateQr READ certificateQr NOTIFY resultChanged)
  // The names on the act as the server recorded them ("张明 · 李华").
  Q_PROPERTY(QString partyNames READ partyNames NOTIFY resultChanged)

 public:
  using Today = std::function<QDate()>;

  explicit RegistrationAct(QObject* parent = nullptr);
  explicit RegistrationAct(ApiClient* api, QObject* parent = nullptr);
  ~RegistrationAct() override;

  static bool isKind(const QString& kind);
  static int partiesFor(const QString& kind);

  StaffSession* session() const { return m_session; }
  void setSession(StaffSession* session);
  QString kind() const { return m_kind; }
  QString title() const;
  int partyCount() const { return partiesFor(m_kind); }
  QString appointmentId() const { return m_appointmentId; }
  QString applicationId() const { return m_applicationId; }
  void setApplicationId(const QString& id);
  QString reissueOf() const { return m_reissueOf; }
  void setReissueOf(const QString& of);
  bool byProxy() const { return m_byProxy; }
  void setByProxy(bool byProxy);
  bool needsDeclaration() const;
  QString declarationText() const;
  bool declarationAccepted() const { return m_declarationAccepted; }
  void setDeclarationAccepted(bool accepted);
  PartyForm* first() const { return m_first; }
  PartyForm* second() const { return m_second; }
  bool submitting() const { return m_reply != nullptr; }
  QString errorText() const { return m_errorText; }
  QString problem() const { return m_problem; }
  QStringList rules() const { return m_rules; }
  QString rulesText() const { return m_rules.join(QStringLiteral(", ")); }
  bool done() const { return !m_registrationId.isEmpty(); }
  QString registrationId() const { return m_registrationId; }
  QString registrationStatus() const { return m_registrationStatus; }
  QString coolingOffEnds() const { return m_coolingOffEnds; }
  QString windowEnds() const { return m_windowEnds; }
  bool hasCertificate() const { return !m_certificateId.isEmpty(); }
  QString certificateId() const { return m_certificateId; }
  QString certificateKind() const { return m_certificateKind; }
  QString certificateIdentifier() const { return m_certificateIdentifier; }
  QString certificateNumber() const { return m_certificateNumber; }
  QString certificateQr() const { return m_certificateQr; }
  QString partyNames() const { return m_partyNames; }

  // Tests pin today's date (Beijing) for the ID birth-date check.
  void setToday(Today today);
  // The body submit() would send (tests; never logged: it holds ID numbers).
  QJsonDocument requestBody() const;

  // Forgets the last act and starts `kind` (for a marriage, on `appointmentId`). False for an
  // unknown kind, or a marriage without an appointment.
  Q_INVOKABLE bool start(const QString& kind, const QString& appointmentId = QString());
  Q_INVOKABLE wedreg::kiosk::PartyForm* party(int index) const;
  // Checks what needs no server and sends; false (nothing sent, errorText says why) otherwise.
  Q_INVOKABLE bool submit();
  // The certificate page: kind, identifier, number, names, date and the QR code; no ID numbers.
  Q_INVOKABLE bool print(wedreg::kiosk::Printer* printer) const;
  // Forgets everything (end of the act, staff lock, idle wipe).
  Q_INVOKABLE void clear();

 signals:
  void sessionChanged();
  void kindChanged();
  void inputChanged();
  void submittingChanged();
  void resultChanged();
  // submit() finished: `ok` recorded, otherwise see errorText/problem/rules.
  void submitted(bool ok);

 private:
  void setResult(const QString& errorText, const QString& problem, const QStringList& rules);
  void takeOutcome(const QJsonObject& act);
  void forgetOutcome();
  QString checkInputs() const;

  QPointer<ApiClient> m_api;
  QPointer<StaffSession> m_session;
  QNetworkReply* m_reply = nullptr;
  Today m_today;
  PartyForm* m_first;
  PartyForm* m_second;
  QString m_kind;
  QString m_appointmentId;
  QString m_applicationId;
  QString m_reissueOf = QStringLiteral("marriage");
  bool m_byProxy = false;
  bool m_declarationAccepted = false;
  QString m_errorText;
  QString m_problem;
  QStringList m_rules;
  QString m_registrationId;
  QString m_registrationStatus;
  QString m_coolingOffEnds;
  QString m_windowEnds;
  QString m_day;
  QString m_certificateId;
  QString m_certificateKind;
  QString m_certificateIdentifier;
  QString m_certificateNumber;
  QString m_certificateQr;
  QString m_partyNames;
};

}  // namespace wedreg::kiosk
