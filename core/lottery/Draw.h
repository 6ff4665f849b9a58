// SPDX-License-Identifier: Apache-2.0
#pragma once

// The verifiable lottery of a hot day (issue 3 §5, DESIGN §5), as pure functions so that anyone
// can re-run a draw from its published record. At window open the server publishes
// commitment = hex(SHA-256(seed)); at the draw it reveals the seed and ranks the applications by
// hex(HMAC-SHA-256(seed, application id)), ascending (ties, which need a SHA-256 collision, by id).

#include <cstdint>
#include <string>
#include <vector>

namespace wedreg::core::lottery {

struct Application {
    std::string id;
    std::int64_t appliedAt = 0;  // unix seconds
};

// What is published: the commitment and its time at window open, the rest at the draw.
struct DrawRecord {
    std::string commitment;  // lowercase hex SHA-256 of the seed
    std::int64_t committedAt = 0;
    std::string seedHex;  // revealed at the draw
    std::vector<Application> applications;
    std::vector<std::string> ranking;  // application ids, first = first winner
};

// A fresh secret seed: 32 random bytes as lowercase hex. Shared by every lottery (ceremonies,
// hot booking days) so that all of them commit to seeds of the same strength.
std::string newSeedHex();
std::string commitmentOf(const std::string& seedHex);
// Throws std::invalid_argument for a seed that is not an even-length hex string.
std::vector<std::string> rank(const std::string& seedHex, const std::vector<Application>& applications);

// Every reason a published record does not check out; empty = verified.
// "seed-not-committed" (SHA-256 of the revealed seed is not the commitment), "commitment-late"
// (an application came in before the commitment was published), "ranking-differs".
std::vector<std::string> verify(const DrawRecord& record);

}  // namespace wedreg::core::lottery
