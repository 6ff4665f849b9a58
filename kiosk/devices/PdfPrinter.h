// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "kiosk/devices/Printer.h"

#include <QTemporaryDir>

#include <memory>

namespace wedreg::kiosk {

// The development printer: each page becomes a PDF in a private temporary directory that exists only
// while something is printed. clear() (the idle wipe, the end of a visit) deletes it, so nothing
// personal stays on disk after the session.
class PdfPrinter : public wedreg::kiosk::Printer {
  Q_OBJECT
  QML_ELEMENT
  Q_PROPERTY(QString lastFile READ lastFile NOTIFY printed)

 public:
  explicit PdfPrinter(QObject* parent = nullptr);
  ~PdfPrinter() override;

  QString lastFile() const { return m_lastFile; }

  bool printPage(const QString& title, const QStringList& lines, const QImage& qr) override;
  void clear() override;

 private:
  std::unique_ptr<QTemporaryDir> m_dir;
  QString m_lastFile;
};

}  // namespace wedreg::kiosk
