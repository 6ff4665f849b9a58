// SPDX-License-Identifier: Apache-2.0
#include "core/cert/CoseSign1.h"

#include "core/cert/CertificateError.h"

#include "core/cert/CborDocument.h"

#include <cbor.h>

#include <algorithm>
#include <string>
#include <string_view>
#include <vector>

namespace wedreg::core::cert {

namespace {

[[noreturn]] void fail(std::string detail)
{
    throw CertificateError(std::string(reason::kCose), std::move(detail));
}

struct Header
{
    std::optional<std::int64_t> algorithm;
    bool hasAlgorithm = false;
    std::optional<Bytes> kid;
};

// A header map; rejects one that repeats a label (two readers could otherwise pick different
// values). alg and kid are the first entries whose label is that integer.
Header readHeader(const CborView& map, const char* what)
{
    if (map.major() != CborView::Major::Map) {
        fail(what);
    }
    std::vector<std::string> seen;
    seen.reserve(map.size());
    std::optional<CborView> alg;
    std::optional<CborView> kid;
    for (auto items = map.children(); !items.atEnd();) {
        const CborView key = items.next();
        const CborView value = items.next();
        std::string identity = key.keyIdentity();
        for (const auto& earlier : seen) {
            if (earlier == identity) {
                fail("duplicate-header");
            }
        }
        seen.push_back(std::move(identity));
        const auto label = key.asInteger();
        if (label == CoseSign1::kHeaderAlg && !alg) {
            alg = value;
        } else if (label == CoseSign1::kHeaderKid && !kid) {
            kid = value;
        }
    }
    Header header;
    if (alg) {
        header.hasAlgorithm = true;
        // A text alg ("ES256" as a string) is legal COSE but unsupported: leave it empty.
        header.algorithm = alg->asInteger();
    }
    if (kid) {
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
    const CborDocument document(data);
    const std::vector<std::uint64_t>& tags = document.leadingTags();
    const CborView item = document.root();
    std::size_t unwrapped = 0;
    if (!tags.empty() && tags[0] == kCwtTag) {
        ++unwrapped;
        if (unwrapped == tags.size()) {
            fail("wrong-tag"); // a CWT tag must wrap the COSE tag, not the bare array
        }
    }
    if (unwrapped < tags.size()) {
        if (tags[unwrapped] != kTag) {
            fail("wrong-tag");
        }
        ++unwrapped;
    }
    // Another tag inside COSE's is an item that is not an array.
    if (unwrapped < tags.size() || item.major() != CborView::Major::Array || item.size() != 4) {
        fail("not-array");
    }
    auto elements = item.children();
    const CborView protectedItem = elements.next();
    const CborView unprotectedItem = elements.next();
    const CborView payloadItem = elements.next();
    const CborView signatureItem = elements.next();

    CoseSign1 out;
    if (!protectedItem.readBytes(out.m_protected)) {
        fail("protected-header");
    }
    Header protectedHeader;
    if (!out.m_protected.empty()) {
        std::optional<CborDocument> map;
        try {
            map.emplace(out.m_protected);
        } catch (const CertificateError&) {
            fail("protected-header");
        }
        if (!map->leadingTags().empty()) {
            fail("protected-header"); // a tagged item is not a header map
        }
        protectedHeader = readHeader(map->root(), "protected-header");
    }
    const Header unprotectedHeader = readHeader(unprotectedItem, "unprotected-header");

    // nil (a detached payload) cannot travel in a QR code; anything but a bstr is malformed.
    if (!payloadItem.readBytes(out.m_payload)) {
        fail("payload");
    }
    if (!signatureItem.readBytes(out.m_signature)) {
        fail("signature");
    }

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
    // Written head by head with libcbor's encoders into one buffer (it is built for every
    // verification); the bytes are those of the CborItem array ["Signature1", bstr, h'', bstr].
    static constexpr std::string_view kContext = "Signature1";
    constexpr std::size_t kMaxHead = 9;
    Bytes out(1 + 1 + kContext.size() + kMaxHead + protectedHeader.size() + 1 + kMaxHead + payload.size());
    std::size_t at = 0;
    const auto put = [&](std::size_t written) {
        if (written == 0) {
            throw CertificateError(std::string(reason::kCbor), "serialize");
        }
        at += written;
    };
    const auto putBytes = [&](ByteView bytes) {
        put(cbor_encode_bytestring_start(bytes.size(), out.data() + at, out.size() - at));
        std::copy(bytes.begin(), bytes.end(), out.begin() + static_cast<std::ptrdiff_t>(at));
        at += bytes.size();
    };
    put(cbor_encode_array_start(4, out.data() + at, out.size() - at));
    put(cbor_encode_string_start(kContext.size(), out.data() + at, out.size() - at));
    std::copy(kContext.begin(), kContext.end(), out.begin() + static_cast<std::ptrdiff_t>(at));
    at += kContext.size();
    putBytes(protectedHeader);
    putBytes({}); // external_aad
    putBytes(payload);
    out.resize(at);
    return out;
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
