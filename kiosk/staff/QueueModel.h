// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "kiosk/backend/RemoteListModel.h"

#include <QDateTime>
#include <QList>
#include <QtQml/qqmlregistration.h>

class QNetworkReply;

namespace wedreg::kiosk {

// A registrar's "today's queue": GET /api/v1/halls/{id}/appointments?date=YYYY-MM-DD with the staff
// token. If the server has no such route yet (404/405/501), `supported` turns false and the screen
// says the list is not available yet. Names come masked by the server; nothing is kept after clear().
//
// callNext() asks the server to call the next couple to this kiosk's counter
// (POST /api/v1/halls/{id}/queue/next, KioskSettings.counter): the server takes the checked-in,
// uncalled couple with the lowest queue number by a conditional UPDATE, so two counters of one hall
// never call the same couple, and a restarted kiosk forgets nothing (the call is in the database).
class QueueModel : public wedreg::kiosk::RemoteListModel {
  Q_OBJECT
  QML_ELEMENT
  Q_PROPERTY(QString hallId READ hallId WRITE setHallId NOTIFY hallIdChanged)
  // "YYYY-MM-DD"; empty: today in Beijing.
  Q_PROPERTY(QString date READ date WRITE setDate NOTIFY dateChanged)
  // The couple callNext() chose; empty id when none is called.
  Q_PROPERTY(QString calledId READ calledId NOTIFY calledChanged)
  Q_PROPERTY(QString calledService READ calledService NOTIFY calledChanged)
  Q_PROPERTY(QString calledNames READ calledNames NOTIFY calledChanged)
  Q_PROPERTY(int calledNumber READ calledNumber NOTIFY calledChanged)
  // The counter the called couple was sent to (this kiosk's).
  Q_PROPERTY(QString calledCounter READ calledCounter NOTIFY calledChanged)
  // How many checked-in couples of the list no counter has called yet.
  Q_PROPERTY(int waitingCount READ waitingCount NOTIFY countChanged)

 public:
  enum Role {
    AppointmentIdRole = Qt::UserRole,
    TimeRole,    // "09:00"
    ServiceRole,
    StatusRole,
    NamesRole,   // "张明 · 李华"
    QueueNumberRole,
    CalledCounterRole,  // "3" once called to counter 3; empty while waiting
  };
  Q_ENUM(Role)

  explicit QueueModel(QObject* parent = nullptr);
  explicit QueueModel(ApiClient* api, QObject* parent = nullptr);
  ~QueueModel() override;
  QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
  QHash<int, QByteArray> roleNames() const override;

  QString hallId() const { return m_hallId; }
  void setHallId(const QString& id);
  QString date() const { return m_date; }
  void setDate(const QString& date);
  int count() const override { return static_cast<int>(m_rows.size()); }
  QString calledId() const { return m_called.id; }
  QString calledService() const { return m_called.service; }
  QString calledNames() const { return m_called.names; }
  int calledNumber() const { return m_called.queueNumber; }
  QString calledCounter() const { return m_called.calledCounter; }
  int waitingCount() const;

  // Calls the next waiting couple to this kiosk's counter on the server: callFinished(true) with
  // calledId etc. set, or callFinished(false) when nobody is waiting (or the call failed: errorText).
  // Reloads the list afterwards either way.
  Q_INVOKABLE void callNext();
  // Also forgets the called couple and a call in flight.
  Q_INVOKABLE void clear() override;

 signals:
  void hallIdChanged();
  void dateChanged();
  void calledChanged();
  void callFinished(bool called);

 protected:
  // The hall's list may be missing on an older server (supported turns false).
  std::optional<Request> request() const override;
  bool take(const ApiResult& result) override;
  void forget() override;

 private:
  struct Row {
    QString id;
    QString time;
    QString service;
    QString status;
    QString names;
    int queueNumber = 0;
    QString calledCounter;
  };
  static Row rowFrom(const QJsonObject& object);
  void setCalled(const Row& row);
  static bool waiting(const Row& row);
  void finishCall(const ApiResult& result);

  QNetworkReply* m_callReply = nullptr;
  QString m_hallId;
  QString m_date;
  QList<Row> m_rows;
  Row m_called;
};

}  // namespace wedreg::kiosk
