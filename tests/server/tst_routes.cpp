// SPDX-License-Identifier: Apache-2.0
// The route table and the OpenAPI document describe the same API: every route is documented,
// every documented operation is routed, and the roles agree. Also the router's matching rules.

#include "server/http/ApiServices.h"
#include "server/http/Metrics.h"
#include "server/http/OpenApiDocument.h"
#include "server/http/Routes.h"
#include "core/calendar/WorkingCalendar.h"
#include "server/service/AdmissionGate.h"
#include "server/service/BookingLotteryService.h"
#include "server/service/BookingService.h"
#include "server/service/CertificateIssuer.h"
#include "server/service/CeremonyService.h"
#include "server/service/CertificateService.h"
#include "server/service/CertificateStatusService.h"
#include "server/service/IdCipher.h"
#include "server/service/RegistrationService.h"
#include "server/service/StatsService.h"
#include "server/store/StatsRepository.h"
#include "server/store/AuditLog.h"
#include "server/store/CertificateRepository.h"
#include "server/store/RegistrationRepository.h"
#include "server/service/Clock.h"
#include "server/service/CounterService.h"
#include "server/service/HallService.h"
#include "server/service/HealthService.h"
#include "server/service/PersonalDataKeys.h"
#include "server/service/SlotService.h"
#include "server/service/StaffAuthService.h"
#include "server/store/Database.h"
#include "server/store/AppointmentRepository.h"
#include "server/store/AuditLog.h"
#include "server/store/CeremonyRepository.h"
#include "server/store/OutboxRepository.h"
#include "server/store/PresenterRepository.h"
#include "server/store/HallRepository.h"
#include "server/store/IdempotencyRepository.h"
#include "server/store/LotteryRepository.h"
#include "server/store/PlanRepository.h"
#include "server/store/SlotRepository.h"
#include "server/store/StaffRepository.h"

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
    std::unique_ptr<store::HallRepository> m_hallRepo;
    std::unique_ptr<store::StaffRepository> m_staffRepo;
    service::Clock m_clock;
    std::unique_ptr<service::HallService> m_halls;
    std::unique_ptr<service::HealthService> m_health;
    std::unique_ptr<service::StaffAuthService> m_auth;
    std::unique_ptr<store::PlanRepository> m_planRepo;
    std::unique_ptr<store::SlotRepository> m_slotRepo;
    std::unique_ptr<store::AppointmentRepository> m_appointmentRepo;
    std::unique_ptr<store::IdempotencyRepository> m_idempotencyRepo;
    wedreg::core::WorkingCalendar m_calendar;
    service::PersonalDataKeys m_keys = service::PersonalDataKeys::fromSecret(std::string(32, 'k'));
    std::unique_ptr<service::SlotService> m_slots;
    service::AdmissionGate m_gate{8};
    std::unique_ptr<service::BookingService> m_booking;
    std::unique_ptr<store::LotteryRepository> m_lotteryRepo;
    std::unique_ptr<service::BookingLotteryService> m_lottery;
    std::unique_ptr<service::CounterService> m_counter;
    service::CertificateService m_certificates{"", 0};  // no signing keys: routes only
    std::unique_ptr<store::AuditLog> m_audit;
    std::unique_ptr<store::RegistrationRepository> m_registrationRepo;
    std::unique_ptr<store::CertificateRepository> m_certificateRepo;
    std::unique_ptr<service::CertificateIssuer> m_issuer;
    service::IdCipher m_cipher = service::IdCipher::fromKeys({std::string(32, 'c')});
    std::unique_ptr<service::RegistrationService> m_registrations;
    std::unique_ptr<service::CertificateStatusService> m_certificateStatus;
    std::unique_ptr<store::StatsRepository> m_statsRepo;
    std::unique_ptr<service::StatsService> m_stats;
    std::unique_ptr<store::CeremonyRepository> m_ceremonyRepo;
    std::unique_ptr<store::PresenterRepository> m_presenterRepo;
    std::unique_ptr<store::OutboxRepository> m_outboxRepo;
    std::unique_ptr<service::CeremonyService> m_ceremonies;
    http::Metrics m_metrics;
    std::unique_ptr<http::ApiServices> m_services;
    std::vector<http::Route> m_routes;
    Poco::JSON::Object::Ptr m_paths;

