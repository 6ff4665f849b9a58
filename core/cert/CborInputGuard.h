// SPDX-License-Identifier: Apache-2.0
#pragma once

// Checks made on untrusted CBOR before libcbor 0.8 sees it: libcbor refuses COSE's tag 18 and
// trusts declared sizes (a mutated head can ask it for gigabytes). CborItem::decode and
// CborDocument call these.

#include "core/crypto/Bytes.h"

#include <cstdint>
#include <vector>

namespace wedreg::core::cert {

// Reads the leading tag heads off `data` (advancing it) and returns their values, outermost first.
// Throws CertificateError{"cbor", "tag-depth" | "malformed" | "truncated"}.
std::vector<std::uint64_t> takeLeadingTags(ByteView& data);

// The major type of a CBOR head as CborView reads it (floats, booleans, null, undefined: Simple).
enum class CborMajor : std::uint8_t { Unsigned, Negative, Bytes, Text, Array, Map, Tag, Simple };

// One head of a scanned item, in document order (CborDocument's "tape"): what it is and where its
// item ends, so that readers step over items without decoding them again.
struct CborHead
{
    std::size_t offset = 0; // in the scanned bytes
    std::size_t headEnd = 0; // after the head (and a definite string's content)
    std::size_t next = 0; // index of the first head after this item (its subtree)
    std::uint64_t argument = 0; // integer (a negative's is -1 - value), length, count or tag
    ByteView string; // a definite string's content
    CborMajor major = CborMajor::Simple;
    std::uint8_t width = 0; // an integer's width as libcbor keeps it: 1, 2, 4, 8 bytes
    bool indefinite = false;
};

// Walks `data` with libcbor's allocation-free streaming decoder and throws CertificateError{"cbor",
// ...} unless every declared count fits in the bytes left and nesting stays shallow, and unless
// libcbor's builder (cbor_load) would accept it. With `tape`, records every head there.
void preScan(ByteView data, std::vector<CborHead>* tape = nullptr);

} // namespace wedreg::core::cert
