// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QImage>
#include <QObject>
#include <QString>
#include <QStringList>
#include <QtQml/qqmlregistration.h>

namespace wedreg::kiosk {

// What the kiosk prints on: a booking slip or a certificate page (title, lines, an optional QR code).
// Qt print support drives the real printer later; in development PdfPrinter writes a PDF.
class Printer : public QObject {
  Q_OBJECT
  QML_ELEMENT
  QML_UNCREATABLE("An interface: create a PdfPrinter (or a real printer) instead")
  Q_PROPERTY(QString errorText READ errorText NOTIFY errorTextChanged)

 public:
  using QObject::QObject;

  QString errorText() const { return m_errorText; }

  // True when the page went out.
  virtual bool printPage(const QString& title, const QStringList& lines, const QImage& qr) = 0;
  // Forgets whatever the last print left behind (the idle wipe calls this).
  Q_INVOKABLE virtual void clear() = 0;

 signals:
  void errorTextChanged();
  void printed();

 protected:
  void setErrorText(const QString& text);

 private:
  QString m_errorText;
};

}  // namespace wedreg::kiosk
