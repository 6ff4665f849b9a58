// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QObject>
#include <QString>
#include <QVideoFrame>

#include <optional>

namespace wedreg::kiosk {

// Decodes one camera frame: the luma plane of a YUV frame (NV12, NV21, I420, …) goes straight to
// wedreg_core's QrReader as a grey image; other pixel formats go through QVideoFrame::toImage(). Lives on
// CameraQrScanner's worker thread, so ZXing's search never stalls the UI.
class QrFrameDecoder : public QObject {
  Q_OBJECT

 public:
  using QObject::QObject;

  // The frame's QR text, or nullopt (no code, or a frame that cannot be read). Thread-safe: no state.
  static std::optional<QString> decodeFrame(const QVideoFrame& frame);

 public slots:
  // decodeFrame() on this object's thread; always answers with finished().
  void decode(const QVideoFrame& frame);

 signals:
  // `text` is empty when the frame held no readable QR code.
  void finished(const QString& text);
};

}  // namespace wedreg::kiosk
