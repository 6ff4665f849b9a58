// SPDX-License-Identifier: Apache-2.0
#pragma once

// zlib (RFC 1950) streams for the certificate payload and PNG. Inflate has an output cap because the
// input comes from strangers: a 400-character QR code must not be able to make us allocate gigabytes.

#include "core/crypto/Bytes.h"

#include <string_view>

namespace wedreg::core::cert {

class Zlib
{
public:
    static constexpr std::size_t kDefaultMaxOutput = 64 * 1024;

    // CertificateError{"zlib", detail} details:
    static constexpr std::string_view kCorrupt = "corrupt"; // not a zlib stream, bad data or checksum
    static constexpr std::string_view kTruncated = "truncated"; // stream ends before its end marker
    static constexpr std::string_view kTrailingData = "trailing-data"; // bytes after the end marker
    static constexpr std::string_view kTooLarge = "too-large"; // would inflate beyond maxOutput

    static Bytes deflate(ByteView data, int level = 9);
    static Bytes inflate(ByteView data, std::size_t maxOutput = kDefaultMaxOutput);
};

} // namespace wedreg::core::cert
