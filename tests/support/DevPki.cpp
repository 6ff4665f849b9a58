// SPDX-License-Identifier: Apache-2.0
#include "support/DevPki.h"

#include <Poco/Net/AcceptCertificateHandler.h>
#include <Poco/Net/SSLManager.h>

#include <QProcess>
#include <QProcessEnvironment>

namespace wedreg::tests {

bool DevPki::make()
{
    QProcess script;
    auto env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("WEDREG_KIOSK_HALLS"), QStringLiteral("jn-lixia jn-quanxi jn-huaiyin"));
    script.setProcessEnvironment(env);
    script.start(QStringLiteral(WEDREG_SOURCE_DIR "/certs/make-dev-pki"), {m_dir.path()});
    if (!script.waitForFinished(60000) || script.exitCode() != 0) {
        m_error = QString::fromLocal8Bit(script.readAllStandardError());
        return false;
    }
    Poco::Net::initializeSSL();
    // Client sessions without a context of their own (none here) and the handler for a server
    // certificate that fails verification: refuse it rather than ask.
    Poco::Net::SSLManager::instance().initializeClient(nullptr, new Poco::Net::AcceptCertificateHandler(false),
                                                       clientContext());
    return true;
}

QStringList DevPki::serverSettings() const
{
    return {QStringLiteral("tls.enabled=true"), QStringLiteral("tls.certificate=%1").arg(file(QStringLiteral("server.crt"))),
            QStringLiteral("tls.private_key=%1").arg(file(QStringLiteral("server.key"))),
            QStringLiteral("tls.ca=%1").arg(file(QStringLiteral("ca.crt"))), QStringLiteral("tls.verify_clients=true")};
}

Poco::Net::Context::Ptr DevPki::clientContext(const QString& kiosk) const
{
    Poco::Net::Context::Params params;
    params.caLocation = file(QStringLiteral("ca.crt")).toStdString();
    params.verificationMode = Poco::Net::Context::VERIFY_STRICT;
    if (!kiosk.isEmpty()) {
        params.certificateFile = file(kiosk + QStringLiteral(".crt")).toStdString();
        params.privateKeyFile = file(kiosk + QStringLiteral(".key")).toStdString();
    }
    return new Poco::Net::Context(Poco::Net::Context::TLS_CLIENT_USE, params);
}

}  // namespace wedreg::tests
