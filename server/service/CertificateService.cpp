// SPDX-License-Identifier: Apache-2.0
#include "server/service/CertificateService.h"

#include "core/Errors.h"
#include "core/cert/CoseSign1.h"
#include "core/cert/TrustListVerifier.h"
#include "core/crypto/Keys.h"

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <map>
#include <sstream>
#include <stdexcept>

namespace wedreg::server::service {

namespace {

namespace fs = std::filesystem;

std::string readText(const fs::path& path)
{
    std::ifstream in(path, std::ios::binary);
    if (!in) {
        throw std::runtime_error("certificates: cannot read " + path.string());
    }
    return std::string(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
}

// "office-110105-20251201T000000Z.crt" -> "110105"; empty when the name has another shape.
std::string officeOf(const std::string& fileName)
{
    constexpr std::string_view kPrefix = "office-";
    if (fileName.rfind(kPrefix, 0) != 0 || !fileName.ends_with(".crt")) {
        return {};
    }
    const auto end = fileName.find('-', kPrefix.size());
    return end == std::string::npos ? std::string{} : fileName.substr(kPrefix.size(), end - kPrefix.size());
}

// `revocations`: one "KID_HEX EPOCH_SECONDS" per line ('#' comments): that key signs nothing valid
// after that moment (DESIGN §7); certificates it signed before stay valid. A missing file is no
// revocation; a malformed line stops the start rather than publish a list without it.
std::map<std::string, std::int64_t> readRevocations(const fs::path& file)
{
    std::map<std::string, std::int64_t> out;
    if (!fs::exists(file)) {
        return out;
    }
    std::istringstream lines(readText(file));
    int number = 0;
    for (std::string line; std::getline(lines, line);) {
        ++number;
        if (const auto hash = line.find('#'); hash != std::string::npos) {
            line.erase(hash);
        }
        std::istringstream fields(line);
        std::string kid;
        std::int64_t at = 0;
        if (!(fields >> kid)) {
            continue;  // blank or comment
        }
        const bool hex = kid.size() == 16 && std::all_of(kid.begin(), kid.end(), [](char c) {
                             return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f');
                         });
        if (!hex || !(fields >> at) || at < 0) {
            throw std::runtime_error("certificates: " + file.string() + " line " + std::to_string(number) +
                                     ": expected \"KID_HEX(16) EPOCH_SECONDS\"");
        }
        out[kid] = at;
    }
    return out;
}

}  // namespace

CertificateService::CertificateService(const std::string& signingDir, std::int64_t now, std::int64_t validDays)
{
    const fs::path dir(signingDir);
    if (signingDir.empty() || !fs::is_directory(dir)) {
        return;  // not configured: the endpoints answer 503 trust-list
    }
    core::cert::TrustList list;
    list.seq = static_cast<std::uint64_t>(std::max<std::int64_t>(now, 0));
    list.issuedAt = now;
    list.nextUpdate = now + validDays * 86400;
    std::vector<fs::path> offices;
    for (const auto& file : fs::directory_iterator(dir)) {
        if (!officeOf(file.path().filename().string()).empty()) {
            offices.push_back(file.path());
        }
    }
    std::sort(offices.begin(), offices.end());  // stable order: the same keys give the same payload
    const auto revocations = readRevocations(dir / "revocations");
    for (const auto& path : offices) {
        const auto certificate = core::crypto::parseCertificatePem(readText(path));
        const auto office = officeOf(path.filename().string());
        auto entry = core::cert::TrustListEntry::fromCertificate(certificate.get(), office);
        if (const auto revoked = revocations.find(core::toHex(entry.kid)); revoked != revocations.end()) {
            entry.revokedAt = revoked->second;
        }
        // A key with a revocation on record, even a future one, signs nothing new.
        const bool revoked = entry.revokedAt.has_value();
        list.entries.push_back(std::move(entry));
        auto keyPath = path;
        keyPath.replace_extension(".key");
        if (fs::exists(keyPath) && !revoked) {  // sorted by stamp: a later key of the office replaces an earlier one
            m_signers[office] = std::make_shared<const core::cert::CoseSigner>(
                core::crypto::parsePrivateKeyPem(readText(keyPath)), certificate.get());
        }
    }
    const auto signerCertificate = core::crypto::parseCertificatePem(readText(dir / "trust-list.crt"));
    m_trustListSigner = std::make_shared<const core::cert::CoseSigner>(
        core::crypto::parsePrivateKeyPem(readText(dir / "trust-list.key")), signerCertificate.get());
    m_trustListCertificateDer = core::crypto::certificateDer(signerCertificate.get());
    m_signed = list.sign(*m_trustListSigner, signerCertificate.get());
    const auto root = core::crypto::parseCertificatePem(readText(dir / "root.crt"));
    try {
        m_trusted = core::cert::TrustListVerifier::fromRootCertificate(root.get()).verify(m_signed, std::nullopt, now);
    } catch (const core::cert::TrustListError& error) {
        throw std::runtime_error(std::string("certificates: our own trust list does not verify: ") + error.what());
    }
}

const core::Bytes& CertificateService::signedTrustList() const
{
    if (!m_trusted) {
        throw core::Unavailable("trust-list");
    }
    return m_signed;
}

const core::cert::VerifiedTrustList& CertificateService::trustList() const
{
    if (!m_trusted) {
        throw core::Unavailable("trust-list");
    }
    return *m_trusted;
}

const core::cert::CoseSigner& CertificateService::signerFor(const std::string& officeCode) const
{
    const auto it = m_signers.find(officeCode);
    if (it == m_signers.end()) {
        throw core::Unavailable("signing-key");
    }
    return *it->second;
}

core::Bytes CertificateService::signByTrustListKey(core::ByteView payload) const
{
    if (!m_trustListSigner) {
        throw core::Unavailable("trust-list");
    }
    return core::cert::CoseSign1::sign(payload, *m_trustListSigner, m_trustListCertificateDer);
}

core::cert::VerificationResult CertificateService::verify(std::string_view qr, std::int64_t now) const
{
    const core::cert::CertificateVerifier verifier(trustList().store,
                                                   core::cert::CertificateVerifier::Options{.now = now});
    return verifier.verify(qr);
}

}  // namespace wedreg::server::service
