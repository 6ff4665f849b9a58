// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "kiosk/session/StaffSession.h"

#include <QAbstractListModel>
#include <QDateTime>
#include <QList>
#include <QPointer>
#include <QtQml/qqmlregistration.h>

class QJsonObject;
class QNetworkReply;

namespace wedreg::kiosk {

class ApiClient;
struct ApiResult;

// A registrar's "today's queue": GET /api/v1/halls/{id}/appointments?date=YYYY-MM-DD with the staff
// token. If the server has no such route yet (404/405/501), `supported` turns false and the screen
// says the list is not available yet. Names come masked by the server; nothing is kept after clear().
//
// callNext() asks the server to call the next couple to this kiosk's counter
// (POST /api/v1/halls/{id}/queue/next, KioskSettings.counter): the server takes the checked-in,
// uncalled couple with the lowest queue number by a conditional UPDATE, so two counters of one hall
// never call the same couple, and a restarted kiosk forgets nothing (the call is in the database).
class QueueModel : public QAbstractListModel {
  Q_OBJECT
  QML_ELEMENT
  Q_PROPERTY(wedreg::kiosk::StaffSession* session READ session WRITE setSession NOTIFY sessionChanged)
  Q_PROPERTY(QString hallId READ hallId WRITE setHallId NOTIFY hallIdChanged)
  // "YYYY-MM-DD"; empty: today in Beijing.
  Q_PROPERTY(QString date READ date WRITE setDate NOTIFY dateChanged)
  Q_PROPERTY(bool loading READ loading NOTIFY loadingChanged)
  Q_PROPERTY(QString errorText READ errorText NOTIFY errorTextChanged)
  Q_PROPERTY(bool supported READ supported NOTIFY supportedChanged)
  Q_PROPERTY(int count READ count NOTIFY countChanged)
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

  int rowCount(const QModelIndex& parent = {}) const override;
  QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
  QHash<int, QByteArray> roleNames() const override;

  StaffSession* session() const { return m_session; }
  void setSession(StaffSession* session);
  QString hallId() const { return m_hallId; }
  void setHallId(const QString& id);
  QString date() const { return m_date; }
  void setDate(const QString& date);
  bool loading() const { return m_reply != nullptr; }
  QString errorText() const { return m_errorText; }
  bool supported() const { return m_supported; }
  int count() const { return static_cast<int>(m_rows.size()); }
  QString calledId() const { return m_called.id; }
  QString calledService() const { return m_called.service; }
  QString calledNames() const { return m_called.names; }
  int calledNumber() const { return m_called.queueNumber; }
  QString calledCounter() const { return m_called.calledCounter; }
  int waitingCount() const;

  Q_INVOKABLE void reload();
  // Calls the next waiting couple to this kiosk's counter on the server: callFinished(true) with
  // calledId etc. set, or callFinished(false) when nobody is waiting (or the call failed: errorText).
  // Reloads the list afterwards either way.
  Q_INVOKABLE void callNext();
  Q_INVOKABLE void clear();

 signals:
  void sessionChanged();
  void hallIdChanged();
  void dateChanged();
  void loadingChanged();
  void errorTextChanged();
  void supportedChanged();
  void countChanged();
  void reloaded();
  void calledChanged();
  void callFinished(bool called);

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
  void replaceRows(QList<Row> rows);
  void setErrorText(const QString& text);
  void setSupported(bool supported);
  void setCalled(const Row& row);
  static bool waiting(const Row& row);
  void finishCall(const ApiResult& result);

  QPointer<ApiClient> m_api;
  QPointer<StaffSession> m_session;
  QNetworkReply* m_reply = nullptr;
  QNetworkReply* m_callReply = nullptr;
  QString m_hallId;
  QString m_date;
  QList<Row> m_rows;
  QString m_errorText;
  bool m_supported = true;
  Row m_called;
};

}  // namespace wedreg::kiosk
