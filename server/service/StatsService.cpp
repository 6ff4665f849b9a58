// SPDX-License-Identifier: Apache-2.0
#include "server/service/StatsService.h"

#include "core/Errors.h"
#include "core/calendar/Date.h"
#include "server/service/AuthErrors.h"
#include "server/service/HallService.h"
#include "server/store/StatsRepository.h"

#include <algorithm>
#include <map>
#include <string_view>

namespace wedreg::server::service {

StatsService::StatsService(store::StatsRepository& stats, HallService& halls)
    : m_stats(stats)
    , m_halls(halls)
{
}

StatsReport StatsService::report(const model::StaffPrincipal& staff, const std::string& from, const std::string& to,
                                 const std::optional<std::string>& hallId)
{
    const auto first = core::parseIsoDate(from, "from");
    const auto last = core::parseIsoDate(to, "to");
    if (last < first)
        throw core::InvalidField("to", "before-from");
    if (core::daysBetween(first, last) > kMaxDays)
        throw core::InvalidField("to", "range-too-long");
    auto hall = hallId;
    if (staff.role == model::Role::Registrar && staff.hallId) {
        if (hall && *hall != *staff.hallId)
            throw Forbidden("hall");
        hall = staff.hallId;
    }
    if (hall) {
        try {
            m_halls.get(*hall);
        } catch (const core::NotFound&) {
            throw core::InvalidField("hall", "unknown");
        }
    }

    StatsReport out{from, to, hall, {}, {}};
    std::map<std::pair<std::string, std::string>, StatsRow> rows;
    for (const auto& c : m_stats.counts(from, to, hall)) {
        auto& row = rows[{c.hallId, c.month}];
        row.hallId = c.hallId;
        row.month = c.month;
        const auto it = std::find_if(StatsRow::kMetrics.begin(), StatsRow::kMetrics.end(),
                                     [&](const char* m) { return std::string_view(m) == c.metric; });
        const auto index = static_cast<std::size_t>(it - StatsRow::kMetrics.begin());
        row.counts.at(index) += c.count;
        out.totals.counts.at(index) += c.count;
    }
    for (auto& [key, row] : rows)
        out.rows.push_back(std::move(row));
    return out;
}

}  // namespace wedreg::server::service
