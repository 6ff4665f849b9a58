// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QObject>
#include <QString>
#include <QtQml/qqmlregistration.h>

namespace wedreg::kiosk {

// Where QR texts come from: a camera (later), a desk scanner, or an image file. Screens connect to
// scanned() and never know which.
class QrScanner : public QObject {
  Q_OBJECT
  QML_ELEMENT
  QML_UNCREATABLE("An interface: create an ImageFileQrSource (or a camera source) instead")
  Q_PROPERTY(QString errorText READ errorText NOTIFY errorTextChanged)

 public:
  using QObject::QObject;

  QString errorText() const { return m_errorText; }

 signals:
  void scanned(const QString& text);
  void errorTextChanged();

 protected:
  void setErrorText(const QString& text);

 private:
  QString m_errorText;
};

}  // namespace wedreg::kiosk
