// SPDX-License-Identifier: Apache-2.0
#include "kiosk/organiser/StatisticsModel.h"

#include "kiosk/backend/ApiClient.h"
#include "kiosk/booking/Slot.h"

#include <QDate>
#include <QJsonArray>
#include <QJsonObject>
#include <QLocale>
#include <QNetworkReply>

#include <algorithm>
#include <limits>

namespace wedreg::kiosk {
namespace {

constexpr int kMonths = 12;
constexpr std::array<const char*, StatisticsModel::MetricCount> kFields = {
    "marriages", "divorce_applications", "withdrawals", "lapses", "divorces",
    "reissues",  "record_certificates",  "refusals",    "acts"};

int divorceRelated(const StatisticsModel::Counts& counts) {
  return counts[StatisticsModel::DivorceApplications] + counts[StatisticsModel::Divorces];
}

}  // namespace

StatisticsModel::StatisticsModel(QObject* parent) : StatisticsModel(ApiClient::instance(), parent) {}

StatisticsModel::StatisticsModel(ApiClient* api, QObject* parent)
    : QAbstractListModel(parent),
      m_api(api),
      m_year(toBeijing(QDateTime::currentDateTimeUtc()).date().year()),
      m_months(kMonths, Counts{}) {}

StatisticsModel::~StatisticsModel() {
  ApiClient::cancel(m_reply);
}

int StatisticsModel::rowCount(const QModelIndex& parent) const {
  return parent.isValid() ? 0 : static_cast<int>(m_months.size());
}

QVariant StatisticsModel::data(const QModelIndex& index, int role) const {
  Q_ASSERT(checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid));
  const Counts& month = m_months.at(index.row());
  switch (role) {
    case Qt::DisplayRole:
    case MonthRole:
      return index.row() + 1;
    case MarriagesRole:
      return month[Marriages];
    case DivorceRelatedRole:
      return divorceRelated(month);
    case ActsRole:
      return month[Acts];
    case MarriageFractionRole:
      return static_cast<double>(month[Marriages]) / m_axisMax;
    case DivorceFractionRole:
      return static_cast<double>(divorceRelated(month)) / m_axisMax;
    case MonthLabelRole:
      return QLocale(m_language == QLatin1String("en") ? QLocale::English : QLocale::Chinese)
          .standaloneMonthName(index.row() + 1, QLocale::ShortFormat);
    default:
      return {};
  }
}

QHash<int, QByteArray> StatisticsModel::roleNames() const {
  return {{MonthRole, "month"},
          {MarriagesRole, "marriages"},
          {DivorceRelatedRole, "divorceRelated"},
          {ActsRole, "acts"},
          {MarriageFractionRole, "marriageFraction"},
          {DivorceFractionRole, "divorceFraction"},
          {MonthLabelRole, "monthLabel"}};
}

void StatisticsModel::setSession(StaffSession* session) {
  if (m_session == session) {
    return;
  }
  m_session = session;
  emit sessionChanged();
}

void StatisticsModel::setYear(int year) {
  if (m_year == year) {
    return;
  }
  m_year = year;
  emit yearChanged();
  // Another year's numbers must not stand under this year's title while it loads (or fails).
  if (m_ready) {
    apply(QList<Counts>(kMonths, Counts{}), Counts{}, false);
  }
}

void StatisticsModel::setHallId(const QString& id) {
  if (m_hallId == id) {
    return;
  }
  m_hallId = id;
  emit hallIdChanged();
}

void StatisticsModel::setLanguage(const QString& language) {
  if (m_language == language) {
    return;
  }
  m_language = language;
  emit languageChanged();
  emit dataChanged(index(0), index(rowCount() - 1), {MonthLabelRole});
}

void StatisticsModel::setErrorText(const QString& text) {
  if (m_errorText == text) {
    return;
  }
  m_errorText = text;
  emit errorTextChanged();
}

