// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <Poco/Net/Context.h>

#include <QStringList>
#include <QTemporaryDir>

namespace wedreg::tests {

// The development PKI of certs/make-dev-pki in a temporary directory (a CA, the server's
// certificate, one kiosk certificate per demo hall with the hall id as OU), and the settings and
// client contexts the TLS suites need.
class DevPki {
public:
    // Runs the script; false (and error()) when it failed.
    bool make();
    QString error() const { return m_error; }

    QString file(const QString& name) const { return m_dir.path() + QLatin1Char('/') + name; }
    // --set values for a server that speaks TLS and requires a kiosk certificate.
    QStringList serverSettings() const;
    // A client context trusting the CA; with `kiosk` ("kiosk-jn-lixia") it presents that certificate.
    Poco::Net::Context::Ptr clientContext(const QString& kiosk = {}) const;

private:
    QTemporaryDir m_dir;
    QString m_error;
};

}  // namespace wedreg::tests
