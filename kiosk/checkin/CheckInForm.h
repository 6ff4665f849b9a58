// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "kiosk/booking/PartyForm.h"

#include <QDate>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QtQml/qqmlregistration.h>

#include <functional>

class QNetworkReply;

namespace wedreg::kiosk {

class ApiClient;

// Check-in at the kiosk (POST /api/v1/appointments/check-in): the 8-digit check-in code typed on the
// keypad, or the booking's QR code scanned, plus one ID number (keypad or ID-card reader) →
// queue number and counter. A booking that cannot be found leads to walk-in guidance; the server's
// other refusals (not today, already checked in) are shown in its words. Nothing is kept after
// clear() (the idle wipe).
class CheckInForm : public QObject {
  Q_OBJECT
  QML_ELEMENT
  Q_PROPERTY(QString code READ code NOTIFY codeChanged)
  // A booking QR code was scanned (the code field then shows it came from the QR).
  Q_PROPERTY(bool fromQr READ fromQr NOTIFY codeChanged)
  // The one ID number asked for (keypad or card reader; its idNumber / idMasked / idError).
  Q_PROPERTY(wedreg::kiosk::PartyForm* person READ person CONSTANT)
  Q_PROPERTY(QString codeError READ codeError NOTIFY errorsChanged)
  Q_PROPERTY(bool busy READ busy NOTIFY busyChanged)
  // The server's refusal in words (or a network failure); empty otherwise.
  Q_PROPERTY(QString errorText READ errorText NOTIFY errorsChanged)
  // No booking matches: the screen explains how to register without one (walk-in at the counter).
  Q_PROPERTY(bool walkInAdvised READ walkInAdvised NOTIFY errorsChanged)
  Q_PROPERTY(bool checkedIn READ checkedIn NOTIFY resultChanged)
  Q_PROPERTY(int queueNumber READ queueNumber NOTIFY resultChanged)
  Q_PROPERTY(int counter READ counter NOTIFY resultChanged)

 public:
  static constexpr int kCodeLength = 8;
  using Today = std::function<QDate()>;

  explicit CheckInForm(QObject* parent = nullptr);
  explicit CheckInForm(ApiClient* api, QObject* parent = nullptr);
  ~CheckInForm() override;

  QString code() const { return m_code; }
  bool fromQr() const { return !m_qr.isEmpty(); }
  PartyForm* person() { return &m_person; }
  QString codeError() const { return m_codeError; }
  bool busy() const { return m_reply != nullptr; }
  QString errorText() const { return m_errorText; }
  bool walkInAdvised() const { return m_walkIn; }
  bool checkedIn() const { return m_queueNumber > 0; }
  int queueNumber() const { return m_queueNumber; }
  int counter() const { return m_counter; }

  Q_INVOKABLE void typeCodeDigit(const QString& digit);
  Q_INVOKABLE void backspaceCode();
  // A scanned booking QR code ("WR1:<appointment>:<code>"); true when it is one.
  Q_INVOKABLE bool useScannedQr(const QString& text);
  // Checks the fields and sends them; false (and the field errors) when something is missing.
  Q_INVOKABLE bool submit();
  Q_INVOKABLE void clear();
  // Tests fix the day ID numbers are checked against.
  void setToday(Today today);

 signals:
  void codeChanged();
  void errorsChanged();
  void busyChanged();
  void resultChanged();

 private:
  void setErrors(const QString& code, const QString& server, bool walkIn);

  QPointer<ApiClient> m_api;
  QNetworkReply* m_reply = nullptr;
  QString m_code;
  QString m_qr;
  PartyForm m_person;
  Today m_today;
  QString m_codeError;
  QString m_errorText;
  bool m_walkIn = false;
  int m_queueNumber = 0;
  int m_counter = 0;
};

}  // namespace wedreg::kiosk
