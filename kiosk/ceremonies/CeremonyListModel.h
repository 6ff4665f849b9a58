// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "kiosk/session/StaffSession.h"

#include <QAbstractListModel>
#include <QDate>
#include <QList>
#include <QPointer>
#include <QtQml/qqmlregistration.h>

class QJsonObject;
class QNetworkReply;

namespace wedreg::kiosk {

class ApiClient;

// Collective ceremonies (GET /api/v1/ceremonies), by day. Public mode (`upcomingOnly`) keeps the
// published ones from today on: the ones a couple can still join. With a signed-in organiser's
// `session` the token goes along, so drafts are listed too. Titles follow `language`.
class CeremonyListModel : public QAbstractListModel {
  Q_OBJECT
  QML_ELEMENT
  Q_PROPERTY(wedreg::kiosk::StaffSession* session READ session WRITE setSession NOTIFY sessionChanged)
  Q_PROPERTY(bool upcomingOnly READ upcomingOnly WRITE setUpcomingOnly NOTIFY upcomingOnlyChanged)
  // "zh_CN" or "en" (LanguageController.language).
  Q_PROPERTY(QString language READ language WRITE setLanguage NOTIFY languageChanged)
  Q_PROPERTY(bool loading READ loading NOTIFY loadingChanged)
  Q_PROPERTY(QString errorText READ errorText NOTIFY errorTextChanged)
  Q_PROPERTY(int count READ count NOTIFY countChanged)

 public:
  enum Role {
    CeremonyIdRole = Qt::UserRole,
    TitleRole,       // in `language`
    DayRole,         // "2027-05-20"
    StatusRole,      // draft | published | closed | held | archived
    SessionCountRole,
    CapacityRole,    // seats over all sessions
    SeatedRole,
    AvailableRole,
    OpensAtRole,     // sign-up opening, Beijing "yyyy-MM-dd HH:mm"
    OpenRole,        // published and sign-up already open
  };
  Q_ENUM(Role)

  explicit CeremonyListModel(QObject* parent = nullptr);
  explicit CeremonyListModel(ApiClient* api, QObject* parent = nullptr);
  ~CeremonyListModel() override;

  int rowCount(const QModelIndex& parent = {}) const override;
  QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
  QHash<int, QByteArray> roleNames() const override;

  StaffSession* session() const { return m_session; }
  void setSession(StaffSession* session);
  bool upcomingOnly() const { return m_upcomingOnly; }
  void setUpcomingOnly(bool upcomingOnly);
  QString language() const { return m_language; }
  void setLanguage(const QString& language);
  bool loading() const { return m_reply != nullptr; }
  QString errorText() const { return m_errorText; }
  int count() const { return static_cast<int>(m_rows.size()); }

  Q_INVOKABLE void reload();
  Q_INVOKABLE void clear();
  // The title of ceremony `id` in the current language (empty when not listed).
  Q_INVOKABLE QString titleOf(const QString& id) const;

  // Test hook: "today" in Beijing (default: the real date).
  void setToday(const QDate& today) { m_today = today; }

 signals:
  void sessionChanged();
  void upcomingOnlyChanged();
  void languageChanged();
  void loadingChanged();
  void errorTextChanged();
  void countChanged();
  void reloaded();

 private:
  struct Row {
    QString id;
    QString title;
    QString titleEn;
    QString day;
    QString status;
    int sessions = 0;
    int capacity = 0;
    int seated = 0;
    QDateTime opensAt;
  };
  static Row rowOf(const QJsonObject& object);
  QString title(const Row& row) const;
  QDate today() const;
  void replaceRows(QList<Row> rows);
  void setErrorText(const QString& text);

  QPointer<ApiClient> m_api;
  QPointer<StaffSession> m_session;
  QNetworkReply* m_reply = nullptr;
  bool m_upcomingOnly = false;
  QString m_language = QStringLiteral("zh_CN");
  QList<Row> m_rows;
  QString m_errorText;
  QDate m_today;
};

}  // namespace wedreg::kiosk
