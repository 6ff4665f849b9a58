// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QAbstractListModel>
#include <QJsonArray>
#include <QList>
#include <QPointer>
#include <QString>
#include <QStringList>
#include <QtQml/qqmlregistration.h>

#include <optional>

class QNetworkReply;

namespace wedreg::kiosk {

class ApiClient;

// One registration hall as GET /api/v1/halls describes it.
struct Hall {
  QString id;
  QString nameZh;
  QString nameEn;
  QString kind;  // "office" | "themed" | "ceremony_venue"
  QString provinceCode;
  QString city;
  QString address;
  bool provincialLevel = false;
  QStringList services;

  // Null when a required field (id, name) is missing: such entries are skipped, not shown half-empty.
  static std::optional<Hall> fromJson(const QJsonObject& object);
};

// The registration halls, this kiosk's own hall first, the rest in the server's order. Inputs
// (ownHallId, language) are properties bound from QML; status is `loading` / `errorText` / `status`.
// A failed reload keeps the rows already shown and says why in errorText.
class HallListModel : public QAbstractListModel {
  Q_OBJECT
  QML_ELEMENT
  Q_PROPERTY(QString ownHallId READ ownHallId WRITE setOwnHallId NOTIFY ownHallIdChanged)
  // "zh_CN" or "en": which name the `name` role and ownHallName give.
  Q_PROPERTY(QString language READ language WRITE setLanguage NOTIFY languageChanged)
  Q_PROPERTY(bool loading READ loading NOTIFY loadingChanged)
  Q_PROPERTY(QString errorText READ errorText NOTIFY errorTextChanged)
  Q_PROPERTY(Status status READ status NOTIFY statusChanged)
  Q_PROPERTY(int count READ count NOTIFY countChanged)
  // The own hall's name in the current language; empty until it is known.
  Q_PROPERTY(QString ownHallName READ ownHallName NOTIFY ownHallChanged)
  Q_PROPERTY(QString ownHallKind READ ownHallKind NOTIFY ownHallChanged)
  // When set, only halls that offer this service ("marriage", …) are rows; empty: every hall.
  Q_PROPERTY(QString service READ service WRITE setService NOTIFY serviceChanged)

 public:
  enum Role {
    IdRole = Qt::UserRole,
    NameRole,
    NameZhRole,
    NameEnRole,
    KindRole,
    ProvinceCodeRole,
    CityRole,
    AddressRole,
    ProvincialLevelRole,
    ServicesRole,
    IsOwnHallRole,
    HallIdRole,  // the id again, as "hallId": QML cannot name a delegate property `id`
  };
  Q_ENUM(Role)

  // Null: never loaded. Loading: the first load is running. Ready: rows are from the server.
  // Error: the last load failed (rows from an earlier success may remain).
  enum class Status { Null, Loading, Ready, Error };
  Q_ENUM(Status)

  explicit HallListModel(QObject* parent = nullptr);
  explicit HallListModel(ApiClient* api, QObject* parent = nullptr);
  ~HallListModel() override;

  int rowCount(const QModelIndex& parent = {}) const override;
  QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
  QHash<int, QByteArray> roleNames() const override;

  QString ownHallId() const { return m_ownHallId; }
  void setOwnHallId(const QString& id);
  QString language() const { return m_language; }
  void setLanguage(const QString& language);
  QString service() const { return m_service; }
  void setService(const QString& service);
  bool loading() const { return m_reply != nullptr; }
  QString errorText() const { return m_errorText; }
  Status status() const { return m_status; }
  int count() const { return static_cast<int>(m_halls.size()); }
  QString ownHallName() const;
  QString ownHallKind() const;

  Q_INVOKABLE void reload();
  // Empties the model (the idle reset between visitors).
  Q_INVOKABLE void clear();

 signals:
  void ownHallIdChanged();
  void languageChanged();
  void serviceChanged();
  void loadingChanged();
  void errorTextChanged();
  void statusChanged();
  void countChanged();
  void ownHallChanged();
  // A reload finished, successfully or not.
  void reloaded();

 private:
  void setErrorText(const QString& text);
  void setStatus(Status status);
  void replaceHalls(QList<Hall> halls);
  void sortOwnHallFirst(QList<Hall>& halls) const;
  QString displayName(const Hall& hall) const;
  const Hall* ownHall() const;

  QPointer<ApiClient> m_api;
  QNetworkReply* m_reply = nullptr;
  QList<Hall> m_halls;     // the rows: m_allHalls filtered by m_service, own hall first
  QList<Hall> m_allHalls;  // as the server sent them
  QString m_service;
  QString m_ownHallId;
  QString m_language = QStringLiteral("zh_CN");
  QString m_errorText;
  Status m_status = Status::Null;
};

}  // namespace wedreg::kiosk
