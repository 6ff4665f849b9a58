// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QSslConfiguration>
#include <QString>

#include <optional>

namespace wedreg::kiosk {

// The files of a kiosk's TLS identity (certs/make-dev-pki in development): its client certificate and
// private key (PEM; the certificate's OU names the hall the server binds the kiosk to) and the CA
// certificate that signs the server's certificate.
struct ClientTlsFiles {
  QString certificate;
  QString privateKey;
  QString ca;

  bool isEmpty() const { return certificate.isEmpty() && privateKey.isEmpty() && ca.isEmpty(); }
  bool operator==(const ClientTlsFiles&) const = default;
};

// The SSL configuration for requests to an https server: the kiosk's certificate and key presented
// to the server, and only `ca` trusted for the server's certificate (when given; the system's CAs
// otherwise). A certificate needs its key and the other way round. Null with `error` set (which file,
// what is wrong) when a file cannot be read or parsed.
std::optional<QSslConfiguration> loadClientTls(const ClientTlsFiles& files, QString* error);

}  // namespace wedreg::kiosk
