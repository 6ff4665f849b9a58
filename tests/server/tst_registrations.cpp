// SPDX-License-Identifier: Apache-2.0
// Registrations and their certificates against the real server (DESIGN §4, §7): a registrar
// completes a marriage for a checked-in couple and the couple leaves with a signed QR; divorce by
// agreement walks through its statutory periods on the 2025 calendar (the server's clock moved with
// dev.clock_offset_days, as only a loopback test server allows); reissue supersedes; the online
// status says what became of a certificate while the offline signature stays valid; every act is
// in the audit chain, which `wedreg-server --verify-audit` checks and breaks when a row is edited.

#include "support/BookingHelpers.h"
#include "support/HttpClient.h"
#include "support/ServerProcess.h"
#include "support/SigningDir.h"

#include "core/cert/CertificateCodec.h"
#include "core/cert/CoseSign1.h"
#include "core/crypto/Keys.h"
#include "core/qr/QrReader.h"

#include <Poco/Base64Decoder.h>
#include <Poco/Base64Encoder.h>

#include <nlohmann/json.hpp>

#include <QDateTime>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

#include <ctime>
#include <sstream>

using namespace wedreg::tests;
using nlohmann::json;

namespace {

struct Couple {
    std::string man;
    std::string woman;
};

std::string str(const json& value)
{
    return value.is_string() ? value.get<std::string>() : value.dump();
}

json parse(const HttpReply& reply)
{
    return json::parse(reply.body, nullptr, false);
}

std::string unbase64(const std::string& text)
{
    std::istringstream in(text);
    Poco::Base64Decoder decoder(in, Poco::BASE64_NO_PADDING);
    return std::string(std::istreambuf_iterator<char>(decoder), std::istreambuf_iterator<char>());
}

// Days from the server's "today" (Asia/Shanghai) to `target`.
int daysUntil(const QDate& target)
{
    return static_cast<int>(QDateTime::currentDateTimeUtc().addSecs(8 * 3600).date().daysTo(target));
}

}  // namespace

class TestRegistrations : public QObject {
    Q_OBJECT

private:
    SigningDir m_keys;
    std::unique_ptr<ServerProcess> m_server;
    int m_sequence = 100;

    HttpClient http() const { return HttpClient(m_server->port()); }

    bool startAt(const QDate& day, bool reuse)
    {
        QStringList settings{m_keys.setting()};
        if (day.isValid())
            settings << QStringLiteral("dev.clock_offset_days=%1").arg(daysUntil(day));
        return reuse ? m_server->restart({true, settings, true}) : m_server->start({true, settings, false});
    }

    std::string login(const std::string& role = "registrar") const
    {
        const auto password = m_server->demoPasswords().value(QString::fromStdString(role)).toStdString();
        const auto reply =
            http().post("/api/v1/staff/sessions", json{{"username", role}, {"password", password}}.dump());
        return reply.status == 201 || reply.status == 200 ? parse(reply).value("token", "") : std::string{};
    }

    Couple newCouple()
    {
        m_sequence += 2;
        return {man("19900315", m_sequence), woman("19930620", m_sequence)};
    }

    // Registrar adds the couple to today's queue in person: a checked-in appointment.
    std::string walkIn(const std::string& token, const Couple& c, const std::string& hall = "jn-lixia") const
    {
        const json body{{"service", "marriage"},
                        {"parties",
                         {{{"id_number", c.man}, {"name", "王小明"}, {"phone", "13800000001"}},
                          {{"id_number", c.woman}, {"name", "欧阳晓红"}, {"phone", "13800000002"}}}},
                        {"declaration_accepted", true}};
        const auto reply = http().post("/api/v1/halls/" + hall + "/walk-ins", body.dump(), bearer(token));
        return reply.status == 201 || reply.status == 200 ? parse(reply).value("appointment_id", "") : std::string{};
    }

    HttpReply marry(const std::string& token, const std::string& appointment, const Couple& c) const
    {
        const json body{{"kind", "marriage"},
                        {"appointment_id", appointment},
                        {"parties",
                         {{{"id_number", c.man}, {"name", "王小明"}, {"name_latin", "WANG XIAOMING"}},
                          {{"id_number", c.woman}, {"name", "欧阳晓红"}, {"name_latin", "OUYANG XIAOHONG"}}}},
                        {"declaration_accepted", true}};
        return http().post("/api/v1/registrations", body.dump(), bearer(token));
    }

