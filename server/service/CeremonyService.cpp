// SPDX-License-Identifier: Apache-2.0
#include "server/service/CeremonyService.h"

#include "core/Errors.h"
#include "core/calendar/Date.h"
#include "core/crypto/Bytes.h"
#include "core/crypto/Digest.h"
#include "server/service/AuthErrors.h"
#include "server/service/BookingRules.h"
#include "server/service/CeremonyTickets.h"
#include "server/service/Clock.h"
#include "server/service/HallService.h"
#include "server/service/IcsCalendar.h"
#include "server/service/PersonalDataKeys.h"
#include "server/service/ShanghaiTime.h"
#include "server/service/SlotGenerator.h"
#include "server/store/AuditLog.h"
#include "server/store/CeremonyRepository.h"
#include "server/store/OutboxRepository.h"
#include "server/store/PresenterRepository.h"
#include "server/store/WriteTransaction.h"

#include <Poco/String.h>

#include <algorithm>
#include <cstdio>

namespace wedreg::server::service {
namespace {

constexpr int kMaxSessions = 12;
constexpr int kMaxCapacity = 500;

std::string newId()
{
    return core::toHex(core::crypto::randomBytes(16));
}

// "HH:MM" → minute of the day; throws InvalidField{field, "time-format"}.
int minuteOf(const std::string& text, const std::string& field)
{
    const bool shape = text.size() == 5 && text[2] == ':' && std::isdigit(static_cast<unsigned char>(text[0])) &&
                       std::isdigit(static_cast<unsigned char>(text[1])) &&
                       std::isdigit(static_cast<unsigned char>(text[3])) &&
                       std::isdigit(static_cast<unsigned char>(text[4]));
    if (!shape)
        throw core::InvalidField(field, "time-format");
    const int h = (text[0] - '0') * 10 + (text[1] - '0');
    const int m = (text[3] - '0') * 10 + (text[4] - '0');
    if (h > 23 || m > 59)
        throw core::InvalidField(field, "time-format");
    return h * 60 + m;
}

std::string clockTime(std::int64_t unixSeconds)
{
    return shanghaiIso(unixSeconds).substr(11, 5);
}

}  // namespace

std::string maskName(const std::string& name)
{
    // The first character, then one '*' per further character (UTF-8 aware): "王小明" → "王**".
    std::string out;
    std::size_t i = 0;
    int count = 0;
    while (i < name.size()) {
        const auto lead = static_cast<unsigned char>(name[i]);
        const std::size_t n = lead < 0x80 ? 1 : lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : lead >= 0xC0 ? 2 : 1;
        if (count == 0)
            out.append(name, i, n);
        else
            out += '*';
        ++count;
        i += n;
    }
    return out;
}

CeremonyService::CeremonyService(store::Database& db, store::CeremonyRepository& ceremonies,
                                 store::PresenterRepository& presenters, store::OutboxRepository& outbox,
                                 store::AuditLog& audit, HallService& halls, const PersonalDataKeys& keys,
                                 const Clock& clock, CeremonyTickets* tickets, StaffLookup staff)
    : m_db(db)
    , m_ceremonies(ceremonies)
    , m_presenters(presenters)
    , m_outbox(outbox)
    , m_audit(audit)
    , m_halls(halls)
    , m_keys(keys)
    , m_clock(clock)
    , m_tickets(tickets)
    , m_staff(std::move(staff))
{
}

model::CeremonyEvent CeremonyService::create(const EventInput& in, const Actor& actor)
{
    if (Poco::trim(in.title).empty())
        throw core::InvalidField("title", "empty");
    if (Poco::trim(in.titleEn).empty())
        throw core::InvalidField("title_en", "empty");
    const auto day = core::parseIsoDate(in.day, "day");
    const auto venue = m_halls.get(in.venueId);  // NotFound{"hall"}
    if (std::find(venue.services.begin(), venue.services.end(), "ceremony") == venue.services.end())
        throw core::InvalidField("venue_id", "not-offered");
    if (in.allocation != "first_come" && in.allocation != "lottery")
        throw core::InvalidField("allocation", "unknown");
    if (in.guestsPerCouple < 0 || in.guestsPerCouple > 50)
        throw core::InvalidField("guests_per_couple", "out-of-range");
    if (in.sessions.empty() || in.sessions.size() > static_cast<std::size_t>(kMaxSessions))
        throw core::InvalidField("sessions", "session-count");

    model::CeremonyEvent e;
    e.id = newId();
    e.title = in.title;
    e.titleEn = in.titleEn;
    e.theme = in.theme;
    e.day = core::toIsoString(day);
    e.venueId = venue.id;
    e.guestsPerCouple = in.guestsPerCouple;
    e.notes = in.notes;
    e.notesEn = in.notesEn;
    e.signupOpensAt = in.signupOpensAt.value_or(m_clock.nowSeconds());
    e.allocation = in.allocation;
    e.status = "draft";
    e.createdBy = actor.auditName();
    e.createdAt = e.updatedAt = m_clock.nowSeconds();
    for (std::size_t i = 0; i < in.sessions.size(); ++i) {
        const auto& s = in.sessions[i];
        const auto field = "sessions[" + std::to_string(i) + "].";
        const int start = minuteOf(s.start, field + "start");
        const int end = minuteOf(s.end, field + "end");
        if (end <= start)
            throw core::InvalidField(field + "end", "before-start");
        if (s.capacity < 1 || s.capacity > kMaxCapacity)
            throw core::InvalidField(field + "capacity", "out-of-range");
        model::CeremonySession session;
        session.id = newId();
        session.eventId = e.id;
        session.position = static_cast<int>(i) + 1;
        session.startAt = SlotGenerator::shanghaiEpoch(day, start);
        session.endAt = SlotGenerator::shanghaiEpoch(day, end);
        session.capacity = s.capacity;
        e.sessions.push_back(session);
    }
    for (std::size_t i = 1; i < e.sessions.size(); ++i)
        if (e.sessions[i].startAt < e.sessions[i - 1].endAt)
            throw core::InvalidField("sessions[" + std::to_string(i) + "].start", "overlaps-previous");

    store::WriteTransaction tx(m_db);
    m_ceremonies.insertEvent(tx, e);
    m_audit.append(tx, {actor.auditName(), "ceremony.create", "ceremony:" + e.id,
                        "{\"day\":\"" + e.day + "\",\"sessions\":" + std::to_string(e.sessions.size()) + "}"},
                   m_clock.nowSeconds());
    tx.commit();
    return e;
}

void CeremonyService::seedSeated(const model::CeremonyEvent& event, const model::CeremonySession& session,
                                 const std::vector<DemoCouple>& couples, std::size_t checkedIn)
{
    const auto now = m_clock.nowSeconds();
    store::WriteTransaction tx(m_db);
    m_ceremonies.lockEvent(tx, event.id, now);
    for (std::size_t i = 0; i < couples.size(); ++i) {
        model::CeremonySignup s;
        s.id = newId();
        s.eventId = event.id;
        s.sessionId = session.id;
        // Random blind indexes: demo couples are nobody's ID number.
        s.personA = core::toHex(core::crypto::randomBytes(32));
        s.personB = core::toHex(core::crypto::randomBytes(32));
        if (s.personB < s.personA)
            std::swap(s.personA, s.personB);
        s.nameA = couples[i].nameA;
        s.nameB = couples[i].nameB;
        s.phone = "13800000000";
        s.basis = "registered";
        s.status = "seated";
        s.ticketId = newId();
        s.manageTokenHash = AppointmentFactory::tokenHash(m_keys.manageToken("ceremony:" + s.id));
        s.createdAt = s.updatedAt = now;
        s.sequence = m_ceremonies.nextSequenceAnyStatus(tx, event.id);
        if (!m_ceremonies.takeSeat(tx, session.id) || !m_ceremonies.insertSignup(tx, s))
            throw core::Conflict("slot-full");  // the transaction rolls back: no half-seeded session
        if (i < checkedIn)
            m_ceremonies.checkIn(tx, s.id, now);
    }
    tx.commit();
}

bool CeremonyService::isOrganiser(const std::string& bearer) const
{
    if (bearer.empty() || !m_staff)
        return false;
    const auto staff = m_staff(bearer);
    return staff && (staff->role == model::Role::Organiser || staff->role == model::Role::Admin);
}

std::vector<model::CeremonyEvent> CeremonyService::list(bool includeDrafts)
{
    return m_ceremonies.listEvents(includeDrafts);
}

model::CeremonyEvent CeremonyService::get(const std::string& id, bool includeDrafts)
{
    auto e = m_ceremonies.findEvent(id);
    if (!e || (!includeDrafts && e->status == "draft"))
        throw core::NotFound("ceremony");
    return *e;
}

model::CeremonyEvent CeremonyService::changeStatus(const std::string& id, const std::string& to, const Actor& actor)
{
    static const std::map<std::string, std::string> kFrom = {
        {"published", "draft"}, {"closed", "published"}, {"held", "closed"}, {"archived", "held"}};
    const auto from = kFrom.find(to);
    if (from == kFrom.end())
        throw core::InvalidField("status", "unknown");
    auto e = get(id, true);
    store::WriteTransaction tx(m_db);
    if (!m_ceremonies.changeStatus(tx, id, from->second, to, m_clock.nowSeconds())) {
        tx.rollback();
        throw core::Conflict("ceremony-status");
    }
    if (e.allocation == "lottery" && to == "published") {
        // The commitment is public from now on; the seed stays secret until the draw.
        const auto seed = core::lottery::newSeedHex();
        m_ceremonies.commitLottery(tx, id, seed, core::lottery::commitmentOf(seed), m_clock.nowSeconds());
    }
    if (e.allocation == "lottery" && to == "closed")
        draw(tx, e);
    m_audit.append(tx, {actor.auditName(), "ceremony.status", "ceremony:" + id,
                        "{\"from\":\"" + from->second + "\",\"to\":\"" + to + "\"}"},
                   m_clock.nowSeconds());
    tx.commit();
    return get(id, true);
}

void CeremonyService::draw(store::WriteTransaction& tx, const model::CeremonyEvent& e)
{
    const auto now = m_clock.nowSeconds();
    const auto seed = m_ceremonies.lotterySeed(tx, e.id);
    if (!seed)
        throw core::Conflict("ceremony-status");
    auto entries = m_ceremonies.waitlisted(tx, e.id);
    std::vector<core::lottery::Application> applications;
    for (const auto& s : entries)
        applications.push_back({s.id, s.createdAt});
    const auto ranking = core::lottery::rank(*seed, applications);
    int rank = 0;
    int waiting = 0;
    for (const auto& id : ranking) {
        auto it = std::find_if(entries.begin(), entries.end(), [&](const auto& s) { return s.id == id; });
        m_ceremonies.setLotteryRank(tx, id, ++rank);
        const model::CeremonySession* seat = nullptr;
        for (const auto& session : e.sessions) {
            if (it->sessionId && *it->sessionId != session.id)
                continue;
            if (m_ceremonies.takeSeat(tx, session.id)) {
                seat = &session;
                break;
            }
        }
        if (seat) {
            m_ceremonies.moveSignup(tx, id, "waitlisted", "seated", seat->id, now);
            it->status = "seated";
            m_outbox.append(tx, message("ceremony.seated", e, *it, seat, 0));
        } else {
            m_outbox.append(tx, message("ceremony.waitlisted", e, *it, nullptr, ++waiting));
        }
    }
    m_ceremonies.markDrawn(tx, e.id, now);
    m_audit.append(tx, {"system", "ceremony.draw", "ceremony:" + e.id,
                        "{\"entries\":" + std::to_string(ranking.size()) + ",\"waitlisted\":" + std::to_string(waiting) + "}"},
                   now);
}

core::lottery::DrawRecord CeremonyService::lotteryRecord(const std::string& eventId)
{
    const auto e = get(eventId, false);
    if (e.allocation != "lottery" || !e.lotteryCommitment)
        throw core::NotFound("lottery");
    core::lottery::DrawRecord record;
    record.commitment = *e.lotteryCommitment;
    record.committedAt = e.lotteryCommittedAt.value_or(0);
    if (!e.lotterySeed)
        return record;
    record.seedHex = *e.lotterySeed;
    std::vector<std::pair<int, std::string>> ranked;
    for (const auto& s : m_ceremonies.listSignups(eventId)) {
        if (!s.lotteryRank)
            continue;  // signed up after the draw: not an entry
        record.applications.push_back({s.id, s.createdAt});
        ranked.emplace_back(*s.lotteryRank, s.id);
    }
    std::sort(ranked.begin(), ranked.end());
    for (const auto& [rank, id] : ranked)
        record.ranking.push_back(id);
    return record;
}

int CeremonyService::sessionPosition(const model::CeremonyEvent& e, const std::optional<std::string>& sessionId) const
{
    if (!sessionId)
        return 0;
    for (const auto& s : e.sessions)
        if (s.id == *sessionId)
            return s.position;
    return 0;
}

model::OutboxMessage CeremonyService::message(const std::string& kind, const model::CeremonyEvent& e,
                                              const model::CeremonySignup& s, const model::CeremonySession* session,
                                              int waitlistPosition) const
{
    std::string venueName = e.venueId, venueNameEn = e.venueId;
    try {
        const auto venue = m_halls.get(e.venueId);
        venueName = venue.name;
        venueNameEn = venue.nameEn;
    } catch (const core::NotFound&) {
    }
    model::OutboxMessage m;
    m.id = newId();
    m.kind = kind;
    m.objectId = s.id;
    m.recipient = s.phone;
    m.language = s.language;
    m.createdAt = m_clock.nowSeconds();
    const auto when = session ? e.day + " " + clockTime(session->startAt) : e.day;
    const auto n = session ? std::to_string(session->position) : std::string();
    if (kind == "ceremony.seated" || kind == "ceremony.promoted") {
        const auto zhLead = kind == "ceremony.promoted" ? "候补成功！" : "报名成功！";
        const auto enLead = kind == "ceremony.promoted" ? "Off the waitlist! " : "Signed up! ";
        m.textZh = std::string("【婚姻登记】") + zhLead + "“" + e.title + "”第" + n + "场，" + when + "，" + venueName +
                   "。请凭入场码提前20分钟到场。";
        m.textEn = std::string("[Marriage Registry] ") + enLead + e.titleEn + ", session " + n + ", " + when + ", " +
                   venueNameEn + ". Bring your ticket QR, 20 min early.";
    } else if (kind == "ceremony.lottery-entered") {
        m.textZh = "【婚姻登记】您已报名“" + e.title + "”（" + e.day + "）抽签，报名截止时公开抽签，结果将通知您。";
        m.textEn = "[Marriage Registry] You are entered in the draw for " + e.titleEn + " (" + e.day +
                   "); the public draw is at sign-up close and we will tell you the result.";
    } else if (kind == "ceremony.waitlisted") {
        m.textZh = "【婚姻登记】“" + e.title + "”（" + e.day + "）名额已满，您在候补第" +
                   std::to_string(waitlistPosition) + "位，有空位将自动递补并通知您。";
        m.textEn = "[Marriage Registry] " + e.titleEn + " (" + e.day + ") is full: you are number " +
                   std::to_string(waitlistPosition) + " on the waitlist; we will tell you if a seat frees up.";
    } else {
        m.textZh = "【婚姻登记】您已取消“" + e.title + "”（" + e.day + "）的报名。";
        m.textEn = "[Marriage Registry] Your place at " + e.titleEn + " (" + e.day + ") is cancelled.";
    }
    if (session) {
        IcsEvent ics;
        ics.uid = s.id + "@ceremonies.wedreg";
        ics.stampSeconds = m.createdAt;
        ics.startSeconds = session->startAt;
        ics.endSeconds = session->endAt;
        ics.summary = e.title + " / " + e.titleEn;
        ics.location = venueName + " / " + venueNameEn;
        ics.description = m.textZh + "\n" + m.textEn;
        ics.status = kind == "ceremony.cancelled" ? "CANCELLED" : "CONFIRMED";
        // A later message about the same seat supersedes the earlier one in the couple's calendar.
        ics.sequence = kind == "ceremony.cancelled" ? 2 : kind == "ceremony.promoted" ? 1 : 0;
        m.ics = IcsCalendar::render(ics);
    }
    return m;
}

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
    s.id = newId();
    s.eventId = event->id;
    s.personA = a;
    s.personB = b;
    s.nameA = request.parties[0].name;
    s.nameB = request.parties[1].name;
    s.phone = request.parties[0].phone;
    s.language = request.language;
    s.basis = basis;
    s.ticketId = newId();
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

model::Presenter CeremonyService::addPresenter(model::Presenter p, const Actor& actor)
{
    if (Poco::trim(p.name).empty())
        throw core::InvalidField("name", "empty");
    if (Poco::trim(p.honour).empty())
        throw core::InvalidField("honour", "empty");
    if (!p.contactConsent && !p.contact.empty())
        throw core::InvalidField("contact", "no-consent");
    for (std::size_t i = 0; i < p.availableDays.size(); ++i)
        p.availableDays[i] =
            core::toIsoString(core::parseIsoDate(p.availableDays[i], "available_days[" + std::to_string(i) + "]"));
    p.id = newId();
    store::WriteTransaction tx(m_db);
    m_presenters.insert(tx, p, m_clock.nowSeconds());
    m_audit.append(tx, {actor.auditName(), "presenter.add", "presenter:" + p.id,
                        std::string("{\"photo_consent\":") + (p.photoConsent ? "true" : "false") +
                            ",\"contact_consent\":" + (p.contactConsent ? "true" : "false") + "}"},
                   m_clock.nowSeconds());
    tx.commit();
    return p;
}

std::vector<model::Presenter> CeremonyService::presenters()
{
    return m_presenters.list();
}

void CeremonyService::assignPresenter(const std::string& eventId, const std::string& sessionId,
                                      const std::string& presenterId, int position, const Actor& actor)
{
    const auto event = get(eventId, true);
    const model::CeremonySession* session = nullptr;
    for (const auto& s : event.sessions)
        if (s.id == sessionId)
            session = &s;
    if (!session)
        throw core::NotFound("ceremony-session");
    if (position < 1 || position > 50)
        throw core::InvalidField("position", "out-of-range");
    const auto now = m_clock.nowSeconds();
    store::WriteTransaction tx(m_db);
    // The presenter's row lock: two assignments of one presenter run one after the other, so the
    // overlap check below sees every earlier assignment.
    if (!m_presenters.lock(tx, presenterId, now)) {
        tx.rollback();
        throw core::NotFound("presenter");
    }
    if (!m_presenters.availableOn(tx, presenterId, event.day)) {
        tx.rollback();
        throw core::Conflict("presenter-unavailable");
    }
    if (m_presenters.overlapping(tx, presenterId, sessionId, session->startAt, session->endAt) > 0) {
        tx.rollback();
        throw core::Conflict("presenter-busy");
    }
    if (!m_presenters.assign(tx, {sessionId, presenterId, position})) {
        tx.rollback();
        throw core::Conflict("presenter-assigned");
    }
    m_audit.append(tx, {actor.auditName(), "presenter.assign", "presenter:" + presenterId,
                        "{\"event\":\"" + eventId + "\",\"session\":" + std::to_string(session->position) +
                            ",\"position\":" + std::to_string(position) + "}"},
                   now);
    tx.commit();
}

std::vector<model::SessionPresenter> CeremonyService::assignments(const std::string& eventId)
{
    return m_presenters.forEvent(eventId);
}

Programme CeremonyService::programme(const std::string& eventId)
{
    Programme p;
    p.event = get(eventId, true);
    p.venue = m_halls.get(p.event.venueId);
    const auto roster = m_presenters.list();
    const auto assigned = m_presenters.forEvent(eventId);
    const auto people = m_ceremonies.listSignups(eventId);
    for (const auto& session : p.event.sessions) {
        ProgrammeSession ps;
        ps.session = session;
        for (const auto& a : assigned)
            if (a.sessionId == session.id)
                for (const auto& r : roster)
                    if (r.id == a.presenterId)
                        ps.presenters.push_back(r);
        std::vector<const model::CeremonySignup*> couples;
        for (const auto& s : people)
            if (s.sessionId && *s.sessionId == session.id && (s.status == "seated" || s.status == "checked_in"))
                couples.push_back(&s);
        // Ten minutes of opening words, ten of closing; the couples share the time between evenly.
        const auto opening = session.startAt + 600;
        const auto span = std::max<std::int64_t>(session.endAt - 600 - opening, 60);
        const auto n = static_cast<std::int64_t>(couples.size());
        for (std::int64_t i = 0; i < n; ++i) {
            ProgrammeCouple c;
            c.order = static_cast<int>(i) + 1;
            c.time = clockTime(opening + span * i / n);
            c.names = couples[i]->nameA + " · " + couples[i]->nameB;
            if (!ps.presenters.empty())
                c.presenter = ps.presenters[static_cast<std::size_t>(i * static_cast<std::int64_t>(ps.presenters.size()) / n)].name;
            c.status = couples[i]->status;
            ps.couples.push_back(std::move(c));
        }
        p.sessions.push_back(std::move(ps));
    }
    return p;
}

DayPlanning CeremonyService::planning(const std::string& dayText, int couplesPerSession)
{
    const auto day = core::toIsoString(core::parseIsoDate(dayText, "date"));
    if (couplesPerSession < 1 || couplesPerSession > kMaxCapacity)
        throw core::InvalidField("couples_per_session", "out-of-range");
    DayPlanning plan;
    plan.day = day;
    plan.couplesPerSession = couplesPerSession;
    const auto booked = m_ceremonies.bookedCouplesByHall(day);
    for (const auto& hall : *m_halls.list()) {
        if (hall.kind == "ceremony_venue")
            continue;
        const auto it = booked.find(hall.id);
        const int n = it == booked.end() ? 0 : it->second;
        plan.halls.push_back({hall.id, hall.name, n, (n + couplesPerSession - 1) / couplesPerSession});
        plan.totalBooked += n;
    }
    plan.suggestedSessions = (plan.totalBooked + couplesPerSession - 1) / couplesPerSession;
    for (const auto& e : m_ceremonies.listEvents(true)) {
        if (e.day != day || e.status == "archived")
            continue;
        const auto counts = m_ceremonies.counts(e.id);
        int unwished = 0;
        if (const auto any = counts.find(""); any != counts.end())
            unwished = any->second.waitlisted;
        for (const auto& s : e.sessions) {
            SessionWarning w{e.id, s.id, s.position, s.capacity, 0, "ok"};
            if (const auto it = counts.find(s.id); it != counts.end())
                w.demand = it->second.seated + it->second.checkedIn + it->second.waitlisted;
            // Couples waiting for "any session" press on every full session.
            if (w.demand >= s.capacity)
                w.demand += unwished;
            // Over: more couples want it than it seats. Under: less than half of it is taken.
            if (w.demand > s.capacity)
                w.level = "over-subscribed";
            else if (w.demand * 2 < s.capacity)
                w.level = "under-subscribed";
            plan.sessions.push_back(w);
        }
    }
    return plan;
}

}  // namespace wedreg::server::service
