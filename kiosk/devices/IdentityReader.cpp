// SPDX-License-Identifier: Apache-2.0
#include "kiosk/devices/IdentityReader.h"

namespace wedreg::kiosk {

void IdentityReader::setReading(bool reading) {
  if (m_reading == reading) {
    return;
  }
  m_reading = reading;
  emit readingChanged();
}

void IdentityReader::setErrorText(const QString& text) {
  if (m_errorText == text) {
    return;
  }
  m_errorText = text;
  emit errorTextChanged();
}

}  // namespace wedreg::kiosk
