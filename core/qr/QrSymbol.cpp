// SPDX-License-Identifier: Apache-2.0
#include "core/qr/QrSymbol.h"

#include "core/qr/PngCodec.h"
#include "core/qr/QrError.h"

namespace wedreg::core::qr {

QrSymbol::QrSymbol(int size, int margin, std::vector<std::uint8_t> dark)
    : m_size(size)
    , m_margin(margin)
    , m_dark(std::move(dark))
{
    if (size <= 0 || m_dark.size() != static_cast<std::size_t>(size) * static_cast<std::size_t>(size)) {
        throw QrError("qr-encode", "grid size");
    }
}

bool QrSymbol::isDark(int x, int y) const
{
    return m_dark[static_cast<std::size_t>(y) * static_cast<std::size_t>(m_size) + static_cast<std::size_t>(x)] != 0;
}

GrayImage QrSymbol::toImage(int pixelsPerModule) const
{
    if (pixelsPerModule <= 0 || m_size * pixelsPerModule > PngCodec::kMaxDimension) {
        throw QrError("qr-encode", "scale");
    }
    GrayImage image;
    image.width = image.height = m_size * pixelsPerModule;
    image.pixels.assign(static_cast<std::size_t>(image.width) * static_cast<std::size_t>(image.height), 255);
    for (int y = 0; y < image.height; ++y) {
        for (int x = 0; x < image.width; ++x) {
            if (isDark(x / pixelsPerModule, y / pixelsPerModule)) {
                image.pixels[static_cast<std::size_t>(y) * static_cast<std::size_t>(image.width)
                             + static_cast<std::size_t>(x)] = 0;
            }
        }
    }
    return image;
}

Bytes QrSymbol::toPng(int pixelsPerModule) const
{
    return PngCodec::encodeGray(toImage(pixelsPerModule));
}

std::string QrSymbol::toSvg() const
{
    const std::string n = std::to_string(m_size);
    std::string svg = "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 " + n + " " + n
        + "\" shape-rendering=\"crispEdges\"><rect width=\"" + n + "\" height=\"" + n
        + "\" fill=\"#fff\"/><path fill=\"#000\" d=\"";
    for (int y = 0; y < m_size; ++y) {
        for (int x = 0; x < m_size; ++x) {
            if (isDark(x, y)) {
                svg += "M" + std::to_string(x) + " " + std::to_string(y) + "h1v1h-1z";
            }
        }
    }
    svg += "\"/></svg>\n";
    return svg;
}

} // namespace wedreg::core::qr
