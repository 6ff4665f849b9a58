// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "kiosk/backend/RemoteListModel.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QtQml/qqmlregistration.h>

namespace wedreg::kiosk {

// Collective ceremonies (GET /api/v1/ceremonies), by day. Public mode (`upcomingOnly`) keeps the
// published ones from today on: the ones a couple can still join. With a signed-in organiser's
// `session` the token goes along, so drafts are listed too. Titles follow `language`.
class CeremonyListModel : public wedreg::kiosk::RemoteListModel {
  Q_OBJECT
  QML_ELEMENT
  Q_PROPERTY(bool upcomingOnly READ upcomingOnly WRITE setUpcomingOnly NOTIFY upcomingOnlyChanged)
  // "zh_CN" or "en" (LanguageController.language).
  Q_PROPERTY(QString language READ language WRITE setLanguage NOTIFY languageChanged)

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

  QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
  QHash<int, QByteArray> roleNames() const override;

  bool upcomingOnly() const { return m_upcomingOnly; }
  void setUpcomingOnly(bool upcomingOnly);
  QString language() const { return m_language; }
  void setLanguage(const QString& language);
  int count() const override { return static_cast<int>(m_rows.size()); }

  // The title of ceremony `id` in the current language (empty when not listed).
  Q_INVOKABLE QString titleOf(const QString& id) const;

  // Test hook: "today" in Beijing (default: the real date).
  void setToday(const QDate& today) { m_today = today; }

 signals:
  void upcomingOnlyChanged();
  void languageChanged();

 protected:
  std::optional<Request> request() const override;
  bool take(const ApiResult& result) override;
  void forget() override;

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
  bool m_upcomingOnly = false;
  QString m_language = QStringLiteral("zh_CN");
  QList<Row> m_rows;
  QDate m_today;
};

}  // namespace wedreg::kiosk
