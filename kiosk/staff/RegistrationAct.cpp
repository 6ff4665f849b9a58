// SPDX-License-Identifier: Apache-2.0
#include "kiosk/staff/RegistrationAct.h"

#include "kiosk/backend/ApiClient.h"
#include "kiosk/backend/LanguageController.h"
#include "kiosk/booking/QrCodeItem.h"
#include "kiosk/booking/Slot.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QNetworkReply>

namespace wedreg::kiosk {

namespace {
const QString kMarriage = QStringLiteral("marriage");
const QString kDivorceApplication = QStringLiteral("divorce_application");
const QString kDivorce = QStringLiteral("divorce");
const QString kReissue = QStringLiteral("reissue");
}  // namespace

RegistrationAct::RegistrationAct(QObject* parent) : RegistrationAct(ApiClient::instance(), parent) {}

RegistrationAct::RegistrationAct(ApiClient* api, QObject* parent)
    : QObject(parent),
      m_api(api),
      m_today([] { return toBeijing(QDateTime::currentDateTimeUtc()).date(); }),
      m_first(new PartyForm(this)),
      m_second(new PartyForm(this)) {
  // title and declarationText are words in the current language: re-read them on a switch.
  connect(LanguageController::instance(), &LanguageController::languageChanged, this,
          &RegistrationAct::kindChanged);
}

RegistrationAct::~RegistrationAct() {
  ApiClient::cancel(m_reply);
}

bool RegistrationAct::isKind(const QString& kind) {
  return partiesFor(kind) > 0;
}

int RegistrationAct::partiesFor(const QString& kind) {
  if (kind == kMarriage || kind == kDivorceApplication || kind == kDivorce) {
    return 2;
  }
  return kind == kReissue ? 1 : 0;
}

void RegistrationAct::setSession(StaffSession* session) {
  if (m_session == session) {
    return;
  }
  m_session = session;
  emit sessionChanged();
}

QString RegistrationAct::title() const {
  if (m_kind == kMarriage) {
    return tr("Marriage registration");
  }
  if (m_kind == kDivorceApplication) {
    return tr("Divorce application");
  }
  if (m_kind == kDivorce) {
    return tr("Divorce registration");
  }
  if (m_kind == kReissue) {
    return tr("Certificate reissue");
  }
  return {};
}

bool RegistrationAct::needsDeclaration() const {
  return m_kind == kMarriage || m_kind == kDivorceApplication || m_kind == kDivorce;
}

QString RegistrationAct::declarationText() const {
  if (m_kind == kMarriage) {
    return tr("Both parties declare, in front of the registrar, that neither has a spouse, that they are "
              "not related by direct blood or within three generations of collateral blood, and that "
              "they marry of their own free will.");
  }
  if (m_kind == kDivorceApplication || m_kind == kDivorce) {
    return tr("Both parties declare, in front of the registrar, that they divorce of their own free "
              "will and have agreed on their children, property and debts.");
  }
  return {};
}

void RegistrationAct::setApplicationId(const QString& id) {
  const QString trimmed = id.trimmed();
  if (m_applicationId == trimmed) {
    return;
  }
  m_applicationId = trimmed;
  emit inputChanged();
}

void RegistrationAct::setReissueOf(const QString& of) {
  if (m_reissueOf == of || (of != kMarriage && of != kDivorce)) {
    return;
  }
  m_reissueOf = of;
  emit inputChanged();
}

void RegistrationAct::setByProxy(bool byProxy) {
  if (m_byProxy == byProxy) {
    return;
  }
  m_byProxy = byProxy;
  emit inputChanged();
}

void RegistrationAct::setDeclarationAccepted(bool accepted) {
  if (m_declarationAccepted == accepted) {
    return;
  }
  m_declarationAccepted = accepted;
  emit inputChanged();
}

void RegistrationAct::setToday(Today today) {
  m_today = std::move(today);
}

PartyForm* RegistrationAct::party(int index) const {
  return index == 0 ? m_first : index == 1 ? m_second : nullptr;
}

bool RegistrationAct::start(const QString& kind, const QString& appointmentId) {
  if (!isKind(kind) || (kind == kMarriage && appointmentId.isEmpty())) {
    return false;
  }
  clear();
  m_kind = kind;
  m_appointmentId = kind == kMarriage ? appointmentId : QString();
  emit kindChanged();
  return true;
}

QJsonDocument RegistrationAct::requestBody() const {
  QJsonArray parties;
  for (int i = 0; i < partyCount(); ++i) {
    const PartyForm* form = party(i);
    QJsonObject person{{QStringLiteral("id_number"), form->idNumber()}};
    if (m_kind == kMarriage) {
      person.insert(QStringLiteral("name"), form->name().trimmed());
    }
    parties.append(person);
  }
  QJsonObject body{{QStringLiteral("kind"), m_kind}, {QStringLiteral("parties"), parties}};
  if (m_kind == kMarriage) {
    body.insert(QStringLiteral("appointment_id"), m_appointmentId);
    body.insert(QStringLiteral("declaration_accepted"), m_declarationAccepted);
  } else if (m_kind == kDivorce) {
    body.insert(QStringLiteral("application_id"), m_applicationId);
  } else if (m_kind == kReissue) {
    body.insert(QStringLiteral("of"), m_reissueOf);
    body.insert(QStringLiteral("by_proxy"), m_byProxy);
  }
  return QJsonDocument(body);
}

QString RegistrationAct::checkInputs() const {
  if (!isKind(m_kind)) {
    return tr("Choose what to register first.");
  }
  if (!m_session || !m_session->signedIn()) {
    return tr("Please sign in again.");
  }
  for (int i = 0; i < partyCount(); ++i) {
    const PartyForm* form = party(i);
    if (form->idNumber().isEmpty()) {
      return partyCount() == 1 ? tr("Read the ID card first.")
                               : tr("Read both parties' ID cards first.");
    }
    const QString problem = PartyForm::idProblem(form->idNumber(), m_today());
    if (!problem.isEmpty()) {
      return tr("Person %1: %2").arg(i + 1).arg(problem);
    }
    if (m_kind == kMarriage && form->name().trimmed().isEmpty()) {
      return tr("Person %1: the name as it is on the ID card is needed.").arg(i + 1);
    }
  }
  if (partyCount() == 2 && m_first->idNumber() == m_second->idNumber()) {
    return tr("The two parties must be different people.");
  }
  if (m_kind == kDivorce && m_applicationId.isEmpty()) {
    return tr("Enter the number of the divorce application.");
  }
  if (needsDeclaration() && !m_declarationAccepted) {
    return tr("Both parties must confirm the declaration.");
  }
  return {};
}

bool RegistrationAct::submit() {
  if (submitting() || done() || !m_api) {
    return false;
  }
  const QString problem = checkInputs();
  if (!problem.isEmpty()) {
    setResult(problem, QStringLiteral("input"), {});
    return false;
  }
  setResult({}, {}, {});
  m_reply = m_api->sendJson(
      "POST", QStringLiteral("/api/v1/registrations"), requestBody(), this,
      [this](const ApiResult& result) {
        m_reply = nullptr;
        emit submittingChanged();
        if (result.ok && result.json.isObject()) {
          takeOutcome(result.json.object());
          setResult({}, {}, {});
          emit submitted(true);
          return;
        }
        QStringList rules;
        const QJsonObject problemBody = result.problem();
        for (const QJsonValue& rule : problemBody.value(QLatin1String("rules")).toArray()) {
          rules.append(rule.toString());
        }
        if (rules.isEmpty() && problemBody.contains(QLatin1String("rule"))) {
          rules.append(problemBody.value(QLatin1String("rule")).toString());
        }
        setResult(result.ok ? tr("The server sent an answer the kiosk cannot read.") : result.errorText,
                  result.ok ? QStringLiteral("unreadable") : result.problemSlug(), rules);
        emit submitted(false);
      },
      ApiHeaders{{"Authorization", m_session->authorization()}});
  emit submittingChanged();
  return true;
}

void RegistrationAct::takeOutcome(const QJsonObject& act) {
  m_registrationId = act.value(QLatin1String("id")).toVariant().toString();
  m_registrationStatus = act.value(QLatin1String("status")).toString();
  m_coolingOffEnds = act.value(QLatin1String("cooling_off_ends")).toString();
  m_windowEnds = act.value(QLatin1String("window_ends")).toString();
  m_day = act.value(QLatin1String("day")).toString();
  QStringList names;
  for (const QJsonValue& person : act.value(QLatin1String("parties")).toArray()) {
    names.append(person.toObject().value(QLatin1String("name")).toString());
  }
  names.removeAll(QString());
  m_partyNames = names.join(QStringLiteral(" · "));
  const QJsonObject certificate = act.value(QLatin1String("certificate")).toObject();
  m_certificateId = certificate.value(QLatin1String("id")).toVariant().toString();
  m_certificateKind = certificate.value(QLatin1String("kind")).toString();
  m_certificateIdentifier = certificate.value(QLatin1String("identifier")).toString();
  m_certificateNumber = certificate.value(QLatin1String("number")).toString();
  m_certificateQr = certificate.value(QLatin1String("qr")).toString();
  // The ID numbers have done their job: only the server keeps them (encrypted).
  m_first->clear();
  m_second->clear();
}

void RegistrationAct::setResult(const QString& errorText, const QString& problem, const QStringList& rules) {
  if (m_errorText == errorText && m_problem == problem && m_rules == rules) {
    // The outcome fields may still have changed (takeOutcome), so tell QML anyway.
    emit resultChanged();
    return;
  }
  m_errorText = errorText;
  m_problem = problem;
  m_rules = rules;
  emit resultChanged();
}

bool RegistrationAct::print(Printer* printer) const {
  if (printer == nullptr || !hasCertificate()) {
    return false;
  }
  const QStringList lines{title(), m_partyNames, tr("Registration date: %1").arg(m_day),
                          tr("Certificate number: %1").arg(m_certificateNumber),
                          tr("Identifier: %1").arg(m_certificateIdentifier)};
  return printer->printPage(tr("Electronic certificate"), lines, QrCodeItem::render(m_certificateQr));
}

void RegistrationAct::forgetOutcome() {
  m_registrationId.clear();
  m_registrationStatus.clear();
  m_coolingOffEnds.clear();
  m_windowEnds.clear();
  m_day.clear();
  m_certificateId.clear();
  m_certificateKind.clear();
  m_certificateIdentifier.clear();
  m_certificateNumber.clear();
  m_certificateQr.clear();
  m_partyNames.clear();
}

void RegistrationAct::clear() {
  const bool wasSubmitting = submitting();
  ApiClient::cancel(m_reply);
  m_reply = nullptr;
  m_first->clear();
  m_second->clear();
  m_kind.clear();
  m_appointmentId.clear();
  m_applicationId.clear();
  m_reissueOf = kMarriage;
  m_byProxy = false;
  m_declarationAccepted = false;
  m_errorText.clear();
  m_problem.clear();
  m_rules.clear();
  forgetOutcome();
  emit kindChanged();
  emit inputChanged();
  emit resultChanged();
  if (wasSubmitting) {
    emit submittingChanged();
  }
}

}  // namespace wedreg::kiosk
