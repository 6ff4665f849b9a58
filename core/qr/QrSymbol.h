// SPDX-License-Identifier: Apache-2.0
#pragma once

// An encoded QR code as a module grid (quiet zone included), with its version, rendered to the three
// forms the product needs: a grayscale bitmap (kiosk, tests), PNG (downloads) and SVG (print: scales
// to any size, e.g. >= 30 mm on the A5 certificate).

#include "core/crypto/Bytes.h"
#include "core/qr/GrayImage.h"

#include <string>
#include <vector>

namespace wedreg::core::qr {

class QrSymbol
{
public:
    QrSymbol(int size, int margin, std::vector<std::uint8_t> dark);

    int size() const noexcept { return m_size; } // modules per side, quiet zone included
    int margin() const noexcept { return m_margin; }
    int version() const noexcept { return (m_size - 2 * m_margin - 17) / 4; } // ISO/IEC 18004: 17 + 4v
    bool isDark(int x, int y) const;

    GrayImage toImage(int pixelsPerModule = 4) const;
    Bytes toPng(int pixelsPerModule = 4) const;
    // One path of unit squares in a viewBox of size × size modules; the caller sets the print size.
    std::string toSvg() const;

private:
    int m_size;
    int m_margin;
    std::vector<std::uint8_t> m_dark;
};

} // namespace wedreg::core::qr
