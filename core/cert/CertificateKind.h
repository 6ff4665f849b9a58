// SPDX-License-Identifier: Apache-2.0
#pragma once

// What legal act a certificate documents. Encoded as a small unsigned integer in the QR payload
// (every byte counts against the 450-character budget) and as these names in JSON.

#include <cstdint>
#include <optional>
#include <string_view>

namespace wedreg::core::cert {

enum class CertificateKind : std::uint8_t {
    Marriage = 1, // 结婚证
    Divorce = 2, // 离婚证
    Reissue = 3, // 补领的结婚证/离婚证
    Record = 4, // 婚姻登记记录证明
};

inline std::string_view toString(CertificateKind kind)
{
    switch (kind) {
    case CertificateKind::Marriage:
        return "marriage";
    case CertificateKind::Divorce:
        return "divorce";
    case CertificateKind::Reissue:
        return "reissue";
    case CertificateKind::Record:
        return "record";
    }
    return "unknown";
}

inline std::optional<CertificateKind> certificateKindFromCode(std::int64_t code)
{
    if (code >= 1 && code <= 4) {
        return static_cast<CertificateKind>(code);
    }
    return std::nullopt;
}

inline std::optional<CertificateKind> certificateKindFromString(std::string_view name)
{
    for (std::int64_t code = 1; code <= 4; ++code) {
        if (toString(static_cast<CertificateKind>(code)) == name) {
            return static_cast<CertificateKind>(code);
        }
    }
    return std::nullopt;
}

} // namespace wedreg::core::cert
