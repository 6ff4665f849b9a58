// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "kiosk/devices/QrScanner.h"

#include <QImage>
#include <optional>

namespace wedreg::kiosk {

// Reads a QR code from an image file (PNG from a desk scanner, or a test's certificate PNG): the
// image's luma plane goes to wedreg_core's QrReader (ZXing, Lum format, rotations, harder search).
class ImageFileQrSource : public wedreg::kiosk::QrScanner {
  Q_OBJECT
  QML_ELEMENT

 public:
  using QrScanner::QrScanner;

  // Decodes `path`; emits scanned() and returns true, or sets errorText and returns false.
  Q_INVOKABLE bool scanFile(const QString& path);
  // The same for an image already in memory.
  bool scanImage(const QImage& image);

  static std::optional<QString> decode(const QImage& image);
};

}  // namespace wedreg::kiosk
