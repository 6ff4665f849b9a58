// SPDX-License-Identifier: Apache-2.0
#include "kiosk/booking/SlotListModel.h"

#include "kiosk/backend/ApiClient.h"
#include "kiosk/backend/LanguageController.h"

#include <QJsonArray>
#include <QLocale>
#include <QNetworkReply>
#include <QUrl>

#include <algorithm>

namespace wedreg::kiosk {

namespace {
QString availabilityKey(Availability availability) {
  switch (availability) {
    case Availability::Full: return QStringLiteral("full");
    case Availability::Few: return QStringLiteral("few");
    case Availability::Plenty: return QStringLiteral("plenty");
    case Availability::NotOpen: return QStringLiteral("notOpen");
    case Availability::None: break;
  }
  return QStringLiteral("none");
}
}  // namespace

SlotListModel::SlotListModel(QObject* parent) : SlotListModel(ApiClient::instance(), parent) {}

SlotListModel::SlotListModel(ApiClient* api, QObject* parent)
    : QAbstractListModel(parent), m_api(api), m_clock([] { return QDateTime::currentDateTimeUtc(); }) {
  m_tick.setInterval(1000);
  connect(&m_tick, &QTimer::timeout, this, &SlotListModel::tick);
  connect(LanguageController::instance(), &LanguageController::languageChanged, this,
          &SlotListModel::tick);
}

SlotListModel::~SlotListModel() {
  ApiClient::cancel(m_reply);
}

int SlotListModel::rowCount(const QModelIndex& parent) const {
  return parent.isValid() ? 0 : count();
}

QVariant SlotListModel::data(const QModelIndex& index, int role) const {
  Q_ASSERT(checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid));
  const Slot& slot = rowSlot(index.row());
  const QDateTime now = m_clock();
  const bool open = slot.isOpenAt(now);
  switch (role) {
    case Qt::DisplayRole:
    case TimeLabelRole:
      return toBeijing(slot.start).toString(QStringLiteral("HH:mm")) + QStringLiteral("–") +
             toBeijing(slot.end).toString(QStringLiteral("HH:mm"));
    case IdRole:
      return slot.id;
    case CapacityRole:
      return slot.capacity;
    case BookedRole:
      return slot.booked;
    case AvailableRole:
      return slot.available;
    case AvailabilityRole:
      return open ? availabilityKey(availabilityOf(slot.available, slot.capacity))
                  : availabilityKey(Availability::NotOpen);
    case IsOpenRole:
      return open;
    case OpensAtRole:
      return open ? QString() : toBeijing(slot.opensAt).toString(Qt::ISODate);
    case OpensInTextRole:
      return open ? QString() : opensInText(now.secsTo(slot.opensAt));
    case SelectableRole:
      return open && slot.available > 0;
    default:
      return {};
  }
}

QHash<int, QByteArray> SlotListModel::roleNames() const {
  return {{IdRole, "slotId"},         {TimeLabelRole, "timeLabel"},
          {CapacityRole, "capacity"}, {BookedRole, "booked"},
          {AvailableRole, "available"}, {AvailabilityRole, "availability"},
          {IsOpenRole, "isOpen"},     {OpensAtRole, "opensAt"},
          {OpensInTextRole, "opensInText"}, {SelectableRole, "selectable"}};
}

QString SlotListModel::opensInText(qint64 seconds) {
  seconds = std::max<qint64>(0, seconds);
  const qint64 days = seconds / 86400;
  const QString clock = QStringLiteral("%1:%2:%3")
                            .arg((seconds % 86400) / 3600, 2, 10, QLatin1Char('0'))
                            .arg((seconds % 3600) / 60, 2, 10, QLatin1Char('0'))
                            .arg(seconds % 60, 2, 10, QLatin1Char('0'));
  if (days > 0) {
    return tr("Opens in %1 d %2").arg(days).arg(clock);
  }
  return tr("Opens in %1").arg(clock);
}

void SlotListModel::setHallId(const QString& id) {
  if (m_hallId == id) {
    return;
  }
  m_hallId = id;
  emit hallIdChanged();
}

void SlotListModel::setService(const QString& service) {
  if (m_service == service) {
    return;
  }
  m_service = service;
  emit serviceChanged();
}

