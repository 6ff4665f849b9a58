// SPDX-License-Identifier: Apache-2.0
// The hall's side of the day against the real server (and PostgreSQL as tst_counter.pg.*): kiosk
// check-in by code or QR plus a party's ID number, the registrar's list with masked IDs,
// no-show marking, walk-ins in the same queue, and the atomic "call next" of several counters.

#include "support/BookingHelpers.h"
#include "support/HttpClient.h"
#include "support/ServerProcess.h"

#include <Poco/JSON/Array.h>

#include <QDateTime>
#include <QTimeZone>
#include <QtTest>

#include <chrono>
#include <mutex>
#include <set>
#include <thread>

using namespace wedreg::tests;

namespace {

std::string str(const Poco::JSON::Object::Ptr& o, const char* key)
{
    return o->getValue<std::string>(key);
}

std::string counterBody(const std::string& counter)
{
    return "{\"counter\":\"" + counter + "\"}";
}

}  // namespace

class TestCounter : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<ServerProcess> m_server;
    std::unique_ptr<HttpClient> m_http;
    int m_people = 0;

    Person nextMan() { return {man("19900101", ++m_people), "王先生"}; }
    Person nextWoman() { return {woman("19920202", ++m_people), "赵女士"}; }

    Poco::JSON::Object::Ptr open()
    {
        const auto slot = openSlot(*m_http, "jn-lixia", "marriage");
        if (!slot)
            qFatal("no open slot at jn-lixia");
        return *slot;
    }

    std::string token(const std::string& role)
    {
        Poco::JSON::Object body;
        body.set("username", role);
        body.set("password", m_server->demoPasswords().value(QString::fromStdString(role)).toStdString());
        std::ostringstream out;
        body.stringify(out);
        return m_http->post("/api/v1/staff/sessions", out.str()).object()->getValue<std::string>("token");
    }


