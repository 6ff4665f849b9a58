// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "kiosk/backend/RemoteListModel.h"

#include <QList>
#include <QtQml/qqmlregistration.h>

namespace wedreg::kiosk {

// One ceremony and its sessions (GET /api/v1/ceremonies/{id}): for a couple, the times with free
// places; for an organiser (token sent when `session` is signed in), each session's capacity, seated,
// waitlist and live check-ins (the `counts` the server joins to the ceremony), and the day's totals.
// reload() again to refresh the live counts.
class CeremonySessionModel : public wedreg::kiosk::RemoteListModel {
  Q_OBJECT
  QML_ELEMENT
  Q_PROPERTY(QString ceremonyId READ ceremonyId WRITE setCeremonyId NOTIFY ceremonyIdChanged)
  Q_PROPERTY(QString language READ language WRITE setLanguage NOTIFY languageChanged)
  Q_PROPERTY(QString title READ title NOTIFY detailsChanged)
  Q_PROPERTY(QString notes READ notes NOTIFY detailsChanged)
  Q_PROPERTY(QString day READ day NOTIFY detailsChanged)
  Q_PROPERTY(QString status READ status NOTIFY detailsChanged)
  Q_PROPERTY(int guestsPerCouple READ guestsPerCouple NOTIFY detailsChanged)
  Q_PROPERTY(int totalCapacity READ totalCapacity NOTIFY detailsChanged)
  Q_PROPERTY(int totalSeated READ totalSeated NOTIFY detailsChanged)
  Q_PROPERTY(int totalCheckedIn READ totalCheckedIn NOTIFY detailsChanged)
  Q_PROPERTY(int totalWaitlisted READ totalWaitlisted NOTIFY detailsChanged)
  // Some session still has a free seat (else a sign-up joins the waitlist).
  Q_PROPERTY(bool seatsLeft READ seatsLeft NOTIFY detailsChanged)

 public:
  enum Role {
    SessionIdRole = Qt::UserRole,
    PositionRole,   // 1, 2, …
    TimeRole,       // "09:00–10:00" (Beijing)
    CapacityRole,
    SeatedRole,     // seats taken (seated + checked in)
    AvailableRole,
    CheckedInRole,
    WaitlistedRole,
    FillRole,       // SeatedRole / CapacityRole, 0..1 (a capacity bar)
    CheckInFillRole,  // CheckedInRole / CapacityRole
  };
  Q_ENUM(Role)

  explicit CeremonySessionModel(QObject* parent = nullptr);
  explicit CeremonySessionModel(ApiClient* api, QObject* parent = nullptr);

  QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
  QHash<int, QByteArray> roleNames() const override;

  QString ceremonyId() const { return m_ceremonyId; }
  void setCeremonyId(const QString& id);
  QString language() const { return m_language; }
  void setLanguage(const QString& language);
  int count() const override { return static_cast<int>(m_rows.size()); }
  QString title() const;
  QString notes() const;
  QString day() const { return m_day; }
  QString status() const { return m_status; }
  int guestsPerCouple() const { return m_guestsPerCouple; }
  int totalCapacity() const;
  int totalSeated() const;
  int totalCheckedIn() const;
  int totalWaitlisted() const;
  bool seatsLeft() const { return totalSeated() < totalCapacity(); }

  // "Session 2 · 10:30–11:30"-style label parts for a confirmation: the time of session `id`.
  Q_INVOKABLE QString timeOf(const QString& sessionId) const;

 signals:
  void ceremonyIdChanged();
  void languageChanged();
  void detailsChanged();

 protected:
  // GET /api/v1/ceremonies/{id}: an object whose `sessions` are the rows.
  std::optional<Request> request() const override;
  bool take(const ApiResult& result) override;
  void forget() override;

 private:
  struct Row {
    QString id;
    int position = 0;
    QString time;
    int capacity = 0;
    int seated = 0;
    int checkedIn = 0;
    int waitlisted = 0;
  };
  QString m_ceremonyId;
  QString m_language = QStringLiteral("zh_CN");
  QList<Row> m_rows;
  QString m_title;
  QString m_titleEn;
  QString m_notes;
  QString m_notesEn;
  QString m_day;
  QString m_status;
  int m_guestsPerCouple = 0;
};

}  // namespace wedreg::kiosk