void SlotListModel::setDays(int days) {
  if (days < 1 || m_days == days) {
    return;
  }
  m_days = days;
  emit daysChanged();
}

void SlotListModel::setDay(const QDate& day) {
  if (m_day == day) {
    return;
  }
  m_day = day;
  emit dayChanged();
  rebuildRows();
}

void SlotListModel::setClock(Clock clock) {
  m_clock = std::move(clock);
}

void SlotListModel::setErrorText(const QString& text) {
  if (m_errorText == text) {
    return;
  }
  m_errorText = text;
  emit errorTextChanged();
}

void SlotListModel::rebuildRows() {
  const int oldCount = count();
  beginResetModel();
  m_rows.clear();
  for (int i = 0; i < m_slots.size(); ++i) {
    if (m_day.isValid() && m_slots.at(i).day() == m_day) {
      m_rows.append(i);
    }
  }
  endResetModel();
  if (count() != oldCount) {
    emit countChanged();
  }
  const bool anyClosed = std::any_of(m_slots.cbegin(), m_slots.cend(), [this](const Slot& slot) {
    return !slot.isOpenAt(m_clock());
  });
  if (anyClosed) {
    m_tick.start();
  } else {
    m_tick.stop();
  }
}

void SlotListModel::tick() {
  if (count() > 0) {
    emit dataChanged(index(0), index(count() - 1),
                     {AvailabilityRole, IsOpenRole, OpensAtRole, OpensInTextRole, SelectableRole});
  }
}

void SlotListModel::reload() {
  if (!m_api || m_hallId.isEmpty() || m_service.isEmpty()) {
    return;
  }
  const bool wasLoading = loading();
  ApiClient::cancel(m_reply);
  const QDate from = toBeijing(m_clock()).date();
  if (m_fromDate != from) {
    m_fromDate = from;
    emit rangeChanged();
  }
  QUrlQuery query;
  query.addQueryItem(QStringLiteral("service"), m_service);
  query.addQueryItem(QStringLiteral("from"), from.toString(Qt::ISODate));
  query.addQueryItem(QStringLiteral("to"), from.addDays(m_days - 1).toString(Qt::ISODate));
  const QString path = QStringLiteral("/api/v1/halls/%1/slots")
                           .arg(QString::fromLatin1(QUrl::toPercentEncoding(m_hallId)));
  m_reply = m_api->getJson(path, this, [this](const ApiResult& result) {
    m_reply = nullptr;
    if (result.ok && result.json.isArray()) {
      QList<Slot> loaded;
      const QJsonArray array = result.json.array();
      for (const QJsonValue& value : array) {
        if (std::optional<Slot> slot = Slot::fromJson(value.toObject())) {
          loaded.append(std::move(*slot));
        }
      }
      std::stable_sort(loaded.begin(), loaded.end(),
                       [](const Slot& a, const Slot& b) { return a.start < b.start; });
      m_slots = std::move(loaded);
      setErrorText({});
    } else {
      m_slots.clear();
      setErrorText(result.ok ? tr("The server sent an answer the kiosk cannot read.")
                             : result.errorText);
    }
    rebuildRows();
    emit slotsChanged();
    emit loadingChanged();
    emit reloaded();
  }, query);
  if (!wasLoading) {
    emit loadingChanged();
  }
}

void SlotListModel::clear() {
  const bool wasLoading = loading();
  ApiClient::cancel(m_reply);
  m_reply = nullptr;
  m_slots.clear();
  setDay({});
  rebuildRows();
  emit slotsChanged();
  setErrorText({});
  setHallId({});
  setService({});
  if (m_fromDate.isValid()) {
    m_fromDate = {};
    emit rangeChanged();
  }
  if (wasLoading) {
    emit loadingChanged();
  }
}

std::optional<Slot> SlotListModel::find(const QString& slotId) const {
  for (const Slot& slot : m_slots) {
    if (slot.id == slotId) {
      return slot;
    }
  }
  return std::nullopt;
}

QString SlotListModel::describe(const QString& slotId) const {
  const std::optional<Slot> slot = find(slotId);
  return slot ? slot->label(LanguageController::instance()->language()) : QString();
}

}  // namespace wedreg::kiosk
