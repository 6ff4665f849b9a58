// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/crypto/Bytes.h"
#include "core/crypto/Digest.h"

#include <string>

namespace wedreg::server::service {

// The identifier of a new row (appointment, registration, ceremony, sign-up, ticket…): 128 random
// bits in lowercase hex. Random rather than sequential, so an identifier reveals no count and
// cannot be guessed from another.
inline std::string newRowId()
{
    return core::toHex(core::crypto::randomBytes(16));
}

}  // namespace wedreg::server::service
