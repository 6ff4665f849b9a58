// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <cstdint>
#include <string>

namespace wedreg::server::service {

// One event as an iCalendar object (RFC 5545): CRLF line ends, lines folded at 75 octets (never
// inside a UTF-8 sequence), DTSTAMP and UID, DTSTART/DTEND with TZID=Asia/Shanghai and its
// VTIMEZONE (UTC+8 all year, no DST since 1991).
struct IcsEvent {
    std::string uid;
    std::int64_t stampSeconds = 0;
    std::int64_t startSeconds = 0;
    std::int64_t endSeconds = 0;
    std::string summary;
    std::string location;
    std::string description;
    std::string status = "CONFIRMED";  // CONFIRMED | TENTATIVE | CANCELLED
    int sequence = 0;
};

class IcsCalendar {
public:
    // METHOD:REQUEST for a seat or a change, METHOD:CANCEL for a cancellation.
    static std::string render(const IcsEvent& event);
    // TEXT value escaping (RFC 5545 §3.3.11): backslash, semicolon, comma, newline.
    static std::string escapeText(const std::string& text);
    // Content-line folding (§3.1): at most 75 octets per line, continuation lines start with a space.
    static std::string fold(const std::string& line);
};

}  // namespace wedreg::server::service
