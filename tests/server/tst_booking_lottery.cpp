// SPDX-License-Identifier: Apache-2.0
// The verifiable booking lottery of a hot day (issue 3 §5, docs/BOOKING-LOTTERY.md) against the
// real server (SQLite, and PostgreSQL as tst_booking_lottery.pg.*): the served record re-runs to
// the same ranking and passes `wedreg-server --verify-draw`; a tampered one fails it; the
// commitment is out before the first application; exactly capacity winners under concurrent
// applications and racing draws; a cancellation promotes the first waitlisted; first-come booking
// on a lottery day is refused.

#include "core/lottery/Draw.h"
#include "support/BookingHelpers.h"
#include "support/HttpClient.h"
#include "support/ServerProcess.h"

#include <Poco/JSON/Array.h>
#include <Poco/JSON/Parser.h>

#include <QDateTime>
#include <QProcess>
#include <QTemporaryDir>
#include <QTimeZone>
#include <QtTest>

#include <atomic>
#include <set>
#include <sstream>
#include <thread>

using namespace wedreg::tests;
namespace core = wedreg::core;

namespace {

std::string str(const Poco::JSON::Object::Ptr& o, const char* key)
{
    return o->getValue<std::string>(key);
}

QString q(const std::string& s)
{
    return QString::fromStdString(s);
}

// An instant `seconds` from now as the API takes it: ISO 8601 with +08:00.
std::string inSeconds(int seconds)
{
    return QDateTime::currentDateTimeUtc()
        .addSecs(seconds)
        .toTimeZone(QTimeZone(8 * 3600))
        .toString(Qt::ISODate)
        .toStdString();
}

std::string json(const Poco::JSON::Object::Ptr& o)
{
    std::ostringstream out;
    o->stringify(out);
    return out.str();
}

std::string applicationBody(const Person& a, const Person& b)
{
    Poco::JSON::Object::Ptr body = new Poco::JSON::Object;
    Poco::JSON::Array::Ptr parties = new Poco::JSON::Array;
    for (const auto& p : {a, b}) {
        Poco::JSON::Object::Ptr party = new Poco::JSON::Object;
        party->set("id_number", p.idNumber);
        party->set("name", p.name);
        party->set("phone", p.phone);
        parties->add(party);
    }
    body->set("parties", parties);
    body->set("declaration_accepted", true);
    return json(body);
}

core::lottery::DrawRecord drawRecordOf(const Poco::JSON::Object::Ptr& served)
{
    core::lottery::DrawRecord record;
    record.commitment = str(served, "commitment");
    record.committedAt = QDateTime::fromString(q(str(served, "committed_at")), Qt::ISODate).toSecsSinceEpoch();
    record.seedHex = str(served, "seed");
    const auto applications = served->getArray("applications");
    for (unsigned i = 0; i < applications->size(); ++i)
        record.applications.push_back({str(applications->getObject(i), "id"),
                                       applications->getObject(i)->getValue<Poco::Int64>("applied_at")});
    const auto ranking = served->getArray("ranking");
    for (unsigned i = 0; i < ranking->size(); ++i)
        record.ranking.push_back(ranking->getElement<std::string>(i));
    return record;
}

}  // namespace

