// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/lottery/Draw.h"
#include "server/model/Appointment.h"
#include "server/model/LotteryDay.h"
#include "server/model/Slot.h"
#include "server/service/AppointmentFactory.h"
#include "server/service/BookingEligibility.h"
#include "server/service/BookingService.h"

#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <vector>

namespace wedreg::server::store {
class AppointmentRepository;
class AuditLog;
class Database;
class IdempotencyRepository;
class LotteryRepository;
class RegistrationRepository;
class SlotRepository;
class WriteTransaction;
}  // namespace wedreg::server::store

namespace wedreg::server::service {

class HallService;
class PersonalDataKeys;
class SlotService;

struct LotteryDayInput {
    std::string hallId;
    std::string service;
    std::string day;  // ISO date
    std::int64_t windowOpensAt = 0;
    std::int64_t windowClosesAt = 0;
    std::optional<std::int64_t> drawAt;  // default: when the window closes
};

struct LotteryApplicationInput {
    std::vector<PartyInput> parties;
    bool declarationAccepted = false;
};

// A winner as published: which application, its place in the ranking, its slot's times.
struct LotteryWinner {
    std::string applicationId;
    int rank = 0;
    std::int64_t slotStart = 0;
    std::int64_t slotEnd = 0;
};

// What anyone may see of a lottery day: before the draw the commitment (once the window opened)
// and the number of applications; after it the seed, every application (id and time), the
// ranking and the winners. Re-checkable with core::lottery::verify (docs/BOOKING-LOTTERY.md).
struct LotteryRecord {
    model::LotteryDay day;
    core::lottery::DrawRecord draw;
    std::size_t applicationCount = 0;
    std::vector<LotteryWinner> winners;
};

// An applicant's own view (manage token): outcome, place, and for a winner the appointment with
// its own manage token, check-in code and QR.
struct LotteryOutcome {
    model::LotteryApplication application;
    int waitlistPosition = 0;
    std::optional<model::Appointment> appointment;
    std::optional<model::Slot> slot;
    std::string appointmentManageToken;
};

// The verifiable lottery of a hot booking day (issue 3 §5): staff declare a hall's day as a
// lottery with an application window; the seed's commitment is published when the window opens
// (commitDue, a background job); applications are checked with the booking rules of that day;
// at draw time (drawDue, or draw() by an admin) one transaction reveals the seed, ranks the
// applications (core/lottery/Draw), gives the winners appointments slot by slot with the same
// conditional UPDATE that guards bookings, and leaves the rest on a ranked waitlist, promoted
// into seats freed by cancellations (promoteInto, in the cancelling transaction).
class BookingLotteryService {
public:
    struct Dependencies {
        store::Database& db;
        store::LotteryRepository& lotteries;
        store::SlotRepository& slotRepo;
        store::AppointmentRepository& appointments;
        store::IdempotencyRepository& idempotency;
        store::RegistrationRepository& registrations;
        store::AuditLog& audit;
        SlotService& slots;
        HallService& halls;
        const PersonalDataKeys& keys;
    };
    explicit BookingLotteryService(Dependencies deps);

    // Throws InvalidField (service, day, window, draw time), NotFound{"hall"},
    // Conflict{"lottery-day-exists"|"day-has-bookings"}. `actor`: the audit name of the staff member.
    model::LotteryDay declare(const LotteryDayInput& input, const std::string& actor);
    std::vector<model::LotteryDay> listHall(const std::string& hallId);

    // 201 {id, lottery_day_id, status: "applied", applied_at, manage_token}; replays an
    // Idempotency-Key like booking. Throws NotFound{"lottery-day"}, InvalidField, Ineligible,
    // Conflict{"lottery-not-open" (before the window)|"lottery-closed"|"already-applied"|
    // "idempotency-key-reused"}.
    JsonAnswer apply(const std::string& lotteryId, const LotteryApplicationInput& input,
                     const std::optional<std::string>& idempotencyKey);

    // `bearer`: the application's manage token. Throws NotFound, Unauthenticated.
    LotteryOutcome outcome(const std::string& lotteryId, const std::string& applicationId, const std::string& bearer);

    LotteryRecord record(const std::string& lotteryId);

    // Draws now. Throws NotFound, Conflict{"lottery-window-open"|"lottery-drawn"}.
    LotteryRecord draw(const std::string& lotteryId, const std::string& actor);

    // Background jobs: publish the commitments of windows that opened; draw the days whose draw
    // time has come. Each returns how many it did; safe on every server at once.
    std::size_t commitDue();
    std::size_t drawDue();

    // Whether `slot`'s day is a lottery day for its service. The first-come seat taking
    // (SlotRepository::take) already refuses such slots in its one UPDATE; this tells why it did.
    bool isLotteryDay(store::WriteTransaction& tx, const model::Slot& slot);

    // In the transaction that freed `freed`'s seat (cancel, reschedule away): on a drawn lottery
    // day, the first waitlisted applicant who can still take it gets an appointment in that slot.
    // True when the seat was taken again.
    bool promoteInto(store::WriteTransaction& tx, const model::Appointment& freed);

private:
    enum class Given { Appointment, SlotFull, PartyBooked };
    // Under a savepoint: take a seat of `slot`, insert the applicant's appointment, then `claim`
    // (mark the application won); any refusal undoes exactly these writes.
    Given giveAppointment(store::WriteTransaction& tx, const model::LotteryApplication& application,
                          const model::Slot& slot, const std::function<bool(const std::string&)>& claim);
    // Writes the seed and its commitment unless the day has them; true when written now.
    bool commitIfDue(store::WriteTransaction& tx, const model::LotteryDay& day, std::int64_t now);
    std::string requestDigest(const std::string& lotteryId, const LotteryApplicationInput& input,
                              const std::vector<std::string>& indexes) const;
    std::string withToken(const std::string& receipt, const std::string& applicationId) const;

    Dependencies m_deps;
    AppointmentFactory m_factory;
    BookingEligibility m_eligibility;
};

}  // namespace wedreg::server::service
