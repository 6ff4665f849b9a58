// SPDX-License-Identifier: Apache-2.0
#pragma once

// What CertificateCodec::decode peeled off, layer by layer. On failure, `failure` names the first
// layer that broke (a reason:: code) and the layers before it are filled, so a conformance test or a
// support desk can see exactly how far a scanned text got.

#include "core/cert/CoseSign1.h"
#include "core/crypto/Bytes.h"

#include <optional>
#include <string>

namespace wedreg::core::cert {

struct DecodedCertificate
{
    std::string failure; // empty when every layer decoded
    std::string failureDetail;
    bool unprefixed = false;
    Bytes compressed; // after Base45
    Bytes cose; // after zlib
    std::optional<CoseSign1> sign1;

    bool ok() const noexcept { return failure.empty(); }
};

} // namespace wedreg::core::cert
