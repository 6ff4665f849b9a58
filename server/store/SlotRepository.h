// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "server/model/Slot.h"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace wedreg::server::store {

class Database;
class WriteTransaction;

class SlotRepository {
public:
    explicit SlotRepository(Database& db);

    // Adds the slots not yet present (by id) and leaves existing ones — and their bookings — alone,
    // so every server may run generation at any time. Returns how many were added.
    std::size_t insertMissing(const std::vector<model::Slot>& slots);

    std::vector<model::Slot> list(const std::string& hallId, const std::string& service, const std::string& fromDay,
                                  const std::string& toDay);
    std::optional<model::Slot> find(const std::string& id);

    // The capacity check itself: one conditional UPDATE inside the caller's transaction. True when a
    // seat was taken; false when the slot is full or not yet released at `nowSeconds`.
    bool take(WriteTransaction& tx, const std::string& id, std::int64_t nowSeconds);
    // The same conditional UPDATE for a seat the lottery allocates (draw, promotion): capacity is
    // still the database's guard, but the slot's release time does not apply — the lottery day's
    // own window replaced it.
    bool takeAllocated(WriteTransaction& tx, const std::string& id);
    // Gives a seat back (cancel, reschedule away).
    void release(WriteTransaction& tx, const std::string& id);

private:
    Database& m_db;
};

}  // namespace wedreg::server::store
