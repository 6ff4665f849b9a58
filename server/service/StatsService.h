// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "server/model/Staff.h"

#include <array>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace wedreg::server::store {
class StatsRepository;
}

namespace wedreg::server::service {

class HallService;

// The yearly report's counts per hall and month (DESIGN §4 "Statistics"): acts by kind, withdrawals
// and lapses of divorce applications, record certificates and refusals. `acts` is what the
// reports total: marriages + divorce applications + divorces + reissues (record certificates
// included, as the bureaus count every 补领 as one act).
struct StatsRow {
    static constexpr std::array<const char*, 8> kMetrics{"marriages",           "divorce_applications", "withdrawals",
                                                         "lapses",              "divorces",             "reissues",
                                                         "record_certificates", "refusals"};
    std::string hallId;  // empty in the totals row
    std::string month;   // "YYYY-MM"; empty in the totals row
    std::array<std::int64_t, kMetrics.size()> counts{};
    std::int64_t acts() const { return counts[0] + counts[1] + counts[4] + counts[5] + counts[6]; }
};

struct StatsReport {
    std::string from;
    std::string to;
    std::optional<std::string> hallId;
    std::vector<StatsRow> rows;
    StatsRow totals;
};

class StatsService {
public:
    static constexpr int kMaxDays = 5 * 366;

    StatsService(store::StatsRepository& stats, HallService& halls);

    // from/to: ISO days, inclusive. A registrar sees their own hall only (a hall_id is implied).
    // Throws InvalidField{"from"|"to"|"hall"}, Forbidden{"hall"}.
    StatsReport report(const model::StaffPrincipal& staff, const std::string& from, const std::string& to,
                       const std::optional<std::string>& hallId);

private:
    store::StatsRepository& m_stats;
    HallService& m_halls;
};

}  // namespace wedreg::server::service
