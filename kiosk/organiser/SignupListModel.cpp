// SPDX-License-Identifier: Apache-2.0
#include "kiosk/organiser/SignupListModel.h"

#include "kiosk/backend/ApiClient.h"

#include <QJsonObject>

#include <algorithm>

namespace wedreg::kiosk {

SignupListModel::SignupListModel(QObject* parent) : SignupListModel(ApiClient::instance(), parent) {}

SignupListModel::SignupListModel(ApiClient* api, QObject* parent) : RemoteListModel(api, parent) {}

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

void SignupListModel::setCeremonyId(const QString& id) {
  if (m_ceremonyId == id) {
    return;
  }
  m_ceremonyId = id;
  emit ceremonyIdChanged();
}

std::optional<RemoteListModel::Request> SignupListModel::request() const {
  if (m_ceremonyId.isEmpty()) {
    return std::nullopt;
  }
  return Request{pathWith(QStringLiteral("/api/v1/ceremonies/%1/registrations"), m_ceremonyId), {},
                 Token::Required};
}

bool SignupListModel::take(const ApiResult& result) {
  std::optional<QList<Row>> rows = rowsOf<Row>(result, [](const QJsonObject& object) {
    Row row;
    row.id = object.value(QLatin1String("id")).toVariant().toString();
    row.sequence = object.value(QLatin1String("sequence")).toInt();
    row.names = object.value(QLatin1String("names")).toString();
    row.status = object.value(QLatin1String("status")).toString();
    row.session = object.value(QLatin1String("session")).toInt();
    row.waitlistPosition = object.value(QLatin1String("waitlist_position")).toInt();
    return row;
  });
  if (!rows) {
    return false;
  }
  std::stable_sort(rows->begin(), rows->end(), [](const Row& a, const Row& b) { return a.sequence < b.sequence; });
  replaceRows(m_rows, std::move(*rows));
  return true;
}

void SignupListModel::forget() {
  replaceRows(m_rows, {});
}

}  // namespace wedreg::kiosk
