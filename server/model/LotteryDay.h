// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "server/model/Appointment.h"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace wedreg::server::model {

// A hall's hot day for one service, allocated by the verifiable lottery instead of first-come
// (docs/BOOKING-LOTTERY.md). Times are Unix seconds.
struct LotteryDay {
    std::string id;
    std::string hallId;
    std::string service;
    std::string day;  // ISO date, Asia/Shanghai
    std::int64_t windowOpensAt = 0;
    std::int64_t windowClosesAt = 0;
    std::int64_t drawAt = 0;
    std::optional<std::string> commitment;
    std::optional<std::int64_t> committedAt;
    std::optional<std::string> revealedSeed;  // only once drawn: the store never reads it out before
    std::optional<std::int64_t> drawnAt;
    std::string createdBy;
    std::int64_t createdAt = 0;
};

// One couple's (or person's) application. Parties are kept the way appointments keep them.
struct LotteryApplication {
    std::string id;
    std::string lotteryId;
    std::int64_t appliedAt = 0;
    std::string manageTokenHash;
    std::string outcome;  // "pending" | "won" | "waitlisted" | "void"
    std::optional<int> drawRank;
    std::optional<std::string> appointmentId;
    std::vector<Party> parties;
};

}  // namespace wedreg::server::model
