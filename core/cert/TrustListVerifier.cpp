// SPDX-License-Identifier: Apache-2.0
#include "core/cert/TrustListVerifier.h"

#include "core/cert/CborItem.h"
#include "core/cert/CertificateError.h"
#include "core/cert/CoseSign1.h"
#include "core/cert/CoseSigner.h"
#include "core/crypto/CryptoError.h"
#include "core/crypto/Keys.h"

namespace wedreg::core::cert {

namespace {

[[noreturn]] void fail(std::string_view code, std::string detail = {})
{
    throw TrustListError(std::string(code), std::move(detail));
}

std::string subjectOf(const X509* certificate)
{
    char buffer[256];
    const char* text = X509_NAME_oneline(X509_get_subject_name(certificate), buffer, sizeof buffer);
    return text ? std::string(text) : std::string{};
}

std::optional<Bytes> signerDerOf(const CoseSign1& sign1)
{
    try {
        if (!sign1.protectedHeader().empty()) {
            if (const auto chain = CborItem::decode(sign1.protectedHeader()).find(CoseSign1::kHeaderX5Chain)) {
                return chain->asBytes();
            }
        }
    } catch (const CertificateError&) {
        // CoseSign1::decode already parsed this header; unreachable, but never let it escape.
    }
    return std::nullopt;
}

} // namespace

TrustListVerifier::TrustListVerifier(crypto::SharedPkey pinnedRootKey)
    : m_root(std::move(pinnedRootKey))
{
}

TrustListVerifier TrustListVerifier::fromRootCertificate(const X509* root)
{
    return TrustListVerifier(crypto::share(crypto::publicKeyOf(root)));
}

CoseSign1 TrustListVerifier::checkSigned(ByteView signedList) const
{
    CoseSign1 sign1;
    try {
        sign1 = CoseSign1::decode(signedList);
    } catch (const CertificateError& error) {
        fail(trust_list_error::kFormat, error.reason() + ":" + error.detail());
    }

    // The signer certificate rides in the protected header, so it is covered by the signature too.
    const auto signerDer = signerDerOf(sign1);
    if (!signerDer) {
        fail(trust_list_error::kSigner, "missing");
    }
    crypto::X509Ptr signer;
    try {
        signer = crypto::parseCertificateDer(*signerDer);
    } catch (const crypto::CryptoError&) {
        fail(trust_list_error::kSigner, "malformed");
    }
    if (!m_root || !crypto::isSignedBy(signer.get(), m_root.get())) {
        fail(trust_list_error::kSigner, "not-issued-by-root");
    }

    const TrustEntry signerEntry = TrustEntry::fromCertificate(signer.get());
    const auto algorithmId = sign1.algorithmId();
    const auto algorithm = algorithmId ? coseAlgorithmFromId(*algorithmId) : std::nullopt;
    if (!algorithm || *algorithm != signerEntry.algorithm) {
        fail(trust_list_error::kSignature, "alg");
    }
    if (sign1.kid() && *sign1.kid() != signerEntry.kid) {
        fail(trust_list_error::kSignature, "kid");
    }
    if (!sign1.verify(signerEntry.publicKey.get(), *algorithm)) {
        fail(trust_list_error::kSignature);
    }
    return sign1;
}

Bytes TrustListVerifier::verifySignedByRoot(ByteView cose) const
{
    return checkSigned(cose).payload();
}

VerifiedTrustList TrustListVerifier::verify(ByteView signedList, std::optional<std::uint64_t> heldSeq,
                                            std::int64_t now) const
{
    const auto sign1 = checkSigned(signedList);
    const auto signer = crypto::parseCertificateDer(signerDerOf(sign1).value());
    const TrustEntry signerEntry = TrustEntry::fromCertificate(signer.get());

    VerifiedTrustList out;
    out.list = TrustList::decode(sign1.payload());
    // Checked only after the signature: an unsigned seq means nothing.
    if (heldSeq && out.list.seq < *heldSeq) {
        fail(trust_list_error::kRollback,
             "seq " + std::to_string(out.list.seq) + " < held " + std::to_string(*heldSeq));
    }
    out.store = out.list.toTrustStore();
    out.stale = now > out.list.nextUpdate;
    out.signerKidHex = toHex(signerEntry.kid);
    out.signerSubject = subjectOf(signer.get());
    return out;
}

} // namespace wedreg::core::cert
