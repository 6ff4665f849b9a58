// SPDX-License-Identifier: Apache-2.0
#include "core/qr/PngCodec.h"

#include "core/cert/CertificateError.h"
#include "core/cert/Zlib.h"
#include "core/qr/QrError.h"

#include <zlib.h>

#include <array>
#include <cstdlib>
#include <cstring>
#include <string_view>

namespace wedreg::core::qr {

namespace {

constexpr std::array<std::uint8_t, 8> kSignature = {0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};

void putU32(Bytes& out, std::uint32_t value)
{
    out.push_back(static_cast<std::uint8_t>(value >> 24));
    out.push_back(static_cast<std::uint8_t>(value >> 16));
    out.push_back(static_cast<std::uint8_t>(value >> 8));
    out.push_back(static_cast<std::uint8_t>(value));
}

std::uint32_t getU32(const std::uint8_t* p)
{
    return (std::uint32_t{p[0]} << 24) | (std::uint32_t{p[1]} << 16) | (std::uint32_t{p[2]} << 8) | p[3];
}

void putChunk(Bytes& out, std::string_view type, ByteView data)
{
    putU32(out, static_cast<std::uint32_t>(data.size()));
    const std::size_t typeStart = out.size();
    out.insert(out.end(), type.begin(), type.end());
    out.insert(out.end(), data.begin(), data.end());
    const auto crc = crc32(0, out.data() + typeStart, static_cast<uInt>(out.size() - typeStart));
    putU32(out, static_cast<std::uint32_t>(crc));
}

std::uint8_t paeth(int a, int b, int c)
{
    const int p = a + b - c;
    const int pa = std::abs(p - a);
    const int pb = std::abs(p - b);
    const int pc = std::abs(p - c);
    if (pa <= pb && pa <= pc) {
        return static_cast<std::uint8_t>(a);
    }
    return static_cast<std::uint8_t>(pb <= pc ? b : c);
}

} // namespace

Bytes PngCodec::encodeGray(const GrayImage& image)
{
    if (image.width <= 0 || image.height <= 0 || image.width > kMaxDimension || image.height > kMaxDimension
        || image.pixels.size() != static_cast<std::size_t>(image.width) * static_cast<std::size_t>(image.height)) {
        throw QrError("png-size");
    }
    Bytes out(kSignature.begin(), kSignature.end());
    Bytes header;
    putU32(header, static_cast<std::uint32_t>(image.width));
    putU32(header, static_cast<std::uint32_t>(image.height));
    header.insert(header.end(), {8, 0, 0, 0, 0}); // 8-bit, grayscale, deflate, adaptive filter, no interlace
    putChunk(out, "IHDR", header);

    const auto width = static_cast<std::size_t>(image.width);
    Bytes raw;
    raw.reserve((width + 1) * static_cast<std::size_t>(image.height));
    for (int y = 0; y < image.height; ++y) {
        raw.push_back(0); // filter: none (QR images compress well as is)
        const auto row = image.pixels.begin() + static_cast<long>(static_cast<std::size_t>(y) * width);
        raw.insert(raw.end(), row, row + static_cast<long>(width));
    }
    putChunk(out, "IDAT", cert::Zlib::deflate(raw));
    putChunk(out, "IEND", {});
    return out;
}

GrayImage PngCodec::decode(ByteView png)
{
    if (png.size() < kSignature.size() || std::memcmp(png.data(), kSignature.data(), kSignature.size()) != 0) {
        throw QrError("png-signature");
    }
    std::size_t offset = kSignature.size();
    std::uint32_t width = 0;
    std::uint32_t height = 0;
    int bitDepth = 0;
    int colorType = -1;
    Bytes palette;
    Bytes idat;
    bool ended = false;
    while (!ended) {
        if (png.size() - offset < 12) {
            throw QrError("png-chunk", "truncated");
        }
        const std::uint32_t length = getU32(png.data() + offset);
        if (length > png.size() - offset - 12) {
            throw QrError("png-chunk", "length");
        }
        const std::string_view type(reinterpret_cast<const char*>(png.data() + offset + 4), 4);
        const std::uint8_t* data = png.data() + offset + 8;
        const auto crc = crc32(0, png.data() + offset + 4, length + 4);
        if (getU32(data + length) != static_cast<std::uint32_t>(crc)) {
            throw QrError("png-crc", std::string(type));
        }
        if (offset == kSignature.size() && type != "IHDR") {
            throw QrError("png-header", "IHDR not first");
        }
        if (type == "IHDR") {
            if (length != 13) {
                throw QrError("png-header");
            }
            width = getU32(data);
            height = getU32(data + 4);
            bitDepth = data[8];
            colorType = data[9];
            if (data[10] != 0 || data[11] != 0) {
                throw QrError("png-header");
            }
            if (data[12] != 0) {
                throw QrError("png-unsupported", "interlaced");
            }
        } else if (type == "PLTE") {
            palette.assign(data, data + length);
        } else if (type == "IDAT") {
            idat.insert(idat.end(), data, data + length);
        } else if (type == "IEND") {
            ended = true;
        }
        offset += 12 + length;
    }
    if (width == 0 || height == 0 || width > kMaxDimension || height > kMaxDimension
        || std::size_t{width} * height > kMaxPixels) {
        throw QrError("png-size");
    }

    int channels = 0;
    switch (colorType) {
    case 0:
        channels = 1;
        if (bitDepth != 1 && bitDepth != 2 && bitDepth != 4 && bitDepth != 8) {
            throw QrError("png-unsupported", "gray bit depth");
        }
        break;
    case 3:
        channels = 1;
        if ((bitDepth != 1 && bitDepth != 2 && bitDepth != 4 && bitDepth != 8) || palette.empty()
            || palette.size() % 3 != 0) {
            throw QrError("png-unsupported", "palette");
        }
        break;
    case 2:
        channels = 3;
        break;
    case 4:
        channels = 2;
        break;
    case 6:
        channels = 4;
        break;
    default:
        throw QrError("png-unsupported", "color type");
    }
    if (colorType != 0 && colorType != 3 && bitDepth != 8) {
        throw QrError("png-unsupported", "bit depth");
    }

    const std::size_t bitsPerPixel = static_cast<std::size_t>(channels) * static_cast<std::size_t>(bitDepth);
    const std::size_t stride = (std::size_t{width} * bitsPerPixel + 7) / 8;
    const std::size_t bytesPerPixel = std::max<std::size_t>(1, bitsPerPixel / 8);
    Bytes raw;
    try {
        raw = cert::Zlib::inflate(idat, (stride + 1) * height);
    } catch (const cert::CertificateError& error) {
        throw QrError("png-data", error.detail());
    }
    if (raw.size() != (stride + 1) * height) {
        throw QrError("png-data", "size");
    }

    // Undo the per-row filters in place (ISO/IEC 15948 §9).
    Bytes previous(stride, 0);
    for (std::size_t y = 0; y < height; ++y) {
        std::uint8_t* row = raw.data() + y * (stride + 1);
        const std::uint8_t filter = row[0];
        std::uint8_t* line = row + 1;
        for (std::size_t i = 0; i < stride; ++i) {
            const int a = i >= bytesPerPixel ? line[i - bytesPerPixel] : 0;
            const int b = previous[i];
            const int c = i >= bytesPerPixel ? previous[i - bytesPerPixel] : 0;
            switch (filter) {
            case 0:
                break;
            case 1:
                line[i] = static_cast<std::uint8_t>(line[i] + a);
                break;
            case 2:
                line[i] = static_cast<std::uint8_t>(line[i] + b);
                break;
            case 3:
                line[i] = static_cast<std::uint8_t>(line[i] + (a + b) / 2);
                break;
            case 4:
                line[i] = static_cast<std::uint8_t>(line[i] + paeth(a, b, c));
                break;
            default:
                throw QrError("png-data", "filter");
            }
        }
        std::memcpy(previous.data(), line, stride);
    }

    GrayImage image;
    image.width = static_cast<int>(width);
    image.height = static_cast<int>(height);
    image.pixels.resize(std::size_t{width} * height);
    for (std::size_t y = 0; y < height; ++y) {
        const std::uint8_t* line = raw.data() + y * (stride + 1) + 1;
        for (std::size_t x = 0; x < width; ++x) {
            std::uint8_t luma = 0;
            if (bitDepth < 8) {
                const std::size_t bit = x * static_cast<std::size_t>(bitDepth);
                const int shift = 8 - bitDepth - static_cast<int>(bit % 8);
                const int value = (line[bit / 8] >> shift) & ((1 << bitDepth) - 1);
                if (colorType == 3) {
                    const std::size_t entry = static_cast<std::size_t>(value) * 3;
                    if (entry + 2 >= palette.size()) {
                        throw QrError("png-data", "palette index");
                    }
                    luma = static_cast<std::uint8_t>((palette[entry] * 299 + palette[entry + 1] * 587 + palette[entry + 2] * 114) / 1000);
                } else {
                    luma = static_cast<std::uint8_t>(value * 255 / ((1 << bitDepth) - 1));
                }
            } else {
                const std::uint8_t* p = line + x * static_cast<std::size_t>(channels);
                switch (colorType) {
                case 0:
                case 4:
                    luma = p[0];
                    break;
                case 3: {
                    const std::size_t entry = std::size_t{p[0]} * 3;
                    if (entry + 2 >= palette.size()) {
                        throw QrError("png-data", "palette index");
                    }
                    luma = static_cast<std::uint8_t>((palette[entry] * 299 + palette[entry + 1] * 587 + palette[entry + 2] * 114) / 1000);
                    break;
                }
                default:
                    luma = static_cast<std::uint8_t>((p[0] * 299 + p[1] * 587 + p[2] * 114) / 1000);
                    break;
                }
                // Transparent pixels count as white paper.
                if (colorType == 4 || colorType == 6) {
                    const int alpha = p[channels - 1];
                    luma = static_cast<std::uint8_t>((luma * alpha + 255 * (255 - alpha)) / 255);
                }
            }
            image.pixels[y * width + x] = luma;
        }
    }
    return image;
}

} // namespace wedreg::core::qr
