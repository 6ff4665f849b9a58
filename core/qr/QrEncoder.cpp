// SPDX-License-Identifier: Apache-2.0
#include "core/qr/QrEncoder.h"

#include "core/qr/QrError.h"

#include <ZXing/BarcodeFormat.h>
#include <ZXing/BitMatrix.h>
#include <ZXing/MultiFormatWriter.h>

#include <exception>
#include <string>

namespace wedreg::core::qr {

QrSymbol QrEncoder::encode(std::string_view text, int eccLevel, int margin)
{
    std::wstring wide;
    wide.reserve(text.size());
    for (const char c : text) {
        wide.push_back(static_cast<wchar_t>(static_cast<unsigned char>(c)));
    }
    try {
        ZXing::MultiFormatWriter writer(ZXing::BarcodeFormat::QRCode);
        writer.setEccLevel(eccLevel).setMargin(margin);
        // Size 0 × 0: one pixel per module plus the margin, i.e. the bare module grid.
        const ZXing::BitMatrix matrix = writer.encode(wide, 0, 0);
        if (matrix.width() != matrix.height()) {
            throw QrError("qr-encode", "not square");
        }
        std::vector<std::uint8_t> dark(static_cast<std::size_t>(matrix.width()) * static_cast<std::size_t>(matrix.height()));
        for (int y = 0; y < matrix.height(); ++y) {
            for (int x = 0; x < matrix.width(); ++x) {
                dark[static_cast<std::size_t>(y) * static_cast<std::size_t>(matrix.width()) + static_cast<std::size_t>(x)] =
                    matrix.get(x, y) ? 1 : 0;
            }
        }
        return QrSymbol(matrix.width(), margin, std::move(dark));
    } catch (const QrError&) {
        throw;
    } catch (const std::exception& error) {
        throw QrError("qr-encode", error.what());
    }
}

} // namespace wedreg::core::qr
