// SPDX-License-Identifier: Apache-2.0
#include "kiosk/ceremonies/CeremonySignup.h"

#include "kiosk/backend/ApiClient.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QNetworkReply>
#include <QUrl>
#include <QUuid>

namespace wedreg::kiosk {

CeremonySignup::CeremonySignup(QObject* parent) : CeremonySignup(ApiClient::instance(), parent) {}

CeremonySignup::CeremonySignup(ApiClient* api, QObject* parent) : PartyDraft(parent), m_api(api) {
  // An edited request is a new request: a retry under the old key would get the old answer.
  for (PartyForm* form : {first(), second()}) {
    connect(form, &PartyForm::edited, this, [this] { m_idempotencyKey.clear(); });
  }
}

CeremonySignup::~CeremonySignup() {
  ApiClient::cancel(m_reply);
}

bool CeremonySignup::empty() const {
  return m_ceremonyId.isEmpty() && m_sessionId.isEmpty() && first()->empty() && second()->empty() &&
         m_errorText.isEmpty() && m_status.isEmpty() && m_ticket.isEmpty();
}

void CeremonySignup::chooseCeremony(const QString& ceremonyId) {
  if (m_ceremonyId == ceremonyId) {
    return;
  }
  m_sessionId.clear();
  m_chosenPosition = 0;
  m_chosenTime.clear();
  m_idempotencyKey.clear();
  forgetAnswer();
  m_ceremonyId = ceremonyId;
  emit choiceChanged();
}

void CeremonySignup::chooseSession(const QString& sessionId, int position, const QString& time) {
  if (m_sessionId == sessionId && m_chosenPosition == position && m_chosenTime == time) {
    return;
  }
  if (m_sessionId != sessionId) {
    m_idempotencyKey.clear();
  }
  m_sessionId = sessionId;
  m_chosenPosition = position;
  m_chosenTime = time;
  emit choiceChanged();
}

void CeremonySignup::setResult(const QString& errorText, const QString& problem, const QString& fix) {
  if (m_errorText == errorText && m_problem == problem && m_fix == fix) {
    return;
  }
  m_errorText = errorText;
  m_problem = problem;
  m_fix = fix;
  emit resultChanged();
}

void CeremonySignup::forgetAnswer() {
  m_status.clear();
  m_sessionPosition = 0;
  m_sequence = 0;
  m_waitlistPosition = 0;
  m_ticket.clear();
  m_errorText.clear();
  m_problem.clear();
  m_fix.clear();
  emit resultChanged();
}

bool CeremonySignup::submit() {
  if (!m_api || submitting() || confirmed() || m_ceremonyId.isEmpty()) {
    return false;
  }
  if (!validateParties()) {
    setResult(tr("Some details are missing or need checking."), QStringLiteral("local"),
              QStringLiteral("parties"));
    return false;
  }
  QJsonArray parties;
  for (int i = 0; i < partyCount(); ++i) {
    const PartyForm* form = party(i);
    parties.append(QJsonObject{{QStringLiteral("id_number"), form->idNumber()},
                               {QStringLiteral("name"), form->name()},
                               {QStringLiteral("phone"), form->phone()}});
  }
  QJsonObject body{{QStringLiteral("parties"), parties}};
  if (!m_sessionId.isEmpty()) {
    body.insert(QStringLiteral("session_id"), m_sessionId);
  }
  if (m_idempotencyKey.isEmpty()) {
    m_idempotencyKey = QUuid::createUuid().toString(QUuid::WithoutBraces);
  }
  setResult({}, {}, {});
  const QString path = QStringLiteral("/api/v1/ceremonies/%1/registrations")
                           .arg(QString::fromLatin1(QUrl::toPercentEncoding(m_ceremonyId)));
  m_reply = m_api->sendJson(
      "POST", path, QJsonDocument(body), this,
      [this](const ApiResult& result) {
        m_reply = nullptr;
        emit submittingChanged();
        const QJsonObject answer = result.json.object();
        const QString status = answer.value(QLatin1String("status")).toString();
        if (result.ok && (status == QLatin1String("seated") || status == QLatin1String("waitlisted"))) {
          m_status = status;
          m_sessionPosition = answer.value(QLatin1String("session")).toInt();
          m_sequence = answer.value(QLatin1String("sequence")).toInt();
          m_waitlistPosition = answer.value(QLatin1String("waitlist_position")).toInt();
          m_ticket = answer.value(QLatin1String("ticket")).toString();
          m_errorText.clear();
          m_problem.clear();
          m_fix.clear();
          emit resultChanged();
          emit submitted(true);
          return;
        }
        if (result.httpStatus >= 400 && result.httpStatus < 500) {
          m_idempotencyKey.clear();  // a definite answer: the next attempt is a new request
        }
        const QString slug = result.httpStatus == 0 ? QStringLiteral("network") : result.problemSlug();
        QString fix = QStringLiteral("retry");
        if (slug == QLatin1String("ceremony-closed") || slug == QLatin1String("not-open") ||
            slug == QLatin1String("not-found")) {
          fix = QStringLiteral("session");
        } else if (slug == QLatin1String("invalid-field") || slug == QLatin1String("ineligible") ||
                   slug == QLatin1String("already-signed-up")) {
          fix = QStringLiteral("parties");
        }
        if (slug == QLatin1String("invalid-field")) {
          applyFieldProblem(result.problem().value(QLatin1String("field")).toString(), result.errorText);
        }
        setResult(result.ok ? tr("The server sent an answer the kiosk cannot read.") : result.errorText,
                  slug.isEmpty() ? QStringLiteral("error") : slug, fix);
        emit submitted(false);
      },
      {{"Idempotency-Key", m_idempotencyKey.toLatin1()}});
  emit submittingChanged();
  return true;
}

void CeremonySignup::clear() {
  const bool wasSubmitting = submitting();
  ApiClient::cancel(m_reply);
  m_reply = nullptr;
  first()->clear();
  second()->clear();
  m_ceremonyId.clear();
  m_sessionId.clear();
  m_chosenPosition = 0;
  m_chosenTime.clear();
  m_idempotencyKey.clear();
  emit choiceChanged();
  forgetAnswer();
  if (wasSubmitting) {
    emit submittingChanged();
  }
}

}  // namespace wedreg::kiosk