class TestBookingLottery : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<ServerProcess> m_server;
    std::unique_ptr<HttpClient> m_http;
    int m_people = 0;
    std::string m_day;                  // the hot day under test
    std::vector<std::string> m_daySlots;  // its slot ids, by start

    std::pair<Person, Person> nextCouple()
    {
        return {{man("19900101", ++m_people), "王先生"}, {woman("19920202", ++m_people), "赵女士"}};
    }

    std::string token(const std::string& role)
    {
        Poco::JSON::Object::Ptr body = new Poco::JSON::Object;
        body->set("username", role);
        body->set("password", m_server->demoPasswords().value(q(role)).toStdString());
        return m_http->post("/api/v1/staff/sessions", json(body)).object()->getValue<std::string>("token");
    }

    // A released marriage day at jn-lixia at least two days ahead (so its draw can come before it).
    void pickDay()
    {
        const auto earliest = QDateTime::currentDateTimeUtc().toTimeZone(QTimeZone(8 * 3600)).date().addDays(2);
        for (int skip = 0; m_day.empty(); ++skip) {
            const auto slot = openSlot(*m_http, "jn-lixia", "marriage", skip);
            if (!slot)
                qFatal("no released slot two days ahead at jn-lixia");
            if (QDate::fromString(q(str(*slot, "start")).left(10), Qt::ISODate) >= earliest)
                m_day = str(*slot, "start").substr(0, 10);
        }
        m_daySlots.clear();
        for (const auto& s : slotsOf(*m_http, "jn-lixia", "marriage"))
            if (str(s, "start").substr(0, 10) == m_day)
                m_daySlots.push_back(str(s, "id"));
        QVERIFY(m_daySlots.size() >= 2);
    }

    // Gives the day `seats` seats in total, one per slot from the first (the rest capacity 0).
    void setSeats(int seats)
    {
        QStringList statements{QStringLiteral("UPDATE slots SET capacity = 0 WHERE hall_id = 'jn-lixia' AND service = "
                                              "'marriage' AND day = '%1'")
                                   .arg(q(m_day))};
        for (int i = 0; i < seats; ++i)
            statements << QStringLiteral("UPDATE slots SET capacity = 1 WHERE id = '%1'").arg(q(m_daySlots.at(i)));
        m_server->execute(statements);
    }

    qint64 bookedThatDay()
    {
        return m_server->scalar(QStringLiteral("SELECT COALESCE(SUM(booked), 0) FROM slots WHERE hall_id = 'jn-lixia' "
                                               "AND service = 'marriage' AND day = '%1'")
                                    .arg(q(m_day)));
    }

    // Declares m_day a lottery day as the organiser; the window opens in `opensIn` seconds.
    std::string declare(int opensIn, int closesIn, std::optional<int> drawIn = std::nullopt)
    {
        Poco::JSON::Object::Ptr body = new Poco::JSON::Object;
        body->set("service", std::string("marriage"));
        body->set("day", m_day);
        body->set("window_opens_at", inSeconds(opensIn));
        body->set("window_closes_at", inSeconds(closesIn));
        if (drawIn)
            body->set("draw_at", inSeconds(*drawIn));
        const auto reply = m_http->post("/api/v1/halls/jn-lixia/lottery-days", json(body), bearer(token("organiser")));
        if (reply.status != 201)
            qFatal("declare: %d %s", reply.status, reply.body.c_str());
        return str(reply.object(), "id");
    }

    HttpReply apply(const HttpClient& http, const std::string& lottery, const std::pair<Person, Person>& couple,
                    const char* language = "zh-CN", const std::string& key = {})
    {
        Poco::Net::NameValueCollection headers;
        headers.set("Accept-Language", language);
        if (!key.empty())
            headers.set("Idempotency-Key", key);
        return http.post("/api/v1/lottery-days/" + lottery + "/applications", applicationBody(couple.first, couple.second),
                         headers);
    }

    Poco::JSON::Object::Ptr record(const std::string& lottery)
    {
        const auto reply = m_http->get("/api/v1/lottery-days/" + lottery);
        if (reply.status != 200)
            qFatal("record: %d", reply.status);
        return reply.object();
    }

    void waitUntilCommitted(const std::string& lottery)
    {
        QTRY_VERIFY_WITH_TIMEOUT(!record(lottery)->isNull("commitment"), 15000);
    }

    void waitPast(const std::string& lottery, const char* key)
    {
        const auto at = QDateTime::fromString(q(str(record(lottery), key)), Qt::ISODate);
        QTRY_VERIFY_WITH_TIMEOUT(QDateTime::currentDateTimeUtc() > at.addSecs(1), 30000);
    }

    HttpReply draw(const HttpClient& http, const std::string& lottery, const std::string& adminToken)
    {
        return http.post("/api/v1/lottery-days/" + lottery + "/draw", "", bearer(adminToken));
    }

    // {application id → manage token} of the couples applied, in order.
    std::vector<std::pair<std::string, std::string>> applyAll(const std::string& lottery, int couples)
    {
        std::vector<std::pair<std::string, std::string>> out;
        for (int i = 0; i < couples; ++i) {
            const auto reply = apply(*m_http, lottery, nextCouple());
            if (reply.status != 201)
                qFatal("apply: %d %s", reply.status, reply.body.c_str());
            out.emplace_back(str(reply.object(), "id"), str(reply.object(), "manage_token"));
        }
        return out;
    }

    Poco::JSON::Object::Ptr outcome(const std::string& lottery, const std::string& id, const std::string& manageToken)
    {
        const auto reply = m_http->get("/api/v1/lottery-days/" + lottery + "/applications/" + id, bearer(manageToken));
        if (reply.status != 200)
            qFatal("outcome: %d %s", reply.status, reply.body.c_str());
        return reply.object();
    }

    int verifyDraw(const std::string& recordJson, QString* output)
    {
        QTemporaryDir dir;
        const auto path = dir.filePath(QStringLiteral("record.json"));
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly))
            return -1;
        file.write(QByteArray::fromStdString(recordJson));
        file.close();
        QProcess tool;
        tool.start(ServerProcess::serverBinary(), {QStringLiteral("--verify-draw"), path});
        tool.waitForFinished(30000);
        *output = QString::fromUtf8(tool.readAllStandardOutput() + tool.readAllStandardError());
        return tool.exitStatus() == QProcess::NormalExit ? tool.exitCode() : -1;
    }

