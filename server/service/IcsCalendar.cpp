// SPDX-License-Identifier: Apache-2.0
#include "server/service/IcsCalendar.h"

#include <ctime>

namespace wedreg::server::service {
namespace {

constexpr std::int64_t kShanghaiOffset = 8 * 3600;
constexpr std::size_t kMaxOctets = 75;

std::string stamp(std::int64_t unixSeconds, bool utc)
{
    const std::time_t t = static_cast<std::time_t>(utc ? unixSeconds : unixSeconds + kShanghaiOffset);
    std::tm tm{};
    gmtime_r(&t, &tm);
    // strftime, not snprintf of the tm fields: GCC's -O2 range analysis (a release build with
    // -Werror) cannot prove ints fit a fixed buffer, and strftime states the form exactly.
    char out[32];
    const auto length = std::strftime(out, sizeof out, "%Y%m%dT%H%M%S", &tm);
    return std::string(out, length) + (utc ? "Z" : "");
}

}  // namespace

std::string IcsCalendar::escapeText(const std::string& text)
{
    std::string out;
    for (const char c : text) {
        switch (c) {
        case '\\': out += "\\\\"; break;
        case ';': out += "\\;"; break;
        case ',': out += "\\,"; break;
        case '\n': out += "\\n"; break;
        case '\r': break;
        default: out += c;
        }
    }
    return out;
}

std::string IcsCalendar::fold(const std::string& line)
{
    std::string out;
    std::size_t lineOctets = 0;
    std::size_t i = 0;
    while (i < line.size()) {
        // Length of the UTF-8 sequence that starts here: a character is never split across lines.
        const auto lead = static_cast<unsigned char>(line[i]);
        const std::size_t n = lead < 0x80 ? 1 : lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : lead >= 0xC0 ? 2 : 1;
        if (lineOctets + n > kMaxOctets) {
            out += "\r\n ";
            lineOctets = 1;
        }
        out.append(line, i, n);
        lineOctets += n;
        i += n;
    }
    return out + "\r\n";
}

std::string IcsCalendar::render(const IcsEvent& e)
{
    const bool cancelled = e.status == "CANCELLED";
    std::string out;
    for (const std::string& line : {
             std::string("BEGIN:VCALENDAR"),
             std::string("VERSION:2.0"),
             std::string("PRODID:-//wedreg//Collective ceremonies//ZH"),
             std::string("CALSCALE:GREGORIAN"),
             std::string(cancelled ? "METHOD:CANCEL" : "METHOD:REQUEST"),
             std::string("BEGIN:VTIMEZONE"),
             std::string("TZID:Asia/Shanghai"),
             std::string("BEGIN:STANDARD"),
             std::string("DTSTART:19910915T020000"),
             std::string("TZOFFSETFROM:+0800"),
             std::string("TZOFFSETTO:+0800"),
             std::string("TZNAME:CST"),
             std::string("END:STANDARD"),
             std::string("END:VTIMEZONE"),
             std::string("BEGIN:VEVENT"),
             "UID:" + e.uid,
             "DTSTAMP:" + stamp(e.stampSeconds, true),
             "DTSTART;TZID=Asia/Shanghai:" + stamp(e.startSeconds, false),
             "DTEND;TZID=Asia/Shanghai:" + stamp(e.endSeconds, false),
             "SEQUENCE:" + std::to_string(e.sequence),
             "STATUS:" + e.status,
             "SUMMARY:" + escapeText(e.summary),
             "LOCATION:" + escapeText(e.location),
             "DESCRIPTION:" + escapeText(e.description),
             std::string("END:VEVENT"),
             std::string("END:VCALENDAR"),
         })
        out += fold(line);
    return out;
}

}  // namespace wedreg::server::service
