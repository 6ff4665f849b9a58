// SPDX-License-Identifier: Apache-2.0
#pragma once

// An 8-bit grayscale (luma) raster, row-major, no padding: 0 = black, 255 = white. The one image type
// core knows, because it is what ZXing reads and what a camera's Y plane already is.

#include <cstdint>
#include <vector>

namespace wedreg::core::qr {

struct GrayImage
{
    int width = 0;
    int height = 0;
    std::vector<std::uint8_t> pixels;

    std::uint8_t at(int x, int y) const { return pixels[static_cast<std::size_t>(y) * static_cast<std::size_t>(width) + static_cast<std::size_t>(x)]; }
};

} // namespace wedreg::core::qr