    // A couple married today at jn-lixia; returns the registration JSON (empty on failure).
    json married(const std::string& token, const Couple& c)
    {
        const auto appointment = walkIn(token, c);
        if (appointment.empty())
            return {};
        const auto reply = marry(token, appointment, c);
        return reply.status == 201 ? parse(reply) : json{};
    }

    HttpReply act(const std::string& token, const json& body) const
    {
        return http().post("/api/v1/registrations", body.dump(), bearer(token));
    }

    json verify(const std::string& qr) const { return parse(http().post("/api/v1/certificates/verify", json{{"qr", qr}}.dump())); }

private slots:
    void init()
    {
        WEDREG_REQUIRE_DATABASE();
        m_server = std::make_unique<ServerProcess>();
    }

    void cleanup() { m_server.reset(); }

    void marriageIssuesACertificateThatVerifiesOfflineAndOnline()
    {
        QVERIFY2(startAt({}, false), qPrintable(m_server->error()));
        const auto token = login();
        QVERIFY(!token.empty());
        const auto registration = married(token, newCouple());
        QVERIFY2(!registration.empty(), "marriage not registered");
        QCOMPARE(str(registration["kind"]), std::string("marriage"));
        QCOMPARE(str(registration["status"]), std::string("in_force"));
        QCOMPARE(str(registration["office_code"]), std::string("370102"));
        QCOMPARE(registration["parties"][0]["id_masked"].get<std::string>().find("**********"), std::size_t(4));
        const auto& certificate = registration["certificate"];
        QCOMPARE(str(certificate["status"]), std::string("valid"));
        QVERIFY(certificate["number"].get<std::string>().starts_with("J370102-"));
        const auto qr = certificate["qr"].get<std::string>();
        QVERIFY(qr.starts_with("MC1:"));
        QVERIFY2(qr.size() <= 450, qPrintable(QString::number(qr.size())));

        const auto verdict = verify(qr);
        QCOMPARE(str(verdict["signature"]), std::string("valid"));
        QCOMPARE(str(verdict["status"]), std::string("valid"));
        QCOMPARE(str(verdict["kind"]), std::string("marriage"));
        QCOMPARE(str(verdict["identifier"]), str(certificate["identifier"]));
        QCOMPARE(str(verdict["parties"][1]["name"]), std::string("欧阳晓红"));
        QVERIFY(verdict.contains("checked_at"));

        // Nobody's personal data is in the registry's tables in clear: only ciphertext and masks.
        const auto id = QString::fromStdString(newCouple().man);
        QCOMPARE(m_server->scalar(QStringLiteral("SELECT COUNT(*) FROM registration_parties WHERE id_cipher LIKE '%:%'")),
                 qint64(2));
        QCOMPARE(m_server->scalar(QStringLiteral("SELECT COUNT(*) FROM registration_parties WHERE id_cipher LIKE '%%1%'")
                                      .arg(id.left(10))),
                 qint64(0));
    }

    void statusAnswerIsSignedByTheTrustListKey()
    {
        QVERIFY2(startAt({}, false), qPrintable(m_server->error()));
        const auto registration = married(login(), newCouple());
        QVERIFY(!registration.empty());
        const auto& c = registration["certificate"];
        const auto reply = http().get("/api/v1/certificates/status/" + c["kid"].get<std::string>() + "/" +
                                      c["status_hash"].get<std::string>());
        QCOMPARE(reply.status, 200);
        const auto answer = parse(reply);
        QCOMPARE(str(answer["status"]), std::string("valid"));
        const auto cose = unbase64(answer["signature"].get<std::string>());
        const auto sign1 = wedreg::core::cert::CoseSign1::decode(wedreg::core::asBytes(cose));
        QCOMPARE(std::string(sign1.payload().begin(), sign1.payload().end()), answer["payload"].get<std::string>());
        const auto key = wedreg::core::crypto::publicKeyOf(m_keys.trustListSigner().certificate.get());
        QVERIFY(sign1.verify(key.get(), wedreg::core::cert::CoseAlgorithm::ES256));
        QVERIFY(json::parse(answer["payload"].get<std::string>())["status"] == "valid");

        // An unknown key is answered, signed, as unknown; a malformed one is a 422 naming it.
        const auto unknown = http().get("/api/v1/certificates/status/0011223344556677/00112233445566778899aabbccddeeff");
        QCOMPARE(unknown.status, 200);
        QCOMPARE(str(parse(unknown)["status"]), std::string("unknown"));
        const auto bad = http().get("/api/v1/certificates/status/XYZ/00");
        QCOMPARE(bad.status, 422);
        QVERIFY(bad.isProblem());
    }

