// SPDX-License-Identifier: Apache-2.0
#include "server/store/CeremonyRepository.h"

#include "server/store/Database.h"
#include "server/store/WriteTransaction.h"

#include <Poco/Data/RecordSet.h>
#include <Poco/Nullable.h>

using namespace Poco::Data::Keywords;

namespace wedreg::server::store {
namespace {

constexpr auto kInsertEvent =
    "INSERT INTO ceremony_events (id, title, title_en, theme, day, venue_id, guests_per_couple, notes, notes_en,"
    " signup_opens_at, allocation, status, next_sequence, created_by, created_at, updated_at)"
    " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0, ?, ?, ?)";
constexpr auto kInsertSession =
    "INSERT INTO ceremony_sessions (id, event_id, position, start_at, end_at, capacity, seated) VALUES (?, ?, ?, ?, ?, ?, 0)";
constexpr auto kSelectEvents =
    "SELECT id, title, title_en, theme, day, venue_id, guests_per_couple, notes, notes_en, signup_opens_at,"
    " allocation, status, created_by, created_at, updated_at, lottery_commitment, lottery_committed_at,"
    " lottery_drawn_at, CASE WHEN lottery_drawn_at IS NULL THEN NULL ELSE lottery_seed END AS revealed_seed"
    " FROM ceremony_events";
constexpr auto kSelectSessions =
    "SELECT id, event_id, position, start_at, end_at, capacity, seated FROM ceremony_sessions";
constexpr auto kChangeStatus = "UPDATE ceremony_events SET status = ?, updated_at = ? WHERE id = ? AND status = ?";
constexpr auto kBumpSequence =
    "UPDATE ceremony_events SET next_sequence = next_sequence + 1, updated_at = ? WHERE id = ? AND status = 'published'";
constexpr auto kReadSequence = "SELECT next_sequence FROM ceremony_events WHERE id = ?";
constexpr auto kLockEvent = "UPDATE ceremony_events SET updated_at = ? WHERE id = ?";
// The one place a ceremony seat is taken: never more than capacity.
constexpr auto kTakeSeat = "UPDATE ceremony_sessions SET seated = seated + 1 WHERE id = ? AND seated < capacity";
constexpr auto kReleaseSeat = "UPDATE ceremony_sessions SET seated = seated - 1 WHERE id = ? AND seated > 0";
constexpr auto kInsertSignup =
    "INSERT INTO ceremony_signups (id, event_id, session_id, couple_key, person_a, person_b, name_a, name_b, phone,"
    " language, basis, status, sequence, ticket_id, manage_token_hash, created_at, updated_at)"
    " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING";
constexpr auto kSelectSignups =
    "SELECT id, event_id, session_id, person_a, person_b, name_a, name_b, phone, language, basis, status, sequence,"
    " ticket_id, manage_token_hash, created_at, updated_at, checked_in_at, lottery_rank FROM ceremony_signups";
// Waitlist order: the lottery's rank once drawn (NULL before, and always for first-come), then sequence.
constexpr auto kWaitlistOrder = " ORDER BY COALESCE(lottery_rank, 0), sequence";
constexpr auto kFirstWaitlisted =
    " WHERE event_id = ? AND status = 'waitlisted' AND (session_id IS NULL OR session_id = ?)";
constexpr auto kMoveSignup =
    "UPDATE ceremony_signups SET status = ?, session_id = ?, updated_at = ? WHERE id = ? AND status = ?";
constexpr auto kCheckIn =
    "UPDATE ceremony_signups SET status = 'checked_in', checked_in_at = ?, updated_at = ? WHERE id = ? AND status = 'seated'";
constexpr auto kWaitlistPosition =
    "SELECT COUNT(*) FROM ceremony_signups WHERE event_id = ? AND status = 'waitlisted'"
    " AND (COALESCE(lottery_rank, 0) < ? OR (COALESCE(lottery_rank, 0) = ? AND sequence <= ?))";
constexpr auto kCounts =
    "SELECT session_id, status, COUNT(*) AS n FROM ceremony_signups WHERE event_id = ? GROUP BY session_id, status";
constexpr auto kCommitLottery =
    "UPDATE ceremony_events SET lottery_seed = ?, lottery_commitment = ?, lottery_committed_at = ? WHERE id = ?";
constexpr auto kMarkDrawn = "UPDATE ceremony_events SET lottery_drawn_at = ? WHERE id = ?";
constexpr auto kReadSeed = "SELECT lottery_seed FROM ceremony_events WHERE id = ?";
constexpr auto kSetRank = "UPDATE ceremony_signups SET lottery_rank = ? WHERE id = ?";
constexpr auto kRegistered =
    "SELECT COUNT(*) FROM registrations r WHERE r.kind = 'marriage' AND r.status = 'in_force'"
    " AND EXISTS (SELECT 1 FROM registration_parties p WHERE p.registration_id = r.id AND p.person_index = ?)"
    " AND EXISTS (SELECT 1 FROM registration_parties p WHERE p.registration_id = r.id AND p.person_index = ?)";
constexpr auto kBookedThatDay =
    "SELECT COUNT(*) FROM appointments a JOIN halls h ON h.id = a.hall_id"
    " WHERE a.service = 'marriage' AND a.status IN ('booked', 'checked_in') AND a.day = ?"
    " AND h.kind IN ('office', 'themed')"
    " AND EXISTS (SELECT 1 FROM appointment_parties p WHERE p.appointment_id = a.id AND p.person_index = ? AND p.active = 1)"
    " AND EXISTS (SELECT 1 FROM appointment_parties p WHERE p.appointment_id = a.id AND p.person_index = ? AND p.active = 1)";
constexpr auto kBookedByHall =
    "SELECT a.hall_id, COUNT(*) AS n FROM appointments a JOIN halls h ON h.id = a.hall_id"
    " WHERE a.service = 'marriage' AND a.status IN ('booked', 'checked_in') AND a.day = ?"
    " AND h.kind IN ('office', 'themed') GROUP BY a.hall_id";

std::vector<model::CeremonySignup> readSignups(Poco::Data::Statement& select)
{
    Poco::Data::RecordSet rs(select);
    std::vector<model::CeremonySignup> out;
    for (bool more = rs.moveFirst(); more; more = rs.moveNext()) {
        model::CeremonySignup s;
        s.id = rs["id"].convert<std::string>();
        s.eventId = rs["event_id"].convert<std::string>();
        if (!rs["session_id"].isEmpty())
            s.sessionId = rs["session_id"].convert<std::string>();
        s.personA = rs["person_a"].convert<std::string>();
        s.personB = rs["person_b"].convert<std::string>();
        s.nameA = rs["name_a"].convert<std::string>();
        s.nameB = rs["name_b"].convert<std::string>();
        s.phone = rs["phone"].convert<std::string>();
        s.language = rs["language"].convert<std::string>();
        s.basis = rs["basis"].convert<std::string>();
        s.status = rs["status"].convert<std::string>();
        s.sequence = rs["sequence"].convert<int>();
        s.ticketId = rs["ticket_id"].convert<std::string>();
        s.manageTokenHash = rs["manage_token_hash"].convert<std::string>();
        s.createdAt = rs["created_at"].convert<Poco::Int64>();
        s.updatedAt = rs["updated_at"].convert<Poco::Int64>();
        if (!rs["checked_in_at"].isEmpty())
            s.checkedInAt = rs["checked_in_at"].convert<Poco::Int64>();
        if (!rs["lottery_rank"].isEmpty())
            s.lotteryRank = rs["lottery_rank"].convert<int>();
        out.push_back(std::move(s));
    }
    return out;
}

std::vector<model::CeremonySession> readSessions(Poco::Data::Statement& select)
{
    Poco::Data::RecordSet rs(select);
    std::vector<model::CeremonySession> out;
    for (bool more = rs.moveFirst(); more; more = rs.moveNext()) {
        model::CeremonySession s;
        s.id = rs["id"].convert<std::string>();
        s.eventId = rs["event_id"].convert<std::string>();
        s.position = rs["position"].convert<int>();
        s.startAt = rs["start_at"].convert<Poco::Int64>();
        s.endAt = rs["end_at"].convert<Poco::Int64>();
        s.capacity = rs["capacity"].convert<int>();
        s.seated = rs["seated"].convert<int>();
        out.push_back(std::move(s));
    }
    return out;
}

std::map<std::string, SessionCounts> readCounts(Poco::Data::Statement& select)
{
    Poco::Data::RecordSet rs(select);
    std::map<std::string, SessionCounts> out;
    for (bool more = rs.moveFirst(); more; more = rs.moveNext()) {
        // Waitlisted couples without a wish count under "" (any session).
        const auto session = rs["session_id"].isEmpty() ? std::string() : rs["session_id"].convert<std::string>();
        const auto status = rs["status"].convert<std::string>();
        const auto n = rs["n"].convert<int>();
        auto& c = out[session];
        if (status == "seated")
            c.seated += n;
        else if (status == "checked_in")
            c.checkedIn += n;
        else if (status == "waitlisted")
            c.waitlisted += n;
        else if (status == "cancelled")
            c.cancelled += n;
    }
    return out;
}

Poco::Int64 countOf(Poco::Data::Session& session, const std::string& sql, const std::vector<std::string>& args)
{
    Poco::Int64 n = 0;
    Poco::Data::Statement st(session);
    st << sql;
    for (const auto& a : args)
        st, bind(a);
    st, into(n), now;
    return n;
}

}  // namespace

CeremonyRepository::CeremonyRepository(Database& db)
    : m_db(db)
{
}

void CeremonyRepository::insertEvent(WriteTransaction& tx, const model::CeremonyEvent& e)
{
    auto& s = tx.session();
    Poco::Int64 opens = e.signupOpensAt, created = e.createdAt, updated = e.updatedAt;
    int guests = e.guestsPerCouple;
    s << m_db.sql(kInsertEvent), bind(e.id), bind(e.title), bind(e.titleEn), bind(e.theme), bind(e.day),
        bind(e.venueId), use(guests), bind(e.notes), bind(e.notesEn), use(opens), bind(e.allocation), bind(e.status),
        bind(e.createdBy), use(created), use(updated), now;
    for (const auto& session : e.sessions) {
        Poco::Int64 start = session.startAt, end = session.endAt;
        int position = session.position, capacity = session.capacity;
        Poco::Data::Statement insert(s);
        insert << m_db.sql(kInsertSession), bind(session.id), bind(e.id), use(position), use(start), use(end),
            use(capacity), now;
    }
}

std::vector<model::CeremonyEvent> CeremonyRepository::listEvents(bool includeDrafts)
{
    auto session = m_db.session();
    Poco::Data::Statement select(session);
    select << std::string(kSelectEvents) + (includeDrafts ? "" : " WHERE status <> 'draft'") + " ORDER BY day, id", now;
    Poco::Data::RecordSet rs(select);
    std::vector<model::CeremonyEvent> out;
    for (bool more = rs.moveFirst(); more; more = rs.moveNext()) {
        model::CeremonyEvent e;
        e.id = rs["id"].convert<std::string>();
        e.title = rs["title"].convert<std::string>();
        e.titleEn = rs["title_en"].convert<std::string>();
        e.theme = rs["theme"].convert<std::string>();
        e.day = rs["day"].convert<std::string>();
        e.venueId = rs["venue_id"].convert<std::string>();
        e.guestsPerCouple = rs["guests_per_couple"].convert<int>();
        e.notes = rs["notes"].convert<std::string>();
        e.notesEn = rs["notes_en"].convert<std::string>();
        e.signupOpensAt = rs["signup_opens_at"].convert<Poco::Int64>();
        e.allocation = rs["allocation"].convert<std::string>();
        e.status = rs["status"].convert<std::string>();
        e.createdBy = rs["created_by"].convert<std::string>();
        e.createdAt = rs["created_at"].convert<Poco::Int64>();
        e.updatedAt = rs["updated_at"].convert<Poco::Int64>();
        if (!rs["lottery_commitment"].isEmpty())
            e.lotteryCommitment = rs["lottery_commitment"].convert<std::string>();
        if (!rs["lottery_committed_at"].isEmpty())
            e.lotteryCommittedAt = rs["lottery_committed_at"].convert<Poco::Int64>();
        if (!rs["lottery_drawn_at"].isEmpty())
            e.lotteryDrawnAt = rs["lottery_drawn_at"].convert<Poco::Int64>();
        if (!rs["revealed_seed"].isEmpty())
            e.lotterySeed = rs["revealed_seed"].convert<std::string>();
        out.push_back(std::move(e));
    }
    Poco::Data::Statement sessions(session);
    sessions << std::string(kSelectSessions) + " ORDER BY event_id, position", now;
    for (auto& s : readSessions(sessions))
        for (auto& e : out)
            if (e.id == s.eventId)
                e.sessions.push_back(s);
    return out;
}

std::optional<model::CeremonyEvent> CeremonyRepository::findEvent(const std::string& id)
{
    // Events are few (a handful a year per bureau): one read of all is simpler than a second query shape.
    for (auto& e : listEvents(true))
        if (e.id == id)
            return std::move(e);
    return std::nullopt;
}

bool CeremonyRepository::changeStatus(WriteTransaction& tx, const std::string& id, const std::string& from,
                                      const std::string& to, std::int64_t nowSeconds)
{
    Poco::Data::Statement update(tx.session());
    Poco::Int64 at = nowSeconds;
    update << m_db.sql(kChangeStatus), bind(to), use(at), bind(id), bind(from);
    return update.execute() == 1;
}

std::optional<int> CeremonyRepository::nextSequence(WriteTransaction& tx, const std::string& eventId,
                                                    std::int64_t nowSeconds)
{
    Poco::Data::Statement update(tx.session());
    Poco::Int64 at = nowSeconds;
    update << m_db.sql(kBumpSequence), use(at), bind(eventId);
    if (update.execute() != 1)
        return std::nullopt;
    int sequence = 0;
    tx.session() << m_db.sql(kReadSequence), bind(eventId), into(sequence), now;
    return sequence;
}

int CeremonyRepository::nextSequenceAnyStatus(WriteTransaction& tx, const std::string& eventId)
{
    tx.session() << m_db.sql("UPDATE ceremony_events SET next_sequence = next_sequence + 1 WHERE id = ?"), bind(eventId),
        now;
    int sequence = 0;
    tx.session() << m_db.sql(kReadSequence), bind(eventId), into(sequence), now;
    return sequence;
}

bool CeremonyRepository::lockEvent(WriteTransaction& tx, const std::string& eventId, std::int64_t nowSeconds)
{
    Poco::Data::Statement update(tx.session());
    Poco::Int64 at = nowSeconds;
    update << m_db.sql(kLockEvent), use(at), bind(eventId);
    return update.execute() == 1;
}

bool CeremonyRepository::takeSeat(WriteTransaction& tx, const std::string& sessionId)
{
    Poco::Data::Statement update(tx.session());
    update << m_db.sql(kTakeSeat), bind(sessionId);
    return update.execute() == 1;
}

void CeremonyRepository::releaseSeat(WriteTransaction& tx, const std::string& sessionId)
{
    Poco::Data::Statement update(tx.session());
    update << m_db.sql(kReleaseSeat), bind(sessionId);
    update.execute();
}

bool CeremonyRepository::insertSignup(WriteTransaction& tx, const model::CeremonySignup& s)
{
    Poco::Nullable<std::string> session;
    if (s.sessionId)
        session = *s.sessionId;
    Poco::Int64 created = s.createdAt, updated = s.updatedAt;
    int sequence = s.sequence;
    Poco::Data::Statement insert(tx.session());
    insert << m_db.sql(kInsertSignup), bind(s.id), bind(s.eventId), use(session), bind(s.coupleKey()), bind(s.personA),
        bind(s.personB), bind(s.nameA), bind(s.nameB), bind(s.phone), bind(s.language), bind(s.basis), bind(s.status),
        use(sequence), bind(s.ticketId), bind(s.manageTokenHash), use(created), use(updated);
    return insert.execute() == 1;
}

std::optional<model::CeremonySignup> CeremonyRepository::findSignup(const std::string& id)
{
    auto session = m_db.session();
    Poco::Data::Statement select(session);
    select << m_db.sql(std::string(kSelectSignups) + " WHERE id = ?"), bind(id), now;
    auto found = readSignups(select);
    return found.empty() ? std::nullopt : std::optional(std::move(found.front()));
}

std::optional<model::CeremonySignup> CeremonyRepository::findSignup(WriteTransaction& tx, const std::string& id)
{
    Poco::Data::Statement select(tx.session());
    select << m_db.sql(std::string(kSelectSignups) + " WHERE id = ?"), bind(id), now;
    auto found = readSignups(select);
    return found.empty() ? std::nullopt : std::optional(std::move(found.front()));
}

std::optional<model::CeremonySignup> CeremonyRepository::findByTicket(WriteTransaction& tx, const std::string& ticketId)
{
    Poco::Data::Statement select(tx.session());
    select << m_db.sql(std::string(kSelectSignups) + " WHERE ticket_id = ?"), bind(ticketId), now;
    auto found = readSignups(select);
    return found.empty() ? std::nullopt : std::optional(std::move(found.front()));
}

std::vector<model::CeremonySignup> CeremonyRepository::listSignups(const std::string& eventId)
{
    auto session = m_db.session();
    Poco::Data::Statement select(session);
    select << m_db.sql(std::string(kSelectSignups) + " WHERE event_id = ? ORDER BY sequence"), bind(eventId), now;
    return readSignups(select);
}

std::optional<model::CeremonySignup> CeremonyRepository::firstWaitlisted(WriteTransaction& tx, const std::string& eventId,
                                                                         const std::string& sessionId)
{
    Poco::Data::Statement select(tx.session());
    select << m_db.sql(std::string(kSelectSignups) + kFirstWaitlisted + kWaitlistOrder + " LIMIT 1"), bind(eventId),
        bind(sessionId), now;
    auto found = readSignups(select);
    return found.empty() ? std::nullopt : std::optional(std::move(found.front()));
}

bool CeremonyRepository::moveSignup(WriteTransaction& tx, const std::string& id, const std::string& from,
                                    const std::string& to, const std::optional<std::string>& sessionId,
                                    std::int64_t nowSeconds)
{
    Poco::Nullable<std::string> session;
    if (sessionId)
        session = *sessionId;
    Poco::Int64 at = nowSeconds;
    Poco::Data::Statement update(tx.session());
    update << m_db.sql(kMoveSignup), bind(to), use(session), use(at), bind(id), bind(from);
    return update.execute() == 1;
}

bool CeremonyRepository::checkIn(WriteTransaction& tx, const std::string& id, std::int64_t nowSeconds)
{
    Poco::Int64 at = nowSeconds;
    Poco::Data::Statement update(tx.session());
    update << m_db.sql(kCheckIn), use(at), use(at), bind(id);
    return update.execute() == 1;
}

int CeremonyRepository::waitlistPosition(const std::string& eventId, const model::CeremonySignup& signup)
{
    auto session = m_db.session();
    Poco::Int64 n = 0;
    int rank = signup.lotteryRank.value_or(0), rank2 = rank, sequence = signup.sequence;
    session << m_db.sql(kWaitlistPosition), bind(eventId), use(rank), use(rank2), use(sequence), into(n), now;
    return static_cast<int>(n);
}

void CeremonyRepository::commitLottery(WriteTransaction& tx, const std::string& eventId, const std::string& seedHex,
                                       const std::string& commitment, std::int64_t nowSeconds)
{
    Poco::Int64 at = nowSeconds;
    tx.session() << m_db.sql(kCommitLottery), bind(seedHex), bind(commitment), use(at), bind(eventId), now;
}

void CeremonyRepository::markDrawn(WriteTransaction& tx, const std::string& eventId, std::int64_t nowSeconds)
{
    Poco::Int64 at = nowSeconds;
    tx.session() << m_db.sql(kMarkDrawn), use(at), bind(eventId), now;
}

std::optional<std::string> CeremonyRepository::lotterySeed(WriteTransaction& tx, const std::string& eventId)
{
    Poco::Nullable<std::string> seed;
    tx.session() << m_db.sql(kReadSeed), bind(eventId), into(seed), now;
    if (seed.isNull())
        return std::nullopt;
    return seed.value();
}

void CeremonyRepository::setLotteryRank(WriteTransaction& tx, const std::string& signupId, int rank)
{
    tx.session() << m_db.sql(kSetRank), use(rank), bind(signupId), now;
}

std::vector<model::CeremonySignup> CeremonyRepository::waitlisted(WriteTransaction& tx, const std::string& eventId)
{
    Poco::Data::Statement select(tx.session());
    select << m_db.sql(std::string(kSelectSignups) + " WHERE event_id = ? AND status = 'waitlisted' ORDER BY sequence"),
        bind(eventId), now;
    return readSignups(select);
}

std::map<std::string, SessionCounts> CeremonyRepository::counts(const std::string& eventId)
{
    auto session = m_db.session();
    Poco::Data::Statement select(session);
    select << m_db.sql(kCounts), bind(eventId), now;
    return readCounts(select);
}

std::map<std::string, SessionCounts> CeremonyRepository::counts(WriteTransaction& tx, const std::string& eventId)
{
    Poco::Data::Statement select(tx.session());
    select << m_db.sql(kCounts), bind(eventId), now;
    return readCounts(select);
}

bool CeremonyRepository::isRegisteredCouple(const std::string& personA, const std::string& personB)
{
    auto session = m_db.session();
    return countOf(session, m_db.sql(kRegistered), {personA, personB}) > 0;
}

bool CeremonyRepository::isBookedToRegister(const std::string& personA, const std::string& personB,
                                            const std::string& day)
{
    auto session = m_db.session();
    return countOf(session, m_db.sql(kBookedThatDay), {day, personA, personB}) > 0;
}

std::map<std::string, int> CeremonyRepository::bookedCouplesByHall(const std::string& day)
{
    auto session = m_db.session();
    Poco::Data::Statement select(session);
    select << m_db.sql(kBookedByHall), bind(day), now;
    Poco::Data::RecordSet rs(select);
    std::map<std::string, int> out;
    for (bool more = rs.moveFirst(); more; more = rs.moveNext())
        out[rs["hall_id"].convert<std::string>()] = rs["n"].convert<int>();
    return out;
}

}  // namespace wedreg::server::store
