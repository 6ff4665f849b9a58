// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "kiosk/backend/ApiClient.h"
#include "kiosk/session/StaffSession.h"

#include <QAbstractListModel>
#include <QByteArray>
#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QPointer>
#include <QString>
#include <QUrlQuery>
#include <QtQml/qqmlregistration.h>

#include <optional>
#include <utility>

class QNetworkReply;

namespace wedreg::kiosk {

// What every "list loaded from one GET" shares, so each model only says where its list lives and how
// one answer becomes rows: the staff token when there is one, `loading` / `errorText` / `count` for
// QML, reload() (a newer reload cancels the older) and clear() (forgets the rows and any request in
// flight). Subclasses keep their rows in a QList and hand a new one to replaceRows(). Derive as
// `public wedreg::kiosk::RemoteListModel` (qualified): Qt 6.4's qmltyperegistrar does not resolve an
// unqualified base, and qmllint then sees none of these properties.
class RemoteListModel : public QAbstractListModel {
  Q_OBJECT
  QML_ANONYMOUS
  Q_PROPERTY(wedreg::kiosk::StaffSession* session READ session WRITE setSession NOTIFY sessionChanged)
  Q_PROPERTY(bool loading READ loading NOTIFY loadingChanged)
  Q_PROPERTY(QString errorText READ errorText NOTIFY errorTextChanged)
  Q_PROPERTY(int count READ count NOTIFY countChanged)
  // False when the server has no such route (404/405/501) for a request that allows it
  // (Request::mayBeMissing): the screen says the list is not available on this server yet.
  Q_PROPERTY(bool supported READ supported NOTIFY supportedChanged)

 public:
  explicit RemoteListModel(ApiClient* api, QObject* parent = nullptr);
  ~RemoteListModel() override;

  int rowCount(const QModelIndex& parent = {}) const override;

  StaffSession* session() const { return m_session; }
  void setSession(StaffSession* session);
  bool loading() const { return m_reply != nullptr; }
  QString errorText() const { return m_errorText; }
  virtual int count() const = 0;
  bool supported() const { return m_supported; }

  // Asks again (a request still running is dropped); does nothing when the model lacks what it needs
  // (request() empty).
  Q_INVOKABLE void reload();
  // No rows, no error, nothing in flight (subclasses that hold more forget it too, then call this).
  Q_INVOKABLE virtual void clear();

 signals:
  void sessionChanged();
  void loadingChanged();
  void errorTextChanged();
  // Emitted on every replaceRows() (counts derived from the rows, e.g. activeCount, follow it).
  void countChanged();
  void supportedChanged();
  // A reload's answer arrived (rows replaced or errorText set).
  void reloaded();

 protected:
  enum class Token { IfSignedIn, Required };
  struct Request {
    QString path;
    QUrlQuery query = {};
    Token token = Token::IfSignedIn;
    // Empty: JSON. Otherwise the media type asked for (the answer's bytes are in ApiResult::body).
    QByteArray accept = {};
    // 404/405/501 means "this server has no such list yet", not an error.
    bool mayBeMissing = false;
  };

  // Where the list lives now; empty when there is nothing to ask yet.
  virtual std::optional<Request> request() const = 0;
  // A 2xx answer: replace the rows from it. False when the body is not what this list reads.
  virtual bool take(const ApiResult& result) = 0;
  // Drop the rows and whatever else the list's answer set (clear(), or a route the server lacks).
  virtual void forget() = 0;

  ApiClient* api() const { return m_api; }
  // The session's "Bearer …" header when signed in (empty list otherwise).
  ApiHeaders authorization() const;
  void setErrorText(const QString& text);
  static QString unreadableText();
  // "/api/v1/ceremonies/%1" with `id` percent-encoded.
  static QString pathWith(const QString& pattern, const QString& id);

  // Swaps `rows` for `next` as a model reset, then countChanged.
  template <typename Row>
  void replaceRows(QList<Row>& rows, QList<Row> next) {
    beginResetModel();
    rows = std::move(next);
    endResetModel();
    emit countChanged();
  }

  // The common answer: a JSON array, each element an object turned into a Row by `rowOf`.
  // Empty when the body is not an array.
  template <typename Row, typename RowOf>
  static std::optional<QList<Row>> rowsOf(const ApiResult& result, RowOf rowOf);

 private:
  void finish(const ApiResult& result);
  void setSupported(bool supported);

  QPointer<ApiClient> m_api;
  QPointer<StaffSession> m_session;
  QNetworkReply* m_reply = nullptr;
  QString m_errorText;
  bool m_supported = true;
  bool m_mayBeMissing = false;
};

template <typename Row, typename RowOf>
std::optional<QList<Row>> RemoteListModel::rowsOf(const ApiResult& result, RowOf rowOf) {
  if (!result.json.isArray()) {
    return std::nullopt;
  }
  QList<Row> rows;
  const QJsonArray array = result.json.array();
  rows.reserve(array.size());
  for (const QJsonValue& value : array) {
    rows.append(rowOf(value.toObject()));
  }
  return rows;
}

}  // namespace wedreg::kiosk
