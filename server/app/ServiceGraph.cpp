// SPDX-License-Identifier: Apache-2.0
#include "server/app/ServiceGraph.h"

#include "server/service/AuthErrors.h"
#include "server/store/Database.h"

namespace wedreg::server::app {

ServiceGraph::ServiceGraph(const ServiceInputs& in, const ServiceSettings& settings)
    : inputs(in)
    , version(settings.version)
    , audit(in.db)
    , hallRepo(in.db)
    , staffRepo(in.db)
    , planRepo(in.db)
    , slotRepo(in.db)
    , appointmentRepo(in.db)
    , idempotencyRepo(in.db)
    , registrationRepo(in.db)
    , lotteryRepo(in.db)
    , certificateRepo(in.db)
    , statsRepo(in.db)
    , ceremonyRepo(in.db)
    , presenterRepo(in.db)
    , outboxRepo(in.db)
    , halls(hallRepo)
    , health(in.db, settings.version)
    , auth(staffRepo, in.clock, service::PasswordHasher(settings.passwordCost), settings.auth)
    , slots(slotRepo, planRepo, in.calendar, in.clock, settings.slots)
    , staffLookup([this](const std::string& token) -> std::optional<model::StaffPrincipal> {
        try {
            return auth.authenticate(token);
        } catch (const service::Unauthenticated&) {
            return std::nullopt;
        }
    })
    , bookingGate(settings.maxBookingsInFlight)
    // SQLite has one writer anyway: batching bookings behind it turns one fsync per booking into
    // one per batch. PostgreSQL writers run in parallel and would only wait on each other's locks.
    , groupCommit(settings.groupCommit && in.db.dialect() == store::Dialect::Sqlite
                      ? std::make_unique<store::GroupCommit>(in.db,
                                                             static_cast<std::size_t>(settings.groupCommitMaxBatch))
                      : nullptr)
    , idLimiter(settings.idAttempts)
    , lottery({in.db, lotteryRepo, slotRepo, appointmentRepo, idempotencyRepo, registrationRepo, audit, slots, halls,
               in.keys})
    , booking(in.db, slotRepo, appointmentRepo, idempotencyRepo, slots, halls, in.keys, staffLookup, bookingGate, audit,
              registrationRepo, groupCommit.get(), idLimiter.enabled() ? &idLimiter : nullptr, &lottery)
    , counter(in.db, appointmentRepo, slots, halls, in.keys, audit)
    , retention(in.db, appointmentRepo, audit, settings.retentionDays)
    , issuer(certificateRepo, in.certificates)
    , registrations({in.db, registrationRepo, certificateRepo, appointmentRepo, audit, halls, issuer, in.keys,
                     in.idCipher, in.calendar, in.clock})
    , certificateStatus(certificateRepo, in.certificates, in.clock)
    , stats(statsRepo, halls)
    , tickets(in.certificates)
    , ceremonies(in.db, ceremonyRepo, presenterRepo, outboxRepo, audit, halls, in.keys, in.clock, &tickets, staffLookup)
    , outbox(outboxRepo, logSender, in.clock)
{
}

http::ApiServices ServiceGraph::api(std::string_view openApiDocument)
{
    return {health,       halls,    auth,    slots,      booking,  counter,
            inputs.certificates, certificateStatus, registrations, stats, ceremonies, lottery,
            metrics,      openApiDocument, version};
}

}  // namespace wedreg::server::app
