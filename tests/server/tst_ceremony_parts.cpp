// SPDX-License-Identifier: Apache-2.0
// In-process pieces of the ceremonies feature: the iCalendar writer (folding never splits a UTF-8
// character, escaping), name masking, and the programme's SVG (well-formed XML, every couple on the
// page) and CSV (RFC 4180 quoting).

#include "server/service/CeremonyService.h"
#include "server/service/IcsCalendar.h"
#include "server/service/ProgrammeRenderer.h"

#include <QXmlStreamReader>
#include <QtTest>

using namespace wedreg::server;

namespace {

service::Programme sampleProgramme(int couples)
{
    service::Programme p;
    p.event.title = "真爱与国同庆·集体颁证";
    p.event.titleEn = "True love, celebrating with the nation";
    p.event.day = "2027-10-01";
    p.event.theme = "真爱与国同庆";
    p.venue.name = "泉城公园集体颁证广场";
    p.venue.address = "济南市历下区";
    for (int s = 0; s < 3; ++s) {
        service::ProgrammeSession ps;
        ps.session.position = s + 1;
        ps.session.startAt = 1822352400 + s * 5400;  // 2027-10-01 09:00 +08:00, then every 90 minutes
        ps.session.endAt = ps.session.startAt + 3600;
        ps.session.capacity = 20;
        model::Presenter pr;
        pr.name = "林晓岚";
        pr.honour = "抗疫先进个人 & <模范>";
        ps.presenters.push_back(pr);
        for (int c = 0; c < couples; ++c)
            ps.couples.push_back({c + 1, "09:10", "王小明 · 李\"红\"", "林晓岚", "seated"});
        p.sessions.push_back(ps);
    }
    return p;
}

}  // namespace

class TestCeremonyParts : public QObject {
    Q_OBJECT

private slots:
    void foldingKeepsLinesShortAndCharactersWhole()
    {
        std::string line = "DESCRIPTION:";
        for (int i = 0; i < 60; ++i)
            line += "颁证";  // 3 octets each: a naive 75-octet cut would split one
        const auto folded = service::IcsCalendar::fold(line);
        QVERIFY(folded.ends_with("\r\n"));
        std::string unfolded;
        std::size_t start = 0;
        while (start < folded.size()) {
            const auto end = folded.find("\r\n", start);
            const auto physical = folded.substr(start, end - start);
            QVERIFY2(physical.size() <= 75, std::to_string(physical.size()).c_str());
            // Each physical line is valid UTF-8 on its own: it never starts with a continuation byte.
            const auto body = start == 0 ? physical : physical.substr(1);
            QVERIFY(!body.empty() && (static_cast<unsigned char>(body[0]) & 0xC0) != 0x80);
            unfolded += body;
            start = end + 2;
        }
        QCOMPARE(unfolded, line);
    }

    void textIsEscaped()
    {
        QCOMPARE(service::IcsCalendar::escapeText("a,b;c\\d\ne"), std::string("a\\,b\\;c\\\\d\\ne"));
    }

    void renderedEventHasTheRequiredProperties()
    {
        service::IcsEvent e;
        e.uid = "abc@ceremonies.wedreg";
        e.stampSeconds = 1790000000;
        e.startSeconds = 1822352400;  // 2027-10-01T09:00:00+08:00
        e.endSeconds = e.startSeconds + 3600;
        e.summary = "真爱与国同庆";
        const auto ics = service::IcsCalendar::render(e);
        QVERIFY(ics.find("DTSTART;TZID=Asia/Shanghai:20271001T090000\r\n") != std::string::npos);
        QVERIFY(ics.find("DTEND;TZID=Asia/Shanghai:20271001T100000\r\n") != std::string::npos);
        QVERIFY(ics.find("DTSTAMP:20260921T") != std::string::npos);
        QVERIFY(ics.find("TZOFFSETTO:+0800\r\n") != std::string::npos);
        QVERIFY(ics.find("METHOD:REQUEST\r\n") != std::string::npos);
        e.status = "CANCELLED";
        QVERIFY(service::IcsCalendar::render(e).find("METHOD:CANCEL\r\n") != std::string::npos);
    }

    void namesAreMaskedByCharacter()
    {
        QCOMPARE(service::maskName("王小明"), std::string("王**"));
        QCOMPARE(service::maskName("李"), std::string("李"));
        QCOMPARE(service::maskName("Anna"), std::string("A***"));
        QCOMPARE(service::maskName(""), std::string());
    }

    void programmeSvgIsWellFormedAndFitsAnA4Page()
    {
        const auto svg = service::ProgrammeRenderer::svg(sampleProgramme(15));
        QXmlStreamReader xml(QByteArray::fromStdString(svg));
        int texts = 0;
        double lowest = 0;
        while (!xml.atEnd()) {
            if (xml.readNext() == QXmlStreamReader::StartElement && xml.name() == QLatin1String("text")) {
                ++texts;
                lowest = std::max(lowest, xml.attributes().value(QLatin1String("y")).toDouble());
            }
        }
        QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
        QVERIFY(texts > 45 * 5);
        QVERIFY(lowest < 1123);  // everything on the one A4 page
        QVERIFY(QString::fromStdString(svg).contains(QString::fromUtf8("抗疫先进个人 &amp; &lt;模范&gt;")));
    }

    void programmeCsvQuotes()
    {
        const auto csv = service::ProgrammeRenderer::csv(sampleProgramme(2));
        QVERIFY(csv.starts_with("\xEF\xBB\xBF" "session,"));
        QVERIFY(csv.find("\"王小明 · 李\"\"红\"\"\"") != std::string::npos);
        QCOMPARE(std::count(csv.begin(), csv.end(), '\n'), 7L);
    }
};

QTEST_GUILESS_MAIN(TestCeremonyParts)
#include "tst_ceremony_parts.moc"
