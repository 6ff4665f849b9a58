// SPDX-License-Identifier: Apache-2.0
#include "kiosk/backend/RemoteListModel.h"

#include <QNetworkReply>
#include <QUrl>

namespace wedreg::kiosk {

RemoteListModel::RemoteListModel(ApiClient* api, QObject* parent) : QAbstractListModel(parent), m_api(api) {}

RemoteListModel::~RemoteListModel() {
  ApiClient::cancel(m_reply);
}

int RemoteListModel::rowCount(const QModelIndex& parent) const {
  return parent.isValid() ? 0 : count();
}

void RemoteListModel::setSession(StaffSession* session) {
  if (m_session == session) {
    return;
  }
  m_session = session;
  emit sessionChanged();
}

void RemoteListModel::setErrorText(const QString& text) {
  if (m_errorText == text) {
    return;
  }
  m_errorText = text;
  emit errorTextChanged();
}

void RemoteListModel::setSupported(bool supported) {
  if (m_supported == supported) {
    return;
  }
  m_supported = supported;
  emit supportedChanged();
}

QString RemoteListModel::unreadableText() {
  return tr("The server sent an answer the kiosk cannot read.");
}

QString RemoteListModel::pathWith(const QString& pattern, const QString& id) {
  return pattern.arg(QString::fromLatin1(QUrl::toPercentEncoding(id)));
}

ApiHeaders RemoteListModel::authorization() const {
  if (m_session && m_session->signedIn()) {
    return {{"Authorization", m_session->authorization()}};
  }
  return {};
}

void RemoteListModel::reload() {
  const std::optional<Request> wanted = request();
  if (!m_api || !wanted) {
    return;
  }
  if (wanted->token == Token::Required && (!m_session || !m_session->signedIn())) {
    return;
  }
  const bool wasLoading = loading();
  ApiClient::cancel(m_reply);
  m_mayBeMissing = wanted->mayBeMissing;
  auto done = [this](const ApiResult& result) { finish(result); };
  m_reply = wanted->accept.isEmpty()
                ? m_api->getJson(wanted->path, this, std::move(done), authorization(), wanted->query)
                : m_api->getBytes(wanted->path, wanted->accept, this, std::move(done), authorization(),
                                  wanted->query);
  if (!wasLoading) {
    emit loadingChanged();
  }
}

void RemoteListModel::finish(const ApiResult& result) {
  m_reply = nullptr;
  const int status = result.httpStatus;
  if (result.ok) {
    if (take(result)) {
      setSupported(true);
      setErrorText({});
    } else {
      setErrorText(unreadableText());
    }
  } else if (m_mayBeMissing && (status == 404 || status == 405 || status == 501)) {
    forget();
    setSupported(false);
    setErrorText({});
  } else {
    setErrorText(result.errorText);
  }
  emit loadingChanged();
  emit reloaded();
}

void RemoteListModel::clear() {
  const bool wasLoading = loading();
  ApiClient::cancel(m_reply);
  m_reply = nullptr;
  forget();
  setErrorText({});
  setSupported(true);
  if (wasLoading) {
    emit loadingChanged();
  }
}

}  // namespace wedreg::kiosk
