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
#include "server/service/RowId.h"
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
    e.id = newRowId();
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
        session.id = newRowId();
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
        s.id = newRowId();
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
        s.ticketId = newRowId();
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
    m.id = newRowId();
    m.kind = kind;
    m.objectId = s.id;
    m.recipient = s.phone;
    m.language = s.language;
    m.createdAt = m_clock.nowSeconds();
    const auto when = session ? e.day + " " + shanghaiClock(session->startAt) : e.day;
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

}  // namespace wedreg::server::service
