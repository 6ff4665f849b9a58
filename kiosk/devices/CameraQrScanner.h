// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "kiosk/devices/QrScanner.h"

#include <QElapsedTimer>
#include <QPointer>
#include <QThread>
#include <QVideoFrame>

#include <memory>

class QCamera;
class QMediaCaptureSession;
class QVideoSink;

namespace wedreg::kiosk {

class QrFrameDecoder;

// QR codes from the kiosk camera: QCamera → QMediaCaptureSession → QVideoSink; each frame goes to a
// QrFrameDecoder on a worker thread, and frames that arrive while it is busy are dropped (a camera
// gives 30 a second, ZXing needs tens of milliseconds each: queueing them would only add lag). The same
// text is not reported twice within kRepeatMs, so a code held still is one scan.
// With no camera, `available` is false and errorText says to use the desk scanner or a picture.
class CameraQrScanner : public wedreg::kiosk::QrScanner {
  Q_OBJECT
  QML_ELEMENT
  Q_PROPERTY(bool available READ available CONSTANT)
  // Capturing and decoding; false stops the camera (it stays off while no screen needs it).
  Q_PROPERTY(bool active READ active WRITE setActive NOTIFY activeChanged)
  // Frames not decoded because the decoder was still busy (tests and diagnostics).
  Q_PROPERTY(int droppedFrames READ droppedFrames NOTIFY framesChanged)
  Q_PROPERTY(int decodedFrames READ decodedFrames NOTIFY framesChanged)

 public:
  static constexpr int kRepeatMs = 3000;

  explicit CameraQrScanner(QObject* parent = nullptr);
  ~CameraQrScanner() override;

  bool available() const { return m_available; }
  bool active() const { return m_active; }
  void setActive(bool active);
  int droppedFrames() const { return m_dropped; }
  int decodedFrames() const { return m_decoded; }
  // True while a frame is with the decoder.
  bool busy() const { return m_busy; }

  // Where the camera's frames arrive (a VideoOutput may show the same sink's frames).
  QVideoSink* videoSink() const { return m_sink; }

  // One frame from the sink (or a test): decoded on the worker thread unless one is in progress.
  void offerFrame(const QVideoFrame& frame);

 signals:
  void activeChanged();
  void framesChanged();
  // Internal: hands a frame to the worker thread.
  void frameReady(const QVideoFrame& frame);

 private:
  void onDecoded(const QString& text);

  bool m_available = false;
  bool m_active = false;
  bool m_busy = false;
  int m_dropped = 0;
  int m_decoded = 0;
  QString m_lastText;
  QElapsedTimer m_lastTextAge;
  QThread m_thread;
  QrFrameDecoder* m_decoder = nullptr;  // lives on m_thread, deleted when it finishes
  QVideoSink* m_sink = nullptr;
  std::unique_ptr<QMediaCaptureSession> m_session;
  std::unique_ptr<QCamera> m_camera;
};

}  // namespace wedreg::kiosk
