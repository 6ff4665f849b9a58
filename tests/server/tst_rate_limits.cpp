// SPDX-License-Identifier: Apache-2.0
// Rate limits (issue 6): a client's writes beyond its bucket, and booking attempts for one
// person's ID beyond theirs, get 429 problem+json with Retry-After; reads and other clients and
// other people go on.

#include "support/BookingHelpers.h"
#include "support/HttpClient.h"
#include "support/ServerProcess.h"

#include <Poco/JSON/Object.h>

#include <QtTest>

#include <sstream>

using namespace wedreg::tests;

class TestRateLimits : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<ServerProcess> m_server;
    std::unique_ptr<HttpClient> m_http;
    int m_person = 0;

    Person nextMan() { return {man("19870303", 2 * (++m_person) + 1), "钱七"}; }
    Person nextWoman() { return {woman("19880404", 2 * (++m_person)), "孙八"}; }

    void start(const QStringList& settings)
    {
        m_server = std::make_unique<ServerProcess>();
        QVERIFY2(m_server->start({true, settings + QStringList{QStringLiteral("auth.scrypt_log2_n=10")}, false}),
                 qPrintable(m_server->error()));
        m_http = std::make_unique<HttpClient>(m_server->port());
    }

    HttpReply verify(const Poco::Net::NameValueCollection& headers = {})
    {
        auto h = headers;
        h.set("Accept-Language", "en");
        return m_http->post("/api/v1/certificates/verify", "{}", h);
    }

    static void requireLimited(const HttpReply& reply, const std::string& code)
    {
        QCOMPARE(reply.status, 429);
        QVERIFY(reply.isProblem());
        QCOMPARE(reply.problemType(), std::string("rate-limited"));
        QCOMPARE(reply.object()->getValue<std::string>("code"), code);
        QVERIFY(std::stoi(reply.headers.get("Retry-After", "0")) >= 1);
    }

private slots:
    void init() { WEDREG_REQUIRE_DATABASE(); }

    void cleanup()
    {
        if (m_server)
            QCOMPARE(m_server->stop(), 0);
        m_server.reset();
    }

    void clientWritesBeyondTheBucketAre429()
    {
        start({QStringLiteral("ratelimit.exempt_loopback=false"), QStringLiteral("ratelimit.client_per_minute=6"),
               QStringLiteral("ratelimit.client_burst=3")});
        Poco::JSON::Object body;
        body.set("username", "registrar");
        body.set("password", m_server->demoPasswords().value(QStringLiteral("registrar")).toStdString());
        std::ostringstream out;
        body.stringify(out);
        const auto session = m_http->post("/api/v1/staff/sessions", out.str());  // write 1 of 3
        QCOMPARE(session.status, 201);
        QVERIFY(verify().status != 429);
        QVERIFY(verify().status != 429);
        const auto limited = verify();
        requireLimited(limited, "client");
        QCOMPARE(std::stoi(limited.headers.get("Retry-After")), 10);  // 6 a minute: one every 10 s
        QVERIFY(limited.object()->getValue<std::string>("detail").find("Too many requests") != std::string::npos);
        // Reads are not limited; a signed-in caller has a bucket of its own.
        QCOMPARE(m_http->get("/api/v1/halls").status, 200);
        QVERIFY(verify(bearer(session.object()->getValue<std::string>("token"))).status != 429);
    }

    void loopbackIsExemptByDefault()
    {
        start({QStringLiteral("ratelimit.client_per_minute=6"), QStringLiteral("ratelimit.client_burst=1")});
        for (int i = 0; i < 10; ++i)
            QVERIFY(verify().status != 429);
    }

    void bookingAttemptsPerIdAre429()
    {
        start({QStringLiteral("ratelimit.id_per_hour=1"), QStringLiteral("ratelimit.id_burst=2")});
        const auto slot = openSlot(*m_http, "jn-lixia", "marriage");
        QVERIFY(slot);
        const auto slotId = slot.value()->getValue<std::string>("id");
        const auto him = nextMan();
        const auto her = nextWoman();
        QCOMPARE(book(*m_http, bookingBody(slotId, "marriage", {him, her})).status, 201);
        QCOMPARE(book(*m_http, bookingBody(slotId, "marriage", {him, her})).problemType(), std::string("already-booked"));
        const auto limited = book(*m_http, bookingBody(slotId, "marriage", {him, nextWoman()}), {}, "en");
        requireLimited(limited, "id");
        QCOMPARE(std::stoi(limited.headers.get("Retry-After")), 3600);
        // Other people are not held up by him.
        QCOMPARE(book(*m_http, bookingBody(slotId, "marriage", {nextMan(), nextWoman()})).status, 201);
        QCOMPARE(m_server->scalar(QStringLiteral("SELECT COUNT(*) FROM appointments")), qint64(2));
    }
};

QTEST_GUILESS_MAIN(TestRateLimits)
#include "tst_rate_limits.moc"