    void certificateDownloadsAreStaffOnlyAndDecode()
    {
        QVERIFY2(startAt({}, false), qPrintable(m_server->error()));
        const auto token = login();
        const auto registration = married(token, newCouple());
        QVERIFY(!registration.empty());
        const auto id = registration["certificate"]["id"].get<std::string>();
        QCOMPARE(http().get("/api/v1/certificates/" + id + "/qr.png").status, 401);
        const auto png = http().get("/api/v1/certificates/" + id + "/qr.png", bearer(token));
        QCOMPARE(png.status, 200);
        QCOMPARE(png.contentType, std::string("image/png"));
        const auto decoded = wedreg::core::qr::QrReader::readPng(wedreg::core::asBytes(png.body));
        QVERIFY(decoded.has_value());
        QCOMPARE(decoded->text, registration["certificate"]["qr"].get<std::string>());
        const auto svg = http().get("/api/v1/certificates/" + id + "/print.svg", bearer(token));
        QCOMPARE(svg.status, 200);
        QVERIFY(svg.body.find("width=\"148mm\" height=\"210mm\"") != std::string::npos);
        QVERIFY(svg.body.find("结婚证") != std::string::npos);
        QVERIFY(svg.body.find("Marriage Certificate") != std::string::npos);
        QVERIFY(svg.body.find("width=\"40\" height=\"40\"") != std::string::npos);  // QR 40 mm >= 30 mm
        QVERIFY(svg.body.find("欧阳晓红") != std::string::npos);
        // An organiser does not hand out certificates.
        QCOMPARE(http().get("/api/v1/certificates/" + id, bearer(login("organiser"))).status, 403);
    }

    void marriageNeedsTheCheckedInCoupleAndRecordsRefusals()
    {
        QVERIFY2(startAt({}, false), qPrintable(m_server->error()));
        const auto token = login();
        const auto booked = newCouple();
        const auto appointment = walkIn(token, booked);
        QVERIFY(!appointment.empty());
        const auto strangers = newCouple();
        const auto reply = marry(token, appointment, strangers);
        QCOMPARE(reply.status, 422);
        QCOMPARE(reply.problemType(), std::string("ineligible"));
        QCOMPARE(str(parse(reply)["rules"][0]), std::string("not-the-booked-couple"));
        QCOMPARE(m_server->scalar(QStringLiteral("SELECT COUNT(*) FROM registration_refusals")), qint64(1));
        QCOMPARE(m_server->scalar(QStringLiteral("SELECT COUNT(*) FROM registrations")), qint64(0));
        QCOMPARE(marry(token, "no-such-appointment", booked).status, 404);

        // Married once: the registry refuses a second marriage of either person.
        QCOMPARE(marry(token, appointment, booked).status, 201);
        const auto again = newCouple();
        const json body{{"service", "marriage"},
                        {"parties",
                         {{{"id_number", booked.man}, {"name", "王小明"}, {"phone", "13800000001"}},
                          {{"id_number", again.woman}, {"name", "李娜"}, {"phone", "13800000003"}}}},
                        {"declaration_accepted", true}};
        const auto walkInAgain = http().post("/api/v1/halls/jn-lixia/walk-ins", body.dump(), bearer(token));
        QCOMPARE(walkInAgain.status, 422);
        QCOMPARE(str(parse(walkInAgain)["rules"][0]), std::string("already-married"));
    }

    void ceremonyOnlyVenueNeverProducesARegistration()
    {
        QVERIFY2(startAt({}, false), qPrintable(m_server->error()));
        const auto admin = login("admin");
        const auto c = newCouple();
        const json body{{"kind", "divorce_application"},
                        {"hall_id", "jn-quancheng-park"},
                        {"parties", {{{"id_number", c.man}}, {{"id_number", c.woman}}}}};
        const auto reply = act(admin, body);
        QCOMPARE(reply.status, 422);
        QCOMPARE(str(parse(reply)["field"]), std::string("hall_id"));
        QCOMPARE(m_server->scalar(QStringLiteral("SELECT COUNT(*) FROM registrations")), qint64(0));
        // A registrar acts at their own hall only.
        const auto other = act(login(), json{{"kind", "reissue"},
                                             {"hall_id", "jn-huaiyin"},
                                             {"parties", {{{"id_number", c.man}}}}});
        QCOMPARE(other.status, 403);
    }

