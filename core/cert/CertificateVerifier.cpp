// SPDX-License-Identifier: Apache-2.0
#include "core/cert/CertificateVerifier.h"

#include "core/cert/CertificateError.h"

namespace wedreg::core::cert {

CertificateVerifier::CertificateVerifier(std::shared_ptr<const TrustStore> trust)
    : CertificateVerifier(std::move(trust), Options{})
{
}

CertificateVerifier::CertificateVerifier(std::shared_ptr<const TrustStore> trust, Options options)
    : m_trust(std::move(trust))
    , m_options(std::move(options))
{
}

VerificationResult CertificateVerifier::verify(std::string_view text) const
{
    return verifyDecoded(CertificateCodec::decode(text, m_options.prefix));
}

VerificationResult CertificateVerifier::verifyDecoded(DecodedCertificate layers) const
{
    VerificationResult result;
    result.layers = std::move(layers);
    const auto fail = [&](std::string_view code, std::string detail = {}) {
        result.reason = code;
        result.detail = std::move(detail);
        return result;
    };
    if (!result.layers.ok()) {
        return fail(result.layers.failure, result.layers.failureDetail);
    }
    const CoseSign1& sign1 = *result.layers.sign1;

    const auto algorithmId = sign1.algorithmId();
    if (!algorithmId) {
        return fail(reason::kAlg, "missing");
    }
    const auto algorithm = coseAlgorithmFromId(*algorithmId);
    if (!algorithm) {
        return fail(reason::kAlg, std::to_string(*algorithmId));
    }
    if (!sign1.kid() || sign1.kid()->empty()) {
        return fail(reason::kKidMissing);
    }
    result.kidHex = toHex(*sign1.kid());
    const TrustEntry* entry = m_trust ? m_trust->find(*sign1.kid()) : nullptr;
    if (!entry) {
        return fail(reason::kKidUnknown);
    }
    result.office = entry->office;
    if (entry->algorithm != *algorithm) {
        // e.g. an RSA key asked to check an "ES256" message: never try a key under a foreign algorithm.
        return fail(reason::kAlgMismatch, std::string(coseAlgorithmName(*algorithm)));
    }
    const bool signatureOk = entry->verifier ? sign1.verify(*entry->verifier)
                                             : sign1.verify(entry->publicKey.get(), *algorithm);
    if (!signatureOk) {
        return fail(reason::kSignature);
    }

    try {
        result.claims = CwtClaims::decode(sign1.payload());
    } catch (const CertificateError& error) {
        // The signer vouched for bytes that are not a token we understand: not a valid certificate.
        const bool cborLevel = error.reason() == reason::kCbor;
        return fail(cborLevel ? reason::kClaims : error.reason(), error.detail());
    }
    if (m_options.requireCertificateClaim && !result.claims->certificate) {
        return fail(reason::kPayload, "missing");
    }
    if (entry->revokedAt && result.claims->issuedAt > *entry->revokedAt) {
        return fail(reason::kKeyRevoked);
    }
    result.signatureValid = true;

    if (m_options.now) {
        if (result.claims->issuedAt > *m_options.now + m_options.clockSkewSeconds) {
            return fail(reason::kNotYetValid);
        }
        if (result.claims->expiresAt && *result.claims->expiresAt <= *m_options.now) {
            return fail(reason::kExpired);
        }
    }
    return result;
}

} // namespace wedreg::core::cert
