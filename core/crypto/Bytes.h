// SPDX-License-Identifier: Apache-2.0
#pragma once

// Byte buffers for the certificate codec. One spelling everywhere so that layers (Base45, zlib, CBOR,
// COSE, OpenSSL) hand data to each other without conversions.

#include <cstdint>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace wedreg::core {

using Bytes = std::vector<std::uint8_t>;
using ByteView = std::span<const std::uint8_t>;

inline ByteView asBytes(std::string_view text)
{
    return {reinterpret_cast<const std::uint8_t*>(text.data()), text.size()};
}

inline Bytes toBytes(std::string_view text)
{
    const auto view = asBytes(text);
    return {view.begin(), view.end()};
}

inline std::string toHex(ByteView bytes)
{
    static constexpr char kDigits[] = "0123456789abcdef";
    std::string out;
    out.reserve(bytes.size() * 2);
    for (const auto byte : bytes) {
        out += kDigits[byte >> 4];
        out += kDigits[byte & 0x0f];
    }
    return out;
}

} // namespace wedreg::core
