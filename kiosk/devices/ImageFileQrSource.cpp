// SPDX-License-Identifier: Apache-2.0
#include "kiosk/devices/ImageFileQrSource.h"

#include "core/qr/QrReader.h"

namespace wedreg::kiosk {

void QrScanner::setErrorText(const QString& text) {
  if (m_errorText == text) {
    return;
  }
  m_errorText = text;
  emit errorTextChanged();
}

std::optional<QString> ImageFileQrSource::decode(const QImage& image) {
  if (image.isNull()) {
    return std::nullopt;
  }
  const QImage luma = image.convertToFormat(QImage::Format_Grayscale8);
  const std::optional<core::qr::QrReadResult> result = core::qr::QrReader::read(
      luma.constBits(), luma.width(), luma.height(), static_cast<int>(luma.bytesPerLine()));
  if (!result) {
    return std::nullopt;
  }
  return QString::fromUtf8(result->text.data(), static_cast<qsizetype>(result->text.size()));
}

bool ImageFileQrSource::scanImage(const QImage& image) {
  if (image.isNull()) {
    setErrorText(tr("The picture cannot be opened."));
    return false;
  }
  const std::optional<QString> text = decode(image);
  if (!text) {
    setErrorText(tr("No QR code was found in the picture."));
    return false;
  }
  setErrorText({});
  emit scanned(*text);
  return true;
}

bool ImageFileQrSource::scanFile(const QString& path) {
  return scanImage(QImage(path));
}

}  // namespace wedreg::kiosk
