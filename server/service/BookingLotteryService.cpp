// SPDX-License-Identifier: Apache-2.0
#include "server/service/BookingLotteryService.h"

#include "core/Errors.h"
#include "core/calendar/Date.h"
#include "core/crypto/Bytes.h"
#include "core/crypto/Digest.h"
#include "server/service/AuthErrors.h"
#include "server/service/BookingRules.h"
#include "server/service/HallService.h"
#include "server/service/PersonalDataKeys.h"
#include "server/service/RowId.h"
#include "server/service/SlotService.h"
#include "server/store/AppointmentRepository.h"
#include "server/store/AuditLog.h"
#include "server/store/IdempotencyRepository.h"
#include "server/store/LotteryRepository.h"
#include "server/store/SlotRepository.h"
#include "server/store/WriteTransaction.h"

#include <Poco/Data/Session.h>
#include <Poco/JSON/Object.h>
#include <Poco/JSON/ParseHandler.h>
#include <Poco/JSON/Parser.h>

#include <algorithm>
#include <map>
#include <sstream>

using namespace Poco::Data::Keywords;

namespace wedreg::server::service {
namespace {

constexpr std::int64_t kShanghaiOffset = 8 * 3600;

std::string stringify(const Poco::JSON::Object::Ptr& o)
{
    std::ostringstream out;
    o->stringify(out);
    return out.str();
}

// Unix seconds of 00:00 in Asia/Shanghai on an ISO day.
std::int64_t startOfDay(const std::string& isoDay)
{
    const auto days = std::chrono::sys_days(core::parseIsoDate(isoDay, "day")).time_since_epoch().count();
    return std::int64_t{days} * 86400 - kShanghaiOffset;
}

std::string auditDetail(std::initializer_list<std::pair<const char*, std::string>> fields)
{
    Poco::JSON::Object::Ptr o = new Poco::JSON::Object(Poco::JSON_PRESERVE_KEY_ORDER);
    for (const auto& [key, value] : fields)
        o->set(key, value);
    return stringify(o);
}

}  // namespace

BookingLotteryService::BookingLotteryService(Dependencies deps)
    : m_deps(deps)
    , m_factory(deps.keys)
    , m_eligibility(deps.keys, deps.appointments, deps.registrations)
{
}

model::LotteryDay BookingLotteryService::declare(const LotteryDayInput& in, const std::string& actor)
{
    if (!BookingRules::isService(in.service))
        throw core::InvalidField("service", "unknown");
    const auto hall = m_deps.halls.get(in.hallId);
    if (std::find(hall.services.begin(), hall.services.end(), in.service) == hall.services.end())
        throw core::InvalidField("service", "not-offered");
    std::string reason;
    if (!core::tryParseIsoDate(in.day, &reason))
        throw core::InvalidField("day", reason);
    if (in.windowClosesAt <= in.windowOpensAt)
        throw core::InvalidField("window_closes_at", "before-start");
    const auto drawAt = in.drawAt.value_or(in.windowClosesAt);
    if (drawAt < in.windowClosesAt)
        throw core::InvalidField("draw_at", "before-window-closes");
    // The winners must learn their appointment before the day begins.
    if (drawAt >= startOfDay(in.day))
        throw core::InvalidField("draw_at", "not-before-day");
    const auto now = m_deps.slots.now();
    if (drawAt <= now)
        throw core::InvalidField("draw_at", "in-the-past");
    for (const auto& slot : m_deps.slotRepo.list(in.hallId, in.service, in.day, in.day))
        if (slot.booked > 0)
            throw core::Conflict("day-has-bookings");

    model::LotteryDay d;
    d.id = newRowId();
    d.hallId = in.hallId;
    d.service = in.service;
    d.day = in.day;
    d.windowOpensAt = in.windowOpensAt;
    d.windowClosesAt = in.windowClosesAt;
    d.drawAt = drawAt;
    d.createdBy = actor;
    d.createdAt = now;
    store::WriteTransaction tx(m_deps.db);
    if (!m_deps.lotteries.insertDay(tx, d)) {
        tx.rollback();
        throw core::Conflict("lottery-day-exists");
    }
    m_deps.audit.append(tx,
                        {actor, "lottery.declare", "lottery:" + d.id,
                         auditDetail({{"hall", d.hallId}, {"service", d.service}, {"day", d.day},
                                      {"window_opens_at", std::to_string(d.windowOpensAt)},
                                      {"window_closes_at", std::to_string(d.windowClosesAt)},
                                      {"draw_at", std::to_string(d.drawAt)}})},
                        now);
    tx.commit();
    m_deps.slots.forget(d.hallId, d.service);  // its slots now list as lottery seats
    return d;
}

std::vector<model::LotteryDay> BookingLotteryService::listHall(const std::string& hallId)
{
    m_deps.halls.get(hallId);  // NotFound{"hall"}
    return m_deps.lotteries.listHall(hallId);
}

bool BookingLotteryService::commitIfDue(store::WriteTransaction& tx, const model::LotteryDay& day, std::int64_t now)
{
    if (day.commitment)
        return false;
    // The seed is secret until the draw: it goes to the database and nowhere else (no log, no audit).
    const auto seed = core::lottery::newSeedHex();
    const auto commitment = core::lottery::commitmentOf(seed);
    if (!m_deps.lotteries.commit(tx, day.id, seed, commitment, now))
        return false;  // another server (or application) committed first; its commitment stands
    m_deps.audit.append(tx, {"system", "lottery.commit", "lottery:" + day.id, auditDetail({{"commitment", commitment}})},
                        now);
    return true;
}

std::size_t BookingLotteryService::commitDue()
{
    std::size_t done = 0;
    const auto now = m_deps.slots.now();
    for (const auto& id : m_deps.lotteries.dueForCommitment(now)) {
        store::WriteTransaction tx(m_deps.db);
        const auto day = m_deps.lotteries.findDay(tx, id);
        if (day && commitIfDue(tx, *day, now))
            ++done;
        tx.commit();
    }
    return done;
}

std::string BookingLotteryService::requestDigest(const std::string& lotteryId, const LotteryApplicationInput& in,
                                                 const std::vector<std::string>& indexes) const
{
    std::string canonical = "lottery\n" + lotteryId + '\n' + (in.declarationAccepted ? "1" : "0");
    for (std::size_t i = 0; i < in.parties.size(); ++i)
        canonical += '\n' + indexes[i] + '\t' + in.parties[i].name + '\t' + in.parties[i].phone;
    return m_deps.keys.requestDigest(canonical);
}

std::string BookingLotteryService::withToken(const std::string& receipt, const std::string& applicationId) const
{
    // As for bookings: the stored receipt has no token, it is derived again for a replay.
    Poco::JSON::Parser parser(new Poco::JSON::ParseHandler(true));
    Poco::JSON::Object::Ptr o = parser.parse(receipt).extract<Poco::JSON::Object::Ptr>();
    o->set("manage_token", m_factory.manageToken(applicationId));
    return stringify(o);
}

JsonAnswer BookingLotteryService::apply(const std::string& lotteryId, const LotteryApplicationInput& in,
                                        const std::optional<std::string>& idempotencyKey)
{
    const auto day = m_deps.lotteries.findDay(lotteryId);
    if (!day)
        throw core::NotFound("lottery-day");
    const auto checked =
        m_eligibility.checkParties(day->service, in.parties, in.declarationAccepted, m_deps.slots.today());
    const auto digest = requestDigest(lotteryId, in, checked.indexes);
    const auto replay = [&]() -> std::optional<JsonAnswer> {
        if (!idempotencyKey)
            return std::nullopt;
        const auto stored = m_deps.idempotency.find(*idempotencyKey);
        if (!stored)
            return std::nullopt;
        if (stored->requestDigest != digest)
            throw core::Conflict("idempotency-key-reused");
        return JsonAnswer{stored->status, withToken(stored->body, stored->appointmentId)};
    };
    if (auto answer = replay())
        return *answer;

    const auto now = m_deps.slots.now();
    if (now < day->windowOpensAt)
        throw core::Conflict("lottery-not-open");
    if (now >= day->windowClosesAt || day->drawnAt)
        throw core::Conflict("lottery-closed");
    m_eligibility.require(day->service, checked, m_deps.halls.get(day->hallId), day->day);

    model::LotteryApplication application;
    application.id = newRowId();
    application.lotteryId = day->id;
    application.appliedAt = now;
    application.manageTokenHash = AppointmentFactory::tokenHash(m_factory.manageToken(application.id));
    application.outcome = "pending";
    application.parties = m_factory.make(day->hallId, day->service, in.parties, checked.ids, now).parties;

    Poco::JSON::Object::Ptr receipt = new Poco::JSON::Object(Poco::JSON_PRESERVE_KEY_ORDER);
    receipt->set("id", application.id);
    receipt->set("lottery_day_id", day->id);
    receipt->set("status", std::string("applied"));
    receipt->set("applied_at", now);
    const auto body = stringify(receipt);
    bool keyTaken = false;
    {
        store::WriteTransaction tx(m_deps.db);
        if (idempotencyKey &&
            !m_deps.idempotency.insert(tx, *idempotencyKey, {digest, 201, body, application.id}, now)) {
            tx.rollback();
            keyTaken = true;
        } else {
            // The draw claims the day's row first in its transaction; holding the same row here
            // means an application either commits before the draw reads them or finds it drawn.
            if (!m_deps.lotteries.holdUndrawn(tx, day->id)) {
                tx.rollback();
                throw core::Conflict("lottery-closed");
            }
            const auto current = m_deps.lotteries.findDay(tx, day->id);
            // The commitment is published no later than the first application (normally by the
            // job at window open; here if that has not run yet).
            commitIfDue(tx, *current, now);
            if (!m_deps.lotteries.insertApplication(tx, application)) {
                tx.rollback();
                throw core::Conflict("already-applied");
            }
            m_deps.audit.append(tx, {"couple", "lottery.apply", "lottery-application:" + application.id,
                                     auditDetail({{"lottery", day->id}})},
                                now);
            tx.commit();
        }
    }
    if (keyTaken) {
        if (auto answer = replay())
            return *answer;
        throw core::Conflict("idempotency-key-reused");
    }
    return {201, withToken(body, application.id)};
}

LotteryOutcome BookingLotteryService::outcome(const std::string& lotteryId, const std::string& applicationId,
                                              const std::string& bearer)
{
    // Ids are 128 random bits: saying "no such application" first reveals nothing guessable.
    auto application = m_deps.lotteries.findApplication(applicationId);
    if (!application || application->lotteryId != lotteryId)
        throw core::NotFound("lottery-application");
    if (bearer.empty())
        throw Unauthenticated("missing");
    if (AppointmentFactory::tokenHash(bearer) != application->manageTokenHash)
        throw Unauthenticated("token");
    LotteryOutcome out;
    out.waitlistPosition = m_deps.lotteries.waitlistPosition(*application);
    if (application->appointmentId) {
        out.appointment = m_deps.appointments.find(*application->appointmentId);
        if (out.appointment && out.appointment->slotId)
            out.slot = m_deps.slotRepo.find(*out.appointment->slotId);
        out.appointmentManageToken = m_factory.manageToken(*application->appointmentId);
    }
    out.application = std::move(*application);
    return out;
}

LotteryRecord BookingLotteryService::record(const std::string& lotteryId)
{
    const auto day = m_deps.lotteries.findDay(lotteryId);
    if (!day)
        throw core::NotFound("lottery-day");
    LotteryRecord r;
    r.day = *day;
    r.draw.commitment = day->commitment.value_or("");
    r.draw.committedAt = day->committedAt.value_or(0);
    const auto applications = m_deps.lotteries.applications(lotteryId);
    r.applicationCount = applications.size();
    if (!day->revealedSeed)
        return r;
    r.draw.seedHex = *day->revealedSeed;
    std::vector<std::pair<int, std::string>> ranked;
    for (const auto& a : applications) {
        if (!a.drawRank)
            continue;
        r.draw.applications.push_back({a.id, a.appliedAt});
        ranked.emplace_back(*a.drawRank, a.id);
        if (a.outcome != "won" || !a.appointmentId)
            continue;
        const auto appointment = m_deps.appointments.find(*a.appointmentId);
        const auto slot = appointment && appointment->slotId ? m_deps.slotRepo.find(*appointment->slotId) : std::nullopt;
        if (slot)
            r.winners.push_back({a.id, *a.drawRank, slot->startAt, slot->endAt});
    }
    std::sort(ranked.begin(), ranked.end());
    for (const auto& [rank, id] : ranked)
        r.draw.ranking.push_back(id);
    std::sort(r.winners.begin(), r.winners.end(), [](const auto& x, const auto& y) { return x.rank < y.rank; });
    return r;
}

BookingLotteryService::Given BookingLotteryService::giveAppointment(
    store::WriteTransaction& tx, const model::LotteryApplication& application, const model::Slot& slot,
    const std::function<bool(const std::string&)>& claim)
{
    auto appointment = m_factory.makeFromParties(slot.hallId, slot.service, application.parties, m_deps.slots.now());
    appointment.slotId = slot.id;
    appointment.day = slot.day;
    appointment.startAt = slot.startAt;
    auto& session = tx.session();
    session << "SAVEPOINT lottery_seat", now;
    auto undo = [&session](Given why) {
        session << "ROLLBACK TO SAVEPOINT lottery_seat", now;
        session << "RELEASE SAVEPOINT lottery_seat", now;
        return why;
    };
    if (!m_deps.slotRepo.takeAllocated(tx, slot.id))
        return undo(Given::SlotFull);
    // A party who booked this service elsewhere meanwhile keeps that appointment: one active
    // appointment per person (the partial unique index decides).
    if (!m_deps.appointments.insert(tx, appointment) || !claim(appointment.id))
        return undo(Given::PartyBooked);
    session << "RELEASE SAVEPOINT lottery_seat", now;
    return Given::Appointment;
}

LotteryRecord BookingLotteryService::draw(const std::string& lotteryId, const std::string& actor)
{
    const auto now = m_deps.slots.now();
    std::map<std::string, int> taken;  // slot id → seats taken, for the slot cache after commit
    {
        store::WriteTransaction tx(m_deps.db);
        const auto day = m_deps.lotteries.findDay(tx, lotteryId);
        if (!day) {
            tx.rollback();
            throw core::NotFound("lottery-day");
        }
        if (now < day->windowClosesAt) {
            tx.rollback();
            throw core::Conflict("lottery-window-open");
        }
        commitIfDue(tx, *day, now);  // a window nobody applied in and no job ran for
        if (!m_deps.lotteries.markDrawn(tx, lotteryId, now)) {
            tx.rollback();
            throw core::Conflict("lottery-drawn");
        }
        const auto seed = m_deps.lotteries.seed(tx, lotteryId);
        auto applications = m_deps.lotteries.applications(tx, lotteryId);
        std::vector<core::lottery::Application> entries;
        for (const auto& a : applications)
            entries.push_back({a.id, a.appliedAt});
        const auto ranking = core::lottery::rank(seed.value(), entries);
        auto daySlots = m_deps.slotRepo.list(day->hallId, day->service, day->day, day->day);
        std::size_t next = 0;
        int rank = 0, won = 0, waiting = 0, voided = 0;
        for (const auto& id : ranking) {
            ++rank;
            const auto& application =
                *std::find_if(applications.begin(), applications.end(), [&](const auto& a) { return a.id == id; });
            bool placed = false, refused = false;
            while (next < daySlots.size() && !placed && !refused) {
                const auto given = giveAppointment(tx, application, daySlots[next], [&](const std::string& appointmentId) {
                    m_deps.lotteries.setOutcome(tx, id, rank, "won", appointmentId, now);
                    return true;
                });
                if (given == Given::SlotFull)
                    ++next;
                placed = given == Given::Appointment;
                refused = given == Given::PartyBooked;
                if (placed)
                    ++taken[daySlots[next].id];
            }
            if (placed) {
                ++won;
            } else if (refused) {
                ++voided;
                m_deps.lotteries.setOutcome(tx, id, rank, "void", std::nullopt, now);
            } else {
                ++waiting;
                m_deps.lotteries.setOutcome(tx, id, rank, "waitlisted", std::nullopt, now);
            }
        }
        m_deps.audit.append(tx,
                            {actor, "lottery.draw", "lottery:" + lotteryId,
                             auditDetail({{"applications", std::to_string(ranking.size())},
                                          {"won", std::to_string(won)},
                                          {"waitlisted", std::to_string(waiting)},
                                          {"void", std::to_string(voided)}})},
                            now);
        tx.commit();
    }
    for (const auto& [slotId, n] : taken)
        m_deps.slots.adjust(slotId, n);
    return record(lotteryId);
}

std::size_t BookingLotteryService::drawDue()
{
    std::size_t done = 0;
    for (const auto& id : m_deps.lotteries.dueForDraw(m_deps.slots.now())) {
        try {
            draw(id, "system");
            ++done;
        } catch (const core::Conflict&) {
            // Another server drew it first.
        }
    }
    return done;
}

bool BookingLotteryService::isLotteryDay(store::WriteTransaction& tx, const model::Slot& slot)
{
    return m_deps.lotteries.findDayOf(tx, slot.hallId, slot.service, slot.day).has_value();
}

bool BookingLotteryService::promoteInto(store::WriteTransaction& tx, const model::Appointment& freed)
{
    if (!freed.slotId)
        return false;
    const auto day = m_deps.lotteries.findDayOf(tx, freed.hallId, freed.service, freed.day);
    if (!day || !day->drawnAt)
        return false;
    const auto slot = m_deps.slotRepo.find(*freed.slotId);
    const auto now = m_deps.slots.now();
    if (!slot || slot->startAt <= now)
        return false;  // nobody can use a seat that has begun
    for (const auto& application : m_deps.lotteries.waitlisted(tx, day->id)) {
        std::string appointmentId;
        const auto given = giveAppointment(tx, application, *slot, [&](const std::string& id) {
            appointmentId = id;
            return m_deps.lotteries.promote(tx, application.id, id, now);
        });
        if (given == Given::SlotFull)
            return false;
        if (given == Given::PartyBooked) {
            // Already booked elsewhere (or promoted by a racing cancellation): the next one.
            continue;
        }
        m_deps.audit.append(tx,
                            {"system", "lottery.promote", "lottery-application:" + application.id,
                             auditDetail({{"lottery", day->id}, {"appointment", appointmentId}, {"slot", slot->id},
                                          {"freed_by", freed.id}})},
                            now);
        return true;
    }
    return false;
}

}  // namespace wedreg::server::service
