// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "server/http/ApiServices.h"
#include "server/http/Metrics.h"
#include "server/service/AdmissionGate.h"
#include "server/service/BookingLotteryService.h"
#include "server/service/BookingService.h"
#include "server/service/CeremonyService.h"
#include "server/service/CeremonyTickets.h"
#include "server/service/CertificateIssuer.h"
#include "server/service/CertificateStatusService.h"
#include "server/service/CounterService.h"
#include "server/service/HallService.h"
#include "server/service/HealthService.h"
#include "server/service/NotificationSender.h"
#include "server/service/OutboxDispatcher.h"
#include "server/service/PasswordHasher.h"
#include "server/service/RateLimiter.h"
#include "server/service/RegistrationService.h"
#include "server/service/RetentionService.h"
#include "server/service/SlotService.h"
#include "server/service/StaffAuthService.h"
#include "server/service/StatsService.h"
#include "server/store/AppointmentRepository.h"
#include "server/store/AuditLog.h"
#include "server/store/CertificateRepository.h"
#include "server/store/CeremonyRepository.h"
#include "server/store/GroupCommit.h"
#include "server/store/HallRepository.h"
#include "server/store/IdempotencyRepository.h"
#include "server/store/LotteryRepository.h"
#include "server/store/OutboxRepository.h"
#include "server/store/PlanRepository.h"
#include "server/store/PresenterRepository.h"
#include "server/store/RegistrationRepository.h"
#include "server/store/SlotRepository.h"
#include "server/store/StaffRepository.h"
#include "server/store/StatsRepository.h"

#include <memory>
#include <string>
#include <string_view>

namespace wedreg::core {
class WorkingCalendar;
}

namespace wedreg::server::app {

// What the graph is built from and does not own: the database, the clock, the working calendar,
// the keys, and the certificate signer (which reads its keys from disk at start).
struct ServiceInputs {
    store::Database& db;
    const service::Clock& clock;
    const core::WorkingCalendar& calendar;
    const service::PersonalDataKeys& keys;
    const service::IdCipher& idCipher;
    service::CertificateService& certificates;
};

// The settings of the use cases (from ServerConfig in the server; defaults in tests).
struct ServiceSettings {
    service::PasswordHasher::Cost passwordCost;
    service::AuthPolicy auth;
    service::SlotPolicy slots;
    int maxBookingsInFlight = 12;
    bool groupCommit = true;  // SQLite only: PostgreSQL writers run in parallel
    int groupCommitMaxBatch = 64;
    service::RateLimiter::Limit idAttempts;  // per person's blind index; perSecond 0: none
    int retentionDays = 90;
    std::string version;
};

// The composition root: every repository and use case of the server, wired once. The server
// (ServerApp) and the route tests build the same graph, so a test never wires a service differently
// from production. Members are public and in construction order; nothing here starts a thread
// except the group-commit writer.
struct ServiceGraph {
    ServiceGraph(const ServiceInputs& inputs, const ServiceSettings& settings);
    ServiceGraph(const ServiceGraph&) = delete;
    ServiceGraph& operator=(const ServiceGraph&) = delete;

    // What the HTTP layer may call.
    http::ApiServices api(std::string_view openApiDocument);

    ServiceInputs inputs;
    std::string version;

    store::AuditLog audit;
    store::HallRepository hallRepo;
    store::StaffRepository staffRepo;
    store::PlanRepository planRepo;
    store::SlotRepository slotRepo;
    store::AppointmentRepository appointmentRepo;
    store::IdempotencyRepository idempotencyRepo;
    store::RegistrationRepository registrationRepo;
    store::LotteryRepository lotteryRepo;
    store::CertificateRepository certificateRepo;
    store::StatsRepository statsRepo;
    store::CeremonyRepository ceremonyRepo;
    store::PresenterRepository presenterRepo;
    store::OutboxRepository outboxRepo;

    service::HallService halls;
    service::HealthService health;
    service::StaffAuthService auth;
    service::SlotService slots;
    service::StaffLookup staffLookup;
    service::AdmissionGate bookingGate;
    std::unique_ptr<store::GroupCommit> groupCommit;
    service::RateLimiter idLimiter;
    service::BookingLotteryService lottery;
    service::BookingService booking;
    service::CounterService counter;
    service::RetentionService retention;
    service::CertificateIssuer issuer;
    service::RegistrationService registrations;
    service::CertificateStatusService certificateStatus;
    service::StatsService stats;
    service::CeremonyTickets tickets;
    service::CeremonyService ceremonies;
    // Development sends through the log; a deployment plugs its SMS/e-mail sender in here.
    service::LogSender logSender;
    service::OutboxDispatcher outbox;
    http::Metrics metrics;
};

}  // namespace wedreg::server::app
