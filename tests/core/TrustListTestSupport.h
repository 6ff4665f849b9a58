// SPDX-License-Identifier: Apache-2.0
#pragma once

// A throwaway PKI made at run time, shaped like certs/make-dev-signing-keys: a P-256 root, a
// trust-list signer certified by it, and office signing keys certified by it. No private key ever
// lives in the repository.

#include "CertTestSupport.h"

#include "core/cert/TrustList.h"
#include "core/crypto/Keys.h"

#include <memory>
#include <string>

namespace wedreg::core::test {

struct TestAuthority
{
    crypto::EvpPkeyPtr key;
    crypto::X509Ptr certificate;
};

inline TestAuthority makeRoot(const std::string& name = "wedreg test root")
{
    TestAuthority root;
    root.key = crypto::generateKey(crypto::KeyType::EcP256);
    root.certificate = crypto::makeSelfSignedCertificate(root.key.get(), name, 3650);
    return root;
}

// A key certified by `issuer`, ready to sign COSE (certificates or trust lists).
struct IssuedSigner
{
    std::unique_ptr<cert::CoseSigner> signer;
    crypto::X509Ptr certificate;
};

inline IssuedSigner issueSigner(const TestAuthority& issuer, crypto::KeyType type, const std::string& name)
{
    crypto::EvpPkeyPtr key = crypto::generateKey(type);
    IssuedSigner out;
    out.certificate = crypto::makeIssuedCertificate(key.get(), name, issuer.certificate.get(), issuer.key.get());
    out.signer = std::make_unique<cert::CoseSigner>(std::move(key), out.certificate.get());
    return out;
}

inline cert::TrustList makeTrustList(std::uint64_t seq, std::int64_t issuedAt, std::int64_t nextUpdate)
{
    cert::TrustList list;
    list.seq = seq;
    list.issuedAt = issuedAt;
    list.nextUpdate = nextUpdate;
    return list;
}

} // namespace wedreg::core::test
