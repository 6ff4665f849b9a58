// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "kiosk/session/StaffSession.h"

#include <QAbstractListModel>
#include <QDateTime>
#include <QList>
#include <QPointer>
#include <QStringList>
#include <QtQml/qqmlregistration.h>

class QNetworkReply;

namespace wedreg::kiosk {

class ApiClient;

// A registrar's "today's queue": GET /api/v1/halls/{id}/appointments?date=YYYY-MM-DD with the staff
// token. If the server has no such route yet (404/405/501), `supported` turns false and the screen
// says the list is not available yet. Names come masked by the server; nothing is kept after clear().
//
// callNext() calls the checked-in couple with the lowest queue number that this counter has not
// called yet, client-side. What keeps that safe: the server decides every act, not the call — a
// marriage needs the appointment checked in today and the people who booked it, and one marriage
// per person is marital_records' primary key, so two counters that called the same couple cannot
// both register it (the second gets a plain refusal). What it does not do: keep two counters from
// calling the same couple; a hall with several registrar kiosks needs an atomic server-side call
// (POST /halls/{id}/queue/next assigning the appointment to a counter by a conditional UPDATE).
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
  // How many checked-in couples this counter has not called yet.
  Q_PROPERTY(int waitingCount READ waitingCount NOTIFY countChanged)

 public:
  enum Role {
    AppointmentIdRole = Qt::UserRole,
    TimeRole,    // "09:00"
    ServiceRole,
    StatusRole,
    NamesRole,   // "张明 · 李华"
    QueueNumberRole,
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
  int waitingCount() const;

  Q_INVOKABLE void reload();
  // Reloads the queue, then calls the next waiting couple: callFinished(true) with calledId etc.
  // set, or callFinished(false) when nobody is waiting (or the list could not be read: errorText).
  // A couple once called is not called again by this counter.
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
  };
  void replaceRows(QList<Row> rows);
  void setErrorText(const QString& text);
  void setSupported(bool supported);
  void setCalled(const Row& row);
  bool waiting(const Row& row) const;
  bool pickNext();

  QPointer<ApiClient> m_api;
  QPointer<StaffSession> m_session;
  QNetworkReply* m_reply = nullptr;
  QString m_hallId;
  QString m_date;
  QList<Row> m_rows;
  QString m_errorText;
  bool m_supported = true;
  Row m_called;
  bool m_callPending = false;
  QStringList m_calledIds;
};

}  // namespace wedreg::kiosk
