// SPDX-License-Identifier: Apache-2.0
#include "kiosk/checkin/CheckInForm.h"

#include "kiosk/backend/ApiClient.h"

#include <QJsonObject>
#include <QNetworkReply>

namespace wedreg::kiosk {

namespace {
// The booking QR code (server AppointmentFactory): "WRA1:<appointment id>:<check-in code>".
constexpr const char* kBookingQrPrefix = "WRA1:";

bool isDigit(const QString& text) {
  return text.size() == 1 && text.at(0).isDigit() && text.at(0).unicode() < 128;
}
}  // namespace

CheckInForm::CheckInForm(QObject* parent) : CheckInForm(ApiClient::instance(), parent) {}

CheckInForm::CheckInForm(ApiClient* api, QObject* parent)
    : QObject(parent),
      m_api(api),
      m_today([] { return QDateTime::currentDateTimeUtc().toOffsetFromUtc(8 * 3600).date(); }) {
  // Typing again after a refusal: the old refusal no longer describes what is on screen.
  connect(&m_person, &PartyForm::idNumberChanged, this, [this] {
    if (!m_errorText.isEmpty() || m_walkIn) {
      setErrors(m_codeError, {}, false);
    }
  });
}

CheckInForm::~CheckInForm() {
  ApiClient::cancel(m_reply);
}

void CheckInForm::setToday(Today today) {
  m_today = std::move(today);
}

void CheckInForm::setErrors(const QString& code, const QString& server, bool walkIn) {
  if (m_codeError == code && m_errorText == server && m_walkIn == walkIn) {
    return;
  }
  m_codeError = code;
  m_errorText = server;
  m_walkIn = walkIn;
  emit errorsChanged();
}

void CheckInForm::typeCodeDigit(const QString& digit) {
  if (!isDigit(digit) || m_code.size() >= kCodeLength) {
    return;
  }
  m_qr.clear();
  m_code += digit;
  setErrors({}, {}, false);
  emit codeChanged();
}

void CheckInForm::backspaceCode() {
  if (m_code.isEmpty()) {
    return;
  }
  m_qr.clear();
  m_code.chop(1);
  emit codeChanged();
}

bool CheckInForm::useScannedQr(const QString& text) {
  const QString qr = text.trimmed();
  const QStringList parts = qr.split(QLatin1Char(':'));
  const bool shaped = qr.toUpper().startsWith(QLatin1String(kBookingQrPrefix)) && parts.size() == 3 &&
                      parts.at(1).size() == 32 && parts.at(2).size() == kCodeLength;
  bool digits = shaped;
  for (const QChar c : shaped ? parts.at(2) : QString()) {
    digits = digits && c.isDigit();
  }
  if (!digits) {
    setErrors(tr("This is not the QR code of a booking. Please scan the code on your booking "
                 "confirmation, or type the check-in code."),
              {}, false);
    return false;
  }
  m_qr = qr;
  m_code = parts.at(2);
  setErrors({}, {}, false);
  emit codeChanged();
  return true;
}

bool CheckInForm::submit() {
  if (m_reply != nullptr) {
    return false;
  }
  const QString codeError = m_code.size() == kCodeLength
                                ? QString()
                                : tr("Please enter the 8-digit check-in code from your booking.");
  const QString idError = PartyForm::idProblem(m_person.idNumber(), m_today());
  m_person.setServerError(QStringLiteral("id_number"), idError);
  setErrors(codeError, {}, false);
  if (!codeError.isEmpty() || !idError.isEmpty() || m_api == nullptr) {
    return false;
  }
  QJsonObject body{{QStringLiteral("id_number"), m_person.idNumber()}};
  if (!m_qr.isEmpty()) {
    body.insert(QStringLiteral("qr"), m_qr);
  } else {
    body.insert(QStringLiteral("check_in_code"), m_code);
  }
  m_reply = m_api->sendJson(
      QByteArrayLiteral("POST"), QStringLiteral("/api/v1/appointments/check-in"), QJsonDocument(body), this,
      [this](const ApiResult& result) {
        m_reply = nullptr;
        emit busyChanged();
        const QJsonObject answer = result.json.object();
        const int number = answer.value(QLatin1String("queue_number")).toInt();
        if (result.ok && number > 0) {
          m_queueNumber = number;
          m_counter = answer.value(QLatin1String("counter_hint")).toInt();
          emit resultChanged();
          return;
        }
        if (result.ok) {
          setErrors({}, tr("The server sent an answer the kiosk cannot read."), false);
          return;
        }
        const QJsonObject problem = result.problem();
        const QString field = problem.value(QLatin1String("field")).toString();
        if (field == QLatin1String("id_number")) {
          m_person.setServerError(field, result.errorText);
          return;
        }
        if (field == QLatin1String("check_in_code") || field == QLatin1String("qr")) {
          setErrors(result.errorText, {}, false);
          return;
        }
        setErrors({}, result.errorText, result.problemSlug() == QLatin1String("not-found"));
      });
  emit busyChanged();
  return true;
}

void CheckInForm::clear() {
  ApiClient::cancel(m_reply);
  const bool wasBusy = m_reply != nullptr;
  m_reply = nullptr;
  m_code.clear();
  m_qr.clear();
  m_person.clear();
  m_queueNumber = 0;
  m_counter = 0;
  setErrors({}, {}, false);
  emit codeChanged();
  emit resultChanged();
  if (wasBusy) {
    emit busyChanged();
  }
}

}  // namespace wedreg::kiosk