private slots:
    void init()
    {
        WEDREG_REQUIRE_DATABASE();
        m_server = std::make_unique<ServerProcess>();
        QVERIFY2(m_server->start(), qPrintable(m_server->error()));
        m_http = std::make_unique<HttpClient>(m_server->port());
    }

    void cleanup()
    {
        if (m_server)
            QCOMPARE(m_server->stop(), 0);
        m_server.reset();
    }

    void checkInNeedsTheCodeAndAPartysId()
    {
        const auto him = nextMan();
        const auto appointment = book(*m_http, bookingBody(str(open(), "id"), "marriage", {him, nextWoman()})).object();
        const auto code = str(appointment, "check_in_code");
        const auto checkIn = [&](const std::string& field, const std::string& value, const std::string& id) {
            Poco::JSON::Object body;
            body.set(field, value);
            body.set("id_number", id);
            std::ostringstream out;
            body.stringify(out);
            return m_http->post("/api/v1/appointments/check-in", out.str());
        };
        QCOMPARE(checkIn("check_in_code", code, him.idNumber).problemType(), std::string("not-today"));
        // Pretend the day has come.
        const auto today = QDateTime::currentDateTimeUtc().toTimeZone(QTimeZone(8 * 3600)).date().toString(Qt::ISODate);
        m_server->scalar(QStringLiteral("UPDATE appointments SET day = '%1' WHERE id = '%2' RETURNING 1")
                             .arg(today, QString::fromStdString(str(appointment, "id"))));
        QCOMPARE(checkIn("check_in_code", code, nextMan().idNumber).status, 404);
        const auto byQr = checkIn("qr", str(appointment, "qr"), him.idNumber);
        QCOMPARE(byQr.status, 200);
        QCOMPARE(str(byQr.object(), "appointment_id"), str(appointment, "id"));
        QCOMPARE(byQr.object()->getValue<int>("queue_number"), 1);
        QCOMPARE(byQr.object()->getValue<int>("counter_hint"), 1);
        QCOMPARE(checkIn("check_in_code", code, him.idNumber).status, 404);
        QCOMPARE(checkIn("qr", "not a code", him.idNumber).status, 422);
    }

    void registrarSeesTheDayAndAddsWalkIns()
    {
        const auto slot = open();
        const auto day = str(slot, "start").substr(0, 10);
        const auto appointment = book(*m_http, bookingBody(str(slot, "id"), "marriage", {nextMan(), nextWoman()})).object();
        const auto registrar = token("registrar");
        const auto list = m_http->get("/api/v1/halls/jn-lixia/appointments?date=" + day, bearer(registrar));
        QCOMPARE(list.status, 200);
        const auto rows = list.json().extract<Poco::JSON::Array::Ptr>();
        QCOMPARE(rows->size(), std::size_t(1));
        const auto party = rows->getObject(0)->getArray("parties")->getObject(0);
        QVERIFY(str(party, "id_masked").find("**********") != std::string::npos);
        QCOMPARE(m_http->get("/api/v1/halls/jn-lixia/appointments?date=" + day, bearer(token("organiser"))).status, 403);
        // The registrar belongs to jn-lixia.
        QCOMPARE(m_http->get("/api/v1/halls/jn-huaiyin/appointments?date=" + day, bearer(registrar)).status, 403);
        QCOMPARE(m_http->get("/api/v1/halls/jn-lixia/appointments?date=" + day, bearer(token("admin"))).status, 200);

        // No-show only once the time has begun.
        const auto noShow = m_http->post("/api/v1/appointments/" + str(appointment, "id") + "/no-show", "", bearer(registrar));
        QCOMPARE(noShow.status, 409);
        QCOMPARE(noShow.problemType(), std::string("not-started"));

        const auto walkIn = [&](const std::vector<Person>& people) {
            auto body = bookingBody("", "marriage", people);
            return m_http->post("/api/v1/halls/jn-lixia/walk-ins", body, bearer(registrar));
        };
        const auto first = walkIn({nextMan(), nextWoman()});
        QCOMPARE(first.status, 201);
        QCOMPARE(first.object()->getValue<int>("queue_number"), 1);
        const auto second = walkIn({nextMan(), nextWoman()});
        QCOMPARE(second.object()->getValue<int>("queue_number"), 2);
        QCOMPARE(second.object()->getValue<int>("counter_hint"), 2);
        QCOMPARE(walkIn({nextMan(), nextMan()}).problemType(), std::string("ineligible"));
    }

    // N checked-in couples, 8 counters calling at once: each couple is called exactly once, each
    // counter gets its couples in rising queue order, calls that follow one another (whichever the
    // counter) follow the queue, and then everybody hears nobody-waiting.
    void countersCallEveryCoupleOnceInQueueOrder()
    {
        constexpr int kCouples = 24;
        constexpr int kCounters = 8;
        const auto registrar = token("registrar");
        for (int i = 0; i < kCouples; ++i) {
            const auto reply = m_http->post("/api/v1/halls/jn-lixia/walk-ins",
                                            bookingBody("", "marriage", {nextMan(), nextWoman()}), bearer(registrar));
            QCOMPARE(reply.status, 201);
        }
        const auto next = [&](const std::string& counter) {
            return m_http->post("/api/v1/halls/jn-lixia/queue/next", counterBody(counter), bearer(registrar));
        };

        struct Call {
            std::chrono::steady_clock::time_point sent, answered;
            int number = 0;
        };
        std::mutex mutex;
        std::map<int, std::string> calledTo;  // queue number → counter
        std::vector<Call> calls;
        std::vector<std::string> failures;
        std::vector<std::thread> threads;
        for (int c = 1; c <= kCounters; ++c) {
            threads.emplace_back([&, c] {
                const HttpClient http(m_server->port());
                const auto counter = std::to_string(c);
                int last = 0;
                for (;;) {
                    const auto sent = std::chrono::steady_clock::now();
                    const auto reply = http.post("/api/v1/halls/jn-lixia/queue/next", counterBody(counter),
                                                 bearer(registrar));
                    const auto answered = std::chrono::steady_clock::now();
                    const std::lock_guard lock(mutex);
                    if (reply.status == 409 && reply.problemType() == "nobody-waiting")
                        return;
                    if (reply.status != 200) {
                        failures.push_back(std::to_string(reply.status) + " " + reply.body);
                        return;
                    }
                    const auto called = reply.object();
                    const int number = called->getValue<int>("queue_number");
                    if (number <= last || called->getValue<std::string>("called_counter") != counter ||
                        called->getValue<std::string>("status") != "checked_in" ||
                        !calledTo.emplace(number, counter).second)
                        failures.push_back("counter " + counter + " got " + std::to_string(number) + " after " +
                                           std::to_string(last));
                    calls.push_back({sent, answered, number});
                    last = number;
                }
            });
        }
        for (auto& t : threads)
            t.join();
        QVERIFY2(failures.empty(), failures.empty() ? "" : failures.front().c_str());
        QCOMPARE(static_cast<int>(calledTo.size()), kCouples);
        QCOMPARE(calledTo.begin()->first, 1);
        QCOMPARE(calledTo.rbegin()->first, kCouples);
        // Overall queue order: a call sent after another was answered (by any counter) always got
        // a later number.
        for (const auto& earlier : calls)
            for (const auto& later : calls)
                if (earlier.answered < later.sent && earlier.number >= later.number)
                    QFAIL(qPrintable(QStringLiteral("No. %1 called after No. %2").arg(later.number).arg(earlier.number)));
        QCOMPARE(m_server->scalar(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = 'queue.call'")),
                 qint64(kCouples));
        QCOMPARE(m_server->scalar(QStringLiteral(
                     "SELECT COUNT(*) FROM appointments WHERE called_at IS NOT NULL AND called_by = 'registrar'")),
                 qint64(kCouples));

        const auto nobody = next("1");
        QCOMPARE(nobody.status, 409);
        QCOMPARE(nobody.problemType(), std::string("nobody-waiting"));
        auto english = bearer(registrar);
        english.set("Accept-Language", "en");
        const auto nobodyEn = m_http->post("/api/v1/halls/jn-lixia/queue/next", counterBody("1"), english);
        QVERIFY2(nobodyEn.body.find("nobody is waiting") != std::string::npos, nobodyEn.body.c_str());
        QVERIFY2(nobody.body.find("没有等候") != std::string::npos, nobody.body.c_str());

        // The day's list shows where each couple was called to.
        const auto list = m_http->get("/api/v1/halls/jn-lixia/appointments", bearer(registrar));
        QCOMPARE(list.status, 200);
        const auto rows = list.json().extract<Poco::JSON::Array::Ptr>();
        QCOMPARE(static_cast<int>(rows->size()), kCouples);
        for (std::size_t i = 0; i < rows->size(); ++i) {
            const auto row = rows->getObject(static_cast<unsigned>(i));
            QCOMPARE(str(row, "called_counter"), calledTo.at(row->getValue<int>("queue_number")));
            QVERIFY(!str(row, "called_at").empty());
        }

        QCOMPARE(m_server->stop(), 0);
        QString audit;
        QCOMPARE(m_server->verifyAudit(&audit), 0);
        QVERIFY2(audit.contains(QStringLiteral("intact")), qPrintable(audit));
    }

    void callNextChecksTheCounterAndTheHall()
    {
        const auto registrar = token("registrar");
        QCOMPARE(m_http->post("/api/v1/halls/jn-lixia/walk-ins", bookingBody("", "marriage", {nextMan(), nextWoman()}),
                              bearer(registrar))
                     .status,
                 201);
        for (const std::string bad : {"{\"counter\":\"\"}", "{\"counter\":\"3 \"}", "{\"counter\":\"窗口3\"}",
                                      "{\"counter\":\"12345678901234567\"}", "{\"counter\":3}", "{}"}) {
            const auto reply = m_http->post("/api/v1/halls/jn-lixia/queue/next", bad, bearer(registrar));
            QVERIFY2(reply.status == 422 && reply.isProblem(), bad.c_str());
            QCOMPARE(reply.object()->getValue<std::string>("field"), std::string("counter"));
        }
        // A registrar of jn-lixia calls nobody at another hall; an organiser nobody at all.
        QCOMPARE(m_http->post("/api/v1/halls/jn-huaiyin/queue/next", counterBody("1"), bearer(registrar)).status, 403);
        QCOMPARE(m_http->post("/api/v1/halls/jn-lixia/queue/next", counterBody("1"), bearer(token("organiser"))).status,
                 403);
        QCOMPARE(m_http->post("/api/v1/halls/jn-lixia/queue/next", counterBody("1")).status, 401);
        // Nothing above called anybody: the one couple is still there for counter A7.
        const auto called = m_http->post("/api/v1/halls/jn-lixia/queue/next", counterBody("A7"), bearer(registrar));
        QCOMPARE(called.status, 200);
        QCOMPARE(str(called.object(), "called_counter"), std::string("A7"));
        QCOMPARE(called.object()->getValue<int>("queue_number"), 1);
        QCOMPARE(m_http->post("/api/v1/halls/jn-lixia/queue/next", counterBody("A7"), bearer(token("admin"))).status,
                 409);
    }
};

QTEST_GUILESS_MAIN(TestCounter)
#include "tst_counter.moc"
