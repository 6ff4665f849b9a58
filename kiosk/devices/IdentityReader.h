// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QObject>
#include <QString>
#include <QtQml/qqmlregistration.h>

namespace wedreg::kiosk {

// A 二代身份证 reader: read() starts a read; cardRead() or failed errorText follows. A real reader
// plugs in behind this interface; screens only know this type. The number read goes straight into
// the form that asked and is never logged.
class IdentityReader : public QObject {
  Q_OBJECT
  QML_ELEMENT
  QML_UNCREATABLE("An interface: create a SimulatedIdentityReader (or a real reader) instead")
  Q_PROPERTY(bool reading READ reading NOTIFY readingChanged)
  Q_PROPERTY(QString errorText READ errorText NOTIFY errorTextChanged)

 public:
  using QObject::QObject;

  bool reading() const { return m_reading; }
  QString errorText() const { return m_errorText; }

  Q_INVOKABLE virtual void read() = 0;
  Q_INVOKABLE virtual void cancel() = 0;

 signals:
  void readingChanged();
  void errorTextChanged();
  void cardRead(const QString& idNumber, const QString& name);

 protected:
  void setReading(bool reading);
  void setErrorText(const QString& text);

 private:
  bool m_reading = false;
  QString m_errorText;
};

}  // namespace wedreg::kiosk
