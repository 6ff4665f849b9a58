// SPDX-License-Identifier: Apache-2.0
#pragma once

// One person named on a certificate, as printed on it. Only the masked resident ID travels
// (ResidentId::masked()): the QR code is shown to strangers and must not carry a reusable number.

#include "core/calendar/Date.h"

#include <string>

namespace wedreg::core::cert {

struct CertificateParty
{
    std::string name; // UTF-8, as registered (e.g. 欧阳晓明)
    std::string latinName; // transliteration (e.g. OUYANG XIAOMING)
    Date birthDate;
    std::string nationality; // ISO 3166-1 alpha-3, e.g. CHN
    std::string maskedId; // "1101**********002X"

    friend bool operator==(const CertificateParty&, const CertificateParty&) = default;
};

} // namespace wedreg::core::cert
