// SPDX-License-Identifier: Apache-2.0
#include "core/cert/CwtClaims.h"

#include "core/cert/CertificateError.h"
#include "core/crypto/Digest.h"

#include <set>

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

CborItem CwtClaims::decodeMap(ByteView data)
{
    CborItem map = CborItem::decode(data);
    if (!map.isMap()) {
        fail("not-map");
    }
    std::set<Bytes> seen;
    for (const auto& [key, value] : map.entries()) {
        // RFC 8392 claim keys are integers or text; repeats would let two readers disagree.
        if (!key.asInteger() && !key.asText()) {
            fail("key-type");
        }
        if (!seen.insert(key.encode()).second) {
            fail("duplicate-claim");
        }
    }
    return map;
}

CwtClaims CwtClaims::decode(ByteView data)
{
    const CborItem map = decodeMap(data);
    CwtClaims out;
    if (const auto iss = map.find(kIssuer)) {
        const auto text = iss->asText();
        if (!text) {
            fail("iss");
        }
        out.issuer = *text;
    }
    const auto iat = map.find(kIssuedAt);
    if (!iat || !iat->asInteger()) {
        fail("iat");
    }
    out.issuedAt = *iat->asInteger();
    if (const auto exp = map.find(kExpiration)) {
        if (!exp->asInteger()) {
            fail("exp");
        }
        out.expiresAt = exp->asInteger();
    }
    if (const auto cti = map.find(kCwtId)) {
        const auto bytes = cti->asBytes();
        if (!bytes) {
            fail("cti");
        }
        out.cti = *bytes;
    }
    if (const auto certificate = map.find(kCertificateClaim)) {
        out.certificate = MarriageCertificate::fromCbor(*certificate);
    }
    return out;
}

} // namespace wedreg::core::cert
