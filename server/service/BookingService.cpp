// SPDX-License-Identifier: Apache-2.0
#include "server/service/BookingService.h"

#include "core/Errors.h"
#include "server/service/AdmissionGate.h"
#include "server/service/RateLimiter.h"
#include "server/service/AuthErrors.h"
#include "server/service/BookingLotteryService.h"
#include "server/service/BookingRules.h"
#include "server/service/HallService.h"
#include "server/service/PersonalDataKeys.h"
#include "server/service/ShanghaiTime.h"
#include "server/service/SlotService.h"
#include "server/store/AppointmentRepository.h"
#include "server/store/AuditLog.h"
#include "server/store/GroupCommit.h"
#include "server/store/IdempotencyRepository.h"
#include "server/store/RegistrationRepository.h"
#include "server/store/SlotRepository.h"
#include "server/store/WriteTransaction.h"

#include <Poco/JSON/Object.h>
#include <Poco/JSON/ParseHandler.h>
#include <Poco/JSON/Parser.h>

#include <algorithm>
#include <sstream>

namespace wedreg::server::service {
namespace {

std::string stringify(const Poco::JSON::Object::Ptr& o)
{
    std::ostringstream out;
    o->stringify(out);
    return out.str();
}

Poco::JSON::Object::Ptr slotJson(const model::Slot& s)
{
    Poco::JSON::Object::Ptr o = new Poco::JSON::Object(Poco::JSON_PRESERVE_KEY_ORDER);
    o->set("id", s.id);
    o->set("hall_id", s.hallId);
    o->set("service", s.service);
    o->set("start", shanghaiIso(s.startAt));
    o->set("end", shanghaiIso(s.endAt));
    o->set("opens_at", shanghaiIso(s.opensAt));
    return o;
}

void throwIfIneligible(std::vector<std::string> rules)
{
    if (!rules.empty())
        throw core::Ineligible(std::move(rules));
}

}  // namespace

BookingService::BookingService(store::Database& db, store::SlotRepository& slotRepo,
                               store::AppointmentRepository& appointments, store::IdempotencyRepository& idempotency,
                               SlotService& slots, HallService& halls, const PersonalDataKeys& keys, StaffLookup staff,
                               AdmissionGate& gate, store::AuditLog& audit, store::RegistrationRepository& registrations,
                               store::GroupCommit* groupCommit, RateLimiter* idLimiter, BookingLotteryService* lottery)
    : m_db(db)
    , m_slotRepo(slotRepo)
    , m_appointments(appointments)
    , m_idempotency(idempotency)
    , m_slots(slots)
    , m_halls(halls)
    , m_keys(keys)
    , m_factory(keys)
    , m_eligibility(keys, appointments, registrations)
    , m_staff(std::move(staff))
    , m_gate(gate)
    , m_audit(audit)
    , m_groupCommit(groupCommit)
    , m_idLimiter(idLimiter)
    , m_lottery(lottery)
{
}

Poco::JSON::Object::Ptr BookingService::receipt(const model::Appointment& a, const model::Slot& slot) const
{
    Poco::JSON::Object::Ptr o = new Poco::JSON::Object(Poco::JSON_PRESERVE_KEY_ORDER);
    o->set("id", a.id);
    o->set("status", a.status);
    o->set("check_in_code", a.checkInCode);
    o->set("qr", AppointmentFactory::qrText(a));
    o->set("slot", slotJson(slot));
    return o;
}

std::string BookingService::withToken(const Poco::JSON::Object::Ptr& receipt, const std::string& appointmentId) const
{
    // The stored receipt has no token (the database keeps only its hash); it is derived again here,
    // so a replay returns exactly what the first answer did.
    Poco::JSON::Object::Ptr o = new Poco::JSON::Object(Poco::JSON_PRESERVE_KEY_ORDER);
    for (const auto& key : {"id", "status", "check_in_code", "qr"})
        o->set(key, receipt->get(key));
    o->set("manage_token", m_factory.manageToken(appointmentId));
    o->set("slot", receipt->get("slot"));
    return stringify(o);
}

std::string BookingService::withToken(const std::string& receipt, const std::string& appointmentId) const
{
    Poco::JSON::Parser parser(new Poco::JSON::ParseHandler(true));  // keep the stored key order
    return withToken(parser.parse(receipt).extract<Poco::JSON::Object::Ptr>(), appointmentId);
}

std::string BookingService::requestDigest(const BookingRequest& r, const std::vector<std::string>& indexes) const
{
    std::string canonical = r.slotId + '\n' + r.service + '\n' + (r.declarationAccepted ? "1" : "0");
    for (std::size_t i = 0; i < r.parties.size(); ++i)
        canonical += '\n' + indexes[i] + '\t' + r.parties[i].name + '\t' + r.parties[i].phone;
    return m_keys.requestDigest(canonical);
}

std::string BookingService::seatRefusal(store::WriteTransaction& tx, const model::Slot& slot)
{
    return m_lottery && m_lottery->isLotteryDay(tx, slot) ? "lottery-day" : "slot-full";
}

void BookingService::checkBookable(const model::Slot& slot) const
{
    const auto now = m_slots.now();
    if (slot.startAt <= now)
        throw core::Conflict("slot-past");
    if (now < slot.opensAt)
        throw core::Unavailable("not-open");
}

JsonAnswer BookingService::book(const BookingRequest& request, const std::optional<std::string>& idempotencyKey)
{
    const AdmissionGate::Ticket ticket(m_gate);
    if (!BookingRules::isService(request.service))
        throw core::InvalidField("service", "unknown");
    const auto checked =
        m_eligibility.checkParties(request.service, request.parties, request.declarationAccepted, m_slots.today());
    const auto& ids = checked.ids;
    const auto& indexes = checked.indexes;

    const auto digest = requestDigest(request, indexes);
    const auto replay = [&]() -> std::optional<JsonAnswer> {
        if (!idempotencyKey)
            return std::nullopt;
        const auto stored = m_idempotency.find(*idempotencyKey);
        if (!stored)
            return std::nullopt;
        if (stored->requestDigest != digest)
            throw core::Conflict("idempotency-key-reused");
        return JsonAnswer{stored->status, withToken(stored->body, stored->appointmentId)};
    };
    if (auto answer = replay())
        return *answer;
    if (m_idLimiter)
        for (const auto& index : indexes)
            m_idLimiter->require(index, "id", idempotencyKey.value_or(""));

    const auto slot = m_slots.get(request.slotId);
    if (slot.service != request.service)
        throw core::InvalidField("service", "slot-mismatch");
    m_eligibility.require(request.service, checked, m_halls.get(slot.hallId), slot.day);
    checkBookable(slot);

    auto appointment = m_factory.make(slot.hallId, request.service, request.parties, ids, m_slots.now());
    appointment.slotId = slot.id;
    appointment.day = slot.day;
    appointment.startAt = slot.startAt;
    const auto receiptObject = receipt(appointment, slot);
    const auto body = stringify(receiptObject);
    // The writes of one booking: a unit of work that throws to refuse (its own writes undone).
    struct KeyTaken {};
    const store::GroupCommit::Unit unit = [&](store::WriteTransaction& tx) {
        // The key first: a concurrent request with the same key waits here for the first one and
        // then replays its answer, instead of running into its own appointment as "already-booked".
        if (idempotencyKey &&
            !m_idempotency.insert(tx, *idempotencyKey, {digest, 201, body, appointment.id}, m_slots.now()))
            throw KeyTaken{};
        if (!m_slotRepo.take(tx, slot.id, m_slots.now()))
            throw core::Conflict(seatRefusal(tx, slot));
        if (!m_appointments.insert(tx, appointment))
            throw core::Conflict("already-booked");
        m_audit.append(tx,
                       {"couple", "appointment.book", "appointment:" + appointment.id,
                        "{\"slot\":\"" + slot.id + "\",\"service\":\"" + request.service + "\"}"},
                       m_slots.now());
    };
    bool keyTaken = false;
    try {
        if (m_groupCommit) {
            m_groupCommit->run(unit);  // returns once its batch is durable
        } else {
            store::WriteTransaction tx(m_db);
            unit(tx);
            tx.commit();
        }
    } catch (const KeyTaken&) {
        keyTaken = true;
    }
    if (keyTaken) {
        // Outside the transaction's scope: its pooled session is back before replay() takes one,
        // so a burst of same-key requests cannot exhaust the pool.
        if (auto answer = replay())
            return *answer;
        throw core::Conflict("idempotency-key-reused");
    }
    m_slots.adjust(slot.id, +1);
    return {201, withToken(receiptObject, appointment.id)};
}

model::Appointment BookingService::authorize(const std::string& appointmentId, const std::string& bearer)
{
    if (bearer.empty())
        throw Unauthenticated("missing");
    auto appointment = m_appointments.find(appointmentId);
    if (!appointment)
        throw core::NotFound("appointment");
    if (AppointmentFactory::tokenHash(bearer) == appointment->manageTokenHash)
        return *appointment;
    const auto staff = m_staff ? m_staff(bearer) : std::nullopt;
    if (!staff)
        throw Unauthenticated("token");
    if (staff->role == model::Role::Organiser)
        throw Forbidden("role");
    if (staff->role == model::Role::Registrar && staff->hallId && *staff->hallId != appointment->hallId)
        throw Forbidden("hall");
    return *appointment;
}

std::string BookingService::actorFor(const std::string& bearer, const model::Appointment& appointment) const
{
    if (AppointmentFactory::tokenHash(bearer) == appointment.manageTokenHash)
        return "couple";
    const auto staff = m_staff ? m_staff(bearer) : std::nullopt;
    return staff ? "staff:" + staff->username : "unknown";
}

JsonAnswer BookingService::cancel(const std::string& appointmentId, const std::string& bearer)
{
    const auto appointment = authorize(appointmentId, bearer);
    bool promoted = false;  // the seat went straight to the lottery's waitlist
    {
        store::WriteTransaction tx(m_db);
        if (!m_appointments.changeStatus(tx, appointment.id, "booked", "cancelled", m_slots.now())) {
            tx.rollback();
            throw core::Conflict("not-active");
        }
        if (appointment.slotId)
            m_slotRepo.release(tx, *appointment.slotId);
        m_audit.append(tx, {actorFor(bearer, appointment), "appointment.cancel", "appointment:" + appointment.id},
                       m_slots.now());
        if (m_lottery && appointment.slotId)
            promoted = m_lottery->promoteInto(tx, appointment);
        tx.commit();
    }
    if (appointment.slotId && !promoted)
        m_slots.adjust(*appointment.slotId, -1);
    Poco::JSON::Object::Ptr o = new Poco::JSON::Object(Poco::JSON_PRESERVE_KEY_ORDER);
    o->set("id", appointment.id);
    o->set("status", std::string("cancelled"));
    return {200, stringify(o)};
}

JsonAnswer BookingService::reschedule(const std::string& appointmentId, const std::string& bearer,
                                      const std::string& slotId)
{
    const AdmissionGate::Ticket ticket(m_gate);
    auto appointment = authorize(appointmentId, bearer);
    if (appointment.status != "booked" || !appointment.slotId)
        throw core::Conflict("not-active");
    const auto slot = m_slots.get(slotId);
    if (slot.id == *appointment.slotId)
        throw core::InvalidField("slot_id", "same-slot");
    if (slot.service != appointment.service)
        throw core::InvalidField("slot_id", "slot-mismatch");
    if (slot.hallId != appointment.hallId)
        throw core::InvalidField("slot_id", "other-hall");
    std::vector<std::pair<core::Date, std::string>> people;
    for (const auto& p : appointment.parties)
        people.emplace_back(core::parseIsoDate(p.birthDate), p.sex);
    throwIfIneligible(BookingRules::ageRules(appointment.service, people, core::parseIsoDate(slot.day)));
    checkBookable(slot);
    bool promoted = false;
    {
        store::WriteTransaction tx(m_db);
        if (!m_slotRepo.take(tx, slot.id, m_slots.now())) {
            const auto reason = seatRefusal(tx, slot);
            tx.rollback();  // the old seat was never let go
            throw core::Conflict(reason);
        }
        if (!m_appointments.moveToSlot(tx, appointment.id, slot, m_slots.now())) {
            tx.rollback();
            throw core::Conflict("not-active");
        }
        m_slotRepo.release(tx, *appointment.slotId);
        m_audit.append(tx,
                       {actorFor(bearer, appointment), "appointment.reschedule", "appointment:" + appointment.id,
                        "{\"from\":\"" + *appointment.slotId + "\",\"to\":\"" + slot.id + "\"}"},
                       m_slots.now());
        if (m_lottery)
            promoted = m_lottery->promoteInto(tx, appointment);
        tx.commit();
    }
    m_slots.adjust(slot.id, +1);
    if (!promoted)
        m_slots.adjust(*appointment.slotId, -1);
    appointment.slotId = slot.id;
    appointment.day = slot.day;
    appointment.startAt = slot.startAt;
    return {200, stringify(receipt(appointment, slot))};
}

}  // namespace wedreg::server::service
