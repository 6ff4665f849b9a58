// SPDX-License-Identifier: Apache-2.0
#include "kiosk/booking/AppointmentDraft.h"

#include "kiosk/backend/ApiClient.h"
#include "kiosk/backend/LanguageController.h"
#include "kiosk/booking/QrCodeItem.h"
#include "kiosk/booking/Slot.h"
#include "kiosk/booking/SlotListModel.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QNetworkReply>
#include <QUuid>

namespace wedreg::kiosk {

AppointmentDraft::AppointmentDraft(QObject* parent) : AppointmentDraft(ApiClient::instance(), parent) {}

AppointmentDraft::AppointmentDraft(ApiClient* api, QObject* parent)
    : PartyDraft(parent), m_api(api) {
  for (PartyForm* form : {first(), second()}) {
    connect(form, &PartyForm::edited, this, &AppointmentDraft::contentEdited);
  }
  connect(this, &AppointmentDraft::serviceChanged, this, &PartyDraft::partyCountChanged);
  connect(this, &AppointmentDraft::serviceChanged, this, &AppointmentDraft::declarationTextChanged);
  connect(LanguageController::instance(), &LanguageController::languageChanged, this,
          &AppointmentDraft::declarationTextChanged);
  // The slot line is formatted on read: a language switch must re-read it, not keep the old words.
  connect(LanguageController::instance(), &LanguageController::languageChanged, this,
          &AppointmentDraft::slotChanged);
}

AppointmentDraft::~AppointmentDraft() {
  ApiClient::cancel(m_reply);
}

int AppointmentDraft::partiesFor(const QString& service) {
  if (service == QLatin1String("marriage") || service == QLatin1String("divorce_application")) {
    return 2;
  }
  if (service == QLatin1String("reissue") || service == QLatin1String("counselling")) {
    return 1;
  }
  return 0;
}

QString AppointmentDraft::declarationText() const {
  if (m_service == QLatin1String("marriage")) {
    return tr("We declare that neither of us has a spouse, that we are not related by direct blood or "
              "within three generations of collateral blood, and that the details above are true.");
  }
  if (m_service == QLatin1String("divorce_application")) {
    return tr("We declare that we are married to each other, that we both apply for divorce of our own "
              "free will, and that the details above are true.");
  }
  return tr("I declare that the details above are true.");
}

bool AppointmentDraft::empty() const {
  return m_service.isEmpty() && m_hallId.isEmpty() && !m_slot && first()->empty() &&
         second()->empty() && !m_declarationAccepted && m_errorText.isEmpty() &&
         m_appointmentId.isEmpty() && m_qrText.isEmpty() && m_checkInCode.isEmpty();
}

void AppointmentDraft::contentEdited() {
  if (empty() != m_wasEmpty) {
    m_wasEmpty = empty();
    emit emptyChanged();
  }
}

void AppointmentDraft::chooseService(const QString& service) {
  if (m_service == service || partiesFor(service) == 0) {
    return;
  }
  m_service = service;
  // A different service is a different journey: its hall and time no longer apply.
  chooseSlot(std::nullopt);
  if (partyCount() < 2) {
    second()->clear();
  }
  emit serviceChanged();
  contentEdited();
}

void AppointmentDraft::chooseHall(const QString& hallId, const QString& hallName) {
  if (m_hallId == hallId && m_hallName == hallName) {
    return;
  }
  if (m_hallId != hallId) {
    chooseSlot(std::nullopt);
  }
  m_hallId = hallId;
  m_hallName = hallName;
  emit hallChanged();
  contentEdited();
}

void AppointmentDraft::chooseSlotFrom(SlotListModel* list, const QString& slotId) {
  chooseSlot(list != nullptr ? list->find(slotId) : std::nullopt);
}

void AppointmentDraft::chooseSlot(const std::optional<Slot>& slot) {
  const auto same = [](const Slot& a, const Slot& b) {
    return a.id == b.id && a.start == b.start && a.end == b.end;
  };
  if (m_slot.has_value() == slot.has_value() && (!slot || same(*m_slot, *slot))) {
    return;
  }
  m_slot = slot;
  emit slotChanged();
  contentEdited();
}

QString AppointmentDraft::slotLabel() const {
  return m_slot ? m_slot->label(LanguageController::instance()->language()) : QString();
}

void AppointmentDraft::setDeclarationAccepted(bool accepted) {
  if (m_declarationAccepted == accepted) {
    return;
  }
  m_declarationAccepted = accepted;
  emit declarationAcceptedChanged();
  contentEdited();
}

QJsonDocument AppointmentDraft::requestBody() const {
  QJsonArray parties;
  for (int i = 0; i < partyCount(); ++i) {
    const PartyForm* form = party(i);
    parties.append(QJsonObject{{QStringLiteral("id_number"), form->idNumber()},
                               {QStringLiteral("name"), form->name().trimmed()},
                               {QStringLiteral("phone"), form->phone()}});
  }
  return QJsonDocument(QJsonObject{{QStringLiteral("slot_id"), slotId()},
                                   {QStringLiteral("service"), m_service},
                                   {QStringLiteral("parties"), parties},
                                   {QStringLiteral("declaration_accepted"), m_declarationAccepted}});
}

bool AppointmentDraft::submit() {
  if (!m_api || submitting() || confirmed()) {
    return false;
  }
  const bool ready = validateParties() && !!m_slot;
  if (!ready) {
    setResult(tr("Some details are missing or need checking."), QStringLiteral("local"),
              QStringLiteral("parties"));
    return false;
  }
  if (!m_declarationAccepted) {
    setResult(tr("Please read the declaration and tick the box to confirm it."),
              QStringLiteral("declaration"), QString());
    return false;
  }
  const QJsonDocument body = requestBody();
  const QByteArray hash =
      QCryptographicHash::hash(body.toJson(QJsonDocument::Compact), QCryptographicHash::Sha256);
  if (m_idempotencyKey.isEmpty() || hash != m_keyedBodyHash) {
    m_idempotencyKey = QUuid::createUuid().toString(QUuid::WithoutBraces);
    m_keyedBodyHash = hash;
  }
  setResult({}, {}, {});
  m_reply = m_api->sendJson(
      "POST", QStringLiteral("/api/v1/appointments"), body, this,
      [this](const ApiResult& result) {
        m_reply = nullptr;
        emit submittingChanged();
        const QJsonObject answer = result.json.object();
        if (result.ok && !answer.value(QLatin1String("id")).toVariant().toString().isEmpty()) {
          m_appointmentId = answer.value(QLatin1String("id")).toVariant().toString();
          m_checkInCode = answer.value(QLatin1String("check_in_code")).toString();
          m_qrText = answer.value(QLatin1String("qr")).toString();
          setResult({}, {}, {});
          emit resultChanged();
          contentEdited();
          emit submitted(true);
          return;
        }
        if (result.httpStatus >= 400 && result.httpStatus < 500) {
          // A definite refusal: the next attempt is a new request, whatever it contains (only an
          // unanswered or failed attempt is retried under the same key).
          m_idempotencyKey.clear();
          m_keyedBodyHash.clear();
        }
        const QString slug = result.httpStatus == 0 ? QStringLiteral("network") : result.problemSlug();
        QString fix = QStringLiteral("retry");
        if (slug == QLatin1String("slot-full") || slug == QLatin1String("not-open")) {
          fix = QStringLiteral("slot");
        } else if (slug == QLatin1String("invalid-field") || slug == QLatin1String("ineligible") ||
                   slug == QLatin1String("already-booked")) {
          fix = QStringLiteral("parties");
        }
        if (slug == QLatin1String("invalid-field")) {
          applyFieldProblem(result.problem().value(QLatin1String("field")).toString(),
                            result.errorText);
        }
        setResult(result.ok ? tr("The server sent an answer the kiosk cannot read.") : result.errorText,
                  slug.isEmpty() ? QStringLiteral("error") : slug, fix);
        emit submitted(false);
      },
      {{"Idempotency-Key", m_idempotencyKey.toLatin1()}});
  emit submittingChanged();
  return true;
}

void AppointmentDraft::setResult(const QString& errorText, const QString& problem, const QString& fix) {
  if (m_errorText == errorText && m_problem == problem && m_fix == fix) {
    return;
  }
  m_errorText = errorText;
  m_problem = problem;
  m_fix = fix;
  emit resultChanged();
  contentEdited();
}

bool AppointmentDraft::printConfirmation(Printer* printer, const QString& serviceLabel) const {
  if (printer == nullptr || !confirmed()) {
    return false;
  }
  // No ID number and no phone on paper: the slip may be left on the counter.
  const QStringList lines{serviceLabel, m_hallName, slotLabel(),
                          tr("Check-in code: %1").arg(m_checkInCode)};
  return printer->printPage(tr("Appointment slip"), lines, QrCodeItem::render(m_qrText));
}

void AppointmentDraft::clear() {
  const bool wasSubmitting = submitting();
  ApiClient::cancel(m_reply);
  m_reply = nullptr;
  first()->clear();
  second()->clear();
  m_service.clear();
  m_hallId.clear();
  m_hallName.clear();
  m_slot.reset();
  m_declarationAccepted = false;
  m_errorText.clear();
  m_problem.clear();
  m_fix.clear();
  m_appointmentId.clear();
  m_checkInCode.clear();
  m_qrText.clear();
  m_idempotencyKey.clear();
  m_keyedBodyHash.clear();
  emit serviceChanged();
  emit hallChanged();
  emit slotChanged();
  emit declarationAcceptedChanged();
  emit resultChanged();
  if (wasSubmitting) {
    emit submittingChanged();
  }
  contentEdited();
}

}  // namespace wedreg::kiosk
