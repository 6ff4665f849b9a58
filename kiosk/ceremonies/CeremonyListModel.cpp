// SPDX-License-Identifier: Apache-2.0
#include "kiosk/ceremonies/CeremonyListModel.h"

#include "kiosk/backend/ApiClient.h"
#include "kiosk/booking/Slot.h"

#include <QJsonArray>
#include <QJsonObject>

#include <algorithm>

namespace wedreg::kiosk {

CeremonyListModel::CeremonyListModel(QObject* parent) : CeremonyListModel(ApiClient::instance(), parent) {}

CeremonyListModel::CeremonyListModel(ApiClient* api, QObject* parent) : RemoteListModel(api, parent) {}

QString CeremonyListModel::title(const Row& row) const {
  return m_language == QLatin1String("en") && !row.titleEn.isEmpty() ? row.titleEn : row.title;
}

QVariant CeremonyListModel::data(const QModelIndex& index, int role) const {
  Q_ASSERT(checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid));
  const Row& row = m_rows.at(index.row());
  switch (role) {
    case Qt::DisplayRole:
    case TitleRole:
      return title(row);
    case CeremonyIdRole:
      return row.id;
    case DayRole:
      return row.day;
    case StatusRole:
      return row.status;
    case SessionCountRole:
      return row.sessions;
    case CapacityRole:
      return row.capacity;
    case SeatedRole:
      return row.seated;
    case AvailableRole:
      return row.capacity - row.seated;
    case OpensAtRole:
      return row.opensAt.isValid() ? toBeijing(row.opensAt).toString(QStringLiteral("yyyy-MM-dd HH:mm"))
                                   : QString();
    case OpenRole:
      return row.status == QLatin1String("published") &&
             (!row.opensAt.isValid() || row.opensAt <= QDateTime::currentDateTimeUtc());
    default:
      return {};
  }
}

QHash<int, QByteArray> CeremonyListModel::roleNames() const {
  return {{CeremonyIdRole, "ceremonyId"}, {TitleRole, "title"},         {DayRole, "day"},
          {StatusRole, "status"},         {SessionCountRole, "sessionCount"}, {CapacityRole, "capacity"},
          {SeatedRole, "seated"},         {AvailableRole, "available"}, {OpensAtRole, "opensAt"},
          {OpenRole, "open"}};
}

void CeremonyListModel::setUpcomingOnly(bool upcomingOnly) {
  if (m_upcomingOnly == upcomingOnly) {
    return;
  }
  m_upcomingOnly = upcomingOnly;
  emit upcomingOnlyChanged();
}

void CeremonyListModel::setLanguage(const QString& language) {
  if (m_language == language) {
    return;
  }
  m_language = language;
  emit languageChanged();
  if (!m_rows.isEmpty()) {
    emit dataChanged(index(0), index(count() - 1), {Qt::DisplayRole, TitleRole});
  }
}

QDate CeremonyListModel::today() const {
  return m_today.isValid() ? m_today : toBeijing(QDateTime::currentDateTimeUtc()).date();
}

QString CeremonyListModel::titleOf(const QString& id) const {
  for (const Row& row : m_rows) {
    if (row.id == id) {
      return title(row);
    }
  }
  return {};
}

CeremonyListModel::Row CeremonyListModel::rowOf(const QJsonObject& object) {
  Row row;
  row.id = object.value(QLatin1String("id")).toVariant().toString();
  row.title = object.value(QLatin1String("title")).toString();
  row.titleEn = object.value(QLatin1String("title_en")).toString();
  row.day = object.value(QLatin1String("day")).toString();
  row.status = object.value(QLatin1String("status")).toString();
  row.opensAt = QDateTime::fromString(object.value(QLatin1String("signup_opens_at")).toString(), Qt::ISODate);
  const QJsonArray sessions = object.value(QLatin1String("sessions")).toArray();
  row.sessions = static_cast<int>(sessions.size());
  for (const QJsonValue& value : sessions) {
    const QJsonObject session = value.toObject();
    row.capacity += std::max(0, session.value(QLatin1String("capacity")).toInt());
    row.seated += std::max(0, session.value(QLatin1String("seated")).toInt());
  }
  return row;
}

std::optional<RemoteListModel::Request> CeremonyListModel::request() const {
  // An organiser's token lists the drafts too.
  return Request{QStringLiteral("/api/v1/ceremonies")};
}

bool CeremonyListModel::take(const ApiResult& result) {
  std::optional<QList<Row>> rows = rowsOf<Row>(result, &CeremonyListModel::rowOf);
  if (!rows) {
    return false;
  }
  if (m_upcomingOnly) {
    const QString from = today().toString(Qt::ISODate);
    rows->removeIf([&from](const Row& row) { return row.status != QLatin1String("published") || row.day < from; });
  }
  std::stable_sort(rows->begin(), rows->end(), [](const Row& a, const Row& b) { return a.day < b.day; });
  replaceRows(m_rows, std::move(*rows));
  return true;
}

void CeremonyListModel::forget() {
  replaceRows(m_rows, {});
}

}  // namespace wedreg::kiosk
