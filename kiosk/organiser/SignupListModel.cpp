// SPDX-License-Identifier: Apache-2.0
#include "kiosk/organiser/SignupListModel.h"

#include "kiosk/backend/ApiClient.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QNetworkReply>
#include <QUrl>

#include <algorithm>

namespace wedreg::kiosk {

SignupListModel::SignupListModel(QObject* parent) : SignupListModel(ApiClient::instance(), parent) {}

SignupListModel::SignupListModel(ApiClient* api, QObject* parent) : QAbstractListModel(parent), m_api(api) {}

SignupListModel::~SignupListModel() {
  ApiClient::cancel(m_reply);
}

int SignupListModel::rowCount(const QModelIndex& parent) const {
  return parent.isValid() ? 0 : count();
}

QVariant SignupListModel::data(const QModelIndex& index, int role) const {
  Q_ASSERT(checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid));
  const Row& row = m_rows.at(index.row());
  switch (role) {
    case Qt::DisplayRole:
    case NamesRole:
      return row.names;
    case SignupIdRole:
      return row.id;
    case SequenceRole:
      return row.sequence;
    case StatusRole:
      return row.status;
    case SessionRole:
      return row.session;
    case WaitlistPositionRole:
      return row.waitlistPosition;
    default:
      return {};
  }
}

QHash<int, QByteArray> SignupListModel::roleNames() const {
  return {{SignupIdRole, "signupId"}, {SequenceRole, "sequence"}, {NamesRole, "names"},
          {StatusRole, "status"},     {SessionRole, "session"},   {WaitlistPositionRole, "waitlistPosition"}};
}

int SignupListModel::activeCount() const {
  return static_cast<int>(std::count_if(m_rows.cbegin(), m_rows.cend(),
                                        [](const Row& row) { return row.status != QLatin1String("cancelled"); }));
}

void SignupListModel::setSession(StaffSession* session) {
  if (m_session == session) {
    return;
  }
  m_session = session;
  emit sessionChanged();
}

void SignupListModel::setCeremonyId(const QString& id) {
  if (m_ceremonyId == id) {
    return;
  }
  m_ceremonyId = id;
  emit ceremonyIdChanged();
}

void SignupListModel::setErrorText(const QString& text) {
  if (m_errorText == text) {
    return;
  }
  m_errorText = text;
  emit errorTextChanged();
}

void SignupListModel::replaceRows(QList<Row> rows) {
  beginResetModel();
  m_rows = std::move(rows);
  endResetModel();
  emit countChanged();
}

void SignupListModel::reload() {
  if (!m_api || !m_session || !m_session->signedIn() || m_ceremonyId.isEmpty()) {
    return;
  }
  const bool wasLoading = loading();
  ApiClient::cancel(m_reply);
  const QString path = QStringLiteral("/api/v1/ceremonies/%1/registrations")
                           .arg(QString::fromLatin1(QUrl::toPercentEncoding(m_ceremonyId)));
  m_reply = m_api->getJson(
      path, this,
      [this](const ApiResult& result) {
        m_reply = nullptr;
        if (result.ok && result.json.isArray()) {
          QList<Row> rows;
          const QJsonArray array = result.json.array();
          for (const QJsonValue& value : array) {
            const QJsonObject object = value.toObject();
            Row row;
            row.id = object.value(QLatin1String("id")).toVariant().toString();
            row.sequence = object.value(QLatin1String("sequence")).toInt();
            row.names = object.value(QLatin1String("names")).toString();
            row.status = object.value(QLatin1String("status")).toString();
            row.session = object.value(QLatin1String("session")).toInt();
            row.waitlistPosition = object.value(QLatin1String("waitlist_position")).toInt();
            rows.append(std::move(row));
          }
          std::stable_sort(rows.begin(), rows.end(),
                           [](const Row& a, const Row& b) { return a.sequence < b.sequence; });
          replaceRows(std::move(rows));
          setErrorText({});
        } else {
          setErrorText(result.ok ? tr("The server sent an answer the kiosk cannot read.") : result.errorText);
        }
        emit loadingChanged();
        emit reloaded();
      },
      ApiHeaders{{"Authorization", m_session->authorization()}});
  if (!wasLoading) {
    emit loadingChanged();
  }
}

void SignupListModel::clear() {
  const bool wasLoading = loading();
  ApiClient::cancel(m_reply);
  m_reply = nullptr;
  replaceRows({});
  setErrorText({});
  if (wasLoading) {
    emit loadingChanged();
  }
}

}  // namespace wedreg::kiosk
