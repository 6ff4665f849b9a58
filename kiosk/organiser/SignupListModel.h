// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "kiosk/backend/RemoteListModel.h"

#include <QList>
#include <QtQml/qqmlregistration.h>

namespace wedreg::kiosk {

// An organiser's list of one ceremony's sign-ups, in sign-up order (GET
// /api/v1/ceremonies/{id}/registrations with the staff token). Names arrive masked by the server
// ("张* & 李*"); the kiosk shows them as they are and keeps nothing after clear().
class SignupListModel : public wedreg::kiosk::RemoteListModel {
  Q_OBJECT
  QML_ELEMENT
  Q_PROPERTY(QString ceremonyId READ ceremonyId WRITE setCeremonyId NOTIFY ceremonyIdChanged)
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

  QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
  QHash<int, QByteArray> roleNames() const override;

  QString ceremonyId() const { return m_ceremonyId; }
  void setCeremonyId(const QString& id);
  int count() const override { return static_cast<int>(m_rows.size()); }
  int activeCount() const;

 signals:
  void ceremonyIdChanged();

 protected:
  std::optional<Request> request() const override;
  bool take(const ApiResult& result) override;
  void forget() override;

 private:
  struct Row {
    QString id;
    int sequence = 0;
    QString names;
    QString status;
    int session = 0;
    int waitlistPosition = 0;
  };
  QString m_ceremonyId;
  QList<Row> m_rows;
};

}  // namespace wedreg::kiosk
