// SPDX-License-Identifier: Apache-2.0
#include "kiosk/ceremonies/CeremonySessionModel.h"

#include "kiosk/backend/ApiClient.h"
#include "kiosk/booking/Slot.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonObject>

#include <algorithm>

namespace wedreg::kiosk {
namespace {

QString beijingTime(const QJsonValue& value) {
  const QDateTime instant = QDateTime::fromString(value.toString(), Qt::ISODate);
  return instant.isValid() ? toBeijing(instant).toString(QStringLiteral("HH:mm")) : QString();
}

double fraction(int part, int whole) {
  return whole > 0 ? std::clamp(static_cast<double>(part) / whole, 0.0, 1.0) : 0.0;
}

}  // namespace

CeremonySessionModel::CeremonySessionModel(QObject* parent)
    : CeremonySessionModel(ApiClient::instance(), parent) {}

CeremonySessionModel::CeremonySessionModel(ApiClient* api, QObject* parent) : RemoteListModel(api, parent) {}

QVariant CeremonySessionModel::data(const QModelIndex& index, int role) const {
  Q_ASSERT(checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid));
  const Row& row = m_rows.at(index.row());
  switch (role) {
    case Qt::DisplayRole:
    case TimeRole:
      return row.time;
    case SessionIdRole:
      return row.id;
    case PositionRole:
      return row.position;
    case CapacityRole:
      return row.capacity;
    case SeatedRole:
      return row.seated;
    case AvailableRole:
      return std::max(0, row.capacity - row.seated);
    case CheckedInRole:
      return row.checkedIn;
    case WaitlistedRole:
      return row.waitlisted;
    case FillRole:
      return fraction(row.seated, row.capacity);
    case CheckInFillRole:
      return fraction(row.checkedIn, row.capacity);
    default:
      return {};
  }
}

QHash<int, QByteArray> CeremonySessionModel::roleNames() const {
  return {{SessionIdRole, "sessionId"},   {PositionRole, "position"},     {TimeRole, "time"},
          {CapacityRole, "capacity"},     {SeatedRole, "seated"},         {AvailableRole, "available"},
          {CheckedInRole, "checkedIn"},   {WaitlistedRole, "waitlisted"}, {FillRole, "fill"},
          {CheckInFillRole, "checkInFill"}};
}

void CeremonySessionModel::setCeremonyId(const QString& id) {
  if (m_ceremonyId == id) {
    return;
  }
  m_ceremonyId = id;
  emit ceremonyIdChanged();
}

void CeremonySessionModel::setLanguage(const QString& language) {
  if (m_language == language) {
    return;
  }
  m_language = language;
  emit languageChanged();
  emit detailsChanged();
}

QString CeremonySessionModel::title() const {
  return m_language == QLatin1String("en") && !m_titleEn.isEmpty() ? m_titleEn : m_title;
}

QString CeremonySessionModel::notes() const {
  return m_language == QLatin1String("en") && !m_notesEn.isEmpty() ? m_notesEn : m_notes;
}

int CeremonySessionModel::totalCapacity() const {
  int sum = 0;
  for (const Row& row : m_rows) {
    sum += row.capacity;
  }
  return sum;
}

int CeremonySessionModel::totalSeated() const {
  int sum = 0;
  for (const Row& row : m_rows) {
    sum += row.seated;
  }
  return sum;
}

int CeremonySessionModel::totalCheckedIn() const {
  int sum = 0;
  for (const Row& row : m_rows) {
    sum += row.checkedIn;
  }
  return sum;
}

int CeremonySessionModel::totalWaitlisted() const {
  int sum = 0;
  for (const Row& row : m_rows) {
    sum += row.waitlisted;
  }
  return sum;
}

QString CeremonySessionModel::timeOf(const QString& sessionId) const {
  for (const Row& row : m_rows) {
    if (row.id == sessionId) {
      return row.time;
    }
  }
  return {};
}

std::optional<RemoteListModel::Request> CeremonySessionModel::request() const {
  if (m_ceremonyId.isEmpty()) {
    return std::nullopt;
  }
  // With an organiser's token: drafts too, and the live counts.
  return Request{pathWith(QStringLiteral("/api/v1/ceremonies/%1"), m_ceremonyId)};
}

bool CeremonySessionModel::take(const ApiResult& result) {
  const QJsonObject event = result.json.object();
  if (!event.value(QLatin1String("sessions")).isArray()) {
    return false;
  }
  // Live counts by session id: who is seated, checked in, waiting.
  QHash<QString, QJsonObject> counts;
  const QJsonArray countArray = event.value(QLatin1String("counts")).toArray();
  for (const QJsonValue& value : countArray) {
    const QJsonObject object = value.toObject();
    counts.insert(object.value(QLatin1String("session_id")).toVariant().toString(), object);
  }
  QList<Row> rows;
  const QJsonArray sessions = event.value(QLatin1String("sessions")).toArray();
  for (const QJsonValue& value : sessions) {
    const QJsonObject object = value.toObject();
    Row row;
    row.id = object.value(QLatin1String("id")).toVariant().toString();
    row.position = object.value(QLatin1String("position")).toInt();
    row.time = beijingTime(object.value(QLatin1String("start"))) + QStringLiteral("–") +
               beijingTime(object.value(QLatin1String("end")));
    row.capacity = std::max(0, object.value(QLatin1String("capacity")).toInt());
    row.seated = std::max(0, object.value(QLatin1String("seated")).toInt());
    const QJsonObject live = counts.value(row.id);
    row.checkedIn = std::max(0, live.value(QLatin1String("checked_in")).toInt());
    row.waitlisted = std::max(0, live.value(QLatin1String("waitlisted")).toInt());
    rows.append(std::move(row));
  }
  std::stable_sort(rows.begin(), rows.end(), [](const Row& a, const Row& b) { return a.position < b.position; });
  m_title = event.value(QLatin1String("title")).toString();
  m_titleEn = event.value(QLatin1String("title_en")).toString();
  m_notes = event.value(QLatin1String("notes")).toString();
  m_notesEn = event.value(QLatin1String("notes_en")).toString();
  m_day = event.value(QLatin1String("day")).toString();
  m_status = event.value(QLatin1String("status")).toString();
  m_guestsPerCouple = event.value(QLatin1String("guests_per_couple")).toInt();
  replaceRows(m_rows, std::move(rows));
  emit detailsChanged();
  return true;
}

void CeremonySessionModel::forget() {
  replaceRows(m_rows, {});
  m_title.clear();
  m_titleEn.clear();
  m_notes.clear();
  m_notesEn.clear();
  m_day.clear();
  m_status.clear();
  m_guestsPerCouple = 0;
  emit detailsChanged();
}

}  // namespace wedreg::kiosk
