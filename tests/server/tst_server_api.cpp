// SPDX-License-Identifier: Apache-2.0
// The read side of the API against the real server process: health, halls, OpenAPI, metrics,
// and the error replies of the router itself (404, 405).

#include "support/HttpClient.h"
#include "support/ServerProcess.h"

#include <Poco/JSON/Array.h>

#include <QtTest>

#include <set>

using wedreg::tests::HttpClient;
using wedreg::tests::ServerProcess;

class TestServerApi : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<ServerProcess> m_server;
    std::unique_ptr<HttpClient> m_http;

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

    void healthReportsDatabaseAndVersion()
    {
        const auto reply = m_http->get("/healthz");
        QCOMPARE(reply.status, 200);
        QCOMPARE(reply.contentType, std::string("application/json"));
        const auto body = reply.object();
        QCOMPARE(body->getValue<std::string>("status"), std::string("ok"));
        QCOMPARE(QString::fromStdString(body->getValue<std::string>("db")), m_server->db());
        QVERIFY(!body->getValue<std::string>("version").empty());
    }

    void hallsListTheDemoHallsOfEveryKind()
    {
        const auto reply = m_http->get("/api/v1/halls");
        QCOMPARE(reply.status, 200);
        const auto halls = reply.json().extract<Poco::JSON::Array::Ptr>();
        QVERIFY2(halls->size() >= 6, "the demo data has at least six halls");
        std::set<std::string> kinds;
        for (std::size_t i = 0; i < halls->size(); ++i) {
            const auto hall = halls->getObject(static_cast<unsigned>(i));
            for (const char* key : {"id", "name", "name_en", "kind", "province_code", "city", "address"})
                QVERIFY2(hall->has(key) && hall->get(key).isString(), key);
            QVERIFY(hall->get("provincial_level").type() == typeid(bool));
            QVERIFY(hall->getArray("services"));
            kinds.insert(hall->getValue<std::string>("kind"));
        }
        QVERIFY(kinds.count("office"));
        QVERIFY(kinds.count("themed"));
        QVERIFY(kinds.count("ceremony_venue"));
        // Display order: the first office of the demo data comes first, in Chinese as stored.
        QCOMPARE(halls->getObject(0)->getValue<std::string>("name"), std::string("历下区婚姻登记处"));
    }

    void themedSpotAndCeremonyVenueAreThere()
    {
        const auto halls = m_http->get("/api/v1/halls").json().extract<Poco::JSON::Array::Ptr>();
        bool quanxi = false, venueWithoutLegalActs = false;
        for (std::size_t i = 0; i < halls->size(); ++i) {
            const auto hall = halls->getObject(static_cast<unsigned>(i));
            if (hall->getValue<std::string>("name").find("泉禧") != std::string::npos)
                quanxi = hall->getValue<std::string>("kind") == "themed";
            if (hall->getValue<std::string>("kind") == "ceremony_venue") {
                const auto services = hall->getArray("services");
                venueWithoutLegalActs = services->size() == 1 && services->getElement<std::string>(0) == "ceremony";
            }
        }
        QVERIFY2(quanxi, "泉禧 in 历下创益园 is a themed spot");
        QVERIFY2(venueWithoutLegalActs, "a ceremony-only venue offers no registration service");
    }

    void oneHallById()
    {
        const auto reply = m_http->get("/api/v1/halls/jn-shanghe");
        QCOMPARE(reply.status, 200);
        QCOMPARE(reply.object()->getValue<std::string>("name"), std::string("商河县婚姻登记处"));
    }

    void unknownHallIsA404ProblemInTheRequestLanguage()
    {
        auto reply = m_http->get("/api/v1/halls/no-such-hall");
        QCOMPARE(reply.status, 404);
        QVERIFY(reply.isProblem());
        QCOMPARE(reply.problemType(), std::string("not-found"));
        QCOMPARE(reply.object()->getValue<std::string>("detail"), std::string("没有这个登记处。"));

        Poco::Net::NameValueCollection english;
        english.set("Accept-Language", "en-GB,en;q=0.9");
        reply = m_http->get("/api/v1/halls/no-such-hall", english);
        QCOMPARE(reply.object()->getValue<std::string>("detail"), std::string("There is no such registration hall."));
        QCOMPARE(reply.headers.get("Content-Language"), std::string("en"));
    }

    void unknownRouteIsA404Problem()
    {
        const auto reply = m_http->get("/api/v1/no-such-thing");
        QCOMPARE(reply.status, 404);
        QVERIFY(reply.isProblem());
        QCOMPARE(reply.object()->getValue<int>("status"), 404);
    }

    void wrongMethodIs405WithAllow()
    {
        const auto reply = m_http->send("DELETE", "/api/v1/halls", {}, {}, {});
        QCOMPARE(reply.status, 405);
        QVERIFY(reply.isProblem());
        QCOMPARE(reply.headers.get("Allow"), std::string("GET"));
    }

    void openApiDocumentIsServed()
    {
        const auto reply = m_http->get("/api/v1/openapi.json");
        QCOMPARE(reply.status, 200);
        const auto doc = reply.object();
        QVERIFY(doc->getValue<std::string>("openapi").rfind("3.", 0) == 0);
        QVERIFY(doc->getObject("paths")->has("/api/v1/halls"));
    }

    void metricsCountRequestsByRoutePattern()
    {
        m_http->get("/api/v1/halls/jn-lixia");
        const auto reply = m_http->get("/metrics");
        QCOMPARE(reply.status, 200);
        QVERIFY(reply.body.find("route=\"/api/v1/halls/{id}\",status=\"200\"} 1") != std::string::npos);
        // Raw paths never become labels (they could carry personal data).
        QVERIFY(reply.body.find("jn-lixia") == std::string::npos);
    }
};

QTEST_GUILESS_MAIN(TestServerApi)
#include "tst_server_api.moc"