    void reissueSupersedesOnlineWhileTheOldSignatureStaysValid()
    {
        QVERIFY2(startAt({}, false), qPrintable(m_server->error()));
        const auto token = login();
        const auto c = newCouple();
        const auto first = married(token, c);
        QVERIFY(!first.empty());
        const auto reply = act(token, json{{"kind", "reissue"}, {"parties", {{{"id_number", c.woman}}}}});
        QCOMPARE(reply.status, 201);
        const auto reissue = parse(reply);
        QCOMPARE(str(reissue["certificate"]["kind"]), std::string("reissue"));
        QVERIFY(reissue["certificate"]["number"] != first["certificate"]["number"]);

        const auto old = verify(first["certificate"]["qr"].get<std::string>());
        QCOMPARE(str(old["signature"]), std::string("valid"));
        QCOMPARE(str(old["status"]), std::string("superseded"));
        const auto fresh = verify(reissue["certificate"]["qr"].get<std::string>());
        QCOMPARE(str(fresh["signature"]), std::string("valid"));
        QCOMPARE(str(fresh["status"]), std::string("valid"));
        QCOMPARE(str(fresh["registration_date"]), str(first["day"]));  // the reissue certifies the original act

        // The CLI shows both answers side by side: signature valid offline, superseded online.
        const auto list = http().get("/api/v1/trust-list");
        QCOMPARE(list.status, 200);
        QTemporaryDir scratch;
        const auto listFile = scratch.filePath(QStringLiteral("trust-list.cbor"));
        {
            QFile file(listFile);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(list.body.data(), static_cast<qint64>(list.body.size()));
        }
        QProcess cli;
        cli.start(QStringLiteral(WEDREG_VERIFY_CLI),
                  {"--text", QString::fromStdString(first["certificate"]["qr"].get<std::string>()), "--trust-list",
                   listFile, "--root", m_keys.path() + QStringLiteral("/root.crt"), "--online", m_server->baseUrl()});
        QVERIFY(cli.waitForFinished(30000));
        const auto human = QString::fromUtf8(cli.readAllStandardOutput());
        QCOMPARE(cli.exitCode(), 1);
        QVERIFY2(human.contains(QStringLiteral("superseded")), qPrintable(human));
        QVERIFY2(human.contains(QStringLiteral("valid")), qPrintable(human));

        // Someone the registry never married gets a refusal naming the rule.
        const auto nobody = act(token, json{{"kind", "reissue"}, {"parties", {{{"id_number", newCouple().man}}}}});
        QCOMPARE(nobody.status, 422);
        QCOMPARE(str(parse(nobody)["rules"][0]), std::string("no-record"));
    }

