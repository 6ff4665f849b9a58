// SPDX-License-Identifier: Apache-2.0
#include "server/store/StatsRepository.h"

#include "server/store/Database.h"

#include <Poco/Data/RecordSet.h>

using namespace Poco::Data::Keywords;

namespace wedreg::server::store {
namespace {

// Each part: (hall, month, metric, count) for rows whose `day` column is in [?, ?] and, when a
// hall is asked for, at that hall (the `(? = '' OR hall_id = ?)` pair, cast for PostgreSQL's type inference).
struct Part {
    const char* metric;
    const char* from;  // FROM ... (table and join)
    const char* day;   // the day column that dates the count
    const char* where; // extra condition
};

constexpr Part kParts[] = {
    {"marriages", "registrations r", "r.day", "r.kind = 'marriage'"},
    {"divorce_applications", "registrations r", "r.day", "r.kind = 'divorce_application'"},
    {"withdrawals", "registrations r", "r.closed_day", "r.kind = 'divorce_application' AND r.status = 'withdrawn'"},
    {"lapses", "registrations r", "r.closed_day", "r.kind = 'divorce_application' AND r.status = 'lapsed'"},
    {"divorces", "registrations r", "r.day", "r.kind = 'divorce'"},
    {"reissues", "registrations r JOIN certificates c ON c.registration_id = r.id", "r.day",
     "r.kind = 'reissue' AND c.kind = 'reissue'"},
    {"record_certificates", "registrations r JOIN certificates c ON c.registration_id = r.id", "r.day",
     "r.kind = 'reissue' AND c.kind = 'record'"},
    {"refusals", "registration_refusals r", "r.day", "1 = 1"},
};

}  // namespace

StatsRepository::StatsRepository(Database& db)
    : m_db(db)
{
}

std::vector<StatCount> StatsRepository::counts(const std::string& from, const std::string& to,
                                               const std::optional<std::string>& hallId)
{
    std::string sql;
    for (const auto& part : kParts) {
        if (!sql.empty())
            sql += " UNION ALL ";
        sql += std::string("SELECT r.hall_id AS hall_id, substr(") + part.day + ", 1, 7) AS month, '" + part.metric +
               "' AS metric, COUNT(*) AS n FROM " + part.from + " WHERE " + part.where + " AND " + part.day +
               " >= ? AND " + part.day + " <= ? AND (CAST(? AS TEXT) = '' OR r.hall_id = CAST(? AS TEXT)) GROUP BY r.hall_id, substr(" + part.day +
               ", 1, 7)";
    }
    sql += " ORDER BY hall_id, month, metric";
    const std::string hall = hallId.value_or("");
    auto session = m_db.session();
    Poco::Data::Statement st(session);
    st << m_db.sql(sql);
    for (std::size_t i = 0; i < std::size(kParts); ++i)
        st, bind(from), bind(to), bind(hall), bind(hall);
    st.execute();
    Poco::Data::RecordSet rs(st);
    std::vector<StatCount> out;
    for (bool more = rs.moveFirst(); more; more = rs.moveNext())
        out.push_back({rs["hall_id"].convert<std::string>(), rs["month"].convert<std::string>(),
                       rs["metric"].convert<std::string>(), rs["n"].convert<Poco::Int64>()});
    return out;
}

}  // namespace wedreg::server::store
