// SPDX-License-Identifier: Apache-2.0
#pragma once

// The offline verdict on a scanned certificate. `signatureValid` means: signed by a trusted,
// unrevoked-at-issue key over a well-formed token. `reason` is empty when the certificate is fully
// valid; otherwise it is the reason:: code of the first failed check, which may be a time check
// ("expired", "not-yet-valid") even when the signature itself is valid.

#include "core/cert/CwtClaims.h"
#include "core/cert/DecodedCertificate.h"

#include <optional>
#include <string>

namespace wedreg::core::cert {

struct VerificationResult
{
    bool signatureValid = false;
    std::string reason;
    std::string detail;
    DecodedCertificate layers;
    std::optional<CwtClaims> claims; // set once the payload decoded, even if later checks failed
    std::string kidHex;
    std::string office;

    bool valid() const noexcept { return signatureValid && reason.empty(); }
};

} // namespace wedreg::core::cert
