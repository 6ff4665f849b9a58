// SPDX-License-Identifier: Apache-2.0
#include "kiosk/backend/HallListModel.h"

#include "kiosk/backend/ApiClient.h"

#include <QJsonObject>
#include <QNetworkReply>

#include <algorithm>

namespace wedreg::kiosk {

std::optional<Hall> Hall::fromJson(const QJsonObject& object) {
  Hall hall;
  hall.id = object.value(QLatin1String("id")).toVariant().toString();
  hall.nameZh = object.value(QLatin1String("name")).toString();
  hall.nameEn = object.value(QLatin1String("name_en")).toString();
  if (hall.id.isEmpty() || (hall.nameZh.isEmpty() && hall.nameEn.isEmpty())) {
    return std::nullopt;
  }
  hall.kind = object.value(QLatin1String("kind")).toString();
  hall.provinceCode = object.value(QLatin1String("province_code")).toString();
  hall.city = object.value(QLatin1String("city")).toString();
  hall.address = object.value(QLatin1String("address")).toString();
  hall.provincialLevel = object.value(QLatin1String("provincial_level")).toBool();
  const QJsonArray services = object.value(QLatin1String("services")).toArray();
  for (const QJsonValue& service : services) {
    if (service.isString()) {
      hall.services.append(service.toString());
    }
  }
  return hall;
}

HallListModel::HallListModel(QObject* parent) : HallListModel(ApiClient::instance(), parent) {}

HallListModel::HallListModel(ApiClient* api, QObject* parent) : QAbstractListModel(parent), m_api(api) {}

HallListModel::~HallListModel() {
  ApiClient::cancel(m_reply);
}

int HallListModel::rowCount(const QModelIndex& parent) const {
  return parent.isValid() ? 0 : count();
}

QVariant HallListModel::data(const QModelIndex& index, int role) const {
  Q_ASSERT(checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid));
  const Hall& hall = m_halls.at(index.row());
  switch (role) {
    case Qt::DisplayRole:
    case NameRole:
      return displayName(hall);
    case IdRole:
    case HallIdRole:
      return hall.id;
    case NameZhRole:
      return hall.nameZh;
    case NameEnRole:
      return hall.nameEn;
    case KindRole:
      return hall.kind;
    case ProvinceCodeRole:
      return hall.provinceCode;
    case CityRole:
      return hall.city;
    case AddressRole:
      return hall.address;
    case ProvincialLevelRole:
      return hall.provincialLevel;
    case ServicesRole:
      return hall.services;
    case IsOwnHallRole:
      return !m_ownHallId.isEmpty() && hall.id == m_ownHallId;
    default:
      return {};
  }
}

QHash<int, QByteArray> HallListModel::roleNames() const {
  return {
      {IdRole, "id"},
      {NameRole, "name"},
      {NameZhRole, "nameZh"},
      {NameEnRole, "nameEn"},
      {KindRole, "kind"},
      {ProvinceCodeRole, "provinceCode"},
      {CityRole, "city"},
      {AddressRole, "address"},
      {ProvincialLevelRole, "provincialLevel"},
      {ServicesRole, "services"},
      {IsOwnHallRole, "isOwnHall"},
      {HallIdRole, "hallId"},
  };
}

QString HallListModel::displayName(const Hall& hall) const {
  // Fall back to the other language rather than show an empty line.
  if (m_language == QLatin1String("en")) {
    return hall.nameEn.isEmpty() ? hall.nameZh : hall.nameEn;
  }
  return hall.nameZh.isEmpty() ? hall.nameEn : hall.nameZh;
}

const Hall* HallListModel::ownHall() const {
  if (m_ownHallId.isEmpty()) {
    return nullptr;
  }
  // From every hall, not the filtered rows: the attract page names its hall whatever is filtered.
  const auto found = std::find_if(m_allHalls.cbegin(), m_allHalls.cend(),
                                  [this](const Hall& hall) { return hall.id == m_ownHallId; });
  return found == m_allHalls.cend() ? nullptr : &*found;
}

