// SPDX-License-Identifier: Apache-2.0
#include "core/cert/CoseSign1.h"

#include "core/cert/CertificateError.h"

#include <set>

namespace wedreg::core::cert {

namespace {

[[noreturn]] void fail(std::string detail)
{
    throw CertificateError(std::string(reason::kCose), std::move(detail));
}

// Rejects maps that repeat a label: two readers could otherwise pick different values.
void requireUniqueLabels(const CborItem& map)
{
    std::set<Bytes> seen;
    for (const auto& [key, value] : map.entries()) {
        if (!seen.insert(key.encode()).second) {
            fail("duplicate-header");
        }
    }
}

struct Header
{
    std::optional<std::int64_t> algorithm;
    bool hasAlgorithm = false;
    std::optional<Bytes> kid;
};

Header readHeader(const CborItem& map, const char* what)
{
    if (!map.isMap()) {
        fail(what);
    }
    requireUniqueLabels(map);
    Header header;
    if (const auto alg = map.find(CoseSign1::kHeaderAlg)) {
        header.hasAlgorithm = true;
        // A text alg ("ES256" as a string) is legal COSE but unsupported: leave it empty.
        header.algorithm = alg->asInteger();
    }
    if (const auto kid = map.find(CoseSign1::kHeaderKid)) {
        header.kid = kid->asBytes();
        if (!header.kid) {
            fail(what);
        }
    }
    return header;
}

} // namespace

CoseSign1 CoseSign1::decode(ByteView data)
{
    CborItem item = CborItem::decode(data);
    if (item.tagValue() == kCwtTag) {
        item = item.taggedItem();
        if (!item.isTag()) {
            fail("wrong-tag"); // a CWT tag must wrap the COSE tag, not the bare array
        }
    }
    if (item.isTag()) {
        if (item.tagValue() != kTag) {
            fail("wrong-tag");
        }
        item = item.taggedItem();
    }
    if (!item.isArray() || item.arraySize() != 4) {
        fail("not-array");
    }

    CoseSign1 out;
    const auto protectedBytes = item.at(0).asBytes();
    if (!protectedBytes) {
        fail("protected-header");
    }
    out.m_protected = *protectedBytes;
    Header protectedHeader;
    if (!out.m_protected.empty()) {
        CborItem map;
        try {
            map = CborItem::decode(out.m_protected);
        } catch (const CertificateError&) {
            fail("protected-header");
        }
        protectedHeader = readHeader(map, "protected-header");
    }
    const Header unprotectedHeader = readHeader(item.at(1), "unprotected-header");

    // nil (a detached payload) cannot travel in a QR code; anything but a bstr is malformed.
    const auto payload = item.at(2).asBytes();
    if (!payload) {
        fail("payload");
    }
    out.m_payload = *payload;
    const auto signature = item.at(3).asBytes();
    if (!signature) {
        fail("signature");
    }
    out.m_signature = *signature;

    // alg belongs in the protected header (RFC 9052 §3.1); fall back for lenient issuers.
    out.m_algorithmId = protectedHeader.hasAlgorithm ? protectedHeader.algorithm : unprotectedHeader.algorithm;
    if (protectedHeader.kid) {
        out.m_kid = protectedHeader.kid;
        out.m_kidProtected = true;
    } else {
        out.m_kid = unprotectedHeader.kid;
    }
    return out;
}

Bytes CoseSign1::sigStructure(ByteView protectedHeader, ByteView payload)
{
    return CborItem::array({CborItem::text("Signature1"), CborItem::bytes(protectedHeader), CborItem::bytes({}),
                            CborItem::bytes(payload)})
        .encode();
}

Bytes CoseSign1::sigStructure() const
{
    return sigStructure(m_protected, m_payload);
}

Bytes CoseSign1::sign(ByteView payload, const CoseSigner& signer, ByteView signerCertificateDer)
{
    std::vector<std::pair<CborItem, CborItem>> header{
        {CborItem::integer(kHeaderAlg), CborItem::integer(static_cast<std::int64_t>(signer.algorithm()))},
        {CborItem::integer(kHeaderKid), CborItem::bytes(signer.kid())}};
    if (!signerCertificateDer.empty()) {
        header.emplace_back(CborItem::integer(kHeaderX5Chain), CborItem::bytes(signerCertificateDer));
    }
    const Bytes protectedHeader = CborItem::map(std::move(header)).encode();
    const Bytes signature = signer.sign(sigStructure(protectedHeader, payload));
    const CborItem message = CborItem::array({CborItem::bytes(protectedHeader), CborItem::map({}),
                                              CborItem::bytes(payload), CborItem::bytes(signature)});
    return CborItem::tagged(kTag, message).encode();
}

bool CoseSign1::verify(EVP_PKEY* key, CoseAlgorithm algorithm) const
{
    return crypto::verifyMessage(signatureSchemeOf(algorithm), key, sigStructure(), m_signature);
}

bool CoseSign1::verify(const crypto::PreparedVerifier& verifier) const
{
    return verifier.verify(sigStructure(), m_signature);
}

} // namespace wedreg::core::cert