    void divorceTimelineOnThe2025Calendar()
    {
        // Received 2025-09-01 → cooling-off ends 2025-10-09 (after National Day) → window ends 2025-11-10.
        QVERIFY2(startAt(QDate(2025, 9, 1), false), qPrintable(m_server->error()));
        auto token = login();
        const auto divorcing = newCouple();
        const auto withdrawing = newCouple();
        const auto lapsing = newCouple();
        const auto marriage = married(token, divorcing);
        QVERIFY(!marriage.empty());
        QVERIFY(!married(token, withdrawing).empty());
        QVERIFY(!married(token, lapsing).empty());
        QCOMPARE(str(marriage["day"]), std::string("2025-09-01"));

        const auto apply = [&](const Couple& c) {
            return act(token, json{{"kind", "divorce_application"},
                                   {"parties", {{{"id_number", c.man}}, {{"id_number", c.woman}}}}});
        };
        const auto applied = apply(divorcing);
        QCOMPARE(applied.status, 201);
        const auto application = parse(applied);
        QCOMPARE(str(application["status"]), std::string("cooling_off"));
        QCOMPARE(str(application["cooling_off_ends"]), std::string("2025-10-09"));
        QCOMPARE(str(application["window_ends"]), std::string("2025-11-10"));
        QCOMPARE(apply(divorcing).status, 409);  // one open application per marriage
        const auto toWithdraw = parse(apply(withdrawing));
        const auto toLapse = parse(apply(lapsing));

        // Day 10: either party alone may withdraw.
        QVERIFY(startAt(QDate(2025, 9, 11), true));
        token = login();
        const auto withdrawn = http().post("/api/v1/registrations/" + toWithdraw["id"].get<std::string>() + "/withdraw",
                                           json{{"id_number", withdrawing.woman}}.dump(), bearer(token));
        QCOMPARE(withdrawn.status, 200);
        QCOMPARE(str(parse(withdrawn)["status"]), std::string("withdrawn"));

        const auto divorce = [&](const std::string& applicationId, const Couple& c) {
            return act(token, json{{"kind", "divorce"},
                                   {"application_id", applicationId},
                                   {"parties", {{{"id_number", c.man}}, {{"id_number", c.woman}}}}});
        };
        const auto applicationId = application["id"].get<std::string>();
        // 2025-10-08: still cooling off (it ends on 2025-10-09).
        QVERIFY(startAt(QDate(2025, 10, 8), true));
        token = login();
        const auto early = divorce(applicationId, divorcing);
        QCOMPARE(early.status, 422);
        QCOMPARE(str(parse(early)["rules"][0]), std::string("still-cooling-off"));

        // 2025-10-10: in the window, both present at the same office.
        QVERIFY(startAt(QDate(2025, 10, 10), true));
        token = login();
        const auto done = divorce(applicationId, divorcing);
        QCOMPARE(done.status, 201);
        const auto divorced = parse(done);
        QCOMPARE(str(divorced["certificate"]["kind"]), std::string("divorce"));
        QVERIFY(divorced["certificate"]["number"].get<std::string>().starts_with("L370102-"));
        // The marriage certificate: online "dissolved", offline signature still valid — both shown.
        const auto old = verify(marriage["certificate"]["qr"].get<std::string>());
        QCOMPARE(str(old["signature"]), std::string("valid"));
        QCOMPARE(str(old["status"]), std::string("dissolved"));
        QCOMPARE(str(verify(divorced["certificate"]["qr"].get<std::string>())["status"]), std::string("valid"));
        // A reissue of the marriage certificate now is a registration-record certificate.
        const auto record = act(token, json{{"kind", "reissue"}, {"parties", {{{"id_number", divorcing.man}}}}});
        QCOMPARE(record.status, 201);
        QCOMPARE(str(parse(record)["certificate"]["kind"]), std::string("record"));

        // Nothing by 2025-11-10 → deemed withdrawn on 2025-11-11 (the job runs at start).
        QVERIFY(startAt(QDate(2025, 11, 11), true));
        token = login();
        const auto lapsed = parse(http().get("/api/v1/registrations/" + toLapse["id"].get<std::string>(), bearer(token)));
        QCOMPARE(str(lapsed["status"]), std::string("lapsed"));
        QCOMPARE(str(lapsed["closed_day"]), std::string("2025-11-11"));
        const auto late = divorce(toLapse["id"].get<std::string>(), lapsing);
        QCOMPARE(late.status, 422);
        QCOMPARE(str(parse(late)["rules"][0]), std::string("application-lapsed"));
    }

