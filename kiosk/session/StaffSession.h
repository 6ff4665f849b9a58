// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QtQml/qqmlregistration.h>

class QNetworkReply;

namespace wedreg::kiosk {

class ApiClient;

// A staff member's sign-in (POST/GET/DELETE /api/v1/staff/sessions[/current]). The token lives only
// in this object's memory: never in settings, files or QML (QML sees signedIn/role, not the token),
// and lock() wipes it. The password is sent once and not kept.
class StaffSession : public QObject {
  Q_OBJECT
  QML_ELEMENT
  Q_PROPERTY(bool signedIn READ signedIn NOTIFY sessionChanged)
  Q_PROPERTY(QString username READ username NOTIFY sessionChanged)
  // "registrar" | "organiser" | "admin"; empty when signed out.
  Q_PROPERTY(QString role READ role NOTIFY sessionChanged)
  Q_PROPERTY(QString hallId READ hallId NOTIFY sessionChanged)
  Q_PROPERTY(QDateTime expiresAt READ expiresAt NOTIFY sessionChanged)
  Q_PROPERTY(bool busy READ busy NOTIFY busyChanged)
  Q_PROPERTY(QString errorText READ errorText NOTIFY errorChanged)
  // The problem `code` of a refused sign-in: "credentials" or "locked".
  Q_PROPERTY(QString errorCode READ errorCode NOTIFY errorChanged)

 public:
  explicit StaffSession(QObject* parent = nullptr);
  explicit StaffSession(ApiClient* api, QObject* parent = nullptr);
  ~StaffSession() override;

  bool signedIn() const { return !m_token.isEmpty(); }
  QString username() const { return m_username; }
  QString role() const { return m_role; }
  QString hallId() const { return m_hallId; }
  QDateTime expiresAt() const { return m_expiresAt; }
  bool busy() const { return m_reply != nullptr; }
  QString errorText() const { return m_errorText; }
  QString errorCode() const { return m_errorCode; }

  // "Bearer <token>" for requests made on the staff member's behalf; empty when signed out.
  QByteArray authorization() const;

  Q_INVOKABLE void signIn(const QString& username, const QString& password);
  // Asks the server who the token belongs to (fills hallId); signs out locally on 401.
  Q_INVOKABLE void refresh();
  // Tells the server, then forgets the token whatever it answers.
  Q_INVOKABLE void signOut();
  // Forgets the token at once, without a request (idle lock, wipe).
  Q_INVOKABLE void lock();

 signals:
  void sessionChanged();
  void busyChanged();
  void errorChanged();

 private:
  void setError(const QString& text, const QString& code);
  void forget();

  QPointer<ApiClient> m_api;
  QNetworkReply* m_reply = nullptr;
  QByteArray m_token;
  QString m_username;
  QString m_role;
  QString m_hallId;
  QDateTime m_expiresAt;
  QString m_errorText;
  QString m_errorCode;
};

}  // namespace wedreg::kiosk
