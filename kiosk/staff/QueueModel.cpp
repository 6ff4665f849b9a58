// SPDX-License-Identifier: Apache-2.0
#include "kiosk/staff/QueueModel.h"

#include "kiosk/backend/ApiClient.h"
#include "kiosk/backend/KioskSettings.h"
#include "kiosk/booking/Slot.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkReply>
#include <QUrl>

#include <algorithm>

namespace wedreg::kiosk {

QueueModel::QueueModel(QObject* parent) : QueueModel(ApiClient::instance(), parent) {}

QueueModel::QueueModel(ApiClient* api, QObject* parent) : RemoteListModel(api, parent) {}

QueueModel::~QueueModel() {
  ApiClient::cancel(m_callReply);
}

QVariant QueueModel::data(const QModelIndex& index, int role) const {
  Q_ASSERT(checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid));
  const Row& row = m_rows.at(index.row());
  switch (role) {
    case Qt::DisplayRole:
    case NamesRole:
      return row.names;
    case AppointmentIdRole:
      return row.id;
    case TimeRole:
      return row.time;
    case ServiceRole:
      return row.service;
    case StatusRole:
      return row.status;
    case QueueNumberRole:
      return row.queueNumber;
    case CalledCounterRole:
      return row.calledCounter;
    default:
      return {};
  }
}

QHash<int, QByteArray> QueueModel::roleNames() const {
  return {{AppointmentIdRole, "appointmentId"}, {TimeRole, "time"},   {ServiceRole, "service"},
          {StatusRole, "status"},               {NamesRole, "names"}, {QueueNumberRole, "queueNumber"},
          {CalledCounterRole, "calledCounter"}};
}

void QueueModel::setHallId(const QString& id) {
  if (m_hallId == id) {
    return;
  }
  m_hallId = id;
  emit hallIdChanged();
}

void QueueModel::setDate(const QString& date) {
  if (m_date == date) {
    return;
  }
  m_date = date;
  emit dateChanged();
}

void QueueModel::forget() {
  replaceRows(m_rows, {});  // countChanged: waitingCount may change with the same count
}

bool QueueModel::waiting(const Row& row) {
  return row.status == QLatin1String("checked_in") && row.calledCounter.isEmpty();
}

int QueueModel::waitingCount() const {
  return static_cast<int>(std::count_if(m_rows.cbegin(), m_rows.cend(), &QueueModel::waiting));
}

void QueueModel::setCalled(const Row& row) {
  if (m_called.id == row.id) {
    return;
  }
  m_called = row;
  emit calledChanged();
}

QueueModel::Row QueueModel::rowFrom(const QJsonObject& object) {
  Row row;
  row.id = object.value(QLatin1String("id")).toVariant().toString();
  row.service = object.value(QLatin1String("service")).toString();
  row.status = object.value(QLatin1String("status")).toString();
  row.queueNumber = object.value(QLatin1String("queue_number")).toInt();
  row.calledCounter = object.value(QLatin1String("called_counter")).toString();
  const QDateTime start = QDateTime::fromString(object.value(QLatin1String("start")).toString(), Qt::ISODate);
  row.time = start.isValid() ? toBeijing(start).toString(QStringLiteral("HH:mm")) : QString();
  QStringList names;
  const QJsonArray parties = object.value(QLatin1String("parties")).toArray();
  for (const QJsonValue& party : parties) {
    names.append(party.toObject().value(QLatin1String("name")).toString());
  }
  row.names = names.join(QStringLiteral(" · "));
  return row;
}

void QueueModel::callNext() {
  if (!api() || !session() || !session()->signedIn() || m_hallId.isEmpty()) {
    setCalled({});
    emit callFinished(false);
    return;
  }
  ApiClient::cancel(m_callReply);
  const QString path = QStringLiteral("/api/v1/halls/%1/queue/next")
                           .arg(QString::fromLatin1(QUrl::toPercentEncoding(m_hallId)));
  const QJsonObject body{{QStringLiteral("counter"), KioskSettings::instance()->counter()}};
  m_callReply = api()->sendJson("POST", path, QJsonDocument(body), this,
                                [this](const ApiResult& result) { finishCall(result); }, authorization());
}

void QueueModel::finishCall(const ApiResult& result) {
  m_callReply = nullptr;
  const bool called = result.ok && result.json.isObject();
  // nobody-waiting is an answer, not a fault: the screen says nobody is waiting.
  const bool answered = called || result.problemSlug() == QLatin1String("nobody-waiting");
  setCalled(called ? rowFrom(result.json.object()) : Row{});
  if (answered) {
    setErrorText({});
    reload();  // the list shows who is called now, by any counter
  } else {
    setErrorText(result.ok ? unreadableText() : result.errorText);
  }
  emit callFinished(called);
}

std::optional<RemoteListModel::Request> QueueModel::request() const {
  if (m_hallId.isEmpty()) {
    return std::nullopt;
  }
  QUrlQuery query;
  query.addQueryItem(QStringLiteral("date"),
                     m_date.isEmpty() ? toBeijing(QDateTime::currentDateTimeUtc()).date().toString(Qt::ISODate)
                                      : m_date);
  return Request{pathWith(QStringLiteral("/api/v1/halls/%1/appointments"), m_hallId), query, Token::Required, {},
                 true};
}

bool QueueModel::take(const ApiResult& result) {
  std::optional<QList<Row>> rows = rowsOf<Row>(result, &QueueModel::rowFrom);
  if (!rows) {
    return false;
  }
  replaceRows(m_rows, std::move(*rows));
  return true;
}

void QueueModel::clear() {
  ApiClient::cancel(m_callReply);
  m_callReply = nullptr;
  setCalled({});
  RemoteListModel::clear();
}

}  // namespace wedreg::kiosk