    void statisticsCountActsPerHallAndMonthAsJsonAndCsv()
    {
        QVERIFY2(startAt(QDate(2025, 9, 1), false), qPrintable(m_server->error()));
        auto token = login();
        const auto a = newCouple();
        const auto b = newCouple();
        QVERIFY(!married(token, a).empty());
        QVERIFY(!married(token, b).empty());
        const auto application = parse(act(token, json{{"kind", "divorce_application"},
                                                       {"parties", {{{"id_number", b.man}}, {{"id_number", b.woman}}}}}));
        QCOMPARE(act(token, json{{"kind", "reissue"}, {"parties", {{{"id_number", a.man}}}}}).status, 201);
        QCOMPARE(act(token, json{{"kind", "reissue"}, {"parties", {{{"id_number", newCouple().man}}}}}).status, 422);
        QVERIFY(startAt(QDate(2025, 10, 10), true));
        token = login();
        QCOMPARE(act(token, json{{"kind", "divorce"},
                                 {"application_id", application["id"]},
                                 {"parties", {{{"id_number", b.man}}, {{"id_number", b.woman}}}}})
                     .status,
                 201);

        const auto reply = http().get("/api/v1/stats?from=2025-01-01&to=2025-12-31", bearer(login("organiser")));
        QCOMPARE(reply.status, 200);
        const auto report = parse(reply);
        QCOMPARE(report["rows"].size(), std::size_t(2));  // jn-lixia in September and October
        QCOMPARE(str(report["rows"][0]["month"]), std::string("2025-09"));
        QCOMPARE(report["rows"][0]["marriages"].get<int>(), 2);
        QCOMPARE(report["rows"][0]["divorce_applications"].get<int>(), 1);
        QCOMPARE(report["rows"][0]["reissues"].get<int>(), 1);
        QCOMPARE(report["rows"][0]["refusals"].get<int>(), 1);
        QCOMPARE(report["rows"][1]["divorces"].get<int>(), 1);
        QCOMPARE(report["totals"]["acts"].get<int>(), 5);  // 2 marriages + 1 application + 1 divorce + 1 reissue

        auto headers = bearer(token);
        headers.set("Accept", "text/csv");
        const auto csv = http().get("/api/v1/stats?from=2025-01-01&to=2025-12-31", headers);
        QCOMPARE(csv.status, 200);
        QVERIFY(csv.contentType.starts_with("text/csv"));
        QVERIFY(csv.body.find("hall_id,month,marriages,divorce_applications,withdrawals,lapses,divorces,reissues,"
                              "record_certificates,refusals,acts\r\n") != std::string::npos);
        QVERIFY2(csv.body.find("jn-lixia,2025-09,2,1,0,0,0,1,0,1,4\r\n") != std::string::npos, csv.body.c_str());
        QVERIFY(csv.body.find("total,,2,1,0,0,1,1,0,1,5\r\n") != std::string::npos);

        // Bad ranges name the field; a registrar cannot read another hall's numbers.
        QCOMPARE(http().get("/api/v1/stats?from=2025-02-30&to=2025-12-31", bearer(token)).status, 422);
        QCOMPARE(http().get("/api/v1/stats?from=2025-12-31&to=2025-01-01", bearer(token)).status, 422);
        QCOMPARE(http().get("/api/v1/stats?from=2025-01-01&to=2025-12-31&hall=jn-huaiyin", bearer(token)).status, 403);
        QCOMPARE(http().get("/api/v1/stats?from=2025-01-01&to=2025-12-31").status, 401);
    }

    void revokedOfficeKeyKeepsOldCertificatesAndSignsNothingNew()
    {
        QVERIFY2(startAt({}, false), qPrintable(m_server->error()));
        const auto before = married(login(), newCouple());
        QVERIFY(!before.empty());
        const auto kid = before["certificate"]["kid"].get<std::string>();
        const auto revokedAt = static_cast<std::int64_t>(std::time(nullptr)) + 1;  // after its iat
        m_keys.revoke(kid, revokedAt);
        QVERIFY(startAt({}, true));

        // The published list says so; what the key signed before still verifies.
        const auto list = parse(http().get("/api/v1/trust-list?format=json"));
        bool listed = false;
        for (const auto& entry : list["entries"])
            if (entry["kid"] == kid)
                listed = entry["status"] == "revoked";
        QVERIFY(listed);
        QCOMPARE(str(verify(before["certificate"]["qr"].get<std::string>())["signature"]), std::string("valid"));

        // Anything dated after the revocation, even with the genuine key, fails offline.
        auto claims = wedreg::core::test::sampleClaims(revokedAt + 60);
        const auto late = wedreg::core::cert::CertificateCodec::issue(claims, *m_keys.office("370102").signer);
        const auto refused = verify(late);
        QCOMPARE(str(refused["signature"]), std::string("invalid"));
        QCOMPARE(str(refused["reason"]), std::string("key-revoked"));

        // And the office has no key to sign with: a marriage now is refused as unavailable, not
        // signed with a revoked key.
        const auto token = login();
        const auto c = newCouple();
        const auto appointment = walkIn(token, c);
        QVERIFY(!appointment.empty());
        const auto reply = marry(token, appointment, c);
        QCOMPARE(reply.status, 503);
        QCOMPARE(str(parse(reply)["code"]), std::string("signing-key"));
        QCOMPARE(m_server->scalar(QStringLiteral("SELECT COUNT(*) FROM registrations")), qint64(1));
    }

