// SPDX-License-Identifier: Apache-2.0
#include "server/store/SlotRepository.h"

#include "server/store/Database.h"
#include "server/store/WriteTransaction.h"

#include <Poco/Data/RecordSet.h>

#include <algorithm>

using namespace Poco::Data::Keywords;

namespace wedreg::server::store {
namespace {

constexpr auto kInsertSlots = "INSERT INTO slots (id, hall_id, service, day, start_at, end_at, capacity, booked, opens_at) VALUES ";
constexpr auto kSlotRow = "(?, ?, ?, ?, ?, ?, ?, 0, ?)";
constexpr auto kKeepExisting = " ON CONFLICT DO NOTHING";
// Rows per INSERT: a month of slots for every hall is a few thousand rows, and one round trip
// per row made each start-up seconds slower on PostgreSQL.
constexpr std::size_t kRowsPerInsert = 200;
constexpr auto kSelectSlots =
    "SELECT id, hall_id, service, day, start_at, end_at, capacity, booked, opens_at,"
    " CASE WHEN EXISTS (SELECT 1 FROM lottery_days l WHERE l.hall_id = slots.hall_id AND l.service = slots.service"
    " AND l.day = slots.day) THEN 1 ELSE 0 END AS lottery FROM slots";
constexpr auto kWhereRange = " WHERE hall_id = ? AND service = ? AND day >= ? AND day <= ? ORDER BY start_at";
constexpr auto kWhereId = " WHERE id = ?";
// The one place a first-come seat is taken: never more than capacity, never before release, never
// on a lottery day (those seats go to the draw's winners: kTakeAllocatedSeat). The lottery check is
// here, on the UNIQUE (hall_id, service, day) index, rather than a read before the transaction: it
// costs nothing when the day is not a lottery day, and no other server can slip a booking in.
constexpr auto kTakeSeat =
    "UPDATE slots SET booked = booked + 1 WHERE id = ? AND booked < capacity AND opens_at <= ?"
    " AND NOT EXISTS (SELECT 1 FROM lottery_days l"
    " WHERE l.hall_id = slots.hall_id AND l.service = slots.service AND l.day = slots.day)";
constexpr auto kTakeAllocatedSeat = "UPDATE slots SET booked = booked + 1 WHERE id = ? AND booked < capacity";
constexpr auto kReleaseSeat = "UPDATE slots SET booked = booked - 1 WHERE id = ? AND booked > 0";

std::vector<model::Slot> readSlots(Poco::Data::Statement& select)
{
    Poco::Data::RecordSet rs(select);
    std::vector<model::Slot> out;
    for (bool more = rs.moveFirst(); more; more = rs.moveNext()) {
        model::Slot s;
        s.id = rs["id"].convert<std::string>();
        s.hallId = rs["hall_id"].convert<std::string>();
        s.service = rs["service"].convert<std::string>();
        s.day = rs["day"].convert<std::string>();
        s.startAt = rs["start_at"].convert<Poco::Int64>();
        s.endAt = rs["end_at"].convert<Poco::Int64>();
        s.capacity = rs["capacity"].convert<int>();
        s.booked = rs["booked"].convert<int>();
        s.opensAt = rs["opens_at"].convert<Poco::Int64>();
        s.lottery = rs["lottery"].convert<int>() != 0;
        out.push_back(std::move(s));
    }
    return out;
}

}  // namespace

SlotRepository::SlotRepository(Database& db)
    : m_db(db)
{
}

std::size_t SlotRepository::insertMissing(const std::vector<model::Slot>& slots)
{
    if (slots.empty())
        return 0;
    WriteTransaction tx(m_db);
    std::size_t added = 0;
    for (std::size_t first = 0; first < slots.size(); first += kRowsPerInsert) {
        const auto last = std::min(slots.size(), first + kRowsPerInsert);
        std::string sql = kInsertSlots;
        for (auto i = first; i < last; ++i)
            sql += i == first ? kSlotRow : std::string(", ") + kSlotRow;
        Poco::Data::Statement insert(tx.session());
        insert << m_db.sql(sql + kKeepExisting);
        for (auto i = first; i < last; ++i) {
            const auto& s = slots[i];
            insert, bind(s.id), bind(s.hallId), bind(s.service), bind(s.day), bind(static_cast<Poco::Int64>(s.startAt)),
                bind(static_cast<Poco::Int64>(s.endAt)), bind(s.capacity), bind(static_cast<Poco::Int64>(s.opensAt));
        }
        added += insert.execute();
    }
    tx.commit();
    return added;
}

std::vector<model::Slot> SlotRepository::list(const std::string& hallId, const std::string& service,
                                              const std::string& fromDay, const std::string& toDay)
{
    auto session = m_db.session();
    Poco::Data::Statement select(session);
    select << m_db.sql(std::string(kSelectSlots) + kWhereRange), bind(hallId), bind(service), bind(fromDay),
        bind(toDay), now;
    return readSlots(select);
}

std::optional<model::Slot> SlotRepository::find(const std::string& id)
{
    auto session = m_db.session();
    Poco::Data::Statement select(session);
    select << m_db.sql(std::string(kSelectSlots) + kWhereId), bind(id), now;
    auto found = readSlots(select);
    if (found.empty())
        return std::nullopt;
    return found.front();
}

bool SlotRepository::take(WriteTransaction& tx, const std::string& id, std::int64_t nowSeconds)
{
    Poco::Data::Statement update(tx.session());
    Poco::Int64 at = nowSeconds;
    update << m_db.sql(kTakeSeat), bind(id), use(at);
    return update.execute() == 1;
}

bool SlotRepository::takeAllocated(WriteTransaction& tx, const std::string& id)
{
    Poco::Data::Statement update(tx.session());
    update << m_db.sql(kTakeAllocatedSeat), bind(id);
    return update.execute() == 1;
}

void SlotRepository::release(WriteTransaction& tx, const std::string& id)
{
    Poco::Data::Statement update(tx.session());
    update << m_db.sql(kReleaseSeat), bind(id);
    update.execute();
}

}  // namespace wedreg::server::store
