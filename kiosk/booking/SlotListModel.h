// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "kiosk/booking/Slot.h"

#include <QAbstractListModel>
#include <QDate>
#include <QDateTime>
#include <QList>
#include <QPointer>
#include <QTimer>
#include <QtQml/qqmlregistration.h>

#include <functional>

class QNetworkReply;

namespace wedreg::kiosk {

class ApiClient;

// The slots of one hall for one service over the next `days` days (GET /api/v1/halls/{id}/slots).
// All loaded slots are kept (DayListModel summarises them per day); the rows are those of `day`.
// A one-second tick keeps the "opens in …" countdown of not-yet-open slots current.
class SlotListModel : public QAbstractListModel {
  Q_OBJECT
  QML_ELEMENT
  Q_PROPERTY(QString hallId READ hallId WRITE setHallId NOTIFY hallIdChanged)
  Q_PROPERTY(QString service READ service WRITE setService NOTIFY serviceChanged)
  Q_PROPERTY(int days READ days WRITE setDays NOTIFY daysChanged)
  // The first day of the range (today in Beijing when reload() runs).
  Q_PROPERTY(QDate fromDate READ fromDate NOTIFY rangeChanged)
  // Which day's slots are the rows; invalid = none chosen yet (no rows).
  Q_PROPERTY(QDate day READ day WRITE setDay NOTIFY dayChanged)
  // The same day as "YYYY-MM-DD" (QML compares and sets days as text: no time-zone round trips).
  Q_PROPERTY(QString dayIso READ dayIso WRITE selectDay NOTIFY dayChanged)
  Q_PROPERTY(bool loading READ loading NOTIFY loadingChanged)
  Q_PROPERTY(QString errorText READ errorText NOTIFY errorTextChanged)
  Q_PROPERTY(int count READ count NOTIFY countChanged)
  Q_PROPERTY(int totalCount READ totalCount NOTIFY slotsChanged)

 public:
  enum Role {
    IdRole = Qt::UserRole,
    TimeLabelRole,     // "09:00–09:30"
    CapacityRole,
    BookedRole,
    AvailableRole,
    AvailabilityRole,  // "full" | "few" | "plenty" | "notOpen" | "none"
    IsOpenRole,
    OpensAtRole,       // ISO text, empty when open
    OpensInTextRole,   // "opens in 1 d 02:03:04", empty when open
    SelectableRole,    // open and not full
  };
  Q_ENUM(Role)

  using Clock = std::function<QDateTime()>;
  static constexpr int kDefaultDays = 14;

  explicit SlotListModel(QObject* parent = nullptr);
  explicit SlotListModel(ApiClient* api, QObject* parent = nullptr);
  ~SlotListModel() override;

  int rowCount(const QModelIndex& parent = {}) const override;
  QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
  QHash<int, QByteArray> roleNames() const override;

  QString hallId() const { return m_hallId; }
  void setHallId(const QString& id);
  QString service() const { return m_service; }
  void setService(const QString& service);
  int days() const { return m_days; }
  void setDays(int days);
  QDate fromDate() const { return m_fromDate; }
  QDate day() const { return m_day; }
  void setDay(const QDate& day);
  QString dayIso() const { return m_day.toString(Qt::ISODate); }
  Q_INVOKABLE void selectDay(const QString& isoDate) { setDay(QDate::fromString(isoDate, Qt::ISODate)); }
  bool loading() const { return m_reply != nullptr; }
  QString errorText() const { return m_errorText; }
  int count() const { return static_cast<int>(m_rows.size()); }
  int totalCount() const { return static_cast<int>(m_slots.size()); }

  const QList<Slot>& allSlots() const { return m_slots; }
  // The loaded slot `slotId`, if any.
  std::optional<Slot> find(const QString& slotId) const;
  QDateTime now() const { return m_clock(); }
  // Tests pin "now" (the range start and the countdowns).
  void setClock(Clock clock);

  static QString opensInText(qint64 seconds);

  // Loads [today, today + days) for hallId/service; needs both.
  Q_INVOKABLE void reload();
  // Empties everything, inputs included (the idle wipe).
  Q_INVOKABLE void clear();
  // The "09:00–09:30, 26 Nov" label of a slot for the summary screen; empty if unknown.
  Q_INVOKABLE QString describe(const QString& slotId) const;
  // Refreshes the countdowns (the timer calls it every second; tests call it after moving the clock).
  Q_INVOKABLE void tick();

 signals:
  void hallIdChanged();
  void serviceChanged();
  void daysChanged();
  void rangeChanged();
  void dayChanged();
  void loadingChanged();
  void errorTextChanged();
  void countChanged();
  // The loaded slots changed (DayListModel listens).
  void slotsChanged();
  void reloaded();

 private:
  void rebuildRows();
  void setErrorText(const QString& text);
  const Slot& rowSlot(int row) const { return m_slots.at(m_rows.at(row)); }

  QPointer<ApiClient> m_api;
  QNetworkReply* m_reply = nullptr;
  Clock m_clock;
  QTimer m_tick;
  QString m_hallId;
  QString m_service;
  int m_days = kDefaultDays;
  QDate m_fromDate;
  QDate m_day;
  QList<Slot> m_slots;
  QList<int> m_rows;  // indexes into m_slots for `day`
  QString m_errorText;
};

}  // namespace wedreg::kiosk
