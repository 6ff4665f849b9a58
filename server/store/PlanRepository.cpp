// SPDX-License-Identifier: Apache-2.0
#include "server/store/PlanRepository.h"

#include "server/store/Database.h"
#include "server/store/WriteTransaction.h"

#include <Poco/Data/RecordSet.h>
#include <Poco/Nullable.h>

#include <algorithm>
#include <string>

using namespace Poco::Data::Keywords;

namespace wedreg::server::store {
namespace {

constexpr auto kSelectPeriods =
    "SELECT hall_id, service, weekday, start_minute, end_minute, slot_minutes, counters, couples_per_slot"
    " FROM working_plans ORDER BY hall_id, service, weekday, start_minute";
constexpr auto kSelectClosures = "SELECT hall_id, day, reason FROM hall_closures ORDER BY hall_id, day";
constexpr auto kSelectOpenings =
    "SELECT hall_id, service, day, start_minute, end_minute, slot_minutes, counters, couples_per_slot, name,"
    " opens_at FROM special_openings ORDER BY hall_id, service, day, start_minute";
constexpr auto kInsertPeriods =
    "INSERT INTO working_plans (hall_id, service, weekday, start_minute, end_minute, slot_minutes, counters,"
    " couples_per_slot) VALUES ";
constexpr auto kPeriodRow = "(?, ?, ?, ?, ?, ?, ?, ?)";
// Rows per INSERT: a plan has hundreds of periods (halls × services × weekdays × periods), and one
// statement each is a round trip each on PostgreSQL. 8 parameters a row stays far below SQLite's limit.
constexpr std::size_t kPeriodsPerInsert = 100;
constexpr auto kInsertClosure = "INSERT INTO hall_closures (hall_id, day, reason) VALUES (?, ?, ?)";
constexpr auto kInsertOpening =
    "INSERT INTO special_openings (hall_id, service, day, start_minute, end_minute, slot_minutes, counters,"
    " couples_per_slot, name, opens_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";

int intAt(Poco::Data::RecordSet& rs, const char* column)
{
    return rs[column].convert<int>();
}

}  // namespace

PlanRepository::PlanRepository(Database& db)
    : m_db(db)
{
}

model::WorkingPlans PlanRepository::loadAll()
{
    model::WorkingPlans plans;
    auto session = m_db.session();
    {
        Poco::Data::Statement select(session);
        select << kSelectPeriods, now;
        Poco::Data::RecordSet rs(select);
        for (bool more = rs.moveFirst(); more; more = rs.moveNext()) {
            model::PlanPeriod p;
            p.hallId = rs["hall_id"].convert<std::string>();
            p.service = rs["service"].convert<std::string>();
            p.weekday = intAt(rs, "weekday");
            p.startMinute = intAt(rs, "start_minute");
            p.endMinute = intAt(rs, "end_minute");
            p.slotMinutes = intAt(rs, "slot_minutes");
            p.counters = intAt(rs, "counters");
            p.couplesPerSlot = intAt(rs, "couples_per_slot");
            plans.periods.push_back(std::move(p));
        }
    }
    {
        Poco::Data::Statement select(session);
        select << kSelectClosures, now;
        Poco::Data::RecordSet rs(select);
        for (bool more = rs.moveFirst(); more; more = rs.moveNext())
            plans.closures.push_back({rs["hall_id"].convert<std::string>(), rs["day"].convert<std::string>(),
                                      rs["reason"].convert<std::string>()});
    }
    {
        Poco::Data::Statement select(session);
        select << kSelectOpenings, now;
        Poco::Data::RecordSet rs(select);
        for (bool more = rs.moveFirst(); more; more = rs.moveNext()) {
            model::SpecialOpening o;
            o.hallId = rs["hall_id"].convert<std::string>();
            o.service = rs["service"].convert<std::string>();
            o.day = rs["day"].convert<std::string>();
            o.startMinute = intAt(rs, "start_minute");
            o.endMinute = intAt(rs, "end_minute");
            o.slotMinutes = intAt(rs, "slot_minutes");
            o.counters = intAt(rs, "counters");
            o.couplesPerSlot = intAt(rs, "couples_per_slot");
            o.name = rs["name"].convert<std::string>();
            if (!rs["opens_at"].isEmpty())
                o.opensAt = rs["opens_at"].convert<Poco::Int64>();
            plans.openings.push_back(std::move(o));
        }
    }
    return plans;
}

void PlanRepository::insert(const model::WorkingPlans& plans)
{
    WriteTransaction tx(m_db);
    auto& s = tx.session();
    for (std::size_t first = 0; first < plans.periods.size(); first += kPeriodsPerInsert) {
        const auto last = std::min(plans.periods.size(), first + kPeriodsPerInsert);
        std::string sql = kInsertPeriods;
        for (auto i = first; i < last; ++i)
            sql += i == first ? kPeriodRow : std::string(", ") + kPeriodRow;
        Poco::Data::Statement insert(s);
        insert << m_db.sql(sql);
        for (auto i = first; i < last; ++i) {
            const auto& p = plans.periods[i];
            insert, bind(p.hallId), bind(p.service), bind(p.weekday), bind(p.startMinute), bind(p.endMinute),
                bind(p.slotMinutes), bind(p.counters), bind(p.couplesPerSlot);
        }
        insert.execute();
    }
    for (const auto& c : plans.closures)
        s << m_db.sql(kInsertClosure), bind(c.hallId), bind(c.day), bind(c.reason), now;
    for (const auto& o : plans.openings) {
        Poco::Nullable<Poco::Int64> opensAt;
        if (o.opensAt)
            opensAt = *o.opensAt;
        s << m_db.sql(kInsertOpening), bind(o.hallId), bind(o.service), bind(o.day), bind(o.startMinute),
            bind(o.endMinute), bind(o.slotMinutes), bind(o.counters), bind(o.couplesPerSlot), bind(o.name),
            use(opensAt), now;
    }
    tx.commit();
}

}  // namespace wedreg::server::store