QString HallListModel::ownHallName() const {
  const Hall* hall = ownHall();
  return hall != nullptr ? displayName(*hall) : QString();
}

QString HallListModel::ownHallKind() const {
  const Hall* hall = ownHall();
  return hall != nullptr ? hall->kind : QString();
}

void HallListModel::setOwnHallId(const QString& id) {
  if (m_ownHallId == id) {
    return;
  }
  m_ownHallId = id;
  emit ownHallIdChanged();
  if (!m_allHalls.isEmpty()) {
    QList<Hall> halls = m_allHalls;
    replaceHalls(std::move(halls));
    emit ownHallChanged();
  }
}

void HallListModel::setService(const QString& service) {
  if (m_service == service) {
    return;
  }
  m_service = service;
  emit serviceChanged();
  QList<Hall> halls = m_allHalls;
  replaceHalls(std::move(halls));
}

void HallListModel::setLanguage(const QString& language) {
  if (m_language == language) {
    return;
  }
  m_language = language;
  emit languageChanged();
  if (!m_halls.isEmpty()) {
    emit dataChanged(index(0), index(count() - 1), {Qt::DisplayRole, NameRole});
    emit ownHallChanged();
  }
  // An error text came from the server or ApiClient in the old language: ask again in the new one.
  if (!m_errorText.isEmpty() && m_reply == nullptr) {
    reload();
  }
}

void HallListModel::setErrorText(const QString& text) {
  if (m_errorText == text) {
    return;
  }
  m_errorText = text;
  emit errorTextChanged();
}

void HallListModel::setStatus(Status status) {
  if (m_status == status) {
    return;
  }
  m_status = status;
  emit statusChanged();
}

void HallListModel::sortOwnHallFirst(QList<Hall>& halls) const {
  if (m_ownHallId.isEmpty()) {
    return;
  }
  std::stable_partition(halls.begin(), halls.end(),
                        [this](const Hall& hall) { return hall.id == m_ownHallId; });
}

void HallListModel::replaceHalls(QList<Hall> halls) {
  const int oldCount = count();
  const QString oldOwnName = ownHallName();
  const QString oldOwnKind = ownHallKind();
  m_allHalls = halls;
  if (!m_service.isEmpty()) {
    halls.removeIf([this](const Hall& hall) { return !hall.services.contains(m_service); });
  }
  sortOwnHallFirst(halls);
  beginResetModel();
  m_halls = std::move(halls);
  endResetModel();
  if (count() != oldCount) {
    emit countChanged();
  }
  if (ownHallName() != oldOwnName || ownHallKind() != oldOwnKind) {
    emit ownHallChanged();
  }
}

void HallListModel::reload() {
  if (!m_api) {
    return;
  }
  const bool wasLoading = loading();
  ApiClient::cancel(m_reply);
  m_reply = m_api->getJson(QStringLiteral("/api/v1/halls"), this, [this](const ApiResult& result) {
    m_reply = nullptr;
    if (result.ok && result.json.isArray()) {
      QList<Hall> halls;
      const QJsonArray array = result.json.array();
      for (const QJsonValue& value : array) {
        if (std::optional<Hall> hall = Hall::fromJson(value.toObject())) {
          halls.append(std::move(*hall));
        }
      }
      replaceHalls(std::move(halls));
      setErrorText({});
      setStatus(Status::Ready);
    } else {
      setErrorText(result.ok ? tr("The server sent an answer the kiosk cannot read.")
                             : result.errorText);
      setStatus(Status::Error);
    }
    emit loadingChanged();
    emit reloaded();
  });
  if (m_status == Status::Null) {
    setStatus(Status::Loading);
  }
  if (!wasLoading) {
    emit loadingChanged();
  }
}

void HallListModel::clear() {
  const bool wasLoading = loading();
  ApiClient::cancel(m_reply);
  m_reply = nullptr;
  replaceHalls({});
  setErrorText({});
  setStatus(Status::Null);
  if (wasLoading) {
    emit loadingChanged();
  }
}

}  // namespace wedreg::kiosk