private slots:
    void initTestCase()
    {
        store::DatabaseOptions options;
        options.sqlitePath = (m_dir.path() + QStringLiteral("/routes.sqlite")).toStdString();
        m_db = std::make_unique<store::Database>(options);
        m_hallRepo = std::make_unique<store::HallRepository>(*m_db);
        m_staffRepo = std::make_unique<store::StaffRepository>(*m_db);
        m_halls = std::make_unique<service::HallService>(*m_hallRepo);
        m_health = std::make_unique<service::HealthService>(*m_db, "test");
        m_auth = std::make_unique<service::StaffAuthService>(*m_staffRepo, m_clock,
                                                             service::PasswordHasher({1u << 10, 8, 1}),
                                                             service::AuthPolicy{});
        m_planRepo = std::make_unique<store::PlanRepository>(*m_db);
        m_slotRepo = std::make_unique<store::SlotRepository>(*m_db);
        m_appointmentRepo = std::make_unique<store::AppointmentRepository>(*m_db);
        m_idempotencyRepo = std::make_unique<store::IdempotencyRepository>(*m_db);
        m_slots = std::make_unique<service::SlotService>(*m_slotRepo, *m_planRepo, m_calendar, m_clock, service::SlotPolicy{});
        m_audit = std::make_unique<store::AuditLog>(*m_db);
        m_registrationRepo = std::make_unique<store::RegistrationRepository>(*m_db);
        m_booking = std::make_unique<service::BookingService>(*m_db, *m_slotRepo, *m_appointmentRepo, *m_idempotencyRepo,
                                                              *m_slots, *m_halls, m_keys, nullptr, m_gate, *m_audit,
                                                              *m_registrationRepo);
        m_counter =
            std::make_unique<service::CounterService>(*m_db, *m_appointmentRepo, *m_slots, *m_halls, m_keys, *m_audit);
        m_certificateRepo = std::make_unique<store::CertificateRepository>(*m_db);
        m_issuer = std::make_unique<service::CertificateIssuer>(*m_certificateRepo, m_certificates);
        m_registrations = std::make_unique<service::RegistrationService>(service::RegistrationService::Dependencies{
            *m_db, *m_registrationRepo, *m_certificateRepo, *m_appointmentRepo, *m_audit, *m_halls, *m_issuer, m_keys,
            m_cipher, m_calendar, m_clock});
        m_certificateStatus =
            std::make_unique<service::CertificateStatusService>(*m_certificateRepo, m_certificates, m_clock);
        m_statsRepo = std::make_unique<store::StatsRepository>(*m_db);
        m_stats = std::make_unique<service::StatsService>(*m_statsRepo, *m_halls);
        m_ceremonyRepo = std::make_unique<store::CeremonyRepository>(*m_db);
        m_presenterRepo = std::make_unique<store::PresenterRepository>(*m_db);
        m_outboxRepo = std::make_unique<store::OutboxRepository>(*m_db);
        m_ceremonies = std::make_unique<service::CeremonyService>(*m_db, *m_ceremonyRepo, *m_presenterRepo, *m_outboxRepo,
                                                                  *m_audit, *m_halls, m_keys, m_clock, nullptr, nullptr);
        m_lotteryRepo = std::make_unique<store::LotteryRepository>(*m_db);
        m_lottery = std::make_unique<service::BookingLotteryService>(service::BookingLotteryService::Dependencies{
            *m_db, *m_lotteryRepo, *m_slotRepo, *m_appointmentRepo, *m_idempotencyRepo, *m_registrationRepo, *m_audit,
            *m_slots, *m_halls, m_keys});
        m_services = std::make_unique<http::ApiServices>(http::ApiServices{
            *m_health, *m_halls, *m_auth, *m_slots, *m_booking, *m_counter, m_certificates, *m_certificateStatus,
            *m_registrations, *m_stats, *m_ceremonies, *m_lottery, m_metrics, http::openApiDocument(), "test"});
        m_routes = http::makeRoutes(*m_services);
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
        http::Router router({{"GET", "/a/{id}", {}, {}}, {"GET", "/a/current", {}, {}}}, {}, m_metrics, 1024);
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
