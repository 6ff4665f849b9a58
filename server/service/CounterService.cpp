// SPDX-License-Identifier: Apache-2.0
#include "server/service/CounterService.h"

#include "core/Errors.h"
#include "server/service/AuthErrors.h"
#include "server/service/BookingRules.h"
#include "server/service/HallService.h"
#include "server/service/PersonalDataKeys.h"
#include "server/service/SlotService.h"
#include "server/store/AppointmentRepository.h"
#include "server/store/AuditLog.h"
#include "server/store/WriteTransaction.h"

#include <algorithm>

namespace wedreg::server::service {

CounterService::CounterService(store::Database& db, store::AppointmentRepository& appointments, SlotService& slots,
                               HallService& halls, const PersonalDataKeys& keys, store::AuditLog& audit)
    : m_db(db)
    , m_appointments(appointments)
    , m_slots(slots)
    , m_halls(halls)
    , m_keys(keys)
    , m_factory(keys)
    , m_audit(audit)
{
}

void CounterService::requireHall(const model::StaffPrincipal& staff, const std::string& hallId) const
{
    if (staff.role == model::Role::Registrar && staff.hallId && *staff.hallId != hallId)
        throw Forbidden("hall");
}

int CounterService::counterHint(const std::string& hallId, int queueNumber)
{
    const int counters = std::max(1, m_halls.get(hallId).counters);
    return (queueNumber - 1) % counters + 1;
}

CheckInResult CounterService::checkIn(const std::string& checkInCode, const std::string& qr, const std::string& idNumber,
                                      const std::optional<std::string>& kioskHall)
{
    std::string code = checkInCode;
    std::string wantedId;
    if (!qr.empty())
        std::tie(wantedId, code) = AppointmentFactory::parseQr(qr);
    if (code.size() != 8 || !std::all_of(code.begin(), code.end(), [](char c) { return c >= '0' && c <= '9'; }))
        throw core::InvalidField("check_in_code", "format");
    const auto id = BookingRules::parseIds({idNumber}, m_slots.today()).front();
    const auto index = m_keys.blindIndex(id.normalized());

    std::optional<model::Appointment> found;
    for (auto& a : m_appointments.findByCheckInCode(code)) {
        if (!wantedId.empty() && a.id != wantedId)
            continue;
        if (std::any_of(a.parties.begin(), a.parties.end(), [&](const model::Party& p) { return p.personIndex == index; }))
            found = std::move(a);
    }
    if (!found)
        throw core::NotFound("appointment");
    if (kioskHall && *kioskHall != found->hallId)
        throw Forbidden("kiosk-hall");
    if (found->day != core::toIsoString(m_slots.today()))
        throw core::Conflict("not-today");

    int number = 0;
    {
        store::WriteTransaction tx(m_db);
        number = m_appointments.nextQueueNumber(tx, found->hallId, found->day);
        if (!m_appointments.checkIn(tx, found->id, number, m_slots.now())) {
            tx.rollback();
            throw core::Conflict("not-active");
        }
        m_audit.append(tx,
                       {"couple", "appointment.check_in", "appointment:" + found->id,
                        "{\"queue_number\":" + std::to_string(number) + "}"},
                       m_slots.now());
        tx.commit();
    }
    return {found->id, number, counterHint(found->hallId, number)};
}

std::vector<model::Appointment> CounterService::listDay(const model::StaffPrincipal& staff, const std::string& hallId,
                                                        const std::string& day)
{
    m_halls.get(hallId);
    requireHall(staff, hallId);
    return m_appointments.listDay(hallId, day);
}

void CounterService::markNoShow(const model::StaffPrincipal& staff, const std::string& appointmentId)
{
    const auto appointment = m_appointments.find(appointmentId);
    if (!appointment)
        throw core::NotFound("appointment");
    requireHall(staff, appointment->hallId);
    if (appointment->startAt > m_slots.now())
        throw core::Conflict("not-started");
    store::WriteTransaction tx(m_db);
    if (!m_appointments.changeStatus(tx, appointmentId, "booked", "no_show", m_slots.now())) {
        tx.rollback();
        throw core::Conflict("not-active");
    }
    m_audit.append(tx, {"staff:" + staff.username, "appointment.no_show", "appointment:" + appointmentId}, m_slots.now());
    tx.commit();
}

model::Appointment CounterService::callNext(const model::StaffPrincipal& staff, const std::string& hallId,
                                           const std::string& counter)
{
    const auto isAlnum = [](char c) { return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); };
    if (counter.empty() || counter.size() > 16 || !std::all_of(counter.begin(), counter.end(), isAlnum))
        throw core::InvalidField("counter", "format");
    m_halls.get(hallId);
    requireHall(staff, hallId);
    const auto day = core::toIsoString(m_slots.today());
    std::optional<std::string> called;
    {
        store::WriteTransaction tx(m_db);
        called = m_appointments.callNext(tx, hallId, day, counter, staff.username, m_slots.now());
        if (!called) {
            tx.rollback();
            throw core::Conflict("nobody-waiting");
        }
        m_audit.append(tx,
                       {"staff:" + staff.username, "queue.call", "appointment:" + *called,
                        "{\"counter\":\"" + counter + "\"}"},
                       m_slots.now());
        tx.commit();
    }
    auto appointment = m_appointments.find(*called);
    if (!appointment)
        throw core::NotFound("appointment");
    return std::move(*appointment);
}

