// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "kiosk/session/StaffSession.h"

#include <QAbstractListModel>
#include <QList>
#include <QPointer>
#include <QtQml/qqmlregistration.h>

class QNetworkReply;

namespace wedreg::kiosk {

class ApiClient;

// An organiser's list of one ceremony's sign-ups, in sign-up order (GET
// /api/v1/ceremonies/{id}/registrations with the staff token). Names arrive masked by the server
// ("张* & 李*"); the kiosk shows them as they are and keeps nothing after clear().
class SignupListModel : public QAbstractListModel {
  Q_OBJECT
  QML_ELEMENT
  Q_PROPERTY(wedreg::kiosk::StaffSession* session READ session WRITE setSession NOTIFY sessionChanged)
  Q_PROPERTY(QString ceremonyId READ ceremonyId WRITE setCeremonyId NOTIFY ceremonyIdChanged)
  Q_PROPERTY(bool loading READ loading NOTIFY loadingChanged)
  Q_PROPERTY(QString errorText READ errorText NOTIFY errorTextChanged)
  Q_PROPERTY(int count READ count NOTIFY countChanged)
  // Sign-ups that still hold or wait for a place (not cancelled).
  Q_PROPERTY(int activeCount READ activeCount NOTIFY countChanged)

 public:
  enum Role {
    SignupIdRole = Qt::UserRole,
    SequenceRole,         // sign-up number
    NamesRole,            // masked
    StatusRole,           // seated | waitlisted | cancelled | checked_in
    SessionRole,          // session position, 0 when none (waitlisted)
    WaitlistPositionRole, // 1.. when waitlisted, else 0
  };
  Q_ENUM(Role)

  explicit SignupListModel(QObject* parent = nullptr);
  explicit SignupListModel(ApiClient* api, QObject* parent = nullptr);
  ~SignupListModel() override;

  int rowCount(const QModelIndex& parent = {}) const override;
  QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
  QHash<int, QByteArray> roleNames() const override;

  StaffSession* session() const { return m_session; }
  void setSession(StaffSession* session);
  QString ceremonyId() const { return m_ceremonyId; }
  void setCeremonyId(const QString& id);
  bool loading() const { return m_reply != nullptr; }
  QString errorText() const { return m_errorText; }
  int count() const { return static_cast<int>(m_rows.size()); }
  int activeCount() const;

  Q_INVOKABLE void reload();
  Q_INVOKABLE void clear();

 signals:
  void sessionChanged();
  void ceremonyIdChanged();
  void loadingChanged();
  void errorTextChanged();
  void countChanged();
  void reloaded();

 private:
  struct Row {
    QString id;
    int sequence = 0;
    QString names;
    QString status;
    int session = 0;
    int waitlistPosition = 0;
  };
  void replaceRows(QList<Row> rows);
  void setErrorText(const QString& text);

  QPointer<ApiClient> m_api;
  QPointer<StaffSession> m_session;
  QNetworkReply* m_reply = nullptr;
  QString m_ceremonyId;
  QList<Row> m_rows;
  QString m_errorText;
};

}  // namespace wedreg::kiosk
