// SPDX-License-Identifier: Apache-2.0
#include "kiosk/backend/ClientTls.h"

#include <QFile>
#include <QList>
#include <QSslCertificate>
#include <QSslKey>

namespace wedreg::kiosk {

namespace {
std::optional<QByteArray> readFile(const QString& path, QString* error) {
  QFile file(path);
  if (!file.open(QIODevice::ReadOnly)) {
    *error = QStringLiteral("cannot read %1: %2").arg(path, file.errorString());
    return std::nullopt;
  }
  return file.readAll();
}

// make-dev-pki writes P-256 keys; RSA keys from another CA work too.
QSslKey parseKey(const QByteArray& pem) {
  for (const QSsl::KeyAlgorithm algorithm : {QSsl::Ec, QSsl::Rsa}) {
    QSslKey key(pem, algorithm, QSsl::Pem, QSsl::PrivateKey);
    if (!key.isNull()) {
      return key;
    }
  }
  return {};
}
}  // namespace

std::optional<QSslConfiguration> loadClientTls(const ClientTlsFiles& files, QString* error) {
  QString ignored;
  QString& why = error != nullptr ? *error : ignored;
  QSslConfiguration config = QSslConfiguration::defaultConfiguration();
  if (files.certificate.isEmpty() != files.privateKey.isEmpty()) {
    why = QStringLiteral("a client certificate needs its private key and the other way round");
    return std::nullopt;
  }
  if (!files.certificate.isEmpty()) {
    const std::optional<QByteArray> certificatePem = readFile(files.certificate, &why);
    if (!certificatePem) {
      return std::nullopt;
    }
    const QList<QSslCertificate> chain = QSslCertificate::fromData(*certificatePem, QSsl::Pem);
    if (chain.isEmpty()) {
      why = QStringLiteral("%1 holds no PEM certificate").arg(files.certificate);
      return std::nullopt;
    }
    const std::optional<QByteArray> keyPem = readFile(files.privateKey, &why);
    if (!keyPem) {
      return std::nullopt;
    }
    const QSslKey key = parseKey(*keyPem);
    if (key.isNull()) {
      why = QStringLiteral("%1 holds no readable PEM private key").arg(files.privateKey);
      return std::nullopt;
    }
    config.setLocalCertificateChain(chain);
    config.setPrivateKey(key);
  }
  if (!files.ca.isEmpty()) {
    const std::optional<QByteArray> caPem = readFile(files.ca, &why);
    if (!caPem) {
      return std::nullopt;
    }
    const QList<QSslCertificate> authorities = QSslCertificate::fromData(*caPem, QSsl::Pem);
    if (authorities.isEmpty()) {
      why = QStringLiteral("%1 holds no PEM certificate").arg(files.ca);
      return std::nullopt;
    }
    // Pinned: the kiosk trusts its own CA for the server, not every CA the system knows.
    config.setCaCertificates(authorities);
  }
  config.setPeerVerifyMode(QSslSocket::VerifyPeer);
  config.setProtocol(QSsl::TlsV1_2OrLater);
  return config;
}

}  // namespace wedreg::kiosk
