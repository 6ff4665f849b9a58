// SPDX-License-Identifier: Apache-2.0
// The kiosk's certificate verifier: the trust list fetched from the server and checked against the
// pinned root (a lower seq refused, the last good list kept while the server is down, a stale list
// warned about), and a scanned certificate checked offline (signature, content, masked parties) and
// online (status by kid + hash, with its age). Keys, lists and certificates are made in the test.
#include "kiosk/backend/ApiClient.h"
#include "kiosk/backend/LanguageController.h"
#include "kiosk/verify/CertificateCheck.h"
#include "kiosk/verify/TrustListCache.h"
#include "tests/core/TrustListTestSupport.h"
#include "tests/kiosk/FakeServer.h"

#include "core/cert/CertificateCodec.h"
#include "core/cert/StatusKey.h"

#include <QElapsedTimer>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace wedreg::kiosk;
using namespace wedreg::core;
using namespace wedreg::core::cert;
using wedreg::kiosk::test::FakeServer;
namespace ct = wedreg::core::test;

namespace {

constexpr std::int64_t kIssuedAt = 1764547200;  // 2025-12-01T00:00:00Z
const QByteArray kTrustListPath = "/api/v1/trust-list";

QByteArray toQt(const Bytes& bytes) {
  return QByteArray(reinterpret_cast<const char*>(bytes.data()), static_cast<qsizetype>(bytes.size()));
}

}  // namespace

class TestCertificateCheck : public QObject {
  Q_OBJECT

 private:
  ct::TestAuthority m_root = ct::makeRoot();
  ct::IssuedSigner m_listSigner =
      ct::issueSigner(m_root, crypto::KeyType::EcP256, "wedreg test trust-list signer");
  ct::IssuedSigner m_office = ct::issueSigner(m_root, crypto::KeyType::EcP256, "wedreg 110105 signing");
  QTemporaryDir m_dir;
  QString m_rootPath;
  FakeServer m_server;
  ApiClient* m_api = nullptr;
  QDateTime m_now;

  QByteArray signedList(std::uint64_t seq, std::int64_t nextUpdate = kIssuedAt + 7 * 86400) const {
    TrustList list = ct::makeTrustList(seq, kIssuedAt, nextUpdate);
    list.entries.push_back(TrustListEntry::fromCertificate(m_office.certificate.get(), "110105"));
    return toQt(list.sign(*m_listSigner.signer, m_listSigner.certificate.get()));
  }

  void serveList(const QByteArray& body) {
    m_server.setResponse(kTrustListPath, {200, "application/cbor", body});
  }

  std::unique_ptr<TrustListCache> makeCache() {
    auto cache = std::make_unique<TrustListCache>(m_api);
    cache->setRootPath(m_rootPath);
    cache->setClock([this] { return m_now; });
    return cache;
  }

  // A cache holding the seq-3 list.
  std::unique_ptr<TrustListCache> loadedCache() {
    serveList(signedList(3));
    auto cache = makeCache();
    QSignalSpy refreshed(cache.get(), &TrustListCache::refreshed);
    cache->refresh();
    if (!refreshed.wait(5000) || !refreshed.first().first().toBool()) {
      return nullptr;
    }
    return cache;
  }

  std::unique_ptr<CertificateCheck> makeCheck(TrustListCache* cache) {
    auto check = std::make_unique<CertificateCheck>(m_api);
    check->setTrustList(cache);
    check->setClock([this] { return m_now; });
    return check;
  }

 private slots:
  void initTestCase() {
    // The assertions read the English wording (the start-up language is zh_CN).
    LanguageController::instance()->setLanguage(QStringLiteral("en"));
    QVERIFY(m_dir.isValid());
    m_rootPath = m_dir.filePath(QStringLiteral("root.crt"));
    QFile file(m_rootPath);
    QVERIFY(file.open(QIODevice::WriteOnly));
    const std::string pem = crypto::certificatePem(m_root.certificate.get());
    file.write(pem.data(), static_cast<qint64>(pem.size()));
    file.close();
    QVERIFY(m_server.start());
    m_api = new ApiClient(this);
    m_api->setBaseUrl(m_server.url());
    m_api->setTimeoutMs(2000);
  }

