// SPDX-License-Identifier: Apache-2.0
#pragma once

// Text -> QR symbol with ZXing-C++ 1.4. Error correction Q (ZXing's 0-8 scale: 6; its default is L)
// because certificates get folded and scuffed; quiet zone 4 modules as ISO/IEC 18004 requires.
// ZXing picks one mode for the whole string, so certificate strings stay in the alphanumeric set;
// other bytes go in as one wchar_t per byte (ZXing's encode(std::string) throws on bytes >= 0x80).

#include "core/qr/QrSymbol.h"

#include <string_view>

namespace wedreg::core::qr {

class QrEncoder
{
public:
    static constexpr int kEccLevelQ = 6;
    static constexpr int kMargin = 4;

    // Throws QrError{"qr-encode"} if the text does not fit any QR version.
    static QrSymbol encode(std::string_view text, int eccLevel = kEccLevelQ, int margin = kMargin);
};

} // namespace wedreg::core::qr
