// SPDX-License-Identifier: Apache-2.0
#pragma once

// Base45 (RFC 9285): bytes -> characters of the QR alphanumeric set, so a QR code can use its dense
// alphanumeric mode. Decoding is strict: a lenient decoder would accept several texts for one payload.

#include "core/crypto/Bytes.h"

#include <string>
#include <string_view>

namespace wedreg::core::cert {

class Base45
{
public:
    static constexpr std::string_view kAlphabet = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ $%*+-./:";

    // CertificateError{"base45", detail} details:
    static constexpr std::string_view kInvalidCharacter = "invalid-character";
    static constexpr std::string_view kInvalidLength = "invalid-length"; // length % 3 == 1
    static constexpr std::string_view kValueTooLarge = "value-too-large"; // triplet > 65535 or pair > 255

    static std::string encode(ByteView data);
    static Bytes decode(std::string_view text);
};

} // namespace wedreg::core::cert