  void init() {
    m_now = QDateTime::fromSecsSinceEpoch(kIssuedAt + 3600, Qt::UTC);
    m_server.setMode(FakeServer::Mode::Serve);
    if (!m_server.isListening()) {
      QVERIFY(m_server.start());
    }
  }

  void trustListIsFetchedAndVerifiedAgainstThePinnedRoot() {
    auto cache = loadedCache();
    QVERIFY(cache != nullptr);
    QVERIFY(cache->ready());
    QCOMPARE(cache->seq(), 3);
    QCOMPARE(cache->keyCount(), 1);
    QCOMPARE(cache->issuedAt(), QDateTime::fromSecsSinceEpoch(kIssuedAt, Qt::UTC));
    QCOMPARE(cache->fetchedAt(), m_now);
    QVERIFY(!cache->stale());
    QVERIFY(cache->errorText().isEmpty());
    QCOMPARE(m_server.lastHeader(kTrustListPath, "accept").left(16), QByteArray("application/cbor"));
  }

  void lowerSeqIsRefusedAndTheHeldListKept() {
    auto cache = loadedCache();
    QVERIFY(cache != nullptr);
    serveList(signedList(2));
    QSignalSpy refreshed(cache.get(), &TrustListCache::refreshed);
    cache->refresh();
    QVERIFY(refreshed.wait(5000));
    QCOMPARE(refreshed.first().first().toBool(), false);
    QCOMPARE(cache->errorCode(), QStringLiteral("rollback"));
    QVERIFY(!cache->errorText().isEmpty());
    QCOMPARE(cache->seq(), 3);
    QVERIFY(cache->ready());
    // A newer one replaces it and clears the warning.
    serveList(signedList(4));
    cache->refresh();
    QVERIFY(refreshed.wait(5000));
    QCOMPARE(refreshed.last().first().toBool(), true);
    QCOMPARE(cache->seq(), 4);
    QVERIFY(cache->errorCode().isEmpty());
  }

  void listFromAForeignRootIsRefused() {
    const ct::TestAuthority otherRoot = ct::makeRoot("someone else's root");
    const ct::IssuedSigner otherSigner =
        ct::issueSigner(otherRoot, crypto::KeyType::EcP256, "foreign trust-list signer");
    TrustList list = ct::makeTrustList(9, kIssuedAt, kIssuedAt + 86400);
    list.entries.push_back(TrustListEntry::fromCertificate(m_office.certificate.get(), "110105"));
    serveList(toQt(list.sign(*otherSigner.signer, otherSigner.certificate.get())));
    auto cache = makeCache();
    QSignalSpy refreshed(cache.get(), &TrustListCache::refreshed);
    cache->refresh();
    QVERIFY(refreshed.wait(5000));
    QCOMPARE(refreshed.first().first().toBool(), false);
    QVERIFY(!cache->ready());
    QCOMPARE(cache->errorCode(), QStringLiteral("verify"));
    // Bytes that are not a list at all: the same refusal, no crash.
    QVERIFY(!cache->install(QByteArrayLiteral("not cbor at all")));
    QCOMPARE(cache->errorCode(), QStringLiteral("verify"));
  }

  void missingRootMeansNothingIsTrusted() {
    serveList(signedList(3));
    TrustListCache cache(m_api);
    cache.setRootPath(m_dir.filePath(QStringLiteral("absent.crt")));
    QSignalSpy refreshed(&cache, &TrustListCache::refreshed);
    cache.refresh();
    QCOMPARE(refreshed.count(), 1);
    QVERIFY(!cache.ready());
    QCOMPARE(cache.errorCode(), QStringLiteral("root"));
  }

  void staleListWarnsAndKeepsVerifying() {
    auto cache = loadedCache();
    QVERIFY(cache != nullptr);
    auto check = makeCheck(cache.get());
    QVERIFY(!check->trustListStale());
    m_now = QDateTime::fromSecsSinceEpoch(kIssuedAt + 8 * 86400, Qt::UTC);
    QVERIFY(cache->stale());
    QVERIFY(check->trustListStale());
    QCOMPARE(check->trustListAgeText(), QStringLiteral("8 days ago"));
    const std::string qr = CertificateCodec::issue(ct::sampleClaims(kIssuedAt), *m_office.signer);
    check->check(QString::fromStdString(qr));
    QCOMPARE(check->signatureState(), CertificateCheck::SignatureState::Valid);
  }

