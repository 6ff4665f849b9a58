// SPDX-License-Identifier: Apache-2.0
#include "core/cert/CwtClaims.h"

#include "core/cert/CertificateError.h"
#include "core/crypto/Digest.h"

#include "core/cert/CborDocument.h"

#include <algorithm>
#include <set>
#include <string>
#include <vector>

namespace wedreg::core::cert {

namespace {

[[noreturn]] void fail(std::string detail)
{
    throw CertificateError(std::string(reason::kClaims), std::move(detail));
}

} // namespace

Bytes CwtClaims::newCti()
{
    return crypto::randomBytes(kCtiLength);
}

Bytes CwtClaims::encode() const
{
    if (cti.size() != kCtiLength) {
        fail("cti");
    }
    std::vector<std::pair<CborItem, CborItem>> entries{
        {CborItem::integer(kIssuer), CborItem::text(issuer)},
        {CborItem::integer(kIssuedAt), CborItem::integer(issuedAt)},
        {CborItem::integer(kCwtId), CborItem::bytes(cti)},
    };
    if (expiresAt) {
        entries.emplace_back(CborItem::integer(kExpiration), CborItem::integer(*expiresAt));
    }
    if (certificate) {
        entries.emplace_back(CborItem::integer(kCertificateClaim), certificate->toCbor());
    }
    return CborItem::map(std::move(entries)).encode();
}

namespace {

// The claims map: a map whose keys are integers or text (RFC 8392), none repeated (two readers could
// otherwise disagree).
void checkClaimsMap(const CborDocument& document)
{
    const CborView map = document.root();
    if (!document.leadingTags().empty() || map.major() != CborView::Major::Map) {
        fail("not-map");
    }
    constexpr std::size_t kLinear = 16;
    std::vector<std::string> seen;
    seen.reserve(std::min(map.size(), kLinear));
    std::set<std::string> seenMany; // beyond a handful of claims a linear search would be quadratic
    for (auto items = map.children(); !items.atEnd();) {
        const CborView key = items.next();
        items.next();
        if (!key.asInteger() && key.major() != CborView::Major::Text) {
            fail("key-type");
        }
        std::string identity = key.keyIdentity();
        if (seen.size() < kLinear) {
            if (std::find(seen.begin(), seen.end(), identity) != seen.end()) {
                fail("duplicate-claim");
            }
            seen.push_back(std::move(identity));
            if (seen.size() == kLinear) {
                seenMany.insert(seen.begin(), seen.end());
            }
        } else if (!seenMany.insert(std::move(identity)).second) {
            fail("duplicate-claim");
        }
    }
}

} // namespace

CborItem CwtClaims::decodeMap(ByteView data)
{
    checkClaimsMap(CborDocument(data));
    // The checks passed on these very bytes, so libcbor builds them (for profiles that read claims
    // of their own; not on the verification hot path).
    return CborItem::decode(data);
}

CwtClaims CwtClaims::decode(ByteView data)
{
    const CborDocument document(data);
    checkClaimsMap(document);
    const CborView map = document.root();
    // The first entry under each label (the map has no repeated key, as libcbor writes keys).
    std::optional<CborView> iss;
    std::optional<CborView> iat;
    std::optional<CborView> exp;
    std::optional<CborView> cti;
    std::optional<CborView> certificate;
    for (auto items = map.children(); !items.atEnd();) {
        const CborView key = items.next();
        const CborView value = items.next();
        const auto label = key.asInteger();
        if (!label) {
            continue;
        }
        std::optional<CborView>* slot = *label == kIssuer              ? &iss
                                        : *label == kIssuedAt          ? &iat
                                        : *label == kExpiration        ? &exp
                                        : *label == kCwtId             ? &cti
                                        : *label == kCertificateClaim ? &certificate
                                                                       : nullptr;
        if (slot && !*slot) {
            *slot = value;
        }
    }
    CwtClaims out;
    if (iss) {
        auto text = iss->asText();
        if (!text) {
            fail("iss");
        }
        out.issuer = std::move(*text);
    }
    const auto issuedAt = iat ? iat->asInteger() : std::nullopt;
    if (!issuedAt) {
        fail("iat");
    }
    out.issuedAt = *issuedAt;
    if (exp) {
        out.expiresAt = exp->asInteger();
        if (!out.expiresAt) {
            fail("exp");
        }
    }
    if (cti && !cti->readBytes(out.cti)) {
        fail("cti");
    }
    if (certificate) {
        out.certificate = MarriageCertificate::fromCbor(*certificate);
    }
    return out;
}

} // namespace wedreg::core::cert
