// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "server/model/Appointment.h"
#include "server/model/Slot.h"
#include "server/model/Staff.h"
#include "server/service/AppointmentFactory.h"
#include "server/service/BookingEligibility.h"

#include <Poco/JSON/Object.h>

#include <functional>
#include <optional>
#include <string>
#include <vector>

namespace wedreg::server::store {
class AppointmentRepository;
class AuditLog;
class Database;
class GroupCommit;
class RegistrationRepository;
class IdempotencyRepository;
class SlotRepository;
class WriteTransaction;
}  // namespace wedreg::server::store

namespace wedreg::server::service {

class AdmissionGate;
class BookingLotteryService;
class RateLimiter;
class HallService;
class PersonalDataKeys;
class SlotService;

struct BookingRequest {
    std::string slotId;
    std::string service;
    std::vector<PartyInput> parties;
    bool declarationAccepted = false;
};

// An answer that is already JSON: a booking's receipt is stored for Idempotency-Key replays and
// must come back byte for byte.
struct JsonAnswer {
    int status = 200;
    std::string body;
};

// Resolves a bearer token to a staff member, or nothing when it is not a live staff session.
using StaffLookup = std::function<std::optional<model::StaffPrincipal>(const std::string& token)>;

// Booking, cancelling and rescheduling (DESIGN §5a, §6). Every seat is taken by the database's
// conditional UPDATE in the same transaction as the appointment insert; the partial unique index
// keeps one active appointment per person and service. Nothing here checks-then-inserts.
class BookingService {
public:
    BookingService(store::Database& db, store::SlotRepository& slotRepo, store::AppointmentRepository& appointments,
                   store::IdempotencyRepository& idempotency, SlotService& slots, HallService& halls,
                   const PersonalDataKeys& keys, StaffLookup staff, AdmissionGate& gate, store::AuditLog& audit,
                   store::RegistrationRepository& registrations, store::GroupCommit* groupCommit = nullptr,
                   RateLimiter* idLimiter = nullptr, BookingLotteryService* lottery = nullptr);

    // 201 with the receipt {id, status, check_in_code, qr, slot, manage_token}. Throws InvalidField,
    // Ineligible, Conflict{"slot-full"|"already-booked"|"slot-past"|"idempotency-key-reused"},
    // Conflict{"lottery-day"} (the day is allocated by the lottery: docs/BOOKING-LOTTERY.md),
    // Unavailable{"not-open"}, RateLimited{"id"} (too many attempts for one person's ID, counted by
    // blind index after admission and idempotent replay).
    JsonAnswer book(const BookingRequest& request, const std::optional<std::string>& idempotencyKey);

    // `bearer` is the appointment's manage token or a registrar/admin session token.
    JsonAnswer cancel(const std::string& appointmentId, const std::string& bearer);
    // On a drawn lottery day, the freed seat goes to the first waitlisted applicant in the same
    // transaction.
    // Atomic: the old seat is given back only in the transaction that takes the new one.
    JsonAnswer reschedule(const std::string& appointmentId, const std::string& bearer, const std::string& slotId);

    // Throws NotFound{"appointment"}, Unauthenticated, Forbidden.
    model::Appointment authorize(const std::string& appointmentId, const std::string& bearer);

private:
    // The answer to a booking without its manage token: what an Idempotency-Key replay returns.
    Poco::JSON::Object::Ptr receipt(const model::Appointment& appointment, const model::Slot& slot) const;
    // The receipt with the manage token, which is derived again rather than stored.
    std::string withToken(const Poco::JSON::Object::Ptr& receipt, const std::string& appointmentId) const;
    std::string withToken(const std::string& storedReceipt, const std::string& appointmentId) const;
    std::string requestDigest(const BookingRequest& request, const std::vector<std::string>& indexes) const;
    void checkBookable(const model::Slot& slot) const;
    // Why SlotRepository::take refused `slot`: "lottery-day" or "slot-full".
    std::string seatRefusal(store::WriteTransaction& tx, const model::Slot& slot);
    // "couple" for the manage token, "staff:<username>" for a staff session.
    std::string actorFor(const std::string& bearer, const model::Appointment& appointment) const;

    store::Database& m_db;
    store::SlotRepository& m_slotRepo;
    store::AppointmentRepository& m_appointments;
    store::IdempotencyRepository& m_idempotency;
    SlotService& m_slots;
    HallService& m_halls;
    const PersonalDataKeys& m_keys;
    AppointmentFactory m_factory;
    BookingEligibility m_eligibility;
    StaffLookup m_staff;
    AdmissionGate& m_gate;
    store::AuditLog& m_audit;
    store::GroupCommit* m_groupCommit;  // null: one transaction per booking
    RateLimiter* m_idLimiter;
    BookingLotteryService* m_lottery;  // null: no lottery days (unit tests)
};

}  // namespace wedreg::server::service