  void validCertificateShowsContentAndOnlineStatusWithAges() {
    auto cache = loadedCache();
    QVERIFY(cache != nullptr);
    auto check = makeCheck(cache.get());
    const CwtClaims claims = ct::sampleClaims(kIssuedAt);
    const std::string qr = CertificateCodec::issue(claims, *m_office.signer);
    const QByteArray kid = QByteArray::fromStdString(toHex(m_office.signer->kid()));
    const QByteArray hash = QByteArray::fromStdString(statusHash(claims.cti));
    const QByteArray path = "/api/v1/certificates/status/" + kid + "/" + hash;
    m_server.setResponse(path, {200, "application/json",
                                "{\"kid\":\"" + kid + "\",\"hash\":\"" + hash +
                                    "\",\"status\":\"dissolved\",\"checked_at\":\"2025-12-01T09:58:00+08:00\"}"});
    QSignalSpy statusSpy(check.get(), &CertificateCheck::statusChanged);
    check->check(QString::fromStdString(qr));

    QVERIFY(check->checked());
    QCOMPARE(check->signatureState(), CertificateCheck::SignatureState::Valid);
    QVERIFY(check->reason().isEmpty());
    QCOMPARE(check->kind(), QStringLiteral("marriage"));
    QCOMPARE(check->identifier(), QString::fromStdString(claims.certificate->identifier));
    QCOMPARE(check->registrationDate(), QStringLiteral("2025-05-20"));
    QCOMPARE(check->office(), QStringLiteral("110105"));
    QCOMPARE(check->parties().size(), 2);
    const QVariantMap first = check->parties().at(0).toMap();
    QCOMPARE(first.value(QStringLiteral("name")).toString(), QStringLiteral("欧阳晓明"));
    QCOMPARE(first.value(QStringLiteral("maskedId")).toString(), QStringLiteral("1101**********0017"));
    QCOMPARE(first.value(QStringLiteral("birthDate")).toString(), QStringLiteral("1995-03-14"));
    QCOMPARE(check->signatureCheckedAt(), m_now);
    QCOMPARE(check->signatureAgeText(), QStringLiteral("just now"));
    QCOMPARE(check->statusState(), CertificateCheck::StatusState::Checking);

    QTRY_COMPARE(check->statusState(), CertificateCheck::StatusState::Known);
    QCOMPARE(m_server.requestCount(path), 1);
    QCOMPARE(m_server.lastMethod(path), QByteArray("GET"));
    QCOMPARE(check->status(), QStringLiteral("dissolved"));
    QVERIFY(check->statusText().contains(QStringLiteral("dissolved")));
    QCOMPARE(check->statusCheckedAt(), QDateTime::fromString(QStringLiteral("2025-12-01T09:58:00+08:00"), Qt::ISODate));
    // 01:00Z is 09:00+08:00: the server's answer (09:58) is from "the future" of the fake clock: just now.
    m_now = QDateTime::fromSecsSinceEpoch(kIssuedAt + 2 * 3600 + 5 * 60, Qt::UTC);  // 10:05 +08:00
    QCOMPARE(check->statusAgeText(), QStringLiteral("7 minutes ago"));
    QCOMPARE(check->signatureAgeText(), QStringLiteral("1 hour ago"));

    check->clear();
    QVERIFY(!check->checked());
    QVERIFY(check->identifier().isEmpty());
    QVERIFY(check->parties().isEmpty());
    QCOMPARE(check->statusState(), CertificateCheck::StatusState::None);
  }

  void unknownStatusIsSaidAsSuch() {
    auto cache = loadedCache();
    QVERIFY(cache != nullptr);
    auto check = makeCheck(cache.get());
    const CwtClaims claims = ct::sampleClaims(kIssuedAt);
    const QByteArray path = "/api/v1/certificates/status/" +
                            QByteArray::fromStdString(toHex(m_office.signer->kid())) + "/" +
                            QByteArray::fromStdString(statusHash(claims.cti));
    m_server.setResponse(path, {200, "application/json", "{\"status\":\"unknown\"}"});
    check->check(QString::fromStdString(CertificateCodec::issue(claims, *m_office.signer)));
    QTRY_COMPARE(check->statusState(), CertificateCheck::StatusState::Known);
    QCOMPARE(check->status(), QStringLiteral("unknown"));
    // A reply without checked_at is dated when it arrived.
    QCOMPARE(check->statusCheckedAt(), m_now);
  }

