// SPDX-License-Identifier: Apache-2.0
#include "kiosk/session/StaffSession.h"

#include "kiosk/backend/ApiClient.h"

#include <QJsonObject>
#include <QNetworkReply>

namespace wedreg::kiosk {

namespace {
const QString kCurrent = QStringLiteral("/api/v1/staff/sessions/current");
}  // namespace

StaffSession::StaffSession(QObject* parent) : StaffSession(ApiClient::instance(), parent) {}

StaffSession::StaffSession(ApiClient* api, QObject* parent) : QObject(parent), m_api(api) {}

StaffSession::~StaffSession() {
  ApiClient::cancel(m_reply);
  forget();
}

QByteArray StaffSession::authorization() const {
  return m_token.isEmpty() ? QByteArray() : QByteArrayLiteral("Bearer ") + m_token;
}

void StaffSession::setError(const QString& text, const QString& code) {
  if (m_errorText == text && m_errorCode == code) {
    return;
  }
  m_errorText = text;
  m_errorCode = code;
  emit errorChanged();
}

void StaffSession::forget() {
  const bool was = signedIn() || !m_username.isEmpty();
  m_token.fill('\0');
  m_token.clear();
  m_username.clear();
  m_role.clear();
  m_hallId.clear();
  m_expiresAt = {};
  if (was) {
    emit sessionChanged();
  }
}

void StaffSession::signIn(const QString& username, const QString& password) {
  if (!m_api || busy()) {
    return;
  }
  if (username.trimmed().isEmpty() || password.isEmpty()) {
    setError(tr("Please enter your user name and password."), QStringLiteral("missing"));
    return;
  }
  forget();
  setError({}, {});
  const QJsonObject body{{QStringLiteral("username"), username.trimmed()},
                         {QStringLiteral("password"), password}};
  m_reply = m_api->sendJson(
      "POST", QStringLiteral("/api/v1/staff/sessions"), QJsonDocument(body), this,
      [this, name = username.trimmed()](const ApiResult& result) {
        m_reply = nullptr;
        const QJsonObject answer = result.json.object();
        const QByteArray token = answer.value(QLatin1String("token")).toString().toUtf8();
        if (result.ok && !token.isEmpty()) {
          m_token = token;
          m_username = name;
          m_role = answer.value(QLatin1String("role")).toString();
          m_expiresAt = QDateTime::fromString(answer.value(QLatin1String("expires_at")).toString(),
                                              Qt::ISODate);
          emit sessionChanged();
          refresh();
        } else {
          const QString code = result.problem().value(QLatin1String("code")).toString();
          setError(result.ok ? tr("The server sent an answer the kiosk cannot read.") : result.errorText,
                   code);
        }
        emit busyChanged();
      });
  emit busyChanged();
}

void StaffSession::refresh() {
  if (!m_api || !signedIn() || busy()) {
    return;
  }
  m_reply = m_api->getJson(
      kCurrent, this,
      [this](const ApiResult& result) {
        m_reply = nullptr;
        if (result.ok) {
          const QJsonObject answer = result.json.object();
          m_hallId = answer.value(QLatin1String("hall_id")).toString();
          emit sessionChanged();
        } else if (result.httpStatus == 401) {
          forget();
          setError(result.errorText, QStringLiteral("expired"));
        }
        emit busyChanged();
      },
      ApiHeaders{{"Authorization", authorization()}});
  emit busyChanged();
}

void StaffSession::signOut() {
  if (m_api && signedIn()) {
    ApiClient::cancel(m_reply);
    m_reply = nullptr;
    // Fire and forget: the kiosk forgets the token now whether or not the server hears about it.
    m_api->sendJson("DELETE", kCurrent, QJsonDocument(), nullptr, {},
                    ApiHeaders{{"Authorization", authorization()}});
    emit busyChanged();
  }
  lock();
}

void StaffSession::lock() {
  const bool wasBusy = busy();
  ApiClient::cancel(m_reply);
  m_reply = nullptr;
  forget();
  setError({}, {});
  if (wasBusy) {
    emit busyChanged();
  }
}

}  // namespace wedreg::kiosk
