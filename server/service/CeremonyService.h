// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "server/model/Ceremony.h"
#include "server/model/Hall.h"
#include "server/model/Staff.h"
#include "server/service/AppointmentFactory.h"
#include "core/lottery/Draw.h"
#include "server/service/BookingService.h"

#include <functional>
#include <map>
#include <optional>
#include <string>
#include <vector>

namespace wedreg::server::store {
class AuditLog;
class WriteTransaction;
class CeremonyRepository;
class Database;
class OutboxRepository;
class PresenterRepository;
struct SessionCounts;
}  // namespace wedreg::server::store

namespace wedreg::server::service {

class CeremonyTickets;
class Clock;
class HallService;
class PersonalDataKeys;

struct SessionInput {
    std::string start;  // "HH:MM" on the event's day
    std::string end;
    int capacity = 0;
};

struct EventInput {
    std::string title;
    std::string titleEn;
    std::string theme;
    std::string day;
    std::string venueId;
    int guestsPerCouple = 0;
    std::string notes;
    std::string notesEn;
    std::optional<std::int64_t> signupOpensAt;  // default: now
    std::string allocation = "first_come";
    std::vector<SessionInput> sessions;
};

struct SignupRequest {
    std::string eventId;
    std::optional<std::string> sessionId;  // a wished session; none = the first with a free seat
    std::vector<PartyInput> parties;
    std::string language = "zh";
};

struct SignupResult {
    model::CeremonySignup signup;
    int sessionPosition = 0;        // 0 while waitlisted without a session
    int waitlistPosition = 0;       // 0 when seated
    std::string manageToken;        // empty except in the answer to the sign-up itself
    std::optional<std::string> ticket;  // the signed MT1: QR text, when the venue's office can sign
};

struct PromotedSignup {
    std::string id;
    std::string sessionId;
};

struct CancelResult {
    std::string id;
    std::optional<PromotedSignup> promoted;
};

struct SessionLiveCounts {
    std::string sessionId;
    int position = 0;
    int capacity = 0;
    int seated = 0;     // still to arrive
    int checkedIn = 0;
    int waitlisted = 0;
};

struct DoorCheckInResult {
    std::string signupId;
    int sessionPosition = 0;
    int sequence = 0;
    std::string names;  // masked, as on the ticket
    std::vector<SessionLiveCounts> counts;
};

// What an organiser sees when planning a day: couples booked to register per hall and the sessions
// that would seat them, and the fill of the day's events' sessions.
struct HallPlanning {
    std::string hallId;
    std::string hallName;
    int bookedCouples = 0;
    int suggestedSessions = 0;
};

struct SessionWarning {
    std::string eventId;
    std::string sessionId;
    int position = 0;
    int capacity = 0;
    int demand = 0;  // seated + checked in + waitlisted for it
    std::string level;  // "over-subscribed" | "under-subscribed" | "ok"
};

struct DayPlanning {
    std::string day;
    int couplesPerSession = 0;
    std::vector<HallPlanning> halls;
    int totalBooked = 0;
    int suggestedSessions = 0;
    std::vector<SessionWarning> sessions;
};

// "王小明" → "王**": the first character, one '*' per further one (tickets, programmes at the door).
std::string maskName(const std::string& name);

// The day's running order of one session: couples in order with their time on stage and the
// presenter who hands them their certificate.
struct ProgrammeCouple {
    int order = 0;
    std::string time;  // "HH:MM"
    std::string names;
    std::string presenter;
    std::string status;
};

struct ProgrammeSession {
    model::CeremonySession session;
    std::vector<model::Presenter> presenters;  // in running order
    std::vector<ProgrammeCouple> couples;
};

struct Programme {
    model::CeremonyEvent event;
    model::Hall venue;
    std::vector<ProgrammeSession> sessions;
};

// Who is asking: a staff member (organiser/admin), or a couple at a kiosk/phone.
struct Actor {
    std::optional<model::StaffPrincipal> staff;
    bool system = false;  // the server itself (demo seeding)
    std::string auditName() const { return staff ? "staff:" + staff->username : system ? "system" : "couple"; }
};

// Collective ceremonies (issue 7): events and sessions, couples' sign-ups with a waitlist that
// promotes on cancellation, presenters, door check-in, planning. A ceremony is not a registration
// (DESIGN §4): nothing here writes a registration; a couple takes part when it is registered, or
// booked to register at a registration hall that day.
class CeremonyService {
public:
    CeremonyService(store::Database& db, store::CeremonyRepository& ceremonies, store::PresenterRepository& presenters,
                    store::OutboxRepository& outbox, store::AuditLog& audit, HallService& halls,
                    const PersonalDataKeys& keys, const Clock& clock, CeremonyTickets* tickets, StaffLookup staff);

