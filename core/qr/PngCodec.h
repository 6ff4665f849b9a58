// SPDX-License-Identifier: Apache-2.0
#pragma once

// Minimal PNG (ISO/IEC 15948) for QR images without Qt in core. Writes 8-bit grayscale. Reads
// non-interlaced grayscale (1/2/4/8-bit), palette (1/2/4/8-bit), RGB, gray+alpha and RGBA (8-bit),
// all filter types, converting to luma; refuses interlaced, 16-bit and oversized images (QrError).

#include "core/crypto/Bytes.h"
#include "core/qr/GrayImage.h"

namespace wedreg::core::qr {

class PngCodec
{
public:
    static constexpr int kMaxDimension = 8192;
    static constexpr std::size_t kMaxPixels = 32u * 1024u * 1024u;

    static Bytes encodeGray(const GrayImage& image);
    static GrayImage decode(ByteView png);
};

} // namespace wedreg::core::qr
