// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <string>

namespace wedreg::server::service {

// Text for an XML/SVG element or attribute: &, <, > and " escaped (printable documents render
// names and notes that anybody may have typed).
inline std::string xmlText(const std::string& text)
{
    std::string out;
    out.reserve(text.size());
    for (const char c : text) {
        switch (c) {
        case '&': out += "&amp;"; break;
        case '<': out += "&lt;"; break;
        case '>': out += "&gt;"; break;
        case '"': out += "&quot;"; break;
        default: out += c;
        }
    }
    return out;
}

}  // namespace wedreg::server::service
