// SPDX-License-Identifier: Apache-2.0
#include "server/service/CertificateDocument.h"

#include "core/qr/QrEncoder.h"
#include "server/service/ShanghaiTime.h"
#include "server/service/XmlText.h"

#include <sstream>

namespace wedreg::server::service {
namespace {

constexpr double kQrMillimetres = 40.0;
constexpr auto kFont = "'Noto Serif CJK SC', 'Noto Sans CJK SC', serif";


struct Title {
    std::string zh;
    std::string en;
};

Title titleFor(const std::string& kind, const std::string& subjectKind)
{
    if (kind == "marriage")
        return {"结婚证", "Marriage Certificate"};
    if (kind == "divorce")
        return {"离婚证", "Divorce Certificate"};
    if (kind == "reissue")
        return subjectKind == "divorce" ? Title{"离婚证（补发）", "Divorce Certificate (reissued)"}
                                        : Title{"结婚证（补发）", "Marriage Certificate (reissued)"};
    return {"婚姻登记记录证明", "Certificate of Marriage Registration Record"};
}

class Page {
public:
    void text(double x, double y, double size, const std::string& content, const char* weight = "normal",
              const char* anchor = "start", const char* fill = "#222")
    {
        m_out << "<text x=\"" << x << "\" y=\"" << y << "\" font-size=\"" << size << "\" font-weight=\"" << weight
              << "\" text-anchor=\"" << anchor << "\" fill=\"" << fill << "\">" << xmlText(content) << "</text>\n";
    }
    // A bilingual label and its value on one line.
    void field(double x, double y, const std::string& zh, const std::string& en, const std::string& value)
    {
        text(x, y, 3.4, zh, "bold");
        text(x, y + 3.6, 2.4, en, "normal", "start", "#666");
        text(x + 34, y + 1.2, 3.6, value);
    }
    std::ostringstream& raw() { return m_out; }

private:
    std::ostringstream m_out;
};

}  // namespace

std::string printableCertificateSvg(const model::IssuedCertificate& c, const model::Registration& act,
                                    const std::string& registrationDay, const std::string& subjectKind,
                                    const model::Hall& hall)
{
    const auto title = titleFor(c.kind, subjectKind);
    Page page;
    page.raw() << "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
               << "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"148mm\" height=\"210mm\" viewBox=\"0 0 148 210\""
               << " font-family=\"" << kFont << "\">\n"
               << "<rect width=\"148\" height=\"210\" fill=\"#fffdf8\"/>\n"
               << "<rect x=\"6\" y=\"6\" width=\"136\" height=\"198\" fill=\"none\" stroke=\"#b71c1c\" stroke-width=\"0.8\"/>\n"
               << "<rect x=\"8\" y=\"8\" width=\"132\" height=\"194\" fill=\"none\" stroke=\"#b71c1c\" stroke-width=\"0.3\"/>\n";
    page.text(74, 24, 9, title.zh, "bold", "middle", "#b71c1c");
    page.text(74, 31, 4, title.en, "normal", "middle", "#b71c1c");
    page.text(74, 38, 2.6, "中华人民共和国民政部监制 · Electronic certificate signed by the registration authority", "normal", "middle", "#666");

    double y = 48;
    page.field(14, y, "登记日期", "Date of registration", registrationDay);
    y += 9;
    page.field(14, y, "证书字号", "Certificate No.", c.number);
    y += 9;
    page.field(14, y, "登记机关", "Registration authority", hall.name);
    page.text(48, y + 6.2, 2.6, hall.nameEn, "normal", "start", "#666");
    y += 11;
    for (const auto& p : act.parties) {
        page.raw() << "<line x1=\"14\" y1=\"" << y - 3 << "\" x2=\"134\" y2=\"" << y - 3
                   << "\" stroke=\"#e0c9c9\" stroke-width=\"0.3\"/>\n";
        page.field(14, y, "姓名", "Name", p.name + (p.nameLatin.empty() ? "" : "  " + p.nameLatin));
        y += 8;
        page.field(14, y, "性别", "Sex", p.sex == "male" ? "男 Male" : "女 Female");
        page.field(78, y, "国籍", "Nationality", p.nationality);
        y += 8;
        page.field(14, y, "出生日期", "Date of birth", p.birthDate);
        y += 8;
        page.field(14, y, "身份证件号", "ID number", p.idMasked);
        y += 10;
    }

    // The QR in its own coordinate system, scaled to kQrMillimetres and centred at the bottom.
    const auto symbol = core::qr::QrEncoder::encode(c.qr);
    auto qr = symbol.toSvg();
    const double qrX = 74 - kQrMillimetres / 2;
    const double qrY = 210 - 22 - kQrMillimetres;
    std::ostringstream place;
    place << "<svg x=\"" << qrX << "\" y=\"" << qrY << "\" width=\"" << kQrMillimetres << "\" height=\""
          << kQrMillimetres << "\" ";
    qr.replace(0, std::string("<svg ").size(), place.str());
    page.raw() << qr;
    page.text(74, 210 - 17, 2.4, "扫码核验 · Scan to verify — 证照标识 " + c.identifier, "normal", "middle", "#444");
    page.text(74, 210 - 13.5, 2.2, "签发时间 Issued " + shanghaiIso(c.issuedAt) + " · QR version " +
                                       std::to_string(symbol.version()),
              "normal", "middle", "#666");
    page.raw() << "</svg>\n";
    return page.raw().str();
}

}  // namespace wedreg::server::service
