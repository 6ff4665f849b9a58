// SPDX-License-Identifier: Apache-2.0
#include "kiosk/booking/PartyForm.h"

#include "core/identity/ResidentId.h"

#include <chrono>
#include <string>

namespace wedreg::kiosk {

namespace {
bool isDigits(const QString& text) {
  for (const QChar c : text) {
    if (c < QLatin1Char('0') || c > QLatin1Char('9')) {
      return false;
    }
  }
  return true;
}
}  // namespace

PartyForm::PartyForm(QObject* parent) : QObject(parent) {}

void PartyForm::changed(bool wasEmpty) {
  if (empty() != wasEmpty) {
    emit emptyChanged();
  }
  emit edited();
}

void PartyForm::setIdNumber(const QString& id) {
  const QString normalized = id.trimmed().toUpper().left(kIdLength);
  if (m_idNumber == normalized) {
    return;
  }
  const bool wasEmpty = empty();
  m_idNumber = normalized;
  if (!m_idError.isEmpty()) {
    m_idError.clear();
    emit errorsChanged();
  }
  emit idNumberChanged();
  changed(wasEmpty);
}

void PartyForm::setName(const QString& name) {
  if (m_name == name) {
    return;
  }
  const bool wasEmpty = empty();
  m_name = name;
  if (!m_nameError.isEmpty()) {
    m_nameError.clear();
    emit errorsChanged();
  }
  emit nameChanged();
  changed(wasEmpty);
}

void PartyForm::setPhone(const QString& phone) {
  if (m_phone == phone) {
    return;
  }
  const bool wasEmpty = empty();
  m_phone = phone;
  if (!m_phoneError.isEmpty()) {
    m_phoneError.clear();
    emit errorsChanged();
  }
  emit phoneChanged();
  changed(wasEmpty);
}

QString PartyForm::idMasked() const {
  if (m_idNumber.size() < 8) {
    return QString(m_idNumber.size(), QLatin1Char('*'));
  }
  return m_idNumber.left(4) + QString(m_idNumber.size() - 8, QLatin1Char('*')) + m_idNumber.right(4);
}

void PartyForm::typeIdCharacter(const QString& character) {
  const QString c = character.toUpper();
  if (c.size() != 1 || m_idNumber.size() >= kIdLength) {
    return;
  }
  const bool digit = isDigits(c);
  const bool checkX = c == QLatin1String("X") && m_idNumber.size() == kIdLength - 1;
  if (digit || checkX) {
    setIdNumber(m_idNumber + c);
  }
}

void PartyForm::typePhoneDigit(const QString& digit) {
  if (digit.size() == 1 && isDigits(digit) && m_phone.size() < kPhoneLength) {
    setPhone(m_phone + digit);
  }
}

void PartyForm::backspaceId() {
  setIdNumber(m_idNumber.left(m_idNumber.size() - 1));
}

void PartyForm::backspacePhone() {
  setPhone(m_phone.left(m_phone.size() - 1));
}

void PartyForm::fillFromCard(const QString& idNumber, const QString& name) {
  setIdNumber(idNumber);
  setName(name);
}

QString PartyForm::idReasonText(const QString& reason) {
  if (reason == QLatin1String("required")) {
    return tr("Please enter the ID number.");
  }
  if (reason == QLatin1String("fifteen-digit")) {
    return tr("This is an old 15-digit number; please use the 18-digit number on the current card.");
  }
  if (reason == QLatin1String("length")) {
    return tr("An ID number has 18 characters.");
  }
  if (reason == QLatin1String("character")) {
    return tr("Only digits, and X as the last character, can appear in an ID number.");
  }
  if (reason == QLatin1String("province")) {
    return tr("The first digits do not name a province; please check the number.");
  }
  if (reason == QLatin1String("birth-date") || reason == QLatin1String("future-birth-date")) {
    return tr("The birth date inside the number is not a real date; please check the number.");
  }
  if (reason == QLatin1String("checksum")) {
    return tr("The last character does not match the rest; please check each digit.");
  }
  return tr("This ID number cannot be right; please check it.");
}

QString PartyForm::idProblem(const QString& idNumber, const QDate& today) {
  std::string reason;
  const auto date = core::makeDate(today.year(), static_cast<unsigned>(today.month()),
                                   static_cast<unsigned>(today.day()));
  if (!date || !core::ResidentId::tryParse(idNumber.toStdString(), *date, &reason)) {
    return idReasonText(QString::fromStdString(reason));
  }
  return {};
}

bool PartyForm::validate(const QDate& today) {
  const QString idError = idProblem(m_idNumber, today);
  QString nameError;
  const QString name = m_name.trimmed();
  if (name.isEmpty()) {
    nameError = tr("Please enter the name as it is on the ID card.");
  } else if (name.size() > kNameMaxLength) {
    nameError = tr("The name is too long.");
  }
  QString phoneError;
  if (m_phone.isEmpty()) {
    phoneError = tr("Please enter a mobile number.");
  } else if (m_phone.size() != kPhoneLength || !isDigits(m_phone) ||
             !m_phone.startsWith(QLatin1Char('1'))) {
    phoneError = tr("A mobile number has 11 digits and starts with 1.");
  }
  setErrors(idError, nameError, phoneError);
  return idError.isEmpty() && nameError.isEmpty() && phoneError.isEmpty();
}

void PartyForm::setErrors(const QString& id, const QString& name, const QString& phone) {
  if (m_idError == id && m_nameError == name && m_phoneError == phone) {
    return;
  }
  m_idError = id;
  m_nameError = name;
  m_phoneError = phone;
  emit errorsChanged();
}

void PartyForm::setServerError(const QString& field, const QString& text) {
  if (field == QLatin1String("id_number")) {
    setErrors(text, m_nameError, m_phoneError);
  } else if (field == QLatin1String("name")) {
    setErrors(m_idError, text, m_phoneError);
  } else if (field == QLatin1String("phone")) {
    setErrors(m_idError, m_nameError, text);
  }
}

void PartyForm::clear() {
  // Overwrite before dropping so no copy of the number lingers in this object's buffers.
  m_idNumber.fill(QLatin1Char('0'));
  m_phone.fill(QLatin1Char('0'));
  setIdNumber({});
  setName({});
  setPhone({});
  setErrors({}, {}, {});
}

}  // namespace wedreg::kiosk
