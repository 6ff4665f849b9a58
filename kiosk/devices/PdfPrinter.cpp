// SPDX-License-Identifier: Apache-2.0
#include "kiosk/devices/PdfPrinter.h"

#include <QFont>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>

namespace wedreg::kiosk {

void Printer::setErrorText(const QString& text) {
  if (m_errorText == text) {
    return;
  }
  m_errorText = text;
  emit errorTextChanged();
}

PdfPrinter::PdfPrinter(QObject* parent) : Printer(parent) {}

PdfPrinter::~PdfPrinter() {
  clear();
}

bool PdfPrinter::printPage(const QString& title, const QStringList& lines, const QImage& qr) {
  if (!m_dir) {
    m_dir = std::make_unique<QTemporaryDir>();
  }
  if (!m_dir->isValid()) {
    setErrorText(tr("The printer cannot be used right now."));
    m_dir.reset();
    return false;
  }
  const QString path = m_dir->filePath(QStringLiteral("page.pdf"));
  {
    QPdfWriter writer(path);
    writer.setPageSize(QPageSize(QPageSize::A5));
    writer.setResolution(300);
    writer.setTitle(title);
    QPainter painter(&writer);
    if (!painter.isActive()) {
      setErrorText(tr("The printer cannot be used right now."));
      return false;
    }
    QFont font(QStringLiteral("Noto Sans CJK SC"));
    font.setPointSize(16);
    font.setBold(true);
    painter.setFont(font);
    int y = 150;
    painter.drawText(100, y, title);
    font.setPointSize(11);
    font.setBold(false);
    painter.setFont(font);
    // A long list (a ceremony's running order) goes on over as many pages as it needs: lines below
    // the page's foot were lost before.
    const int foot = writer.height() - 150;
    for (const QString& line : lines) {
      y += 80;
      if (y > foot) {
        writer.newPage();
        y = 150;
      }
      painter.drawText(100, y, line);
    }
    if (!qr.isNull()) {
      const int side = 600;
      if (y + 80 + side > foot) {
        writer.newPage();
        y = 70;
      }
      painter.drawImage(QRect(100, y + 80, side, side), qr);
    }
  }
  m_lastFile = path;
  setErrorText({});
  emit printed();
  return true;
}

void PdfPrinter::clear() {
  m_dir.reset();  // removes the directory and the PDF in it
  m_lastFile.clear();
}

}  // namespace wedreg::kiosk
