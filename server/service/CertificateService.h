// SPDX-License-Identifier: Apache-2.0
#pragma once

// Certificates as the server sees them today: the signed trust list it publishes and offline
// verification of a scanned QR text against it (DESIGN §7). The list is built once at start-up from
// the signing directory certs/make-dev-signing-keys writes (root.crt, trust-list.crt/.key,
// office-<office>-<stamp>.crt) and verified against root.crt like any verifier would, so a server
// with a broken chain fails at start, not in a kiosk. seq = the start-up time in epoch seconds:
// monotonic across restarts without storing state. No signing directory → Unavailable{"trust-list"}.

#include "core/cert/CertificateVerifier.h"
#include "core/cert/CoseSigner.h"
#include "core/cert/VerifiedTrustList.h"

#include <cstdint>
#include <map>
#include <memory>
#include <optional>
#include <string>

namespace wedreg::server::service {

class CertificateService
{
public:
    static constexpr std::int64_t kDefaultValidDays = 7;

    // Throws std::runtime_error when the directory exists but its keys do not make a verifiable list.
    CertificateService(const std::string& signingDir, std::int64_t now, std::int64_t validDays = kDefaultValidDays);

    bool configured() const noexcept { return m_trusted.has_value(); }
    // Both throw core::Unavailable{"trust-list"} when not configured.
    const core::Bytes& signedTrustList() const;
    const core::cert::VerifiedTrustList& trustList() const;
    core::cert::VerificationResult verify(std::string_view qr, std::int64_t now) const;

    // The office's current signing key: the newest office-<code>-<stamp>.key (stamps sort by time;
    // older keys stay in the trust list and keep verifying what they signed). Throws
    // core::Unavailable{"signing-key"} when the office has no key here.
    const core::cert::CoseSigner& signerFor(const std::string& officeCode) const;

    // A COSE_Sign1 over `payload` by the trust-list key, its certificate in x5chain: a verifier that
    // pins the root checks a signed status answer the same way it checks the trust list.
    core::Bytes signByTrustListKey(core::ByteView payload) const;

private:
    core::Bytes m_signed;
    std::optional<core::cert::VerifiedTrustList> m_trusted;
    std::map<std::string, std::shared_ptr<const core::cert::CoseSigner>> m_signers;  // by office code
    std::shared_ptr<const core::cert::CoseSigner> m_trustListSigner;
    core::Bytes m_trustListCertificateDer;
};

}  // namespace wedreg::server::service
