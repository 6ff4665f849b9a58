// SPDX-License-Identifier: Apache-2.0
#include "core/qr/QrReader.h"

#include "core/qr/PngCodec.h"

#include <ZXing/DecodeHints.h>
#include <ZXing/ImageView.h>
#include <ZXing/ReadBarcode.h>
#include <ZXing/Result.h>

#include <exception>

namespace wedreg::core::qr {

std::optional<QrReadResult> QrReader::read(const std::uint8_t* luma, int width, int height, int rowStride)
{
    if (!luma || width <= 0 || height <= 0) {
        return std::nullopt;
    }
    ZXing::DecodeHints hints;
    hints.setFormats(ZXing::BarcodeFormat::QRCode);
    hints.setTryRotate(true);
    hints.setTryHarder(true);
    hints.setTryDownscale(true);
    std::optional<ZXing::Result> found;
    try {
        const ZXing::ImageView view(luma, width, height, ZXing::ImageFormat::Lum, rowStride);
        found = ZXing::ReadBarcode(view, hints);
    } catch (const std::exception&) {
        // Camera frames are outside input: whatever ZXing objects to is "no code here".
        return std::nullopt;
    }
    const ZXing::Result& result = *found;
    if (!result.isValid()) {
        return std::nullopt;
    }
    const ZXing::ByteArray& bytes = result.bytes();
    QrReadResult out;
    out.text.assign(bytes.begin(), bytes.end());
    // ecLevel() is a std::wstring made by value (ZXing 1.4): copy it once, then narrow (it is ASCII).
    const std::wstring ecLevel = result.ecLevel();
    for (const wchar_t c : ecLevel) {
        out.ecLevel.push_back(static_cast<char>(c));
    }
    return out;
}

std::optional<QrReadResult> QrReader::read(const GrayImage& image)
{
    if (image.pixels.size() != static_cast<std::size_t>(image.width) * static_cast<std::size_t>(image.height)) {
        return std::nullopt;
    }
    return read(image.pixels.data(), image.width, image.height);
}

std::optional<QrReadResult> QrReader::readPng(ByteView png)
{
    return read(PngCodec::decode(png));
}

} // namespace wedreg::core::qr
