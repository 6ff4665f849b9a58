// SPDX-License-Identifier: Apache-2.0
#include "server/service/ProgrammeRenderer.h"

#include "server/service/ShanghaiTime.h"
#include "server/service/XmlText.h"

#include <algorithm>
#include <sstream>

namespace wedreg::server::service {
namespace {

// A4 at 96 px per inch.
constexpr int kWidth = 794;
constexpr int kHeight = 1123;
constexpr int kMargin = 48;
constexpr int kTitleBlock = 150;
constexpr int kSessionHeader = 62;
constexpr int kFooter = 36;


std::string csvField(const std::string& text)
{
    if (text.find_first_of(",\"\r\n") == std::string::npos)
        return text;
    std::string out = "\"";
    for (const char c : text)
        out += c == '"' ? std::string("\"\"") : std::string(1, c);
    return out + "\"";
}

std::string statusZh(const std::string& status)
{
    return status == "checked_in" ? "已签到" : "□ 签到";
}

class Svg {
public:
    void text(int x, int y, int size, const std::string& body, const std::string& extra = {})
    {
        m_out << "<text x=\"" << x << "\" y=\"" << y << "\" font-size=\"" << size << "\"" << extra << ">" << xmlText(body)
              << "</text>\n";
    }
    void rect(int x, int y, int w, int h, const std::string& fill)
    {
        m_out << "<rect x=\"" << x << "\" y=\"" << y << "\" width=\"" << w << "\" height=\"" << h << "\" fill=\""
              << fill << "\"/>\n";
    }
    void line(int x1, int y1, int x2, int y2, const std::string& stroke)
    {
        m_out << "<line x1=\"" << x1 << "\" y1=\"" << y1 << "\" x2=\"" << x2 << "\" y2=\"" << y2 << "\" stroke=\""
              << stroke << "\" stroke-width=\"1\"/>\n";
    }
    std::string str() const { return m_out.str(); }

private:
    std::ostringstream m_out;
};

}  // namespace

std::string ProgrammeRenderer::svg(const Programme& p)
{
    std::size_t rows = 0;
    for (const auto& s : p.sessions)
        rows += std::max<std::size_t>(s.couples.size(), 1);
    const int available = kHeight - 2 * kMargin - kTitleBlock - kFooter -
                          static_cast<int>(p.sessions.size()) * kSessionHeader;
    // Rows share what is left of the page: up to 24 px each, never below a legible 14 px.
    const int rowHeight = std::clamp(rows ? available / static_cast<int>(rows) : 24, 14, 24);
    const int font = std::max(10, rowHeight * 2 / 3);

    Svg svg;
    int y = kMargin;
    svg.rect(0, 0, kWidth, kHeight, "#ffffff");
    svg.rect(kMargin, y, kWidth - 2 * kMargin, 6, "#c8102e");
    y += 44;
    svg.text(kWidth / 2, y, 26, p.event.title, " text-anchor=\"middle\" font-weight=\"bold\" fill=\"#c8102e\"");
    y += 26;
    svg.text(kWidth / 2, y, 14, p.event.titleEn, " text-anchor=\"middle\" fill=\"#444444\"");
    y += 26;
    svg.text(kWidth / 2, y, 14, p.event.day + " · " + p.venue.name + " · " + p.venue.address,
             " text-anchor=\"middle\"");
    y += 20;
    if (!p.event.theme.empty())
        svg.text(kWidth / 2, y, 13, "主题：" + p.event.theme, " text-anchor=\"middle\" fill=\"#444444\"");
    y += 14;
    svg.text(kMargin, y + 14, 12, "仪式流程 Running order", " fill=\"#666666\"");
    y = kMargin + kTitleBlock;

    const int colOrder = kMargin + 8;
    const int colTime = kMargin + 48;
    const int colNames = kMargin + 110;
    const int colPresenter = kMargin + 420;
    const int colStatus = kWidth - kMargin - 70;
    for (const auto& s : p.sessions) {
        svg.rect(kMargin, y, kWidth - 2 * kMargin, 26, "#fbe9ec");
        std::string head = "第" + std::to_string(s.session.position) + "场  " + shanghaiClock(s.session.startAt) + "–" +
                           shanghaiClock(s.session.endAt) + "  ·  " + std::to_string(s.couples.size()) + " 对新人 / " +
                           std::to_string(s.session.capacity) + " 席";
        svg.text(kMargin + 8, y + 18, 15, head, " font-weight=\"bold\"");
        std::string presenters;
        for (const auto& pr : s.presenters)
            presenters += (presenters.empty() ? "" : "；") + pr.name + "（" + pr.honour + "）";
        svg.text(kMargin + 8, y + 44, 12, "颁证嘉宾：" + (presenters.empty() ? std::string("待定") : presenters),
                 " fill=\"#333333\"");
        svg.text(colOrder, y + kSessionHeader - 4, 10, "序", " fill=\"#888888\"");
        svg.text(colTime, y + kSessionHeader - 4, 10, "时间", " fill=\"#888888\"");
        svg.text(colNames, y + kSessionHeader - 4, 10, "新人", " fill=\"#888888\"");
        svg.text(colPresenter, y + kSessionHeader - 4, 10, "颁证嘉宾", " fill=\"#888888\"");
        svg.text(colStatus, y + kSessionHeader - 4, 10, "签到", " fill=\"#888888\"");
        y += kSessionHeader;
        if (s.couples.empty()) {
            svg.text(colNames, y + rowHeight - 4, font, "（暂无新人）", " fill=\"#888888\"");
            y += rowHeight;
        }
        for (const auto& c : s.couples) {
            if (c.order % 2 == 0)
                svg.rect(kMargin, y, kWidth - 2 * kMargin, rowHeight, "#f7f7f7");
            const int base = y + rowHeight - (rowHeight - font) / 2 - 2;
            svg.text(colOrder, base, font, std::to_string(c.order));
            svg.text(colTime, base, font, c.time);
            svg.text(colNames, base, font, c.names);
            svg.text(colPresenter, base, font, c.presenter);
            svg.text(colStatus, base, font, statusZh(c.status));
            y += rowHeight;
        }
        y += 6;
    }
    svg.line(kMargin, kHeight - kMargin - kFooter + 8, kWidth - kMargin, kHeight - kMargin - kFooter + 8, "#cccccc");
    svg.text(kMargin, kHeight - kMargin - 8, 10,
             "婚礼式颁证：先模人物为新人颁发结婚证。集体颁证仪式不是婚姻登记，新人须已登记或当日在登记处完成登记。",
             " fill=\"#666666\"");

    std::ostringstream out;
    out << "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        << "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"210mm\" height=\"297mm\" viewBox=\"0 0 " << kWidth << " "
        << kHeight << "\" font-family=\"Noto Sans CJK SC, Noto Sans SC, sans-serif\">\n"
        << "<title>" << xmlText(p.event.title + " " + p.event.day) << "</title>\n"
        << svg.str() << "</svg>\n";
    return out.str();
}

std::string ProgrammeRenderer::csv(const Programme& p)
{
    std::string out = "\xEF\xBB\xBF";  // BOM
    out += "session,session_start,session_end,order,time,couple,presenter,status\r\n";
    for (const auto& s : p.sessions)
        for (const auto& c : s.couples)
            out += std::to_string(s.session.position) + "," + shanghaiClock(s.session.startAt) + "," + shanghaiClock(s.session.endAt) +
                   "," + std::to_string(c.order) + "," + c.time + "," + csvField(c.names) + "," +
                   csvField(c.presenter) + "," + c.status + "\r\n";
    return out;
}

}  // namespace wedreg::server::service
