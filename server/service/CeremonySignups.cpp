// SPDX-License-Identifier: Apache-2.0
// CeremonyService, couples: sign-up, waitlist, cancellation, tickets and the door. (Events, sessions and their status: CeremonyService.cpp.)
#include "server/service/CeremonyService.h"

#include "core/Errors.h"
#include "core/calendar/Date.h"
#include "server/service/AppointmentFactory.h"
#include "server/service/AuthErrors.h"
#include "server/service/BookingRules.h"
#include "server/service/CeremonyTickets.h"
#include "server/service/Clock.h"
#include "server/service/HallService.h"
#include "server/service/PersonalDataKeys.h"
#include "server/service/RowId.h"
#include "server/store/AuditLog.h"
#include "server/store/CeremonyRepository.h"
#include "server/store/OutboxRepository.h"
#include "server/store/WriteTransaction.h"

#include <algorithm>
#include <map>

namespace wedreg::server::service {

std::optional<std::string> CeremonyService::issueTicket(const model::CeremonyEvent& e,
                                                        const model::CeremonySignup& s, int position)
{
    if (!m_tickets || (s.status != "seated" && s.status != "checked_in"))
        return std::nullopt;
    const auto venue = m_halls.get(e.venueId);
    return m_tickets->issue(venue.officeCode, {s.ticketId, e.id, e.day, position, s.sequence,
                                               maskName(s.nameA) + " & " + maskName(s.nameB)},
                            m_clock.nowSeconds());
}

SignupResult CeremonyService::signUp(const SignupRequest& request)
{
    if (request.parties.size() != 2)
        throw core::InvalidField("parties", "party-count");
    std::vector<std::string> numbers;
    for (std::size_t i = 0; i < request.parties.size(); ++i) {
        AppointmentFactory::checkContact(request.parties[i], i);
        numbers.push_back(request.parties[i].idNumber);
    }
    auto event = m_ceremonies.findEvent(request.eventId);
    if (!event || event->status == "draft")
        throw core::NotFound("ceremony");
    if (request.sessionId && sessionPosition(*event, request.sessionId) == 0)
        throw core::InvalidField("session_id", "unknown");
    if (event->status != "published")
        throw core::Conflict("ceremony-closed");
    const auto now = m_clock.nowSeconds();
    if (now < event->signupOpensAt)
        throw core::Unavailable("not-open");

    const auto ids = BookingRules::parseIds(numbers, core::todayInShanghai());
    auto a = m_keys.blindIndex(ids[0].normalized());
    auto b = m_keys.blindIndex(ids[1].normalized());
    if (a == b)
        throw core::Ineligible("same-person");
    // The couple is one key whichever of them is entered first; their names stay in the order they gave.
    if (b < a)
        std::swap(a, b);
    std::string basis;
    if (m_ceremonies.isRegisteredCouple(a, b))
        basis = "registered";
    else if (m_ceremonies.isBookedToRegister(a, b, event->day))
        basis = "booked";
    else
        throw core::Ineligible("ceremony-not-registered");

    model::CeremonySignup s;
    s.id = newRowId();
    s.eventId = event->id;
    s.personA = a;
    s.personB = b;
    s.nameA = request.parties[0].name;
    s.nameB = request.parties[1].name;
    s.phone = request.parties[0].phone;
    s.language = request.language;
    s.basis = basis;
    s.ticketId = newRowId();
    const auto token = m_keys.manageToken("ceremony:" + s.id);
    s.manageTokenHash = AppointmentFactory::tokenHash(token);
    s.createdAt = s.updatedAt = now;

    const model::CeremonySession* seat = nullptr;
    {
        store::WriteTransaction tx(m_db);
        const auto sequence = m_ceremonies.nextSequence(tx, event->id, now);
        if (!sequence) {
            tx.rollback();
            throw core::Conflict("ceremony-closed");
        }
        s.sequence = *sequence;
        // Lottery events take no seats at sign-up: the draw at close allocates them.
        if (event->allocation == "first_come") {
            for (const auto& session : event->sessions) {
                if (request.sessionId && session.id != *request.sessionId)
                    continue;
                if (m_ceremonies.takeSeat(tx, session.id)) {
                    seat = &session;
                    break;
                }
            }
        }
        s.status = seat ? "seated" : "waitlisted";
        const bool lotteryEntry = event->allocation == "lottery";
        s.sessionId = seat ? std::optional(seat->id) : request.sessionId;
        if (!m_ceremonies.insertSignup(tx, s)) {
            tx.rollback();
            throw core::Conflict("already-signed-up");
        }
        // The waitlist position as of this commit: everyone waitlisted before us is in this transaction's view.
        int position = 0;
        if (!seat) {
            const auto counts = m_ceremonies.counts(tx, event->id);
            for (const auto& [session, c] : counts)
                position += c.waitlisted;
        }
        m_outbox.append(tx, message(seat ? "ceremony.seated" : lotteryEntry ? "ceremony.lottery-entered" : "ceremony.waitlisted",
                                    *event, s, seat, position));
        m_audit.append(tx, {"couple", "ceremony.sign-up", "ceremony-signup:" + s.id,
                            "{\"event\":\"" + event->id + "\",\"status\":\"" + s.status + "\",\"sequence\":" +
                                std::to_string(s.sequence) + "}"},
                       now);
        tx.commit();
    }
    SignupResult result;
    result.signup = s;
    result.sessionPosition = seat ? seat->position : 0;
    result.waitlistPosition =
        seat || event->allocation == "lottery" ? 0 : m_ceremonies.waitlistPosition(event->id, s);
    result.manageToken = token;
    result.ticket = issueTicket(*event, s, result.sessionPosition);
    return result;
}

void CeremonyService::authorizeStaff(const std::string& bearer, model::CeremonySignup& signup)
{
    if (bearer.empty())
        throw Unauthenticated("missing");
    if (AppointmentFactory::tokenHash(bearer) == signup.manageTokenHash)
        return;
    const auto staff = m_staff ? m_staff(bearer) : std::nullopt;
    if (!staff)
        throw Unauthenticated("token");
    if (staff->role != model::Role::Organiser && staff->role != model::Role::Admin)
        throw Forbidden("role");
}

CancelResult CeremonyService::cancel(const std::string& eventId, const std::string& signupId, const std::string& bearer)
{
    auto found = m_ceremonies.findSignup(signupId);
    if (!found || found->eventId != eventId)
        throw core::NotFound("ceremony-signup");
    authorizeStaff(bearer, *found);
    const auto event = get(eventId, true);
    const auto now = m_clock.nowSeconds();
    CancelResult result{signupId, std::nullopt};
    store::WriteTransaction tx(m_db);
    m_ceremonies.lockEvent(tx, eventId, now);
    const auto current = m_ceremonies.findSignup(tx, signupId);
    if (!current || (current->status != "seated" && current->status != "waitlisted")) {
        tx.rollback();
        throw core::Conflict("not-active");
    }
    if (!m_ceremonies.moveSignup(tx, signupId, current->status, "cancelled", current->sessionId, now)) {
        tx.rollback();
        throw core::Conflict("not-active");
    }
    const model::CeremonySession* session = nullptr;
    for (const auto& s : event.sessions)
        if (current->sessionId && s.id == *current->sessionId)
            session = &s;
    m_outbox.append(tx, message("ceremony.cancelled", event, *current, current->status == "seated" ? session : nullptr, 0));
    std::string detail = "{\"event\":\"" + eventId + "\",\"was\":\"" + current->status + "\"";
    if (current->status == "seated" && session) {
        m_ceremonies.releaseSeat(tx, session->id);
        // The freed seat goes to the first couple waiting for this session (or for any), now.
        if (auto next = m_ceremonies.firstWaitlisted(tx, eventId, session->id)) {
            if (m_ceremonies.takeSeat(tx, session->id) &&
                m_ceremonies.moveSignup(tx, next->id, "waitlisted", "seated", session->id, now)) {
                next->status = "seated";
                next->sessionId = session->id;
                m_outbox.append(tx, message("ceremony.promoted", event, *next, session, 0));
                m_audit.append(tx, {"system", "ceremony.promote", "ceremony-signup:" + next->id,
                                    "{\"event\":\"" + eventId + "\",\"session\":" +
                                        std::to_string(session->position) + "}"},
                               now);
                result.promoted = PromotedSignup{next->id, session->id};
                detail += ",\"promoted\":\"" + next->id + "\"";
            }
        }
    }
    m_audit.append(tx, {"couple", "ceremony.cancel", "ceremony-signup:" + signupId, detail + "}"}, now);
    tx.commit();
    return result;
}

std::vector<SignupResult> CeremonyService::signups(const std::string& eventId)
{
    const auto event = get(eventId, true);
    std::vector<SignupResult> out;
    auto all = m_ceremonies.listSignups(eventId);
    // Waitlist positions follow the promotion order: lottery rank once drawn, then sign-up number.
    std::vector<const model::CeremonySignup*> waiting;
    for (const auto& s : all)
        if (s.status == "waitlisted")
            waiting.push_back(&s);
    std::stable_sort(waiting.begin(), waiting.end(), [](const auto* a, const auto* b) {
        return a->lotteryRank.value_or(0) < b->lotteryRank.value_or(0);
    });
    const bool undrawn = event.allocation == "lottery" && !event.lotteryDrawnAt;
    std::map<std::string, int> positions;
    for (std::size_t i = 0; i < waiting.size(); ++i)
        positions[waiting[i]->id] = undrawn ? 0 : static_cast<int>(i) + 1;
    for (auto& s : all) {
        SignupResult r;
        r.sessionPosition = s.status == "waitlisted" ? 0 : sessionPosition(event, s.sessionId);
        if (s.status == "waitlisted")
            r.waitlistPosition = positions[s.id];
        r.signup = std::move(s);
        out.push_back(std::move(r));
    }
    return out;
}

SignupResult CeremonyService::signup(const std::string& eventId, const std::string& signupId, const std::string& bearer)
{
    auto found = m_ceremonies.findSignup(signupId);
    if (!found || found->eventId != eventId)
        throw core::NotFound("ceremony-signup");
    authorizeStaff(bearer, *found);
    const auto event = get(eventId, true);
    SignupResult r;
    r.sessionPosition = found->status == "waitlisted" ? 0 : sessionPosition(event, found->sessionId);
    const bool undrawn = event.allocation == "lottery" && !event.lotteryDrawnAt;
    r.waitlistPosition = found->status == "waitlisted" && !undrawn ? m_ceremonies.waitlistPosition(eventId, *found) : 0;
    r.ticket = issueTicket(event, *found, r.sessionPosition);
    r.signup = std::move(*found);
    return r;
}

std::vector<SessionLiveCounts> CeremonyService::liveCounts(const std::string& eventId)
{
    const auto event = get(eventId, true);
    const auto counts = m_ceremonies.counts(eventId);
    std::vector<SessionLiveCounts> out;
    for (const auto& s : event.sessions) {
        SessionLiveCounts c{s.id, s.position, s.capacity, 0, 0, 0};
        if (const auto it = counts.find(s.id); it != counts.end()) {
            c.seated = it->second.seated;
            c.checkedIn = it->second.checkedIn;
            c.waitlisted = it->second.waitlisted;
        }
        out.push_back(c);
    }
    return out;
}

DoorCheckInResult CeremonyService::checkIn(const std::string& eventId, const std::string& ticketText, const Actor& actor)
{
    if (!m_tickets)
        throw core::Unavailable("trust-list");
    const auto verdict = m_tickets->verify(ticketText, m_clock.nowSeconds());
    if (!verdict.valid)
        throw core::InvalidField("ticket", "ticket-invalid");
    if (verdict.ticket.eventId != eventId)
        throw core::InvalidField("ticket", "other-event");
    const auto now = m_clock.nowSeconds();
    DoorCheckInResult result;
    {
        store::WriteTransaction tx(m_db);
        m_ceremonies.lockEvent(tx, eventId, now);
        const auto s = m_ceremonies.findByTicket(tx, verdict.ticket.ticketId);
        if (!s || s->eventId != eventId) {
            tx.rollback();
            throw core::NotFound("ceremony-signup");
        }
        if (s->status == "checked_in") {
            tx.rollback();
            throw core::Conflict("already-checked-in");
        }
        if (!m_ceremonies.checkIn(tx, s->id, now)) {
            tx.rollback();
            throw core::Conflict("not-seated");
        }
        m_audit.append(tx, {actor.auditName(), "ceremony.check-in", "ceremony-signup:" + s->id,
                            "{\"event\":\"" + eventId + "\"}"},
                       now);
        tx.commit();
        result.signupId = s->id;
        result.sequence = s->sequence;
    }
    result.sessionPosition = verdict.ticket.sessionPosition;
    result.names = verdict.ticket.names;
    result.counts = liveCounts(eventId);
    return result;
}

}  // namespace wedreg::server::service
