// SPDX-License-Identifier: Apache-2.0
#include "kiosk/devices/QrFrameDecoder.h"

#include "core/qr/QrReader.h"

#include <QImage>
#include <QVideoFrameFormat>

namespace wedreg::kiosk {
namespace {

// Formats whose plane 0 is 8-bit luma, one byte per pixel (DESIGN §3: feed it as ImageFormat::Lum).
bool hasLumaPlane(QVideoFrameFormat::PixelFormat format) {
  switch (format) {
    case QVideoFrameFormat::Format_NV12:
    case QVideoFrameFormat::Format_NV21:
    case QVideoFrameFormat::Format_YUV420P:
    case QVideoFrameFormat::Format_YUV422P:
    case QVideoFrameFormat::Format_YV12:
    case QVideoFrameFormat::Format_IMC1:
    case QVideoFrameFormat::Format_IMC2:
    case QVideoFrameFormat::Format_IMC3:
    case QVideoFrameFormat::Format_IMC4:
    case QVideoFrameFormat::Format_Y8:
      return true;
    default:
      return false;
  }
}

std::optional<QString> toText(const std::optional<core::qr::QrReadResult>& result) {
  if (!result) {
    return std::nullopt;
  }
  return QString::fromUtf8(result->text.data(), static_cast<qsizetype>(result->text.size()));
}

}  // namespace

std::optional<QString> QrFrameDecoder::decodeFrame(const QVideoFrame& frame) {
  if (!frame.isValid()) {
    return std::nullopt;
  }
  if (hasLumaPlane(frame.pixelFormat())) {
    QVideoFrame mapped(frame);  // a shallow copy: map() needs a non-const frame
    if (!mapped.map(QVideoFrame::ReadOnly)) {
      return std::nullopt;
    }
    const std::optional<core::qr::QrReadResult> result = core::qr::QrReader::read(
        mapped.bits(0), mapped.width(), mapped.height(), mapped.bytesPerLine(0));
    mapped.unmap();
    return toText(result);
  }
  const QImage image = frame.toImage();
  if (image.isNull()) {
    return std::nullopt;
  }
  const QImage luma = image.convertToFormat(QImage::Format_Grayscale8);
  return toText(core::qr::QrReader::read(luma.constBits(), luma.width(), luma.height(),
                                         static_cast<int>(luma.bytesPerLine())));
}

void QrFrameDecoder::decode(const QVideoFrame& frame) {
  emit finished(decodeFrame(frame).value_or(QString()));
}

}  // namespace wedreg::kiosk