CheckInResult CounterService::walkIn(const model::StaffPrincipal& staff, const std::string& hallId,
                                     const std::string& service, const std::vector<PartyInput>& parties,
                                     bool declarationAccepted)
{
    const auto hall = m_halls.get(hallId);
    requireHall(staff, hallId);
    if (!BookingRules::isService(service))
        throw core::InvalidField("service", "unknown");
    if (std::find(hall.services.begin(), hall.services.end(), service) == hall.services.end())
        throw core::InvalidField("service", "not-offered");
    const auto [least, most] = BookingRules::partyCount(service);
    if (parties.size() < least || parties.size() > most)
        throw core::InvalidField("parties", "party-count");
    if (!declarationAccepted)
        throw core::InvalidField("declaration_accepted", "must-accept");
    std::vector<std::string> numbers;
    for (std::size_t i = 0; i < parties.size(); ++i) {
        AppointmentFactory::checkContact(parties[i], i);
        numbers.push_back(parties[i].idNumber);
    }
    const auto today = m_slots.today();
    const auto ids = BookingRules::parseIds(numbers, today);
    std::vector<std::string> indexes;
    for (const auto& id : ids)
        indexes.push_back(m_keys.blindIndex(id.normalized()));
    const auto married = m_appointments.married(indexes);
    if (auto rules = BookingRules::failedRules(service, ids, married, hall, today); !rules.empty())
        throw core::Ineligible(std::move(rules));

    auto appointment = m_factory.make(hallId, service, parties, ids, m_slots.now());
    appointment.day = core::toIsoString(today);
    appointment.startAt = m_slots.now();
    appointment.walkIn = true;
    appointment.status = "checked_in";
    {
        store::WriteTransaction tx(m_db);
        appointment.queueNumber = m_appointments.nextQueueNumber(tx, hallId, appointment.day);
        if (!m_appointments.insert(tx, appointment)) {
            tx.rollback();
            throw core::Conflict("already-booked");
        }
        m_audit.append(tx,
                       {"staff:" + staff.username, "appointment.walk_in", "appointment:" + appointment.id,
                        "{\"service\":\"" + service + "\",\"queue_number\":" +
                            std::to_string(*appointment.queueNumber) + "}"},
                       m_slots.now());
        tx.commit();
    }
    return {appointment.id, *appointment.queueNumber, counterHint(hallId, *appointment.queueNumber)};
}

}  // namespace wedreg::server::service
