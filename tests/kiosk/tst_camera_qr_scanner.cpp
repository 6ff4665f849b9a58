// SPDX-License-Identifier: Apache-2.0
// The camera QR path with no camera: a signed certificate's QR, rendered as the kiosk renders it, is
// turned into the video frames a camera would deliver (NV12 with a luma plane, and RGB) and fed to the
// decoder and to CameraQrScanner's frame slot; frames arriving while the decoder is busy are dropped.
#include "kiosk/booking/QrCodeItem.h"
#include "kiosk/devices/CameraQrScanner.h"
#include "kiosk/devices/QrFrameDecoder.h"
#include "tests/core/TrustListTestSupport.h"

#include "core/cert/CertificateCodec.h"

#include <QImage>
#include <QCameraDevice>
#include <QMediaDevices>
#include <QSignalSpy>
#include <QTest>
#include <QVideoFrame>
#include <QVideoFrameFormat>
#include <QVideoSink>

#include <cstring>

using namespace wedreg::kiosk;

namespace {

// A certificate QR the size a 1280×720 camera would see it, centred on a grey background.
QImage cameraView(const QString& text) {
  const QImage symbol = QrCodeItem::render(text);
  const QImage scaled = symbol.scaled(symbol.size() * 5, Qt::IgnoreAspectRatio, Qt::FastTransformation);
  QImage view(1280, 720, QImage::Format_Grayscale8);
  view.fill(QColor(150, 150, 150));
  for (int y = 0; y < scaled.height(); ++y) {
    const QImage line = scaled.convertToFormat(QImage::Format_Grayscale8);
    std::memcpy(view.scanLine(y + (720 - scaled.height()) / 2) + (1280 - scaled.width()) / 2,
                line.constScanLine(y), static_cast<std::size_t>(scaled.width()));
  }
  return view;
}

// NV12: plane 0 the luma rows, plane 1 interleaved chroma (neutral grey here).
QVideoFrame nv12Frame(const QImage& luma) {
  QVideoFrame frame(QVideoFrameFormat(luma.size(), QVideoFrameFormat::Format_NV12));
  if (!frame.map(QVideoFrame::WriteOnly)) {
    return {};
  }
  for (int y = 0; y < luma.height(); ++y) {
    std::memcpy(frame.bits(0) + static_cast<qsizetype>(y) * frame.bytesPerLine(0), luma.constScanLine(y),
                static_cast<std::size_t>(luma.width()));
  }
  std::memset(frame.bits(1), 128, static_cast<std::size_t>(frame.mappedBytes(1)));
  frame.unmap();
  return frame;
}

QVideoFrame rgbFrame(const QImage& image) {
  const QImage rgb = image.convertToFormat(QImage::Format_RGBX8888);
  QVideoFrame frame(QVideoFrameFormat(rgb.size(), QVideoFrameFormat::Format_RGBX8888));
  if (!frame.map(QVideoFrame::WriteOnly)) {
    return {};
  }
  for (int y = 0; y < rgb.height(); ++y) {
    std::memcpy(frame.bits(0) + static_cast<qsizetype>(y) * frame.bytesPerLine(0), rgb.constScanLine(y),
                static_cast<std::size_t>(rgb.width()) * 4);
  }
  frame.unmap();
  return frame;
}

}  // namespace

class TestCameraQrScanner : public QObject {
  Q_OBJECT

 private:
  QString m_certificate;

 private slots:
  void initTestCase() {
    const wedreg::core::test::TestSigner signer =
        wedreg::core::test::makeSigner(wedreg::core::crypto::KeyType::EcP256, "110105");
    m_certificate = QString::fromStdString(
        wedreg::core::cert::CertificateCodec::issue(wedreg::core::test::sampleClaims(1764547200), *signer.signer));
    QVERIFY(m_certificate.startsWith(QStringLiteral("MC1:")));
  }

  void decoderReadsTheLumaPlaneOfAnNv12Frame() {
    const QVideoFrame frame = nv12Frame(cameraView(m_certificate));
    QVERIFY(frame.isValid());
    QCOMPARE(QrFrameDecoder::decodeFrame(frame).value_or(QString()), m_certificate);
  }

  void decoderReadsAnRgbFrame() {
    const QVideoFrame frame = rgbFrame(cameraView(m_certificate));
    QVERIFY(frame.isValid());
    QCOMPARE(QrFrameDecoder::decodeFrame(frame).value_or(QString()), m_certificate);
  }

  void decoderFindsNothingInAnEmptyFrame() {
    QImage blank(640, 480, QImage::Format_Grayscale8);
    blank.fill(Qt::white);
    QVERIFY(!QrFrameDecoder::decodeFrame(nv12Frame(blank)).has_value());
    QVERIFY(!QrFrameDecoder::decodeFrame(QVideoFrame()).has_value());
  }

  void scannerDecodesOnItsWorkerThreadAndDropsFramesWhileBusy() {
    CameraQrScanner scanner;
    QSignalSpy scanned(&scanner, &QrScanner::scanned);
    const QVideoFrame frame = nv12Frame(cameraView(m_certificate));
    // Three frames in one go: the first goes to the decoder, the two that follow find it busy.
    scanner.offerFrame(frame);
    QVERIFY(scanner.busy());
    scanner.offerFrame(frame);
    scanner.offerFrame(frame);
    QCOMPARE(scanner.droppedFrames(), 2);
    QVERIFY(scanned.wait(5000));
    QCOMPARE(scanned.count(), 1);
    QCOMPARE(scanned.at(0).at(0).toString(), m_certificate);
    QCOMPARE(scanner.decodedFrames(), 1);
    QVERIFY(!scanner.busy());
  }

  void theSameCodeHeldStillIsOneScan() {
    CameraQrScanner scanner;
    QSignalSpy scanned(&scanner, &QrScanner::scanned);
    const QVideoFrame frame = nv12Frame(cameraView(m_certificate));
    for (int i = 0; i < 3; ++i) {
      scanner.offerFrame(frame);
      QTRY_VERIFY(!scanner.busy());
    }
    QCOMPARE(scanner.decodedFrames(), 3);
    QCOMPARE(scanned.count(), 1);
    // A different code is reported at once.
    scanner.offerFrame(nv12Frame(cameraView(QStringLiteral("WEDREG:APT:apt-1:K7Q2M9"))));
    QTRY_COMPARE(scanned.count(), 2);
    QCOMPARE(scanned.at(1).at(0).toString(), QStringLiteral("WEDREG:APT:apt-1:K7Q2M9"));
  }

  void framesFromTheVideoSinkReachTheDecoder() {
    CameraQrScanner scanner;
    QSignalSpy scanned(&scanner, &QrScanner::scanned);
    scanner.videoSink()->setVideoFrame(nv12Frame(cameraView(m_certificate)));
    QVERIFY(scanned.wait(5000));
    QCOMPARE(scanned.at(0).at(0).toString(), m_certificate);
  }

  void withoutACameraItSaysToUseTheFileSource() {
    CameraQrScanner scanner;
    QCOMPARE(scanner.available(), !QMediaDevices::videoInputs().isEmpty());
    if (scanner.available()) {
      QSKIP("this machine has a camera");
    }
    QVERIFY(!scanner.errorText().isEmpty());
    scanner.setActive(true);  // nothing to start; must not crash
    QVERIFY(scanner.active());
  }
};

QTEST_MAIN(TestCameraQrScanner)
#include "tst_camera_qr_scanner.moc"
