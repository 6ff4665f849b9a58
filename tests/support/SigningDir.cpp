// SPDX-License-Identifier: Apache-2.0
#include "support/SigningDir.h"

#include <fstream>

namespace wedreg::tests {
namespace {

void writeText(const QString& path, const std::string& text)
{
    std::ofstream(path.toStdString(), std::ios::binary) << text;
}

}  // namespace

SigningDir::SigningDir(const QStringList& officeCodes)
    : m_root(core::test::makeRoot())
    , m_listSigner(core::test::issueSigner(m_root, core::crypto::KeyType::EcP256, "wedreg test trust-list signer"))
{
    writeText(m_dir.filePath(QStringLiteral("root.crt")), core::crypto::certificatePem(m_root.certificate.get()));
    writeText(m_dir.filePath(QStringLiteral("trust-list.crt")),
              core::crypto::certificatePem(m_listSigner.certificate.get()));
    writeText(m_dir.filePath(QStringLiteral("trust-list.key")), core::crypto::privateKeyPem(m_listSigner.signer->key()));
    for (const auto& code : officeCodes) {
        auto signer = core::test::issueSigner(m_root, core::crypto::KeyType::EcP256,
                                              "wedreg " + code.toStdString() + " signing");
        const auto stem = m_dir.filePath(QStringLiteral("office-%1-20250101T000000Z").arg(code));
        writeText(stem + QStringLiteral(".crt"), core::crypto::certificatePem(signer.certificate.get()));
        writeText(stem + QStringLiteral(".key"), core::crypto::privateKeyPem(signer.signer->key()));
        m_offices.emplace(code.toStdString(), std::move(signer));
    }
}

void SigningDir::revoke(const std::string& kidHex, std::int64_t at)
{
    std::ofstream(m_dir.filePath(QStringLiteral("revocations")).toStdString(), std::ios::app)
        << kidHex << ' ' << at << '\n';
}

}  // namespace wedreg::tests
