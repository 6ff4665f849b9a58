// SPDX-License-Identifier: Apache-2.0
#include "kiosk/organiser/ProgrammeModel.h"

#include <QHash>
#include <QImage>

#include <algorithm>

namespace wedreg::kiosk {
namespace {

// The server's header row (ProgrammeRenderer::csv): columns are found by name, not by place.
constexpr const char* kColumns[] = {"session", "session_start", "session_end", "order",
                                    "time",    "couple",        "presenter",   "status"};

}  // namespace

ProgrammeModel::ProgrammeModel(QObject* parent) : ProgrammeModel(ApiClient::instance(), parent) {}

ProgrammeModel::ProgrammeModel(ApiClient* api, QObject* parent) : RemoteListModel(api, parent) {}

QVariant ProgrammeModel::data(const QModelIndex& index, int role) const {
  Q_ASSERT(checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid));
  const Row& row = m_rows.at(index.row());
  switch (role) {
    case Qt::DisplayRole:
    case CoupleRole:
      return row.couple;
    case SessionRole:
      return row.session;
    case SessionTimeRole:
      return row.sessionTime;
    case OrderRole:
      return row.order;
    case TimeRole:
      return row.time;
    case PresenterRole:
      return row.presenter;
    case StatusRole:
      return row.status;
    case FirstInSessionRole:
      return index.row() == 0 || m_rows.at(index.row() - 1).session != row.session;
    default:
      return {};
  }
}

QHash<int, QByteArray> ProgrammeModel::roleNames() const {
  return {{SessionRole, "session"}, {SessionTimeRole, "sessionTime"}, {OrderRole, "order"},
          {TimeRole, "time"},       {CoupleRole, "couple"},           {PresenterRole, "presenter"},
          {StatusRole, "status"},   {FirstInSessionRole, "firstInSession"}};
}

void ProgrammeModel::setCeremonyId(const QString& id) {
  if (m_ceremonyId == id) {
    return;
  }
  m_ceremonyId = id;
  emit ceremonyIdChanged();
}

int ProgrammeModel::checkedInCount() const {
  return static_cast<int>(std::count_if(m_rows.cbegin(), m_rows.cend(),
                                        [](const Row& row) { return row.status == QLatin1String("checked_in"); }));
}

std::optional<RemoteListModel::Request> ProgrammeModel::request() const {
  if (m_ceremonyId.isEmpty()) {
    return std::nullopt;
  }
  QUrlQuery query;
  query.addQueryItem(QStringLiteral("format"), QStringLiteral("csv"));
  return Request{pathWith(QStringLiteral("/api/v1/ceremonies/%1/programme"), m_ceremonyId), query, Token::Required,
                 QByteArrayLiteral("text/csv")};
}

QList<QStringList> ProgrammeModel::parseCsv(const QString& text) {
  QList<QStringList> records;
  QStringList record;
  QString field;
  bool quoted = false;
  bool fieldStarted = false;
  qsizetype i = text.startsWith(QChar(0xFEFF)) ? 1 : 0;
  const auto endField = [&] {
    record.append(field);
    field.clear();
    fieldStarted = false;
  };
  const auto endRecord = [&] {
    endField();
    if (!(record.size() == 1 && record.constFirst().isEmpty())) {  // a blank line is no record
      records.append(record);
    }
    record.clear();
  };
  for (; i < text.size(); ++i) {
    const QChar c = text.at(i);
    if (quoted) {
      if (c == QLatin1Char('"')) {
        if (i + 1 < text.size() && text.at(i + 1) == QLatin1Char('"')) {
          field.append(c);
          ++i;
        } else {
          quoted = false;
        }
      } else {
        field.append(c);
      }
    } else if (c == QLatin1Char('"') && !fieldStarted) {
      quoted = true;
      fieldStarted = true;
    } else if (c == QLatin1Char(',')) {
      endField();
    } else if (c == QLatin1Char('\r') || c == QLatin1Char('\n')) {
      if (c == QLatin1Char('\r') && i + 1 < text.size() && text.at(i + 1) == QLatin1Char('\n')) {
        ++i;
      }
      endRecord();
    } else {
      field.append(c);
      fieldStarted = true;
    }
  }
  if (fieldStarted || !field.isEmpty() || !record.isEmpty()) {
    endRecord();
  }
  return records;
}

bool ProgrammeModel::take(const ApiResult& result) {
  const QList<QStringList> records = parseCsv(QString::fromUtf8(result.body));
  if (records.isEmpty()) {
    return false;
  }
  QHash<QString, qsizetype> column;
  for (qsizetype i = 0; i < records.constFirst().size(); ++i) {
    column.insert(records.constFirst().at(i).trimmed(), i);
  }
  for (const char* name : kColumns) {
    if (!column.contains(QLatin1String(name))) {
      return false;  // not the programme's header
    }
  }
  const auto field = [&column](const QStringList& record, const char* name) {
    const qsizetype at = column.value(QLatin1String(name));
    return at < record.size() ? record.at(at) : QString();
  };
  QList<Row> rows;
  for (qsizetype i = 1; i < records.size(); ++i) {
    const QStringList& record = records.at(i);
    Row row;
    row.session = field(record, "session").toInt();
    row.sessionTime = field(record, "session_start") + QStringLiteral("–") + field(record, "session_end");
    row.order = field(record, "order").toInt();
    row.time = field(record, "time");
    row.couple = field(record, "couple");
    row.presenter = field(record, "presenter");
    row.status = field(record, "status");
    rows.append(std::move(row));
  }
  std::stable_sort(rows.begin(), rows.end(), [](const Row& a, const Row& b) {
    return a.session != b.session ? a.session < b.session : a.order < b.order;
  });
  replaceRows(m_rows, std::move(rows));
  return true;
}

void ProgrammeModel::forget() {
  replaceRows(m_rows, {});
}

QStringList ProgrammeModel::printLines() const {
  QStringList lines;
  int session = 0;
  for (const Row& row : m_rows) {
    if (row.session != session) {
      session = row.session;
      lines.append(tr("Session %1 · %2").arg(row.session).arg(row.sessionTime));
    }
    const QString presenter = row.presenter.isEmpty() ? tr("presenter to be decided") : row.presenter;
    const QString state = row.status == QLatin1String("checked_in") ? tr("checked in") : tr("not yet checked in");
    lines.append(QStringLiteral("  %1. %2  %3  — %4 · %5").arg(row.order).arg(row.time, row.couple, presenter, state));
  }
  return lines;
}

bool ProgrammeModel::print(Printer* printer, const QString& title, const QString& day) const {
  if (printer == nullptr || m_rows.isEmpty()) {
    return false;
  }
  return printer->printPage(tr("%1 · %2 · running order").arg(title, day), printLines(), QImage());
}

}  // namespace wedreg::kiosk
