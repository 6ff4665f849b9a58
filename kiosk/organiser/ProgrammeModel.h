// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "kiosk/backend/RemoteListModel.h"
#include "kiosk/devices/Printer.h"

#include <QList>
#include <QStringList>
#include <QtQml/qqmlregistration.h>

namespace wedreg::kiosk {

// A ceremony day's running order for its organiser: the couples of each session in order, with their
// time on stage, the presenter who hands them their certificate and whether they have checked in
// (GET /api/v1/ceremonies/{id}/programme?format=csv with the staff token). The CSV is the server's
// own printable rows (ProgrammeRenderer), so screen, print-out and the server's A4 SVG agree; a session
// nobody is seated in has no rows. Couples' names are the full names the server prints for the day:
// nothing is kept after clear(), and print() goes through the kiosk's Printer like every slip.
class ProgrammeModel : public wedreg::kiosk::RemoteListModel {
  Q_OBJECT
  QML_ELEMENT
  Q_PROPERTY(QString ceremonyId READ ceremonyId WRITE setCeremonyId NOTIFY ceremonyIdChanged)
  // Couples already checked in at the door.
  Q_PROPERTY(int checkedInCount READ checkedInCount NOTIFY countChanged)

 public:
  enum Role {
    SessionRole = Qt::UserRole,  // session position 1, 2, …
    SessionTimeRole,             // "09:00–10:00"
    OrderRole,                   // 1.. within the session
    TimeRole,                    // "09:10", on stage
    CoupleRole,                  // "张三 · 李四"
    PresenterRole,               // empty when the session has no presenter yet
    StatusRole,                  // seated | checked_in
    FirstInSessionRole,          // the session's first couple (a heading goes above it)
  };
  Q_ENUM(Role)

  explicit ProgrammeModel(QObject* parent = nullptr);
  explicit ProgrammeModel(ApiClient* api, QObject* parent = nullptr);

  QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
  QHash<int, QByteArray> roleNames() const override;

  QString ceremonyId() const { return m_ceremonyId; }
  void setCeremonyId(const QString& id);
  int count() const override { return static_cast<int>(m_rows.size()); }
  int checkedInCount() const;

  // The running order as lines of text under `title` and `day` (a page break is the printer's):
  // a heading per session, then one line per couple. False (printer's errorText) when it did not print
  // or there is nothing to print.
  Q_INVOKABLE bool print(wedreg::kiosk::Printer* printer, const QString& title, const QString& day) const;
  // What print() sends, for the tests and a preview.
  QStringList printLines() const;

  // RFC 4180 records of `text` (quoted fields, doubled quotes, CRLF or LF, a leading UTF-8 BOM).
  static QList<QStringList> parseCsv(const QString& text);

 signals:
  void ceremonyIdChanged();

 protected:
  std::optional<Request> request() const override;
  bool take(const ApiResult& result) override;
  void forget() override;

 private:
  struct Row {
    int session = 0;
    QString sessionTime;
    int order = 0;
    QString time;
    QString couple;
    QString presenter;
    QString status;
  };

  QString m_ceremonyId;
  QList<Row> m_rows;
};

}  // namespace wedreg::kiosk
