// SPDX-License-Identifier: Apache-2.0
#pragma once

// Checks made on untrusted CBOR before libcbor 0.8 sees it: libcbor refuses COSE's tag 18 and
// trusts declared sizes (a mutated head can ask it for gigabytes). CborItem::decode calls these.

#include "core/crypto/Bytes.h"

#include <cstdint>
#include <vector>

namespace wedreg::core::cert {

// Reads the leading tag heads off `data` (advancing it) and returns their values, outermost first.
// Throws CertificateError{"cbor", "tag-depth" | "malformed" | "truncated"}.
std::vector<std::uint64_t> takeLeadingTags(ByteView& data);

// Walks `data` with libcbor's allocation-free streaming decoder and throws CertificateError{"cbor",
// ...} unless every declared count fits in the bytes left and nesting stays shallow.
void preScan(ByteView data);

} // namespace wedreg::core::cert
