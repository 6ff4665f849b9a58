// SPDX-License-Identifier: Apache-2.0
// The verify screen through the real Main.qml: a certificate's PNG fed to the image scanner source is
// checked on the kiosk (signature) and with the server (status), side by side with their ages; a
// stranger's certificate is not genuine; with the server stopped the offline banner appears within
// 5 s and the certificate still verifies offline, its status "cannot check now". Screenshots in both
// languages and large text.
#include "kiosk/devices/ImageFileQrSource.h"
#include "kiosk/verify/CertificateCheck.h"
#include "kiosk/verify/TrustListCache.h"
#include "tests/qml/CertificateFixture.h"
#include "tests/qml/UiHarness.h"

#include <QElapsedTimer>

using namespace wedreg::kiosk;
using wedreg::kiosk::test::CertificateFixture;
using wedreg::kiosk::test::UiHarness;

class TestKioskVerifyUi : public QObject {
  Q_OBJECT

 private:
  TrustListCache* trustList() const { return m_ui.object<TrustListCache>("trustList"); }
  CertificateCheck* check() const { return m_ui.object<CertificateCheck>("certificateCheck"); }

  bool scan(const QString& png) {
    auto* scanner = m_ui.object<ImageFileQrSource>("imageScanner");
    return scanner != nullptr && scanner->scanFile(png);
  }

  bool openVerify() {
    if (!QTest::qWaitFor([this] { return trustList()->ready(); }, 5000)) {
      qWarning("no trust list: %s", qPrintable(trustList()->errorText()));
      return false;
    }
    m_ui.tapToStart();
    return m_ui.waitForPage(QStringLiteral("servicePage")) && m_ui.clickItem(QStringLiteral("verifyEntry")) &&
           m_ui.waitForPage(QStringLiteral("verifyPage"));
  }

 private slots:
  void initTestCase() {
    QVERIFY(m_certificates.setUp());
    QVERIFY(m_ui.setUp());
    KioskSettings::instance()->setTrustRootPath(m_certificates.rootPath);
  }
  void init() {
    m_ui.server.serveDefaults();
    m_ui.server.serveBooking(test::kOwnHall);
    m_ui.server.setResponse("/api/v1/trust-list", {200, "application/cbor", m_certificates.trustList()});
    QVERIFY(m_ui.load(true));
  }
  void cleanup() { m_ui.unload(); }

  void genuineCertificateShowsBothAnswersSideBySide() {
    QVERIFY(openVerify());
    QVERIFY(m_ui.screenText().contains(QStringLiteral("请将证书上的二维码对准摄像头")));
    QVERIFY(m_ui.shoot(QStringLiteral("verify-start-zh_CN")));
    const CertificateFixture::Issued issued = m_certificates.issue(QStringLiteral("genuine.png"));
    m_ui.server.setResponse(issued.statusPath, {200, "application/json", CertificateFixture::statusJson("valid")});

    QVERIFY(scan(issued.png));
    QTRY_COMPARE(check()->statusState(), CertificateCheck::StatusState::Known);
    QCOMPARE(check()->signatureState(), CertificateCheck::SignatureState::Valid);
    const QString text = m_ui.screenText();
    for (const char* expected : {"真实：电子签名有效", "有效", "结婚证", "欧阳晓明", "1101**********0017",
                                 "2025-05-20", "核验时间：刚刚", "查询时间：刚刚"}) {
      QVERIFY2(text.contains(QString::fromUtf8(expected)), expected);
    }
    QVERIFY(m_ui.item(QStringLiteral("signatureAnswer")) != nullptr);
    QVERIFY(m_ui.item(QStringLiteral("statusAnswer")) != nullptr);
    QVERIFY(m_ui.shoot(QStringLiteral("verify-valid-zh_CN")));
    m_ui.setLanguage(QStringLiteral("en"));
    QTRY_VERIFY(m_ui.screenText().contains(QStringLiteral("Genuine: the signature is valid")));
    QVERIFY(m_ui.screenText().contains(QStringLiteral("In force")));
    QVERIFY(m_ui.shoot(QStringLiteral("verify-valid-en")));
    KioskSettings::instance()->setLargeText(true);
    QVERIFY(m_ui.shoot(QStringLiteral("verify-valid-large-en")));
    m_ui.setLanguage(QStringLiteral("zh_CN"));
    QVERIFY(m_ui.shoot(QStringLiteral("verify-valid-large-zh_CN")));
    KioskSettings::instance()->setLargeText(false);

    // Another certificate: back to the prompt, nothing of the last one left.
    QVERIFY(m_ui.clickItem(QStringLiteral("scanAgain")));
    QTRY_VERIFY(!check()->checked());
    QVERIFY(!m_ui.screenText().contains(QStringLiteral("欧阳晓明")));
    m_ui.setLanguage(QStringLiteral("en"));
    QVERIFY(m_ui.shoot(QStringLiteral("verify-start-en")));
  }

