// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace wedreg::server::store {

class Database;

// One count of the yearly report: a metric for a hall in a month ("2026-05").
struct StatCount {
    std::string hallId;
    std::string month;
    std::string metric;  // marriages | divorce_applications | withdrawals | lapses | divorces | reissues |
                         // record_certificates | refusals
    std::int64_t count = 0;
};

// The counts the bureaus' yearly reports are made of, grouped in the database. Days are ISO text,
// so a month is its first seven characters on both engines.
class StatsRepository {
public:
    explicit StatsRepository(Database& db);

    // Acts dated from..to (ISO days, inclusive); withdrawals and lapses by the day they closed.
    std::vector<StatCount> counts(const std::string& from, const std::string& to,
                                  const std::optional<std::string>& hallId);

private:
    Database& m_db;
};

}  // namespace wedreg::server::store
