// SPDX-License-Identifier: Apache-2.0
#pragma once

// Hashes used by the certificate codec (kid, status hash) and storage (blind index).

#include "core/crypto/Bytes.h"

#include <array>
#include <cstdint>

namespace wedreg::core::crypto {

using Sha256Digest = std::array<std::uint8_t, 32>;

Sha256Digest sha256(ByteView data);

// HMAC-SHA-256 (RFC 2104); the key may be any length.
Sha256Digest hmacSha256(ByteView key, ByteView data);

// Fills a buffer from OpenSSL's CSPRNG; throws CryptoError{"random"} if it is not seeded.
Bytes randomBytes(std::size_t count);

} // namespace wedreg::core::crypto
