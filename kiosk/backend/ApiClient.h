// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QSslConfiguration>
#include <QObject>
#include <QString>
#include <QUrl>
#include <QUrlQuery>
#include <QtQml/qqmlregistration.h>

#include <QByteArray>
#include <QList>
#include <QPair>

#include <functional>
#include <optional>

class QNetworkReply;
class QNetworkRequest;
class QQmlEngine;
class QJSEngine;

namespace wedreg::kiosk {

// The outcome of one request, already turned into something a screen can show.
struct ApiResult {
  bool ok = false;
  int httpStatus = 0;           // 0 when no HTTP answer arrived
  QJsonDocument json;           // the body when it was JSON
  QByteArray body;              // the raw body (getBytes(): CBOR, PNG, ...)
  QString problemType;          // problem+json `type`, when the server sent one
  QString errorText;            // readable, in the kiosk's language; empty when ok

  // The problem+json body (empty object when there was none): `field`, `rule`, `code`, ...
  QJsonObject problem() const;
  // The last path segment of problemType ("https://…/problems/slot-full" -> "slot-full").
  QString problemSlug() const;
};

// Extra request headers, e.g. {"Idempotency-Key", uuid} or {"Authorization", "Bearer …"}.
using ApiHeaders = QList<QPair<QByteArray, QByteArray>>;

// The kiosk's one door to the server: base URL, Accept-Language, timeouts, JSON decoding and turning
// RFC 9457 problem+json (and network failures) into readable text. Every URL is built here, never in
// QML. The QML singleton is the process-wide instance, which follows KioskSettings.serverUrl and
// LanguageController.language; tests make their own instances.
class ApiClient : public QObject {
  Q_OBJECT
  QML_ELEMENT
  QML_SINGLETON
  Q_PROPERTY(QUrl baseUrl READ baseUrl WRITE setBaseUrl NOTIFY baseUrlChanged)
  // "zh-CN" or "en", sent as Accept-Language.
  Q_PROPERTY(QString acceptLanguage READ acceptLanguage WRITE setAcceptLanguage NOTIFY
                 acceptLanguageChanged)
  Q_PROPERTY(int timeoutMs READ timeoutMs WRITE setTimeoutMs NOTIFY timeoutMsChanged)
  // The last failed request's readable error; cleared by the next success.
  Q_PROPERTY(QString errorText READ errorText NOTIFY errorTextChanged)

 public:
  static constexpr int kDefaultTimeoutMs = 8000;
  using Callback = std::function<void(const ApiResult&)>;

  // Qt 6.4 trap: qmlRegisterTypesAndRevisions prefers a default constructor over create(), which
  // would give QML a second, unconfigured instance. So no default constructor: `parent` is required.
  explicit ApiClient(QObject* parent);

  static ApiClient* instance();
  static ApiClient* create(QQmlEngine* qmlEngine, QJSEngine* jsEngine);

  QUrl baseUrl() const { return m_baseUrl; }
  void setBaseUrl(const QUrl& url);
  QString acceptLanguage() const { return m_acceptLanguage; }
  void setAcceptLanguage(const QString& language);
  int timeoutMs() const { return m_timeoutMs; }
  void setTimeoutMs(int ms);
  QString errorText() const { return m_errorText; }
  // For an https server: the kiosk's client certificate and key, and the CA it trusts for the
  // server (loadClientTls()). Null: Qt's defaults (no client certificate). Plain http ignores it.
  // Open connections are dropped: a kept-alive one would go on with the old identity.
  void setTlsConfiguration(const std::optional<QSslConfiguration>& config);

  // baseUrl + path (path starts with '/'), plus an optional query.
  QUrl url(const QString& path, const QUrlQuery& query = {}) const;

  // GET `path`; `done` runs once unless `context` is gone by then or the request was cancel()ed.
  // `timeoutMs` <= 0: the client's default.
  QNetworkReply* getJson(const QString& path, QObject* context, Callback done,
                         const QUrlQuery& query = {}, int timeoutMs = -1);

  // Any method with an optional JSON body (POST, DELETE, …) and extra headers; same callback rules.
  QNetworkReply* sendJson(const QByteArray& method, const QString& path, const QJsonDocument& body,
                          QObject* context, Callback done, const ApiHeaders& headers = {},
                          const QUrlQuery& query = {}, int timeoutMs = -1);
  // GET with extra headers (a staff bearer token).
  QNetworkReply* getJson(const QString& path, QObject* context, Callback done,
                         const ApiHeaders& headers, const QUrlQuery& query = {});

  // GET a non-JSON resource (`accept`, e.g. "application/cbor"): ok with the bytes in `body` on 2xx;
  // errors (problem+json included) are decoded as for getJson().
  QNetworkReply* getBytes(const QString& path, const QByteArray& accept, QObject* context,
                          Callback done, int timeoutMs = -1);
  // The same with extra headers (a staff bearer token) and a query.
  QNetworkReply* getBytes(const QString& path, const QByteArray& accept, QObject* context,
                          Callback done, const ApiHeaders& headers, const QUrlQuery& query = {});

  // Stops a request from getJson()/sendJson() without running its callback.
  static void cancel(QNetworkReply* reply);

  // Decodes a finished reply (exposed for tests and future request kinds).
  // `expectJson` false: a 2xx body need not be JSON (getBytes()).
  static ApiResult decode(QNetworkReply* reply, bool expectJson = true);
  // The readable text for a problem+json body (detail, else title), or empty when it is not one.
  static QString problemText(const QJsonDocument& body);

 signals:
  void baseUrlChanged();
  void acceptLanguageChanged();
  void timeoutMsChanged();
  void errorTextChanged();

 private:
  void setErrorText(const QString& text);
  QNetworkRequest makeRequest(const QString& path, const QUrlQuery& query, const ApiHeaders& headers,
                              int timeoutMs) const;
  QNetworkReply* track(QNetworkReply* reply, QObject* context, Callback done,
                       bool expectJson = true);

  QNetworkAccessManager m_network;
  QUrl m_baseUrl;
  QString m_acceptLanguage = QStringLiteral("zh-CN");
  int m_timeoutMs = kDefaultTimeoutMs;
  QString m_errorText;
  std::optional<QSslConfiguration> m_tls;
};

}  // namespace wedreg::kiosk
