// SPDX-License-Identifier: Apache-2.0
#pragma once
// AES-256-GCM (NIST SP 800-38D) for personal data at rest: a fresh 96-bit random nonce per message,
// sealed form nonce ‖ ciphertext ‖ 16-byte tag. The associated data binds a ciphertext to its use
// (e.g. the column it lives in), so it cannot be moved to another field and still open.

#include "core/crypto/Bytes.h"

#include <optional>

namespace wedreg::core::crypto {

inline constexpr std::size_t kAes256KeyBytes = 32;
inline constexpr std::size_t kGcmNonceBytes = 12;
inline constexpr std::size_t kGcmTagBytes = 16;

// Throws CryptoError{"aead-key"} for a key that is not 32 bytes.
Bytes aes256GcmSeal(ByteView key, ByteView plaintext, ByteView associatedData);
// std::nullopt when the tag does not verify (wrong key, altered bytes, other associated data) or
// the input is too short to be a sealed message.
std::optional<Bytes> aes256GcmOpen(ByteView key, ByteView sealed, ByteView associatedData);

}  // namespace wedreg::core::crypto
