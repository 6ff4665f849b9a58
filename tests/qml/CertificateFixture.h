// SPDX-License-Identifier: Apache-2.0
#pragma once

// For the UI tests that scan certificates: a throwaway PKI made at run time (root, trust-list signer,
// one office key), the root written as the kiosk's pinned root.crt, the signed trust list, and
// certificates issued and rendered as the PNG a desk scanner would hand the kiosk.

#include "kiosk/booking/QrCodeItem.h"
#include "tests/core/TrustListTestSupport.h"

#include "core/cert/CertificateCodec.h"
#include "core/cert/StatusKey.h"

#include <QByteArray>
#include <QFile>
#include <QImage>
#include <QString>
#include <QTemporaryDir>

namespace wedreg::kiosk::test {

class CertificateFixture {
 public:
  static constexpr std::int64_t kIssuedAt = 1764547200;  // 2025-12-01T00:00:00Z

  bool setUp() {
    if (!m_dir.isValid()) {
      return false;
    }
    rootPath = m_dir.filePath(QStringLiteral("root.crt"));
    QFile file(rootPath);
    if (!file.open(QIODevice::WriteOnly)) {
      return false;
    }
    const std::string pem = core::crypto::certificatePem(m_root.certificate.get());
    return file.write(pem.data(), static_cast<qint64>(pem.size())) == static_cast<qint64>(pem.size());
  }

  // The signed trust list (CBOR) naming the office key; next_update a year after issue.
  QByteArray trustList(std::uint64_t seq = 1) const {
    core::cert::TrustList list = core::test::makeTrustList(seq, kIssuedAt, kIssuedAt + 365LL * 86400 * 5);
    list.entries.push_back(core::cert::TrustListEntry::fromCertificate(m_office.certificate.get(), "110105"));
    return bytes(list.sign(*m_listSigner.signer, m_listSigner.certificate.get()));
  }

  struct Issued {
    QString qr;
    QByteArray statusPath;  // GET /api/v1/certificates/status/{kid}/{hash}
    QString png;
  };

  // A certificate signed by the trusted office key, or (`trusted` false) by a stranger's key.
  Issued issue(const QString& pngName, bool trusted = true) {
    const core::cert::CwtClaims claims = core::test::sampleClaims(kIssuedAt);
    const core::test::TestSigner stranger = core::test::makeSigner(core::crypto::KeyType::EcP256, "999999");
    const core::cert::CoseSigner& signer = trusted ? *m_office.signer : *stranger.signer;
    Issued out;
    out.qr = QString::fromStdString(core::cert::CertificateCodec::issue(claims, signer));
    out.statusPath = "/api/v1/certificates/status/" + QByteArray::fromStdString(core::toHex(signer.kid())) +
                     "/" + QByteArray::fromStdString(core::cert::statusHash(claims.cti));
    out.png = m_dir.filePath(pngName);
    const QImage symbol = QrCodeItem::render(out.qr);
    symbol.scaled(symbol.width() * 6, symbol.height() * 6, Qt::IgnoreAspectRatio, Qt::FastTransformation)
        .save(out.png);
    return out;
  }

  static QByteArray statusJson(const QByteArray& status) {
    return "{\"status\":\"" + status + "\",\"checked_at\":\"" +
           QDateTime::currentDateTimeUtc().toString(Qt::ISODate).toLatin1() + "\"}";
  }

  QString rootPath;

 private:
  static QByteArray bytes(const core::Bytes& data) {
    return QByteArray(reinterpret_cast<const char*>(data.data()), static_cast<qsizetype>(data.size()));
  }

  QTemporaryDir m_dir;
  core::test::TestAuthority m_root = core::test::makeRoot();
  core::test::IssuedSigner m_listSigner =
      core::test::issueSigner(m_root, core::crypto::KeyType::EcP256, "wedreg test trust-list signer");
  core::test::IssuedSigner m_office =
      core::test::issueSigner(m_root, core::crypto::KeyType::EcP256, "wedreg 110105 signing");
};

}  // namespace wedreg::kiosk::test
