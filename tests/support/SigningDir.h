// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "tests/core/TrustListTestSupport.h"

#include <QString>
#include <QStringList>
#include <QTemporaryDir>

#include <map>
#include <string>

namespace wedreg::tests {

// A throwaway signing directory laid out as certs/make-dev-signing-keys writes it (root.crt,
// trust-list.crt/.key, office-<code>-<stamp>.crt/.key), made in memory by the test: no private key
// ever lives in the repository. Give path() to the server as certificates.signing_dir.
class SigningDir {
public:
    explicit SigningDir(const QStringList& officeCodes = {QStringLiteral("370100"), QStringLiteral("370102"),
                                                          QStringLiteral("370104")});

    QString path() const { return m_dir.path(); }
    QString setting() const { return QStringLiteral("certificates.signing_dir=") + m_dir.path(); }
    const core::test::TestAuthority& root() const { return m_root; }
    const core::test::IssuedSigner& trustListSigner() const { return m_listSigner; }
    const core::test::IssuedSigner& office(const std::string& code) const { return m_offices.at(code); }
    // Writes the `revocations` file the server reads at start: "KID_HEX EPOCH" per line.
    void revoke(const std::string& kidHex, std::int64_t at);

private:
    QTemporaryDir m_dir;
    core::test::TestAuthority m_root;
    core::test::IssuedSigner m_listSigner;
    std::map<std::string, core::test::IssuedSigner> m_offices;
};

}  // namespace wedreg::tests