    model::CeremonyEvent create(const EventInput& input, const Actor& actor);
    // True when `bearer` is a live organiser or admin session (they also see drafts).
    bool isOrganiser(const std::string& bearer) const;
    std::vector<model::CeremonyEvent> list(bool includeDrafts);
    // Drafts only for staff. Throws NotFound{"ceremony"}.
    model::CeremonyEvent get(const std::string& id, bool includeDrafts);
    // draft → published → closed → held → archived. Throws Conflict{"ceremony-status"}.
    model::CeremonyEvent changeStatus(const std::string& id, const std::string& to, const Actor& actor);

    // Throws InvalidField, Ineligible{"ceremony-not-registered"|"same-person"}, Conflict{"already-signed-up"
    // |"ceremony-closed"}, Unavailable{"not-open"}, NotFound{"ceremony"|"ceremony-session"}.
    SignupResult signUp(const SignupRequest& request);
    // `bearer`: the sign-up's manage token or an organiser/admin token. Promotes the first
    // waitlisted couple into a freed seat in the same transaction.
    CancelResult cancel(const std::string& eventId, const std::string& signupId, const std::string& bearer);
    std::vector<SignupResult> signups(const std::string& eventId);
    SignupResult signup(const std::string& eventId, const std::string& signupId, const std::string& bearer);

    // The door: verifies the ticket offline (signature and trust list), then marks the seat
    // checked in. Throws InvalidField{"ticket", reason}, Conflict{"already-checked-in"|"not-seated"}.
    DoorCheckInResult checkIn(const std::string& eventId, const std::string& ticket, const Actor& actor);
    std::vector<SessionLiveCounts> liveCounts(const std::string& eventId);

    model::Presenter addPresenter(model::Presenter presenter, const Actor& actor);
    std::vector<model::Presenter> presenters();
    // Throws Conflict{"presenter-unavailable"|"presenter-busy"|"presenter-assigned"}, NotFound.
    void assignPresenter(const std::string& eventId, const std::string& sessionId, const std::string& presenterId,
                         int position, const Actor& actor);
    // Who presents at which session of an event, in turn order. Throws NotFound{"ceremony"}.
    std::vector<model::SessionPresenter> assignments(const std::string& eventId);
    // Takes a presenter off a session. Throws NotFound{"ceremony"|"ceremony-session"|"presenter-assignment"}.
    void unassignPresenter(const std::string& eventId, const std::string& sessionId, const std::string& presenterId,
                           const Actor& actor);

    Programme programme(const std::string& eventId);

    DayPlanning planning(const std::string& day, int couplesPerSession);

    // The published record of a lottery event's draw (commitment from publication; seed, entries and
    // ranking once drawn), re-checkable by anyone with core::lottery::verify. NotFound for first-come.
    core::lottery::DrawRecord lotteryRecord(const std::string& eventId);

    // Demo seeding only (--demo): fictional couples seated in a session without the eligibility
    // check, the first `checkedIn` of them already checked in (for a held event's statistics). One
    // transaction for the session: every demo server start (each test starts several) pays for it.
    struct DemoCouple {
        std::string nameA;
        std::string nameB;
    };
    void seedSeated(const model::CeremonyEvent& event, const model::CeremonySession& session,
                    const std::vector<DemoCouple>& couples, std::size_t checkedIn);

private:
    // The most couples one session seats (and the most a planning run may assume per session).
    static constexpr int kMaxCapacity = 500;

    void authorizeStaff(const std::string& bearer, model::CeremonySignup& signup);
    model::OutboxMessage message(const std::string& kind, const model::CeremonyEvent& event,
                                 const model::CeremonySignup& signup, const model::CeremonySession* session,
                                 int waitlistPosition) const;
    std::optional<std::string> issueTicket(const model::CeremonyEvent& event, const model::CeremonySignup& signup,
                                           int sessionPosition);
    int sessionPosition(const model::CeremonyEvent& event, const std::optional<std::string>& sessionId) const;
    // At close of a lottery event, in the closing transaction: rank the entries with the committed
    // seed, seat them in rank order, leave the rest waitlisted in rank order; one message each.
    void draw(store::WriteTransaction& tx, const model::CeremonyEvent& event);

    store::Database& m_db;
    store::CeremonyRepository& m_ceremonies;
    store::PresenterRepository& m_presenters;
    store::OutboxRepository& m_outbox;
    store::AuditLog& m_audit;
    HallService& m_halls;
    const PersonalDataKeys& m_keys;
    const Clock& m_clock;
    CeremonyTickets* m_tickets;
    StaffLookup m_staff;
};

}  // namespace wedreg::server::service