QList<int> StatisticsModel::axisTicks() const {
  // Four equal steps when the top divides by four, else two (1, 2, 5 × 10^n tops).
  const int steps = m_axisMax % 4 == 0 ? 4 : (m_axisMax % 2 == 0 ? 2 : 1);
  QList<int> ticks;
  for (int i = 0; i <= steps; ++i) {
    ticks.append(m_axisMax / steps * i);
  }
  return ticks;
}

int StatisticsModel::niceAxisMax(int value) {
  int scale = 1;
  while (true) {
    for (const int step : {1, 2, 5}) {
      if (step * scale >= value) {
        return step * scale;
      }
    }
    if (scale > std::numeric_limits<int>::max() / 100) {
      return value;
    }
    scale *= 10;
  }
}

StatisticsModel::Counts StatisticsModel::countsOf(const QJsonObject& row) {
  Counts counts{};
  for (std::size_t i = 0; i < kFields.size(); ++i) {
    counts[i] = std::max(0, row.value(QLatin1String(kFields[i])).toInt());
  }
  return counts;
}

void StatisticsModel::apply(const QList<Counts>& months, const Counts& totals, bool ready) {
  int largest = 0;
  for (const Counts& month : months) {
    largest = std::max({largest, month[Marriages], divorceRelated(month)});
  }
  beginResetModel();
  m_months = months;
  m_totals = totals;
  m_axisMax = niceAxisMax(largest);
  m_ready = ready;
  endResetModel();
  emit totalsChanged();
}

void StatisticsModel::reload() {
  if (!m_api || !m_session || !m_session->signedIn()) {
    return;
  }
  const bool wasLoading = loading();
  ApiClient::cancel(m_reply);
  QUrlQuery query;
  query.addQueryItem(QStringLiteral("from"), QDate(m_year, 1, 1).toString(Qt::ISODate));
  query.addQueryItem(QStringLiteral("to"), QDate(m_year, 12, 31).toString(Qt::ISODate));
  if (!m_hallId.isEmpty()) {
    query.addQueryItem(QStringLiteral("hall"), m_hallId);
  }
  const int year = m_year;
  m_reply = m_api->getJson(
      QStringLiteral("/api/v1/stats"), this,
      [this, year](const ApiResult& result) {
        m_reply = nullptr;
        const QJsonObject report = result.json.object();
        if (result.ok && report.value(QLatin1String("rows")).isArray()) {
          QList<Counts> months(kMonths, Counts{});
          const QJsonArray rows = report.value(QLatin1String("rows")).toArray();
          for (const QJsonValue& value : rows) {
            const QJsonObject row = value.toObject();
            // "YYYY-MM"; rows of another year (a server that ignores `to`) are not this chart's.
            const QString month = row.value(QLatin1String("month")).toString();
            bool yearOk = false;
            bool monthOk = false;
            const int rowYear = month.left(4).toInt(&yearOk);
            const int number = month.mid(5, 2).toInt(&monthOk);
            if (!yearOk || !monthOk || rowYear != year || number < 1 || number > kMonths) {
              continue;
            }
            const Counts counts = countsOf(row);
            for (std::size_t i = 0; i < counts.size(); ++i) {
              months[number - 1][i] += counts[i];
            }
          }
          apply(months, countsOf(report.value(QLatin1String("totals")).toObject()), true);
          setErrorText({});
        } else {
          setErrorText(result.ok ? tr("The server sent an answer the kiosk cannot read.") : result.errorText);
        }
        emit loadingChanged();
        emit reloaded();
      },
      ApiHeaders{{"Authorization", m_session->authorization()}}, query);
  if (!wasLoading) {
    emit loadingChanged();
  }
}

void StatisticsModel::clear() {
  const bool wasLoading = loading();
  ApiClient::cancel(m_reply);
  m_reply = nullptr;
  apply(QList<Counts>(kMonths, Counts{}), Counts{}, false);
  setErrorText({});
  if (wasLoading) {
    emit loadingChanged();
  }
}

}  // namespace wedreg::kiosk