private slots:
    void init()
    {
        WEDREG_REQUIRE_DATABASE();
        m_server = std::make_unique<ServerProcess>();
        QVERIFY2(m_server->start({true, {QStringLiteral("lottery.interval_ms=200")}}), qPrintable(m_server->error()));
        m_http = std::make_unique<HttpClient>(m_server->port());
        m_day.clear();
        pickDay();
    }

    void cleanup()
    {
        if (m_server)
            QCOMPARE(m_server->stop(), 0);
        m_server.reset();
    }

    void servedRecordRerunsToTheSameRankingAndVerifies()
    {
        setSeats(3);
        const auto lottery = declare(2, 7, 3600);  // drawn by the admin below, not by the job

        // Before the window: refused, said in both languages; the commitment is not out yet.
        const auto early = apply(*m_http, lottery, nextCouple(), "zh-CN");
        QCOMPARE(early.status, 409);
        QCOMPARE(early.problemType(), std::string("lottery-not-open"));
        QVERIFY(q(str(early.object(), "detail")).contains(QStringLiteral("申请期尚未开始")));
        QVERIFY(q(str(apply(*m_http, lottery, nextCouple(), "en").object(), "detail")).contains(QStringLiteral("not opened")));
        QVERIFY(record(lottery)->isNull("commitment"));

        // The job publishes the commitment as the window opens, before anyone could apply.
        waitUntilCommitted(lottery);
        const auto opened = record(lottery);
        QCOMPARE(str(opened, "commitment").size(), std::size_t(64));
        QVERIFY(opened->isNull("seed"));
        QCOMPARE(opened->getArray("applications")->size(), 0u);
        const auto applied = applyAll(lottery, 6);
        QCOMPARE(record(lottery)->getValue<int>("application_count"), 6);
        QCOMPARE(draw(*m_http, lottery, token("admin")).status, 409);  // the window is still open
        QCOMPARE(draw(*m_http, lottery, token("admin")).problemType(), std::string("lottery-window-open"));

        waitPast(lottery, "window_closes_at");
        const auto late = apply(*m_http, lottery, nextCouple());
        QCOMPARE(late.problemType(), std::string("lottery-closed"));
        const auto drawn = draw(*m_http, lottery, token("admin"));
        QCOMPARE(drawn.status, 200);

        const auto servedReply = m_http->get("/api/v1/lottery-days/" + lottery);
        const auto served = servedReply.object();
        QCOMPARE(str(served, "commitment"), str(opened, "commitment"));
        const auto record = drawRecordOf(served);
        QCOMPARE(record.applications.size(), std::size_t(6));
        for (const auto& a : record.applications)
            QVERIFY2(record.committedAt <= a.appliedAt, "an application older than the commitment");
        // Anyone re-running the draw from the served record gets the served ranking.
        QCOMPARE(core::lottery::rank(record.seedHex, record.applications), record.ranking);
        QVERIFY(core::lottery::verify(record).empty());
        // One byte of the seed changed → another ranking (and the commitment no longer matches).
        auto other = record.seedHex;
        other[0] = other[0] == '0' ? '1' : '0';
        QVERIFY(core::lottery::rank(other, record.applications) != record.ranking);

        // Exactly the seats are won, by the first of the ranking, each with its slot's times.
        const auto winners = served->getArray("winners");
        QCOMPARE(winners->size(), 3u);
        for (unsigned i = 0; i < winners->size(); ++i) {
            QCOMPARE(str(winners->getObject(i), "application_id"), record.ranking[i]);
            QCOMPARE(q(str(winners->getObject(i), "start")).left(10), q(m_day));
        }
        QCOMPARE(bookedThatDay(), 3);
        for (const auto& [id, manageToken] : applied) {
            const auto o = outcome(lottery, id, manageToken);
            const auto place = std::find(record.ranking.begin(), record.ranking.end(), id) - record.ranking.begin();
            QCOMPARE(o->getValue<int>("rank"), static_cast<int>(place) + 1);
            QCOMPARE(q(str(o, "outcome")), place < 3 ? QStringLiteral("won") : QStringLiteral("waitlisted"));
            QCOMPARE(o->getValue<int>("waitlist_position"), place < 3 ? 0 : static_cast<int>(place) - 2);
            QCOMPARE(o->isNull("appointment"), place >= 3);
        }
        // Somebody else's token sees nothing.
        const auto stranger = m_http->get("/api/v1/lottery-days/" + lottery + "/applications/" + applied[0].first,
                                          bearer(applied[1].second));
        QCOMPARE(stranger.status, 401);

        // --verify-draw on the record exactly as served: verified, exit 0.
        QString output;
        QCOMPARE(verifyDraw(servedReply.body, &output), 0);
        QVERIFY2(output.contains(QStringLiteral("verified")) && !output.contains(QStringLiteral("NOT")), qPrintable(output));
        // Tampered (the first two of the ranking swapped): the reason named, exit 1.
        Poco::JSON::Object::Ptr tampered = Poco::JSON::Parser().parse(servedReply.body).extract<Poco::JSON::Object::Ptr>();
        Poco::JSON::Array::Ptr ranking = new Poco::JSON::Array;
        ranking->add(record.ranking[1]);
        ranking->add(record.ranking[0]);
        for (std::size_t i = 2; i < record.ranking.size(); ++i)
            ranking->add(record.ranking[i]);
        tampered->set("ranking", ranking);
        QCOMPARE(verifyDraw(json(tampered), &output), 1);
        QVERIFY2(output.contains(QStringLiteral("ranking-differs")), qPrintable(output));
        // Another seed than the committed one: caught as well.
        tampered = Poco::JSON::Parser().parse(servedReply.body).extract<Poco::JSON::Object::Ptr>();
        tampered->set("seed", other);
        QCOMPARE(verifyDraw(json(tampered), &output), 1);
        QVERIFY2(output.contains(QStringLiteral("seed-not-committed")), qPrintable(output));
        QCOMPARE(verifyDraw("{\"commitment\": 1}", &output), 1);

        // The commit and the draw are in the audit log; the seed never reaches the log.
        QCOMPARE(m_server->scalar(q("SELECT COUNT(*) FROM audit_log WHERE action = 'lottery.commit' AND object = 'lottery:" +
                                    lottery + "'")),
                 1);
        QCOMPARE(m_server->scalar(q("SELECT COUNT(*) FROM audit_log WHERE action = 'lottery.draw' AND object = 'lottery:" +
                                    lottery + "'")),
                 1);
        QCOMPARE(m_server->scalar(q("SELECT COUNT(*) FROM audit_log WHERE detail LIKE '%" + record.seedHex + "%'")), 0);
        QVERIFY(!m_server->stderrText().contains(QByteArray::fromStdString(record.seedHex)));
    }

    void exactlyCapacityWinnersUnderConcurrentApplicationsAndDraws()
    {
        setSeats(3);
        const auto lottery = declare(1, 8, 3600);
        waitUntilCommitted(lottery);
        constexpr int kCouples = 12;
        std::vector<std::pair<Person, Person>> couples;
        for (int i = 0; i < kCouples; ++i)
            couples.push_back(nextCouple());
        std::atomic<int> created{0}, alreadyApplied{0};
        std::vector<std::thread> threads;
        // Every couple from its own connection at once, the first couple twice.
        for (int i = 0; i <= kCouples; ++i)
            threads.emplace_back([&, i] {
                const HttpClient http(m_server->port());
                const auto reply = apply(http, lottery, couples[i % kCouples]);
                if (reply.status == 201)
                    ++created;
                else if (reply.problemType() == "already-applied")
                    ++alreadyApplied;
            });
        for (auto& t : threads)
            t.join();
        QCOMPARE(created.load(), kCouples);
        QCOMPARE(alreadyApplied.load(), 1);

        waitPast(lottery, "window_closes_at");
        // Two draws race (an admin's trigger twice, as two servers' jobs would): one draws.
        std::atomic<int> drew{0}, refused{0};
        const auto admin = token("admin");
        threads.clear();
        for (int i = 0; i < 2; ++i)
            threads.emplace_back([&] {
                const HttpClient http(m_server->port());
                const auto reply = draw(http, lottery, admin);
                if (reply.status == 200)
                    ++drew;
                else if (reply.problemType() == "lottery-drawn")
                    ++refused;
            });
        for (auto& t : threads)
            t.join();
        QCOMPARE(drew.load(), 1);
        QCOMPARE(refused.load(), 1);
        QCOMPARE(bookedThatDay(), 3);
        QCOMPARE(m_server->scalar(q("SELECT COUNT(*) FROM appointments WHERE hall_id = 'jn-lixia' AND day = '" + m_day +
                                    "' AND status = 'booked'")),
                 3);
        QCOMPARE(m_server->scalar(q("SELECT COUNT(*) FROM lottery_applications WHERE lottery_id = '" + lottery +
                                    "' AND outcome = 'won'")),
                 3);
        QCOMPARE(m_server->scalar(q("SELECT COUNT(*) FROM lottery_applications WHERE lottery_id = '" + lottery +
                                    "' AND outcome = 'waitlisted'")),
                 kCouples - 3);
        QCOMPARE(record(lottery)->getArray("winners")->size(), 3u);
    }

    void cancellationPromotesTheFirstWaitlisted()
    {
        setSeats(2);
        const auto lottery = declare(1, 5, 3600);
        waitUntilCommitted(lottery);
        const auto applied = applyAll(lottery, 4);
        waitPast(lottery, "window_closes_at");
        QCOMPARE(draw(*m_http, lottery, token("admin")).status, 200);
        const auto ranking = drawRecordOf(record(lottery)).ranking;
        const auto tokenOf = [&](const std::string& id) {
            return std::find_if(applied.begin(), applied.end(), [&](const auto& a) { return a.first == id; })->second;
        };
        const auto second = outcome(lottery, ranking[1], tokenOf(ranking[1]));
        const auto appointment = second->getObject("appointment");
        const auto slotId = str(appointment->getObject("slot"), "id");
        QCOMPARE(outcome(lottery, ranking[3], tokenOf(ranking[3]))->getValue<int>("waitlist_position"), 2);

        // The winner cancels with the appointment's own manage token (from the outcome).
        const auto cancelled = m_http->post("/api/v1/appointments/" + str(appointment, "id") + "/cancel", "",
                                            bearer(str(appointment, "manage_token")));
        QCOMPARE(cancelled.status, 200);
        // In the same transaction the first waitlisted took the freed slot; the seat count is full again.
        const auto promoted = outcome(lottery, ranking[2], tokenOf(ranking[2]));
        QCOMPARE(str(promoted, "outcome"), std::string("won"));
        QCOMPARE(str(promoted->getObject("appointment")->getObject("slot"), "id"), slotId);
        QCOMPARE(str(promoted->getObject("appointment"), "status"), std::string("booked"));
        QCOMPARE(outcome(lottery, ranking[3], tokenOf(ranking[3]))->getValue<int>("waitlist_position"), 1);
        QCOMPARE(bookedThatDay(), 2);
        QCOMPARE(m_server->scalar(q("SELECT COUNT(*) FROM audit_log WHERE action = 'lottery.promote' AND object = "
                                    "'lottery-application:" + ranking[2] + "'")),
                 1);
        // The promoted couple's appointment works like any other: it can be cancelled, promoting the last.
        const auto next = promoted->getObject("appointment");
        QCOMPARE(m_http->post("/api/v1/appointments/" + str(next, "id") + "/cancel", "", bearer(str(next, "manage_token")))
                     .status,
                 200);
        QCOMPARE(str(outcome(lottery, ranking[3], tokenOf(ranking[3])), "outcome"), std::string("won"));
        QCOMPARE(bookedThatDay(), 2);
    }

    void firstComeBookingOnALotteryDayIsRefused()
    {
        // A booking of that day before it became one, to move away from below.
        const auto elsewhere = openSlot(*m_http, "jn-lixia", "marriage");
        QVERIFY(elsewhere);
        // Before the declaration the day's slots list as first-come; after it, as lottery seats
        // (at once on this server: the declaration drops its cached slots).
        const auto allocationsOf = [&](const std::string& day) {
            std::set<std::string> seen;
            for (const auto& s : slotsOf(*m_http, "jn-lixia", "marriage"))
                if (str(s, "start").substr(0, 10) == day)
                    seen.insert(str(s, "allocation"));
            return seen;
        };
        QCOMPARE(allocationsOf(m_day), std::set<std::string>{"first_come"});
        const auto lottery = declare(60, 120);
        Q_UNUSED(lottery);
        QCOMPARE(allocationsOf(m_day), std::set<std::string>{"lottery"});
        if (str(*elsewhere, "start").substr(0, 10) != m_day)
            QCOMPARE(allocationsOf(str(*elsewhere, "start").substr(0, 10)), std::set<std::string>{"first_come"});
        const auto couple = nextCouple();
        const auto body = bookingBody(m_daySlots.front(), "marriage", {couple.first, couple.second});
        const auto zh = book(*m_http, body, {}, "zh-CN");
        QCOMPARE(zh.status, 409);
        QCOMPARE(zh.problemType(), std::string("lottery-day"));
        QVERIFY(q(str(zh.object(), "detail")).contains(QStringLiteral("摇号")));
        const auto en = book(*m_http, body, {}, "en");
        QVERIFY(q(str(en.object(), "detail")).contains(QStringLiteral("lottery")));
        QCOMPARE(bookedThatDay(), 0);

        // Rescheduling into the lottery day is refused the same way.
        if (str(*elsewhere, "start").substr(0, 10) != m_day) {
            const auto other = nextCouple();
            const auto booked = book(*m_http, bookingBody(str(*elsewhere, "id"), "marriage", {other.first, other.second}));
            QCOMPARE(booked.status, 201);
            Poco::JSON::Object::Ptr move = new Poco::JSON::Object;
            move->set("slot_id", m_daySlots.front());
            const auto moved = m_http->post("/api/v1/appointments/" + str(booked.object(), "id") + "/reschedule", json(move),
                                            bearer(str(booked.object(), "manage_token")));
            QCOMPARE(moved.status, 409);
            QCOMPARE(moved.problemType(), std::string("lottery-day"));
        }
        // Declaring a day that already has first-come bookings is refused too.
        if (str(*elsewhere, "start").substr(0, 10) != m_day) {
            Poco::JSON::Object::Ptr again = new Poco::JSON::Object;
            again->set("service", std::string("marriage"));
            again->set("day", str(*elsewhere, "start").substr(0, 10));
            again->set("window_opens_at", inSeconds(60));
            again->set("window_closes_at", inSeconds(120));
            const auto refused =
                m_http->post("/api/v1/halls/jn-lixia/lottery-days", json(again), bearer(token("organiser")));
            QCOMPARE(refused.status, 409);
            QCOMPARE(refused.problemType(), std::string("day-has-bookings"));
        }
    }

    void applicationsMeetTheBookingRulesOfThatDay()
    {
        const auto lottery = declare(1, 30, 3600);
        waitUntilCommitted(lottery);
        // The booking rules, not a copy: a 21-year-old man is refused with the rule named.
        const auto young = QDate::fromString(q(m_day), Qt::ISODate).addYears(-21).toString(QStringLiteral("yyyyMMdd"));
        const std::pair<Person, Person> couple{{man(young.toStdString(), ++m_people), "李先生"},
                                               {woman("19920202", ++m_people), "周女士"}};
        const auto refused = apply(*m_http, lottery, couple);
        QCOMPARE(refused.status, 422);
        QCOMPARE(refused.problemType(), std::string("ineligible"));
        QCOMPARE(str(refused.object(), "rule"), std::string("man-under-22"));
        // One application per person; the same Idempotency-Key replays the first answer.
        const auto ok = nextCouple();
        const auto first = apply(*m_http, lottery, ok, "zh-CN", "lottery-key-1");
        QCOMPARE(first.status, 201);
        const auto replay = apply(*m_http, lottery, ok, "zh-CN", "lottery-key-1");
        QCOMPARE(replay.status, 201);
        QCOMPARE(replay.body, first.body);
        const auto twice = apply(*m_http, lottery, {ok.first, nextCouple().second});
        QCOMPARE(twice.status, 409);
        QCOMPARE(twice.problemType(), std::string("already-applied"));
        QCOMPARE(m_server->scalar(q("SELECT COUNT(*) FROM lottery_applications WHERE lottery_id = '" + lottery + "'")), 1);
    }

    void theJobDrawsAtDrawTime()
    {
        setSeats(1);
        const auto lottery = declare(1, 4);  // draw_at = window close
        waitUntilCommitted(lottery);
        const auto applied = applyAll(lottery, 2);
        QCOMPARE(str(outcome(lottery, applied[0].first, applied[0].second), "outcome"), std::string("pending"));
        QTRY_VERIFY_WITH_TIMEOUT(!record(lottery)->isNull("drawn_at"), 30000);
        std::set<std::string> outcomes;
        for (const auto& [id, manageToken] : applied)
            outcomes.insert(str(outcome(lottery, id, manageToken), "outcome"));
        QCOMPARE(outcomes, (std::set<std::string>{"won", "waitlisted"}));
        QVERIFY(core::lottery::verify(drawRecordOf(record(lottery))).empty());
        QCOMPARE(m_server->scalar(q("SELECT COUNT(*) FROM audit_log WHERE action = 'lottery.draw' AND actor = 'system' "
                                    "AND object = 'lottery:" + lottery + "'")),
                 1);
    }
};

QTEST_GUILESS_MAIN(TestBookingLottery)
#include "tst_booking_lottery.moc"
