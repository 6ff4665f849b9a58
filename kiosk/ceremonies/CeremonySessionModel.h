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

// One ceremony and its sessions (GET /api/v1/ceremonies/{id}): for a couple, the times with free
// places; for an organiser (token sent when `session` is signed in), each session's capacity, seated,
// waitlist and live check-ins (the `counts` the server joins to the ceremony), and the day's totals.
// reload() again to refresh the live counts.
class CeremonySessionModel : public QAbstractListModel {
  Q_OBJECT
  QML_ELEMENT
  Q_PROPERTY(wedreg::kiosk::StaffSession* session READ session WRITE setSession NOTIFY sessionChanged)
  Q_PROPERTY(QString ceremonyId READ ceremonyId WRITE setCeremonyId NOTIFY ceremonyIdChanged)
  Q_PROPERTY(QString language READ language WRITE setLanguage NOTIFY languageChanged)
  Q_PROPERTY(bool loading READ loading NOTIFY loadingChanged)
  Q_PROPERTY(QString errorText READ errorText NOTIFY errorTextChanged)
  Q_PROPERTY(int count READ count NOTIFY countChanged)
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
  ~CeremonySessionModel() override;

  int rowCount(const QModelIndex& parent = {}) const override;
  QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
  QHash<int, QByteArray> roleNames() const override;

  StaffSession* session() const { return m_session; }
  void setSession(StaffSession* session);
  QString ceremonyId() const { return m_ceremonyId; }
  void setCeremonyId(const QString& id);
  QString language() const { return m_language; }
  void setLanguage(const QString& language);
  bool loading() const { return m_reply != nullptr; }
  QString errorText() const { return m_errorText; }
  int count() const { return static_cast<int>(m_rows.size()); }
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

  Q_INVOKABLE void reload();
  Q_INVOKABLE void clear();
  // "Session 2 · 10:30–11:30"-style label parts for a confirmation: the time of session `id`.
  Q_INVOKABLE QString timeOf(const QString& sessionId) const;

 signals:
  void sessionChanged();
  void ceremonyIdChanged();
  void languageChanged();
  void loadingChanged();
  void errorTextChanged();
  void countChanged();
  void detailsChanged();
  void reloaded();

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
  void replaceRows(QList<Row> rows);
  void setErrorText(const QString& text);

  QPointer<ApiClient> m_api;
  QPointer<StaffSession> m_session;
  QNetworkReply* m_reply = nullptr;
  QString m_ceremonyId;
  QString m_language = QStringLiteral("zh_CN");
  QList<Row> m_rows;
  QString m_errorText;
  QString m_title;
  QString m_titleEn;
  QString m_notes;
  QString m_notesEn;
  QString m_day;
  QString m_status;
  int m_guestsPerCouple = 0;
};

}  // namespace wedreg::kiosk
