// SPDX-License-Identifier: Apache-2.0
#pragma once

// An image could not be read or a QR code could not be made or found. Stable codes:
// png-signature, png-chunk, png-crc, png-header, png-unsupported, png-size, png-data,
// qr-encode, qr-not-found.

#include "core/Errors.h"

namespace wedreg::core::qr {

class QrError : public DomainError
{
public:
    QrError(std::string code, const std::string& detail = {})
        : DomainError(code, "qr: " + code + (detail.empty() ? std::string{} : " (" + detail + ")"))
    {
    }
};

} // namespace wedreg::core::qr
