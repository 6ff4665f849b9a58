// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "kiosk/booking/SlotListModel.h"

#include <QAbstractListModel>
#include <QDate>
#include <QList>
#include <QPointer>
#include <QtQml/qqmlregistration.h>

namespace wedreg::kiosk {


// The date grid of the booking journey: one row per day of SlotListModel's range, summarising that
// day's slots (places left, the availability colour, "hot" days, whether anything is open yet).
class DayListModel : public QAbstractListModel {
  Q_OBJECT
  QML_ELEMENT
  Q_PROPERTY(wedreg::kiosk::SlotListModel* slotModel READ slotModel WRITE setSlotModel NOTIFY slotModelChanged)
  Q_PROPERTY(int count READ count NOTIFY countChanged)

 public:
  enum Role {
    DateRole = Qt::UserRole,  // QDate
    DayLabelRole,             // "11月26日" / "26 Nov"
    WeekdayRole,              // "周四" / "Thu"
    AvailableRole,            // places left in open slots
    SlotCountRole,
    AvailabilityRole,         // "none" | "full" | "few" | "plenty" | "notOpen"
    HotRole,                  // at least 80 % booked
    SelectableRole,           // has slots (open or opening later)
    IsoDateRole,              // "2026-11-26"
  };
  Q_ENUM(Role)

  explicit DayListModel(QObject* parent = nullptr);

  int rowCount(const QModelIndex& parent = {}) const override;
  QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
  QHash<int, QByteArray> roleNames() const override;

  SlotListModel* slotModel() const { return m_slots; }
  void setSlotModel(SlotListModel* model);
  int count() const { return static_cast<int>(m_days.size()); }

 signals:
  void slotModelChanged();
  void countChanged();

 private:
  struct Day {
    QDate date;
    int slotCount = 0;
    int capacity = 0;
    int booked = 0;
    int available = 0;  // in open slots
    bool anyOpen = false;
  };
  void rebuild();

  QPointer<SlotListModel> m_slots;
  QList<Day> m_days;
};

}  // namespace wedreg::kiosk
