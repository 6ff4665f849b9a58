// SPDX-License-Identifier: Apache-2.0
#include "server/store/LotteryRepository.h"

#include "server/store/Database.h"
#include "server/store/PartyRows.h"
#include "server/store/WriteTransaction.h"

#include <Poco/Data/RecordSet.h>
#include <Poco/Nullable.h>

#include <map>

using namespace Poco::Data::Keywords;

namespace wedreg::server::store {
namespace {

constexpr auto kInsertDay =
    "INSERT INTO lottery_days (id, hall_id, service, day, window_opens_at, window_closes_at, draw_at, created_by,"
    " created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING";
// The seed is read out only once drawn: before that nothing but seed() (inside the draw) sees it.
constexpr auto kSelectDays =
    "SELECT id, hall_id, service, day, window_opens_at, window_closes_at, draw_at, commitment, committed_at,"
    " drawn_at, CASE WHEN drawn_at IS NULL THEN NULL ELSE seed END AS revealed_seed, created_by, created_at"
    " FROM lottery_days";
constexpr auto kDueForCommitment = "SELECT id FROM lottery_days WHERE commitment IS NULL AND window_opens_at <= ?";
constexpr auto kDueForDraw = "SELECT id FROM lottery_days WHERE drawn_at IS NULL AND draw_at <= ?";
constexpr auto kCommit =
    "UPDATE lottery_days SET seed = ?, commitment = ?, committed_at = ? WHERE id = ? AND commitment IS NULL";
constexpr auto kMarkDrawn = "UPDATE lottery_days SET drawn_at = ? WHERE id = ? AND drawn_at IS NULL";
constexpr auto kHoldUndrawn = "UPDATE lottery_days SET drawn_at = NULL WHERE id = ? AND drawn_at IS NULL";
constexpr auto kReadSeed = "SELECT seed FROM lottery_days WHERE id = ?";
constexpr auto kInsertApplication =
    "INSERT INTO lottery_applications (id, lottery_id, applied_at, manage_token_hash, outcome, updated_at)"
    " VALUES (?, ?, ?, ?, 'pending', ?)";
// DO NOTHING on the one-application-per-person UNIQUE: rows affected says whether the person was free.
constexpr auto kInsertParty =
    "INSERT INTO lottery_application_parties (application_id, position, lottery_id, person_index, id_masked, name,"
    " phone, birth_date, sex) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING";
constexpr auto kSelectApplications =
    "SELECT id, lottery_id, applied_at, manage_token_hash, outcome, draw_rank, appointment_id FROM lottery_applications";
constexpr auto kSelectParties =
    "SELECT application_id, position, person_index, id_masked, name, phone, birth_date, sex"
    " FROM lottery_application_parties WHERE application_id IN (SELECT id FROM lottery_applications";
constexpr auto kWaitlistPosition =
    "SELECT COUNT(*) FROM lottery_applications WHERE lottery_id = ? AND outcome = 'waitlisted' AND draw_rank <= ?";
constexpr auto kSetOutcome =
    "UPDATE lottery_applications SET draw_rank = ?, outcome = ?, appointment_id = ?, updated_at = ? WHERE id = ?";
constexpr auto kPromote =
    "UPDATE lottery_applications SET outcome = 'won', appointment_id = ?, updated_at = ?"
    " WHERE id = ? AND outcome = 'waitlisted'";

std::vector<std::string> readIds(Poco::Data::Session& session, const std::string& sql, std::int64_t nowSeconds)
{
    std::vector<std::string> ids;
    Poco::Int64 at = nowSeconds;
    session << sql, use(at), into(ids), now;
    return ids;
}

}  // namespace

LotteryRepository::LotteryRepository(Database& db)
    : m_db(db)
{
}

bool LotteryRepository::insertDay(WriteTransaction& tx, const model::LotteryDay& d)
{
    Poco::Data::Statement insert(tx.session());
    Poco::Int64 opens = d.windowOpensAt, closes = d.windowClosesAt, draw = d.drawAt, created = d.createdAt;
    insert << m_db.sql(kInsertDay), bind(d.id), bind(d.hallId), bind(d.service), bind(d.day), use(opens), use(closes),
        use(draw), bind(d.createdBy), use(created);
    return insert.execute() == 1;
}

std::optional<model::LotteryDay> LotteryRepository::selectDay(Poco::Data::Session& session, const std::string& where,
                                                              const std::vector<std::string>& args)
{
    Poco::Data::Statement select(session);
    select << m_db.sql(std::string(kSelectDays) + where);
    for (const auto& a : args)
        select, bind(a);
    select.execute();
    Poco::Data::RecordSet rs(select);
    if (!rs.moveFirst())
        return std::nullopt;
    model::LotteryDay d;
    d.id = rs["id"].convert<std::string>();
    d.hallId = rs["hall_id"].convert<std::string>();
    d.service = rs["service"].convert<std::string>();
    d.day = rs["day"].convert<std::string>();
    d.windowOpensAt = rs["window_opens_at"].convert<Poco::Int64>();
    d.windowClosesAt = rs["window_closes_at"].convert<Poco::Int64>();
    d.drawAt = rs["draw_at"].convert<Poco::Int64>();
    if (!rs["commitment"].isEmpty())
        d.commitment = rs["commitment"].convert<std::string>();
    if (!rs["committed_at"].isEmpty())
        d.committedAt = rs["committed_at"].convert<Poco::Int64>();
    if (!rs["drawn_at"].isEmpty())
        d.drawnAt = rs["drawn_at"].convert<Poco::Int64>();
    if (!rs["revealed_seed"].isEmpty())
        d.revealedSeed = rs["revealed_seed"].convert<std::string>();
    d.createdBy = rs["created_by"].convert<std::string>();
    d.createdAt = rs["created_at"].convert<Poco::Int64>();
    return d;
}

std::optional<model::LotteryDay> LotteryRepository::findDay(const std::string& id)
{
    auto session = m_db.session();
    return selectDay(session, " WHERE id = ?", {id});
}

std::optional<model::LotteryDay> LotteryRepository::findDay(WriteTransaction& tx, const std::string& id)
{
    return selectDay(tx.session(), " WHERE id = ?", {id});
}

std::vector<model::LotteryDay> LotteryRepository::listHall(const std::string& hallId)
{
    std::vector<std::string> ids;
    {
        auto session = m_db.session();
        session << m_db.sql("SELECT id FROM lottery_days WHERE hall_id = ? ORDER BY day, service"), bind(hallId),
            into(ids), now;
    }
    std::vector<model::LotteryDay> out;
    for (const auto& id : ids)
        if (auto d = findDay(id))
            out.push_back(std::move(*d));
    return out;
}

std::optional<model::LotteryDay> LotteryRepository::findDayOf(const std::string& hallId, const std::string& service,
                                                              const std::string& day)
{
    auto session = m_db.session();
    return selectDay(session, " WHERE hall_id = ? AND service = ? AND day = ?", {hallId, service, day});
}

std::optional<model::LotteryDay> LotteryRepository::findDayOf(WriteTransaction& tx, const std::string& hallId,
                                                              const std::string& service, const std::string& day)
{
    return selectDay(tx.session(), " WHERE hall_id = ? AND service = ? AND day = ?", {hallId, service, day});
}

std::vector<std::string> LotteryRepository::dueForCommitment(std::int64_t nowSeconds)
{
    auto session = m_db.session();
    return readIds(session, m_db.sql(kDueForCommitment), nowSeconds);
}

std::vector<std::string> LotteryRepository::dueForDraw(std::int64_t nowSeconds)
{
    auto session = m_db.session();
    return readIds(session, m_db.sql(kDueForDraw), nowSeconds);
}

bool LotteryRepository::commit(WriteTransaction& tx, const std::string& id, const std::string& seedHex,
                               const std::string& commitment, std::int64_t nowSeconds)
{
    Poco::Data::Statement update(tx.session());
    Poco::Int64 at = nowSeconds;
    update << m_db.sql(kCommit), bind(seedHex), bind(commitment), use(at), bind(id);
    return update.execute() == 1;
}

bool LotteryRepository::markDrawn(WriteTransaction& tx, const std::string& id, std::int64_t nowSeconds)
{
    Poco::Data::Statement update(tx.session());
    Poco::Int64 at = nowSeconds;
    update << m_db.sql(kMarkDrawn), use(at), bind(id);
    return update.execute() == 1;
}

bool LotteryRepository::holdUndrawn(WriteTransaction& tx, const std::string& id)
{
    Poco::Data::Statement update(tx.session());
    update << m_db.sql(kHoldUndrawn), bind(id);
    return update.execute() == 1;
}

std::optional<std::string> LotteryRepository::seed(WriteTransaction& tx, const std::string& id)
{
    Poco::Nullable<std::string> seed;
    tx.session() << m_db.sql(kReadSeed), bind(id), into(seed), now;
    if (seed.isNull())
        return std::nullopt;
    return seed.value();
}

bool LotteryRepository::insertApplication(WriteTransaction& tx, const model::LotteryApplication& a)
{
    auto& s = tx.session();
    Poco::Int64 applied = a.appliedAt;
    s << m_db.sql(kInsertApplication), bind(a.id), bind(a.lotteryId), use(applied), bind(a.manageTokenHash),
        use(applied), now;
    for (const auto& p : a.parties) {
        Poco::Data::Statement insert(s);
        insert << m_db.sql(kInsertParty), bind(a.id), bind(p.position), bind(a.lotteryId), bind(p.personIndex),
            bind(p.idMasked), bind(p.name), bind(p.phone), bind(p.birthDate), bind(p.sex);
        if (insert.execute() != 1)
            return false;
    }
    return true;
}

std::vector<model::LotteryApplication> LotteryRepository::selectApplications(Poco::Data::Session& session,
                                                                             const std::string& where,
                                                                             const std::vector<std::string>& args,
                                                                             const std::string& order)
{
    std::vector<model::LotteryApplication> out;
    std::map<std::string, std::size_t> index;
    {
        Poco::Data::Statement st(session);
        st << m_db.sql(std::string(kSelectApplications) + where + order);
        for (const auto& a : args)
            st, bind(a);
        st.execute();
        Poco::Data::RecordSet rs(st);
        for (bool more = rs.moveFirst(); more; more = rs.moveNext()) {
            model::LotteryApplication a;
            a.id = rs["id"].convert<std::string>();
            a.lotteryId = rs["lottery_id"].convert<std::string>();
            a.appliedAt = rs["applied_at"].convert<Poco::Int64>();
            a.manageTokenHash = rs["manage_token_hash"].convert<std::string>();
            a.outcome = rs["outcome"].convert<std::string>();
            if (!rs["draw_rank"].isEmpty())
                a.drawRank = rs["draw_rank"].convert<int>();
            if (!rs["appointment_id"].isEmpty())
                a.appointmentId = rs["appointment_id"].convert<std::string>();
            index[a.id] = out.size();
            out.push_back(std::move(a));
        }
    }
    if (out.empty())
        return out;
    Poco::Data::Statement st(session);
    st << m_db.sql(std::string(kSelectParties) + where + ") ORDER BY application_id, position");
    for (const auto& a : args)
        st, bind(a);
    st.execute();
    Poco::Data::RecordSet rs(st);
    for (bool more = rs.moveFirst(); more; more = rs.moveNext()) {
        const auto it = index.find(rs["application_id"].convert<std::string>());
        if (it == index.end())
            continue;
        out[it->second].parties.push_back(readParty(rs));
    }
    return out;
}

std::optional<model::LotteryApplication> LotteryRepository::findApplication(const std::string& id)
{
    auto session = m_db.session();
    auto found = selectApplications(session, " WHERE id = ?", {id}, "");
    if (found.empty())
        return std::nullopt;
    return std::move(found.front());
}

std::vector<model::LotteryApplication> LotteryRepository::applications(const std::string& lotteryId)
{
    auto session = m_db.session();
    return selectApplications(session, " WHERE lottery_id = ?", {lotteryId}, " ORDER BY applied_at, id");
}

std::vector<model::LotteryApplication> LotteryRepository::applications(WriteTransaction& tx,
                                                                       const std::string& lotteryId)
{
    return selectApplications(tx.session(), " WHERE lottery_id = ?", {lotteryId}, " ORDER BY applied_at, id");
}

std::vector<model::LotteryApplication> LotteryRepository::waitlisted(WriteTransaction& tx, const std::string& lotteryId)
{
    return selectApplications(tx.session(), " WHERE lottery_id = ? AND outcome = 'waitlisted'", {lotteryId},
                              " ORDER BY draw_rank");
}

int LotteryRepository::waitlistPosition(const model::LotteryApplication& a)
{
    if (a.outcome != "waitlisted" || !a.drawRank)
        return 0;
    auto session = m_db.session();
    int rank = *a.drawRank;
    Poco::Int64 position = 0;
    session << m_db.sql(kWaitlistPosition), bind(a.lotteryId), use(rank), into(position), now;
    return static_cast<int>(position);
}

void LotteryRepository::setOutcome(WriteTransaction& tx, const std::string& id, int drawRank,
                                   const std::string& outcome, const std::optional<std::string>& appointmentId,
                                   std::int64_t nowSeconds)
{
    Poco::Nullable<std::string> appointment;
    if (appointmentId)
        appointment = *appointmentId;
    Poco::Int64 at = nowSeconds;
    tx.session() << m_db.sql(kSetOutcome), use(drawRank), bind(outcome), use(appointment), use(at), bind(id), now;
}

bool LotteryRepository::promote(WriteTransaction& tx, const std::string& id, const std::string& appointmentId,
                                std::int64_t nowSeconds)
{
    Poco::Data::Statement update(tx.session());
    Poco::Int64 at = nowSeconds;
    update << m_db.sql(kPromote), bind(appointmentId), use(at), bind(id);
    return update.execute() == 1;
}

}  // namespace wedreg::server::store
