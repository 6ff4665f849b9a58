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

  Q_INVOKABLE void reload();
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

  QPointer<ApiClient> m_api;
  QPointer<StaffSession> m_session;
  QNetworkReply* m_reply = nullptr;
  QString m_hallId;
  QString m_date;
  QList<Row> m_rows;
  QString m_errorText;
  bool m_supported = true;
};

}  // namespace wedreg::kiosk
