// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "kiosk/session/StaffSession.h"

#include <QAbstractListModel>
#include <QList>
#include <QPointer>
#include <QtQml/qqmlregistration.h>

#include <array>

class QJsonObject;
class QNetworkReply;

namespace wedreg::kiosk {

class ApiClient;

// The yearly report at a glance: GET /api/v1/stats?from=YYYY-01-01&to=YYYY-12-31[&hall=] with the
// staff token, folded into twelve rows (January to December; months with no acts are zeros, and the
// server's per-hall rows are summed). Each row carries its bar heights already shaped for a chart:
// fractions of `axisMax`, a round number just above the largest bar, with `axisTicks` under it.
// "Divorce-related" acts are divorce applications received plus divorce certificates issued (the two
// divorce acts of the yearly report); withdrawals and lapses close applications and are not acts.
class StatisticsModel : public QAbstractListModel {
  Q_OBJECT
  QML_ELEMENT
  Q_PROPERTY(wedreg::kiosk::StaffSession* session READ session WRITE setSession NOTIFY sessionChanged)
  Q_PROPERTY(int year READ year WRITE setYear NOTIFY yearChanged)
  // Empty: every hall the staff member may see.
  Q_PROPERTY(QString hallId READ hallId WRITE setHallId NOTIFY hallIdChanged)
  // "zh_CN" or "en": the month labels' language.
  Q_PROPERTY(QString language READ language WRITE setLanguage NOTIFY languageChanged)
  Q_PROPERTY(bool loading READ loading NOTIFY loadingChanged)
  Q_PROPERTY(QString errorText READ errorText NOTIFY errorTextChanged)
  // The report has arrived (the twelve rows hold its numbers, not placeholders).
  Q_PROPERTY(bool ready READ ready NOTIFY totalsChanged)
  Q_PROPERTY(int axisMax READ axisMax NOTIFY totalsChanged)
  Q_PROPERTY(QList<int> axisTicks READ axisTicks NOTIFY totalsChanged)
  Q_PROPERTY(int totalActs READ totalActs NOTIFY totalsChanged)
  Q_PROPERTY(int totalMarriages READ totalMarriages NOTIFY totalsChanged)
  Q_PROPERTY(int totalDivorceApplications READ totalDivorceApplications NOTIFY totalsChanged)
  Q_PROPERTY(int totalDivorces READ totalDivorces NOTIFY totalsChanged)
  Q_PROPERTY(int totalWithdrawals READ totalWithdrawals NOTIFY totalsChanged)
  Q_PROPERTY(int totalLapses READ totalLapses NOTIFY totalsChanged)
  Q_PROPERTY(int totalReissues READ totalReissues NOTIFY totalsChanged)
  Q_PROPERTY(int totalRecordCertificates READ totalRecordCertificates NOTIFY totalsChanged)
  Q_PROPERTY(int totalRefusals READ totalRefusals NOTIFY totalsChanged)

 public:
  enum Role {
    MonthRole = Qt::UserRole,  // 1..12
    MarriagesRole,
    DivorceRelatedRole,        // divorce applications + divorces
    ActsRole,
    MarriageFractionRole,      // MarriagesRole / axisMax, 0..1
    DivorceFractionRole,       // DivorceRelatedRole / axisMax, 0..1
    MonthLabelRole,            // "5月" / "May"
  };
  Q_ENUM(Role)

  // The metrics of one row, in the server's field names.
  enum Metric { Marriages, DivorceApplications, Withdrawals, Lapses, Divorces, Reissues, RecordCertificates,
                Refusals, Acts, MetricCount };
  using Counts = std::array<int, MetricCount>;

  explicit StatisticsModel(QObject* parent = nullptr);
  explicit StatisticsModel(ApiClient* api, QObject* parent = nullptr);
  ~StatisticsModel() override;

  int rowCount(const QModelIndex& parent = {}) const override;
  QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
  QHash<int, QByteArray> roleNames() const override;

  StaffSession* session() const { return m_session; }
  void setSession(StaffSession* session);
  int year() const { return m_year; }
  void setYear(int year);
  QString hallId() const { return m_hallId; }
  void setHallId(const QString& id);
  QString language() const { return m_language; }
  void setLanguage(const QString& language);
  bool loading() const { return m_reply != nullptr; }
  QString errorText() const { return m_errorText; }
  bool ready() const { return m_ready; }
  int axisMax() const { return m_axisMax; }
  QList<int> axisTicks() const;
  int totalActs() const { return m_totals[Acts]; }
  int totalMarriages() const { return m_totals[Marriages]; }
  int totalDivorceApplications() const { return m_totals[DivorceApplications]; }
  int totalDivorces() const { return m_totals[Divorces]; }
  int totalWithdrawals() const { return m_totals[Withdrawals]; }
  int totalLapses() const { return m_totals[Lapses]; }
  int totalReissues() const { return m_totals[Reissues]; }
  int totalRecordCertificates() const { return m_totals[RecordCertificates]; }
  int totalRefusals() const { return m_totals[Refusals]; }

  Q_INVOKABLE void reload();
  Q_INVOKABLE void clear();

  // The smallest 1, 2 or 5 × 10^n (n ≥ 0) that is ≥ `value` (at least 1): a chart's axis top.
  static int niceAxisMax(int value);
  // One report row's counts, by the server's field names (missing fields are 0).
  static Counts countsOf(const QJsonObject& row);

 signals:
  void sessionChanged();
  void yearChanged();
  void hallIdChanged();
  void languageChanged();
  void loadingChanged();
  void errorTextChanged();
  void totalsChanged();
  void reloaded();

 private:
  void apply(const QList<Counts>& months, const Counts& totals, bool ready);
  void setErrorText(const QString& text);

  QPointer<ApiClient> m_api;
  QPointer<StaffSession> m_session;
  QNetworkReply* m_reply = nullptr;
  int m_year = 0;
  QString m_hallId;
  QString m_language = QStringLiteral("zh_CN");
  QList<Counts> m_months;  // always 12
  Counts m_totals{};
  int m_axisMax = 1;
  bool m_ready = false;
  QString m_errorText;
};

}  // namespace wedreg::kiosk
