// SPDX-License-Identifier: Apache-2.0
#pragma once

// The key a verifier sends to ask for a certificate's current status (DESIGN §7):
// GET /api/v1/certificates/status/{kid}/{hash}, hash = SHA-256("wedreg-status" ‖ cti) truncated to
// 16 bytes (hex). Derived from the random cti, never from personal data or the guessable certificate
// number, so the request reveals nothing about the couple.

#include "core/crypto/Bytes.h"

#include <string>

namespace wedreg::core::cert {

inline constexpr std::string_view kStatusDomain = "wedreg-status";
inline constexpr std::size_t kStatusHashBytes = 16;

// Lower-case hex, 2 × kStatusHashBytes characters.
std::string statusHash(ByteView cti);

} // namespace wedreg::core::cert
