// SPDX-License-Identifier: Apache-2.0
#include "kiosk/backend/ApiClient.h"

#include "kiosk/backend/KioskSettings.h"
#include "kiosk/backend/LanguageController.h"

#include <QCoreApplication>
#include <QJSEngine>
#include <QJsonObject>
#include <QNetworkProxy>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QPointer>

namespace wedreg::kiosk {

ApiClient::ApiClient(QObject* parent) : QObject(parent) {
  m_baseUrl = QUrl(QString::fromLatin1(KioskSettings::kDefaultServerUrl));
  // The kiosk talks to one server on a LAN; a proxy from the environment would only get in the way.
  m_network.setProxy(QNetworkProxy::NoProxy);
}

ApiClient* ApiClient::instance() {
  static ApiClient* const client = [] {
    auto* created = new ApiClient(nullptr);  // process lifetime
    KioskSettings* settings = KioskSettings::instance();
    LanguageController* language = LanguageController::instance();
    created->setBaseUrl(settings->serverUrl());
    created->setAcceptLanguage(language->httpLanguage());
    // main.cpp checks the files before anything loads them here; a bad file later means no identity
    // (the server then refuses the connection, which the screens report as unreachable).
    const auto applyTls = [created, settings] {
      const ClientTlsFiles files = settings->clientTls();
      created->setTlsConfiguration(files.isEmpty() ? std::nullopt : loadClientTls(files, nullptr));
    };
    applyTls();
    QObject::connect(settings, &KioskSettings::clientTlsChanged, created, applyTls);
    QObject::connect(settings, &KioskSettings::serverUrlChanged, created,
                     [created, settings] { created->setBaseUrl(settings->serverUrl()); });
    QObject::connect(language, &LanguageController::languageChanged, created,
                     [created, language] { created->setAcceptLanguage(language->httpLanguage()); });
    return created;
  }();
  return client;
}

ApiClient* ApiClient::create(QQmlEngine*, QJSEngine*) {
  ApiClient* client = instance();
  QJSEngine::setObjectOwnership(client, QJSEngine::CppOwnership);
  return client;
}

void ApiClient::setBaseUrl(const QUrl& url) {
  if (m_baseUrl == url) {
    return;
  }
  m_baseUrl = url;
  emit baseUrlChanged();
}

void ApiClient::setAcceptLanguage(const QString& language) {
  if (m_acceptLanguage == language) {
    return;
  }
  m_acceptLanguage = language;
  emit acceptLanguageChanged();
}

void ApiClient::setTimeoutMs(int ms) {
  if (ms <= 0 || m_timeoutMs == ms) {
    return;
  }
  m_timeoutMs = ms;
  emit timeoutMsChanged();
}

void ApiClient::setTlsConfiguration(const std::optional<QSslConfiguration>& config) {
  m_tls = config;
  m_network.clearConnectionCache();
}

void ApiClient::setErrorText(const QString& text) {
  if (m_errorText == text) {
    return;
  }
  m_errorText = text;
  emit errorTextChanged();
}

QUrl ApiClient::url(const QString& path, const QUrlQuery& query) const {
  QUrl result = m_baseUrl;
  QString basePath = result.path();
  while (basePath.endsWith(QLatin1Char('/'))) {
    basePath.chop(1);
  }
  result.setPath(basePath + (path.startsWith(QLatin1Char('/')) ? path : QLatin1Char('/') + path));
  if (!query.isEmpty()) {
    result.setQuery(query);
  }
  return result;
}

QNetworkRequest ApiClient::makeRequest(const QString& path, const QUrlQuery& query,
                                      const ApiHeaders& headers, int timeoutMs) const {
  QNetworkRequest request(url(path, query));
  request.setRawHeader("Accept", "application/json, application/problem+json");
  request.setRawHeader("Accept-Language", m_acceptLanguage.toLatin1());
  for (const auto& [name, value] : headers) {
    request.setRawHeader(name, value);
  }
  request.setTransferTimeout(timeoutMs > 0 ? timeoutMs : m_timeoutMs);
  if (m_tls && request.url().scheme() == QLatin1String("https")) {
    request.setSslConfiguration(*m_tls);
  }
  return request;
}

QNetworkReply* ApiClient::track(QNetworkReply* reply, QObject* context, Callback done,
                                bool expectJson) {
  QPointer<QObject> guard(context);
  connect(reply, &QNetworkReply::finished, this,
          [this, reply, guard, expectJson, done = std::move(done)] {
    reply->deleteLater();
    const ApiResult result = decode(reply, expectJson);
    setErrorText(result.ok ? QString() : result.errorText);
    if (guard && done) {
      done(result);
    }
  });
  return reply;
}

QNetworkReply* ApiClient::getJson(const QString& path, QObject* context, Callback done,
                                  const QUrlQuery& query, int timeoutMs) {
  return track(m_network.get(makeRequest(path, query, {}, timeoutMs)), context, std::move(done));
}

QNetworkReply* ApiClient::getJson(const QString& path, QObject* context, Callback done,
                                  const ApiHeaders& headers, const QUrlQuery& query) {
  return track(m_network.get(makeRequest(path, query, headers, -1)), context, std::move(done));
}

QNetworkReply* ApiClient::getBytes(const QString& path, const QByteArray& accept,
                                   QObject* context, Callback done, int timeoutMs) {
  QNetworkRequest request = makeRequest(path, {}, {}, timeoutMs);
  request.setRawHeader("Accept", accept + ", application/problem+json");
  return track(m_network.get(request), context, std::move(done), false);
}

QNetworkReply* ApiClient::getBytes(const QString& path, const QByteArray& accept, QObject* context,
                                   Callback done, const ApiHeaders& headers, const QUrlQuery& query) {
  QNetworkRequest request = makeRequest(path, query, headers, -1);
  request.setRawHeader("Accept", accept + ", application/problem+json");
  return track(m_network.get(request), context, std::move(done), false);
}

QNetworkReply* ApiClient::sendJson(const QByteArray& method, const QString& path,
                                   const QJsonDocument& body, QObject* context, Callback done,
                                   const ApiHeaders& headers, const QUrlQuery& query, int timeoutMs) {
  QNetworkRequest request = makeRequest(path, query, headers, timeoutMs);
  QByteArray data;
  if (!body.isNull()) {
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    data = body.toJson(QJsonDocument::Compact);
  }
  return track(m_network.sendCustomRequest(request, method, data), context, std::move(done));
}

void ApiClient::cancel(QNetworkReply* reply) {
  if (reply == nullptr) {
    return;
  }
  // Disconnect first so the caller's callback never sees its own cancellation as a failure.
  reply->disconnect();
  reply->abort();
  reply->deleteLater();
}

QJsonObject ApiResult::problem() const {
  return problemType.isEmpty() && httpStatus < 400 ? QJsonObject() : json.object();
}

QString ApiResult::problemSlug() const {
  return problemType.section(QLatin1Char('/'), -1);
}

QString ApiClient::problemText(const QJsonDocument& body) {
  if (!body.isObject()) {
    return {};
  }
  const QJsonObject problem = body.object();
  const QString detail = problem.value(QLatin1String("detail")).toString().trimmed();
  if (!detail.isEmpty()) {
    return detail;
  }
  return problem.value(QLatin1String("title")).toString().trimmed();
}

ApiResult ApiClient::decode(QNetworkReply* reply, bool expectJson) {
  ApiResult result;
  result.httpStatus = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
  const QByteArray body = reply->readAll();
  result.body = body;
  QJsonParseError parseError{};
  if (!body.isEmpty()) {
    result.json = QJsonDocument::fromJson(body, &parseError);
  }
  const bool jsonOk = !body.isEmpty() && parseError.error == QJsonParseError::NoError;
  if (!jsonOk) {
    result.json = {};
  }

  if (result.httpStatus == 0) {
    // No HTTP answer at all: say plainly which kind of failure a visitor or staff member is facing.
    switch (reply->error()) {
      case QNetworkReply::OperationCanceledError:
      case QNetworkReply::TimeoutError:
        result.errorText = tr("The server did not answer in time.");
        break;
      default:
        result.errorText = tr("The server cannot be reached.");
        break;
    }
    return result;
  }

  if (result.httpStatus >= 400) {
    if (jsonOk) {
      const QJsonObject problem = result.json.object();
      result.problemType = problem.value(QLatin1String("type")).toString();
    }
    const QString text = jsonOk ? problemText(result.json) : QString();
    if (!text.isEmpty()) {
      result.errorText = text;
    } else if (result.httpStatus >= 500) {
      result.errorText = tr("The server had a problem (HTTP %1). Please try again later.")
                             .arg(result.httpStatus);
    } else {
      result.errorText = tr("The server refused the request (HTTP %1).").arg(result.httpStatus);
    }
    return result;
  }

  if (expectJson && !body.isEmpty() && !jsonOk) {
    result.errorText = tr("The server sent an answer the kiosk cannot read.");
    return result;
  }
  result.ok = true;
  return result;
}

}  // namespace wedreg::kiosk
