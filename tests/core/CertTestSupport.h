// SPDX-License-Identifier: Apache-2.0
#pragma once

// Shared fixtures for the certificate suites: a realistic two-party marriage certificate (4-character
// Chinese names, the worst case for the QR budget) and signers whose keys are generated at run time —
// no private key ever lives in the repository.

#include "CoreTestSupport.h"

#include "core/cert/CertificateIdentifier.h"
#include "core/cert/CoseSigner.h"
#include "core/cert/CwtClaims.h"
#include "core/cert/TrustStore.h"
#include "core/crypto/Keys.h"

#include <memory>

namespace wedreg::core::test {

inline cert::MarriageCertificate sampleCertificate()
{
    cert::MarriageCertificate certificate;
    certificate.identifier = cert::CertificateIdentifier::make("11", "110105", "2025000123", "1").text();
    certificate.registrationDate = ymd(2025, 5, 20);
    certificate.officeCode = "110105";
    certificate.kind = cert::CertificateKind::Marriage;
    certificate.parties = {
        {"欧阳晓明", "OUYANG XIAOMING", ymd(1995, 3, 14), "CHN", "1101**********0017"},
        {"司马小红", "SIMA XIAOHONG", ymd(1997, 11, 2), "CHN", "3701**********002X"},
    };
    return certificate;
}

inline cert::CwtClaims sampleClaims(std::int64_t issuedAt = 1747699200) // 2025-05-20T00:00:00Z
{
    cert::CwtClaims claims;
    claims.issuer = "CN-110105";
    claims.issuedAt = issuedAt;
    claims.cti = cert::CwtClaims::newCti();
    claims.certificate = sampleCertificate();
    return claims;
}

// A signing key, its self-signed certificate and the trust entry a verifier would hold for it.
struct TestSigner
{
    std::unique_ptr<cert::CoseSigner> signer;
    cert::TrustEntry entry;
};

inline TestSigner makeSigner(crypto::KeyType type, const std::string& office = "110105")
{
    crypto::EvpPkeyPtr key = crypto::generateKey(type);
    const crypto::X509Ptr certificate = crypto::makeSelfSignedCertificate(key.get(), "wedreg office " + office);
    TestSigner out;
    out.entry = cert::TrustEntry::fromCertificate(certificate.get(), office);
    out.signer = std::make_unique<cert::CoseSigner>(std::move(key), certificate.get());
    return out;
}

inline std::shared_ptr<cert::TrustStore> trustOnly(const cert::TrustEntry& entry)
{
    auto store = std::make_shared<cert::TrustStore>();
    store->add(entry);
    return store;
}

} // namespace wedreg::core::test
