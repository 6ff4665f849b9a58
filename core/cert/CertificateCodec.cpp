// SPDX-License-Identifier: Apache-2.0
#include "core/cert/CertificateCodec.h"

#include "core/cert/Base45.h"
#include "core/cert/CertificateError.h"
#include "core/cert/CoseSign1.h"
#include "core/cert/Zlib.h"

namespace wedreg::core::cert {

std::string CertificateCodec::issue(const CwtClaims& claims, const CoseSigner& signer, std::string_view prefix)
{
    return wrap(CoseSign1::sign(claims.encode(), signer), prefix);
}

std::string CertificateCodec::wrap(ByteView cose, std::string_view prefix)
{
    return std::string(prefix) + Base45::encode(Zlib::deflate(cose));
}

DecodedCertificate CertificateCodec::decode(std::string_view text, std::string_view expectedPrefix)
{
    DecodedCertificate out;
    if (text.size() < expectedPrefix.size() || text.substr(0, expectedPrefix.size()) != expectedPrefix) {
        out.failure = reason::kPrefix;
        return out;
    }
    out.unprefixed = true;
    try {
        out.compressed = Base45::decode(text.substr(expectedPrefix.size()));
        out.cose = Zlib::inflate(out.compressed);
        out.sign1 = CoseSign1::decode(out.cose);
    } catch (const CertificateError& error) {
        out.failure = error.reason();
        out.failureDetail = error.detail();
    }
    return out;
}

} // namespace wedreg::core::cert