  void dissolvedMarriageIsShownBesideTheValidSignature() {
    QVERIFY(openVerify());
    const CertificateFixture::Issued issued = m_certificates.issue(QStringLiteral("dissolved.png"));
    m_ui.server.setResponse(issued.statusPath,
                            {200, "application/json", CertificateFixture::statusJson("dissolved")});
    QVERIFY(scan(issued.png));
    QTRY_VERIFY(m_ui.screenText().contains(QStringLiteral("已失效：婚姻关系已解除")));
    QVERIFY(m_ui.screenText().contains(QStringLiteral("真实：电子签名有效")));
    QVERIFY(m_ui.shoot(QStringLiteral("verify-dissolved-zh_CN")));
  }

  void strangersCertificateIsNotGenuine() {
    QVERIFY(openVerify());
    const CertificateFixture::Issued issued = m_certificates.issue(QStringLiteral("stranger.png"), false);
    QVERIFY(scan(issued.png));
    QTRY_VERIFY(m_ui.screenText().contains(QStringLiteral("不可信：签名密钥不在可信列表中")));
    QVERIFY(!m_ui.screenText().contains(QStringLiteral("欧阳晓明")));
    QCOMPARE(m_ui.server.requestCount(issued.statusPath), 0);
    QVERIFY(m_ui.shoot(QStringLiteral("verify-invalid-zh_CN")));
    m_ui.setLanguage(QStringLiteral("en"));
    QTRY_VERIFY(m_ui.screenText().contains(QStringLiteral("Not genuine: signed by a key this kiosk does not trust")));
    QVERIFY(m_ui.shoot(QStringLiteral("verify-invalid-en")));
  }

  void pictureWithoutACodeIsSaidPlainly() {
    QVERIFY(openVerify());
    QImage blank(200, 200, QImage::Format_Grayscale8);
    blank.fill(Qt::white);
    auto* scanner = m_ui.object<ImageFileQrSource>("imageScanner");
    QVERIFY(!scanner->scanImage(blank));
    QTRY_VERIFY(m_ui.screenText().contains(QStringLiteral("图片中未找到二维码。")));
    QVERIFY(!check()->checked());
  }

  void serverStoppedOfflineBannerWithin5sAndStillVerifies() {
    QVERIFY(openVerify());
    QTRY_VERIFY_WITH_TIMEOUT(m_ui.window->property("currentPage").toString() == QLatin1String("verifyPage"), 2000);
    const CertificateFixture::Issued issued = m_certificates.issue(QStringLiteral("offline.png"));
    QTRY_VERIFY_WITH_TIMEOUT(m_ui.object<QObject>("connectionStatus")->property("online").toBool(), 5000);
    QVERIFY(m_ui.item(QStringLiteral("offlineBanner")) == nullptr);
    QElapsedTimer sinceStop;
    m_ui.server.stop();
    sinceStop.start();
    QTRY_VERIFY_WITH_TIMEOUT(m_ui.item(QStringLiteral("offlineBanner")) != nullptr, 5000);
    const qint64 bannerMs = sinceStop.elapsed();
    QVERIFY2(bannerMs < 5000, qPrintable(QStringLiteral("offline banner after %1 ms").arg(bannerMs)));
    qInfo("offline banner shown %lld ms after the server stopped", static_cast<long long>(bannerMs));

    QVERIFY(scan(issued.png));
    QCOMPARE(check()->signatureState(), CertificateCheck::SignatureState::Valid);
    QTRY_VERIFY_WITH_TIMEOUT(check()->statusState() == CertificateCheck::StatusState::Unavailable, 6000);
    const QString text = m_ui.screenText();
    for (const char* expected : {"暂时无法连接婚姻登记服务器", "真实：电子签名有效", "暂时无法查询：无法连接婚姻登记服务器",
                                 "离线时无法得知此后的离婚或补领情况。", "欧阳晓明"}) {
      QVERIFY2(text.contains(QString::fromUtf8(expected)), expected);
    }
    QVERIFY(m_ui.shoot(QStringLiteral("verify-offline-zh_CN")));
    m_ui.setLanguage(QStringLiteral("en"));
    QTRY_VERIFY(m_ui.screenText().contains(QStringLiteral("Cannot check now: the registration server cannot be reached")));
    QVERIFY(m_ui.shoot(QStringLiteral("verify-offline-en")));
    QVERIFY(m_ui.server.start());
  }

 private:
  CertificateFixture m_certificates;
  UiHarness m_ui;
};

QTEST_MAIN(TestKioskVerifyUi)
#include "tst_kiosk_verify_ui.moc"
