// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "kiosk/backend/RemoteListModel.h"

#include <QList>
#include <QStringList>
#include <QtQml/qqmlregistration.h>

namespace wedreg::kiosk {

// The roster of honoured presenters (颁证嘉宾, 先模人物) an organiser assigns to ceremony sessions
// (GET /api/v1/presenters with the staff token). Names and honours follow `language`; `day` (the
// ceremony's) marks who said they can come that day. The server decides an assignment: this mark only
// helps the organiser choose.
class PresenterRosterModel : public wedreg::kiosk::RemoteListModel {
  Q_OBJECT
  QML_ELEMENT
  // "zh_CN" or "en" (LanguageController.language).
  Q_PROPERTY(QString language READ language WRITE setLanguage NOTIFY languageChanged)
  // "YYYY-MM-DD": the ceremony's day.
  Q_PROPERTY(QString day READ day WRITE setDay NOTIFY dayChanged)

 public:
  enum Role {
    PresenterIdRole = Qt::UserRole,
    NameRole,          // in `language` (Chinese when there is no English name)
    HonourRole,        // in `language`
    OrganisationRole,
    AvailableRole,     // `day` is one of the presenter's available days
  };
  Q_ENUM(Role)

  explicit PresenterRosterModel(QObject* parent = nullptr);
  explicit PresenterRosterModel(ApiClient* api, QObject* parent = nullptr);

  QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
  QHash<int, QByteArray> roleNames() const override;

  QString language() const { return m_language; }
  void setLanguage(const QString& language);
  QString day() const { return m_day; }
  void setDay(const QString& day);
  int count() const override { return static_cast<int>(m_rows.size()); }

  // Presenter `id`'s name / honour in `language`; empty when not on the roster.
  Q_INVOKABLE QString nameOf(const QString& id) const;
  Q_INVOKABLE QString honourOf(const QString& id) const;

 signals:
  void languageChanged();
  void dayChanged();

 protected:
  std::optional<Request> request() const override;
  bool take(const ApiResult& result) override;
  void forget() override;

 private:
  struct Row {
    QString id;
    QString name;
    QString nameEn;
    QString honour;
    QString honourEn;
    QString organisation;
    QStringList days;
  };
  static Row rowOf(const QJsonObject& object);
  const Row* find(const QString& id) const;
  QString inLanguage(const QString& zh, const QString& en) const;
  void everyRowChanged();

  QString m_language = QStringLiteral("zh_CN");
  QString m_day;
  QList<Row> m_rows;
};

}  // namespace wedreg::kiosk