    void divorceCertificateIsBookedInTheWindowAtTheReceivingOffice()
    {
        QVERIFY2(startAt(QDate(2025, 9, 1), false), qPrintable(m_server->error()));
        auto token = login();
        const auto c = newCouple();
        QVERIFY(!married(token, c).empty());
        QCOMPARE(act(token, json{{"kind", "divorce_application"},
                                 {"parties", {{{"id_number", c.man}}, {{"id_number", c.woman}}}}})
                     .status,
                 201);  // cooling-off to 2025-10-09, window 2025-10-10 .. 2025-11-10

        // 2025-09-26: the slots of 2025-09-29 (cooling off) and 2025-10-10 (window) are released.
        QVERIFY(startAt(QDate(2025, 9, 26), true));
        const auto slotOn = [&](const std::string& hall, const std::string& day) {
            const auto reply =
                http().get("/api/v1/halls/" + hall + "/slots?service=divorce&from=" + day + "&to=" + day);
            const auto found = parse(reply);
            return reply.status == 200 && !found.empty() ? found[0]["id"].get<std::string>() : std::string{};
        };
        const std::vector<Person> both{{c.man, "王小明"}, {c.woman, "欧阳晓红"}};
        const auto rule = [&](const std::string& slot, const std::vector<Person>& people) {
            const auto reply = book(http(), bookingBody(slot, "divorce", people));
            return reply.status == 422 ? str(parse(reply)["rules"][0]) : std::to_string(reply.status);
        };
        const auto early = slotOn("jn-lixia", "2025-09-29");
        const auto inWindow = slotOn("jn-lixia", "2025-10-10");
        const auto elsewhere = slotOn("jn-huaiyin", "2025-10-10");
        QVERIFY(!early.empty() && !inWindow.empty() && !elsewhere.empty());
        QCOMPARE(rule(early, both), std::string("divorce-window-not-open"));
        QCOMPARE(rule(elsewhere, both), std::string("other-office"));
        const auto strangers = newCouple();
        QCOMPARE(rule(inWindow, {{strangers.man, "李雷"}, {strangers.woman, "韩梅梅"}}),
                 std::string("no-open-divorce-application"));
        QCOMPARE(rule(inWindow, both), std::string("201"));
    }

    void everyActIsInTheAuditChainAndAnEditIsNamed()
    {
        QVERIFY2(startAt({}, false), qPrintable(m_server->error()));
        const auto token = login();
        QVERIFY(!married(token, newCouple()).empty());
        QCOMPARE(m_server->stop(), 0);  // shutdown seals what is pending
        QVERIFY(m_server->scalar(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = 'registration.marriage'")) == 1);
        QVERIFY(m_server->scalar(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = 'appointment.walk_in'")) == 1);
        QCOMPARE(m_server->scalar(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE chain_pos IS NULL")), qint64(0));
        QString output;
        QCOMPARE(m_server->verifyAudit(&output), 0);
        QVERIFY2(output.contains(QStringLiteral("intact")), qPrintable(output));

        m_server->scalar(QStringLiteral("UPDATE audit_log SET detail = '{}' WHERE chain_pos = 2 RETURNING chain_pos"));
        QVERIFY(m_server->verifyAudit(&output) != 0);
        QVERIFY2(output.contains(QStringLiteral("BROKEN at chain position 2")) && output.contains(QStringLiteral("edited")),
                 qPrintable(output));
    }

    void deletedAuditRowIsNamed()
    {
        QVERIFY2(startAt({}, false), qPrintable(m_server->error()));
        const auto token = login();
        QVERIFY(!married(token, newCouple()).empty());
        QCOMPARE(m_server->stop(), 0);
        m_server->scalar(QStringLiteral("DELETE FROM audit_log WHERE chain_pos = 1 RETURNING chain_pos"));
        QString output;
        QVERIFY(m_server->verifyAudit(&output) != 0);
        QVERIFY2(output.contains(QStringLiteral("BROKEN at chain position 2")) &&
                     output.contains(QStringLiteral("missing-before")),
                 qPrintable(output));
    }
};

QTEST_GUILESS_MAIN(TestRegistrations)
#include "tst_registrations.moc"
