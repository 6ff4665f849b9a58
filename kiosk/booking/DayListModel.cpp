// SPDX-License-Identifier: Apache-2.0
#include "kiosk/booking/DayListModel.h"

#include "kiosk/backend/LanguageController.h"
#include "kiosk/booking/SlotListModel.h"

#include <QLocale>

namespace wedreg::kiosk {

DayListModel::DayListModel(QObject* parent) : QAbstractListModel(parent) {
  connect(LanguageController::instance(), &LanguageController::languageChanged, this, [this] {
    if (count() > 0) {
      emit dataChanged(index(0), index(count() - 1), {Qt::DisplayRole, DayLabelRole, WeekdayRole});
    }
  });
}

int DayListModel::rowCount(const QModelIndex& parent) const {
  return parent.isValid() ? 0 : count();
}

QVariant DayListModel::data(const QModelIndex& index, int role) const {
  Q_ASSERT(checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid));
  const Day& day = m_days.at(index.row());
  const bool english = LanguageController::instance()->language() == QLatin1String("en");
  const QLocale locale(english ? QLocale::English : QLocale::Chinese,
                       english ? QLocale::UnitedKingdom : QLocale::China);
  switch (role) {
    case Qt::DisplayRole:
    case DayLabelRole:
      return locale.toString(day.date, english ? QStringLiteral("d MMM") : QStringLiteral("M月d日"));
    case WeekdayRole:
      return locale.dayName(day.date.dayOfWeek(), QLocale::ShortFormat);
    case DateRole:
      return day.date;
    case IsoDateRole:
      return day.date.toString(Qt::ISODate);
    case AvailableRole:
      return day.available;
    case SlotCountRole:
      return day.slotCount;
    case AvailabilityRole:
      if (day.slotCount == 0) {
        return QStringLiteral("none");
      }
      if (!day.anyOpen) {
        return QStringLiteral("notOpen");
      }
      switch (availabilityOf(day.available, day.capacity)) {
        case Availability::Full: return QStringLiteral("full");
        case Availability::Few: return QStringLiteral("few");
        default: return QStringLiteral("plenty");
      }
    case HotRole:
      return day.capacity > 0 && day.booked * 5 >= day.capacity * 4;
    case SelectableRole:
      return day.slotCount > 0;
    default:
      return {};
  }
}

QHash<int, QByteArray> DayListModel::roleNames() const {
  return {{DateRole, "date"},           {DayLabelRole, "dayLabel"},
          {WeekdayRole, "weekday"},     {AvailableRole, "available"},
          {SlotCountRole, "slotCount"}, {AvailabilityRole, "availability"},
          {HotRole, "hot"},             {SelectableRole, "selectable"},
          {IsoDateRole, "isoDate"}};
}

void DayListModel::setSlotModel(SlotListModel* model) {
  if (m_slots == model) {
    return;
  }
  if (m_slots) {
    disconnect(m_slots, nullptr, this, nullptr);
  }
  m_slots = model;
  if (m_slots) {
    connect(m_slots, &SlotListModel::slotsChanged, this, &DayListModel::rebuild);
    connect(m_slots, &SlotListModel::rangeChanged, this, &DayListModel::rebuild);
  }
  emit slotModelChanged();
  rebuild();
}

void DayListModel::rebuild() {
  const int oldCount = count();
  beginResetModel();
  m_days.clear();
  if (m_slots && m_slots->fromDate().isValid() && m_slots->totalCount() > 0) {
    const QDate from = m_slots->fromDate();
    for (int i = 0; i < m_slots->days(); ++i) {
      m_days.append(Day{from.addDays(i)});
    }
    const QDateTime now = m_slots->now();
    for (const Slot& slot : m_slots->allSlots()) {
      const qint64 offset = from.daysTo(slot.day());
      if (offset < 0 || offset >= m_days.size()) {
        continue;
      }
      Day& day = m_days[offset];
      day.slotCount += 1;
      day.capacity += slot.capacity;
      day.booked += slot.booked;
      if (slot.isOpenAt(now)) {
        day.anyOpen = true;
        day.available += slot.available;
      }
    }
  }
  endResetModel();
  if (count() != oldCount) {
    emit countChanged();
  }
}

}  // namespace wedreg::kiosk
