// SPDX-License-Identifier: Apache-2.0
#include "kiosk/devices/CameraQrScanner.h"

#include "kiosk/devices/QrFrameDecoder.h"

#include <QCamera>
#include <QMediaCaptureSession>
#include <QMediaDevices>
#include <QVideoSink>

namespace wedreg::kiosk {

CameraQrScanner::CameraQrScanner(QObject* parent)
    : QrScanner(parent), m_decoder(new QrFrameDecoder), m_sink(new QVideoSink(this)) {
  m_thread.setObjectName(QStringLiteral("qr-decoder"));
  m_decoder->moveToThread(&m_thread);
  connect(&m_thread, &QThread::finished, m_decoder, &QObject::deleteLater);
  connect(this, &CameraQrScanner::frameReady, m_decoder, &QrFrameDecoder::decode, Qt::QueuedConnection);
  connect(m_decoder, &QrFrameDecoder::finished, this, &CameraQrScanner::onDecoded, Qt::QueuedConnection);
  connect(m_sink, &QVideoSink::videoFrameChanged, this, &CameraQrScanner::offerFrame);
  m_thread.start();

  const QCameraDevice device = QMediaDevices::defaultVideoInput();
  m_available = !device.isNull();
  if (!m_available) {
    setErrorText(tr("No camera found: hold the QR code to the desk scanner, or use a picture of it."));
    return;
  }
  m_camera = std::make_unique<QCamera>(device);
  m_session = std::make_unique<QMediaCaptureSession>();
  m_session->setCamera(m_camera.get());
  m_session->setVideoSink(m_sink);
  connect(m_camera.get(), &QCamera::errorOccurred, this,
          [this](QCamera::Error error, const QString&) {
            if (error != QCamera::NoError) {
              setErrorText(tr("The camera stopped working: use the desk scanner or a picture."));
            }
          });
}

CameraQrScanner::~CameraQrScanner() {
  if (m_camera) {
    m_camera->stop();
  }
  m_thread.quit();
  m_thread.wait();
}

void CameraQrScanner::setActive(bool active) {
  if (m_active == active) {
    return;
  }
  m_active = active;
  if (m_camera) {
    m_camera->setActive(active);
  }
  emit activeChanged();
}

void CameraQrScanner::offerFrame(const QVideoFrame& frame) {
  if (m_busy) {
    ++m_dropped;
    emit framesChanged();
    return;
  }
  m_busy = true;
  emit frameReady(frame);
}

void CameraQrScanner::onDecoded(const QString& text) {
  m_busy = false;
  ++m_decoded;
  emit framesChanged();
  if (text.isEmpty()) {
    return;
  }
  if (text == m_lastText && m_lastTextAge.isValid() && m_lastTextAge.elapsed() < kRepeatMs) {
    return;
  }
  m_lastText = text;
  m_lastTextAge.start();
  emit scanned(text);
}

}  // namespace wedreg::kiosk
