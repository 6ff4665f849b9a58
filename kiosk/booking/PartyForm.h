// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QDate>
#include <QObject>
#include <QString>
#include <QtQml/qqmlregistration.h>

namespace wedreg::kiosk {

// One person on a booking: ID number, name, phone, with the checks that need no server (the ID
// number through wedreg_core's ResidentId: length, characters, province, birth date, checksum). Each
// field's error is readable text, empty when the field is fine or has not been checked yet.
// The ID number is never logged; `idMasked` is what a summary shows.
class PartyForm : public QObject {
  Q_OBJECT
  QML_ELEMENT
  QML_UNCREATABLE("Owned by AppointmentDraft")
  Q_PROPERTY(QString idNumber READ idNumber WRITE setIdNumber NOTIFY idNumberChanged)
  Q_PROPERTY(QString name READ name WRITE setName NOTIFY nameChanged)
  Q_PROPERTY(QString phone READ phone WRITE setPhone NOTIFY phoneChanged)
  Q_PROPERTY(QString idError READ idError NOTIFY errorsChanged)
  Q_PROPERTY(QString nameError READ nameError NOTIFY errorsChanged)
  Q_PROPERTY(QString phoneError READ phoneError NOTIFY errorsChanged)
  Q_PROPERTY(QString idMasked READ idMasked NOTIFY idNumberChanged)
  Q_PROPERTY(bool empty READ empty NOTIFY emptyChanged)

 public:
  static constexpr int kIdLength = 18;
  static constexpr int kPhoneLength = 11;
  static constexpr int kNameMaxLength = 40;

  explicit PartyForm(QObject* parent = nullptr);

  QString idNumber() const { return m_idNumber; }
  void setIdNumber(const QString& id);
  QString name() const { return m_name; }
  void setName(const QString& name);
  QString phone() const { return m_phone; }
  void setPhone(const QString& phone);
  QString idError() const { return m_idError; }
  QString nameError() const { return m_nameError; }
  QString phoneError() const { return m_phoneError; }
  QString idMasked() const;
  bool empty() const { return m_idNumber.isEmpty() && m_name.isEmpty() && m_phone.isEmpty(); }

  // The keypad: digits anywhere, 'X' only as the 18th character; stops at the field's length.
  Q_INVOKABLE void typeIdCharacter(const QString& character);
  Q_INVOKABLE void typePhoneDigit(const QString& digit);
  Q_INVOKABLE void backspaceId();
  Q_INVOKABLE void backspacePhone();
  // A card from the ID-card reader: number and name at once.
  Q_INVOKABLE void fillFromCard(const QString& idNumber, const QString& name);

  // Checks every field against `today` (Beijing) and sets the error texts; true when all are fine.
  bool validate(const QDate& today);
  Q_INVOKABLE void clear();
  // An error the server found in `field` ("id_number", "name", "phone"), shown under that field.
  void setServerError(const QString& field, const QString& text);

  // The words for what is wrong with `idNumber` on `today` (Beijing); empty when it is a valid number.
  static QString idProblem(const QString& idNumber, const QDate& today);
  // Readable words for a ResidentId reason code ("checksum", "province", …).
  static QString idReasonText(const QString& reason);

 signals:
  void idNumberChanged();
  void nameChanged();
  void phoneChanged();
  void errorsChanged();
  void emptyChanged();
  // Any field changed (the draft's idempotency key follows the content).
  void edited();

 private:
  void setErrors(const QString& id, const QString& name, const QString& phone);
  void changed(bool wasEmpty);

  QString m_idNumber;
  QString m_name;
  QString m_phone;
  QString m_idError;
  QString m_nameError;
  QString m_phoneError;
};

}  // namespace wedreg::kiosk
