// SPDX-License-Identifier: Apache-2.0
#pragma once

// Finds and decodes one QR code in a luma image (a PNG file, a camera frame's Y plane) with ZXing-C++
// 1.4, trying rotations, harder detection and downscaling, since kiosk cameras and phone photos are
// neither upright nor sharp.

#include "core/crypto/Bytes.h"
#include "core/qr/GrayImage.h"

#include <optional>
#include <string>

namespace wedreg::core::qr {

struct QrReadResult
{
    // The raw payload bytes as a string. Taken from Result::bytes(), not Result::text(): in ZXing 1.4
    // text() is a std::wstring built by value on every call and re-encoded by a guessed character set.
    std::string text;
    std::string ecLevel;
};

class QrReader
{
public:
    // nullopt when no QR code is found or it cannot be decoded.
    static std::optional<QrReadResult> read(const std::uint8_t* luma, int width, int height, int rowStride = 0);
    static std::optional<QrReadResult> read(const GrayImage& image);
    // PNG file contents -> payload. Throws QrError for an unreadable PNG; nullopt if no QR code.
    static std::optional<QrReadResult> readPng(ByteView png);
};

} // namespace wedreg::core::qr
