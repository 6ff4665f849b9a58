// SPDX-License-Identifier: Apache-2.0
// The route table and the OpenAPI document describe the same API: every route is documented,
// every documented operation is routed, and the roles agree. Also the router's matching rules.

#include "core/calendar/WorkingCalendar.h"
#include "server/app/ServiceGraph.h"
#include "server/http/OpenApiDocument.h"
#include "server/http/Routes.h"
#include "server/service/CertificateService.h"
#include "server/service/Clock.h"
#include "server/service/IdCipher.h"
#include "server/service/PersonalDataKeys.h"
#include "server/store/Database.h"

#include <Poco/JSON/Array.h>
#include <Poco/JSON/Parser.h>
#include <Poco/String.h>

#include <QTemporaryDir>
#include <QtTest>

#include <set>

using namespace wedreg::server;

class TestRoutes : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<store::Database> m_db;
    service::Clock m_clock;
    wedreg::core::WorkingCalendar m_calendar;
    service::PersonalDataKeys m_keys = service::PersonalDataKeys::fromSecret(std::string(32, 'k'));
    service::IdCipher m_cipher = service::IdCipher::fromKeys({std::string(32, 'c')});
    service::CertificateService m_certificates{"", 0};  // no signing keys: routes only
    // The server's own wiring (app::ServiceGraph), so the routes under test are the server's.
    std::unique_ptr<app::ServiceGraph> m_graph;
    std::vector<http::Route> m_routes;
    Poco::JSON::Object::Ptr m_paths;

private slots:
    void initTestCase()
    {
        store::DatabaseOptions options;
        options.sqlitePath = (m_dir.path() + QStringLiteral("/routes.sqlite")).toStdString();
        m_db = std::make_unique<store::Database>(options);
        app::ServiceSettings settings;
        settings.passwordCost = {1u << 10, 8, 1};
        settings.version = "test";
        m_graph = std::make_unique<app::ServiceGraph>(
            app::ServiceInputs{*m_db, m_clock, m_calendar, m_keys, m_cipher, m_certificates}, settings);
        auto services = m_graph->api(http::openApiDocument());
        m_routes = http::makeRoutes(services);
        Poco::JSON::Parser parser;
        const auto doc = parser.parse(std::string(http::openApiDocument())).extract<Poco::JSON::Object::Ptr>();
        m_paths = doc->getObject("paths");
        QVERIFY(m_paths);
    }

    void everyRouteIsDocumented()
    {
        for (const auto& route : m_routes) {
            const auto where = route.method + " " + route.pattern;
            QVERIFY2(m_paths->has(route.pattern), where.c_str());
            QVERIFY2(m_paths->getObject(route.pattern)->has(Poco::toLower(route.method)), where.c_str());
        }
    }

    void everyDocumentedOperationIsRouted()
    {
        static const std::set<std::string> verbs{"get", "post", "put", "patch", "delete"};
        for (const auto& [path, item] : *m_paths) {
            const auto operations = item.extract<Poco::JSON::Object::Ptr>();
            for (const auto& [verb, op] : *operations) {
                if (!verbs.count(verb))
                    continue;
                const auto method = Poco::toUpper(verb);
                const bool routed = std::any_of(m_routes.begin(), m_routes.end(), [&](const http::Route& r) {
                    return r.method == method && r.pattern == path;
                });
                QVERIFY2(routed, (method + " " + path).c_str());
            }
        }
    }

    void documentedRolesMatchTheTable()
    {
        for (const auto& route : m_routes) {
            const auto op = m_paths->getObject(route.pattern)->getObject(Poco::toLower(route.method));
            std::set<std::string> documented;
            if (const auto roles = op->getArray("x-roles"))
                for (std::size_t i = 0; i < roles->size(); ++i)
                    documented.insert(roles->getElement<std::string>(static_cast<unsigned>(i)));
            std::set<std::string> table;
            for (const auto role : route.roles)
                table.insert(std::string(model::toString(role)));
            QVERIFY2(documented == table, (route.method + " " + route.pattern).c_str());
            QCOMPARE(op->has("security"), !route.roles.empty());
        }
    }

    void documentedKioskAccessMatchesTheTable()
    {
        for (const auto& route : m_routes) {
            const auto op = m_paths->getObject(route.pattern)->getObject(Poco::toLower(route.method));
            const bool documented = op->has("x-kiosk") && op->getValue<bool>("x-kiosk");
            QVERIFY2(documented == route.kiosk, (route.method + " " + route.pattern).c_str());
            // Kiosk rows are public rows: a certificate is not a staff credential.
            QVERIFY2(!route.kiosk || route.roles.empty(), (route.method + " " + route.pattern).c_str());
        }
    }

    void routesAreUnique()
    {
        std::set<std::string> seen;
        for (const auto& route : m_routes)
            QVERIFY2(seen.insert(route.method + " " + route.pattern).second, route.pattern.c_str());
    }

    void literalSegmentsWinOverParameters()
    {
        http::Router router({{"GET", "/a/{id}", {}, {}}, {"GET", "/a/current", {}, {}}}, {}, m_graph->metrics, 1024);
        QCOMPARE(router.match("GET", "/a/current").route->pattern, std::string("/a/current"));
        const auto byId = router.match("GET", "/a/42");
        QCOMPARE(byId.route->pattern, std::string("/a/{id}"));
        QCOMPARE(byId.params.at("id"), std::string("42"));
        QVERIFY(!router.match("GET", "/a/").route);
        QVERIFY(!router.match("GET", "/a/42/b").route);
        const auto wrongMethod = router.match("POST", "/a/42");
        QVERIFY(!wrongMethod.route);
        QCOMPARE(wrongMethod.allowed, std::string("GET"));
    }
};

QTEST_APPLESS_MAIN(TestRoutes)
#include "tst_routes.moc"
