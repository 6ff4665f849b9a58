// SPDX-License-Identifier: Apache-2.0
#include "kiosk/organiser/PresenterRosterModel.h"

#include <QJsonArray>
#include <QJsonObject>

#include <algorithm>

namespace wedreg::kiosk {

PresenterRosterModel::PresenterRosterModel(QObject* parent) : PresenterRosterModel(ApiClient::instance(), parent) {}

PresenterRosterModel::PresenterRosterModel(ApiClient* api, QObject* parent) : RemoteListModel(api, parent) {}

QString PresenterRosterModel::inLanguage(const QString& zh, const QString& en) const {
  return m_language == QLatin1String("en") && !en.isEmpty() ? en : zh;
}

QVariant PresenterRosterModel::data(const QModelIndex& index, int role) const {
  Q_ASSERT(checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid));
  const Row& row = m_rows.at(index.row());
  switch (role) {
    case Qt::DisplayRole:
    case NameRole:
      return inLanguage(row.name, row.nameEn);
    case PresenterIdRole:
      return row.id;
    case HonourRole:
      return inLanguage(row.honour, row.honourEn);
    case OrganisationRole:
      return row.organisation;
    case AvailableRole:
      return !m_day.isEmpty() && row.days.contains(m_day);
    default:
      return {};
  }
}

QHash<int, QByteArray> PresenterRosterModel::roleNames() const {
  return {{PresenterIdRole, "presenterId"},
          {NameRole, "name"},
          {HonourRole, "honour"},
          {OrganisationRole, "organisation"},
          {AvailableRole, "available"}};
}

void PresenterRosterModel::everyRowChanged() {
  if (!m_rows.isEmpty()) {
    emit dataChanged(index(0), index(count() - 1));
  }
}

void PresenterRosterModel::setLanguage(const QString& language) {
  if (m_language == language) {
    return;
  }
  m_language = language;
  emit languageChanged();
  everyRowChanged();
}

void PresenterRosterModel::setDay(const QString& day) {
  if (m_day == day) {
    return;
  }
  m_day = day;
  emit dayChanged();
  everyRowChanged();
}

const PresenterRosterModel::Row* PresenterRosterModel::find(const QString& id) const {
  const auto it = std::find_if(m_rows.cbegin(), m_rows.cend(), [&id](const Row& row) { return row.id == id; });
  return it == m_rows.cend() ? nullptr : &*it;
}

QString PresenterRosterModel::nameOf(const QString& id) const {
  const Row* row = find(id);
  return row != nullptr ? inLanguage(row->name, row->nameEn) : QString();
}

QString PresenterRosterModel::honourOf(const QString& id) const {
  const Row* row = find(id);
  return row != nullptr ? inLanguage(row->honour, row->honourEn) : QString();
}

PresenterRosterModel::Row PresenterRosterModel::rowOf(const QJsonObject& object) {
  Row row;
  row.id = object.value(QLatin1String("id")).toVariant().toString();
  row.name = object.value(QLatin1String("name")).toString();
  row.nameEn = object.value(QLatin1String("name_en")).toString();
  row.honour = object.value(QLatin1String("honour")).toString();
  row.honourEn = object.value(QLatin1String("honour_en")).toString();
  row.organisation = object.value(QLatin1String("organisation")).toString();
  const QJsonArray days = object.value(QLatin1String("available_days")).toArray();
  for (const QJsonValue& day : days) {
    row.days.append(day.toString());
  }
  return row;
}

std::optional<RemoteListModel::Request> PresenterRosterModel::request() const {
  return Request{QStringLiteral("/api/v1/presenters"), {}, Token::Required};
}

bool PresenterRosterModel::take(const ApiResult& result) {
  std::optional<QList<Row>> rows = rowsOf<Row>(result, &PresenterRosterModel::rowOf);
  if (!rows) {
    return false;
  }
  replaceRows(m_rows, std::move(*rows));
  return true;
}

void PresenterRosterModel::forget() {
  replaceRows(m_rows, {});
}

}  // namespace wedreg::kiosk