  void serverDownStillVerifiesOfflineAndSaysStatusCannotBeChecked() {
    auto cache = loadedCache();
    QVERIFY(cache != nullptr);
    auto check = makeCheck(cache.get());
    m_server.stop();
    QSignalSpy refreshed(cache.get(), &TrustListCache::refreshed);
    cache->refresh();
    QVERIFY(refreshed.wait(5000));
    QCOMPARE(refreshed.first().first().toBool(), false);
    QCOMPARE(cache->errorCode(), QStringLiteral("network"));
    QVERIFY(cache->ready());
    QCOMPARE(cache->seq(), 3);

    QElapsedTimer timer;
    timer.start();
    check->check(QString::fromStdString(CertificateCodec::issue(ct::sampleClaims(kIssuedAt), *m_office.signer)));
    QCOMPARE(check->signatureState(), CertificateCheck::SignatureState::Valid);
    QCOMPARE(check->office(), QStringLiteral("110105"));
    QTRY_COMPARE_WITH_TIMEOUT(check->statusState(), CertificateCheck::StatusState::Unavailable, 6000);
    QVERIFY2(timer.elapsed() < 5000, "the status answer must give up within 5 s");
    QVERIFY(check->statusText().contains(QStringLiteral("Cannot check now")));
    QVERIFY(check->statusAgeText().isEmpty());
  }

  void certificateFromAnUntrustedKeyIsNotGenuineAndShowsNothing() {
    auto cache = loadedCache();
    QVERIFY(cache != nullptr);
    auto check = makeCheck(cache.get());
    const ct::TestSigner stranger = ct::makeSigner(crypto::KeyType::EcP256, "999999");
    check->check(QString::fromStdString(CertificateCodec::issue(ct::sampleClaims(kIssuedAt), *stranger.signer)));
    QCOMPARE(check->signatureState(), CertificateCheck::SignatureState::Invalid);
    QCOMPARE(check->reason(), QStringLiteral("kid-unknown"));
    QVERIFY(check->signatureText().contains(QStringLiteral("Not genuine")));
    LanguageController::instance()->setLanguage(QStringLiteral("zh_CN"));
    QCOMPARE(check->signatureText(), QStringLiteral("不可信：签名密钥不在可信列表中"));
    LanguageController::instance()->setLanguage(QStringLiteral("en"));
    QVERIFY(check->identifier().isEmpty());
    QVERIFY(check->parties().isEmpty());
    QCOMPARE(check->statusState(), CertificateCheck::StatusState::None);
  }

  void damagedTextIsRefusedWithoutACrash() {
    auto cache = loadedCache();
    QVERIFY(cache != nullptr);
    auto check = makeCheck(cache.get());
    std::string qr = CertificateCodec::issue(ct::sampleClaims(kIssuedAt), *m_office.signer);
    qr[qr.size() / 2] = qr[qr.size() / 2] == 'A' ? 'B' : 'A';
    for (const QString& text : {QString::fromStdString(qr), QStringLiteral("hello"), QString(),
                                QStringLiteral("MC1:%%%"), QStringLiteral("MC1:")}) {
      check->check(text);
      QCOMPARE(check->signatureState(), CertificateCheck::SignatureState::Invalid);
      QVERIFY(!check->reason().isEmpty());
      QVERIFY(check->identifier().isEmpty());
    }
  }

  void withoutATrustListNothingCanBeChecked() {
    auto cache = makeCache();
    auto check = makeCheck(cache.get());
    check->check(QString::fromStdString(CertificateCodec::issue(ct::sampleClaims(kIssuedAt), *m_office.signer)));
    QCOMPARE(check->signatureState(), CertificateCheck::SignatureState::NoTrustList);
    QVERIFY(!check->signatureText().isEmpty());
    QCOMPARE(check->statusState(), CertificateCheck::StatusState::None);
  }
};

QTEST_MAIN(TestCertificateCheck)
#include "tst_certificate_check.moc"
