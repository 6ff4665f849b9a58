// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/calendar/Date.h"
#include "server/model/Slot.h"
#include "server/service/SlotGenerator.h"

#include <cstdint>
#include <functional>
#include <map>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <vector>

namespace wedreg::core {
class WorkingCalendar;
}

namespace wedreg::server::store {
class PlanRepository;
class SlotRepository;
}  // namespace wedreg::server::store

namespace wedreg::server::service {

class Clock;

struct SlotPolicy {
    int horizonDays = 30;
    ReleasePolicy release;
    // How long a cached (hall, service) list is trusted without a write from this process: the
    // bound on how stale another server's bookings may look here.
    int cacheTtlMs = 1000;
};

struct GenerationReport {
    std::size_t added = 0;
    std::vector<std::string> unknownCalendarDays;
};

// Slots: generated from the working plans for a rolling horizon, and served to browsers from
// memory so that a rush of availability reads does not touch the database. This process's own
// writes adjust the cache at once; other servers' writes show within cacheTtlMs.
class SlotService {
public:
    SlotService(store::SlotRepository& slots, store::PlanRepository& plans, const core::WorkingCalendar& calendar,
                const Clock& clock, SlotPolicy policy);

    // today … today + horizon. Idempotent; safe on several servers at once.
    GenerationReport generate();

    core::Date today() const;
    std::int64_t now() const;
    const core::WorkingCalendar& calendar() const { return m_calendar; }
    int horizonDays() const { return m_policy.horizonDays; }

    // Slots of a hall and service between two days (inclusive).
    std::vector<model::Slot> list(const std::string& hallId, const std::string& service, core::Date from, core::Date to);
    // Throws core::InvalidField{"slot_id", "unknown"}. Capacity and booked may be stale: only the
    // immutable parts (hall, service, day, times, release) may be relied on.
    model::Slot get(const std::string& slotId);

    // After a committed write: move the cached count so readers here see it at once.
    void adjust(const std::string& slotId, int delta);
    // After a committed change to how a hall's seats for a service are given (a lottery day
    // declared): the next reader here loads them again. Other servers see it after cacheTtlMs.
    void forget(const std::string& hallId, const std::string& service);

    // list() as rendered by `render`, kept until the cached counts change (a write here, or the
    // reload after cacheTtlMs): in a browsing rush most readers get the same bytes without
    // formatting a single slot.
    using Renderer = std::function<std::string(const std::vector<model::Slot>&)>;
    std::shared_ptr<const std::string> rendered(const std::string& hallId, const std::string& service, core::Date from,
                                                core::Date to, const Renderer& render);

private:
    struct Entry {
        std::int64_t loadedAtMs = 0;
        std::string from;
        std::string to;
        std::shared_ptr<std::vector<model::Slot>> slots;
        std::uint64_t version = 0;  // bumped by every adjust(); a reload is a new entry
        std::map<std::pair<std::string, std::string>, std::shared_ptr<const std::string>> bodies;  // by (from, to)
    };
    using Key = std::pair<std::string, std::string>;

    std::shared_ptr<std::vector<model::Slot>> cached(const Key& key, const std::string& from, const std::string& to);

    store::SlotRepository& m_slots;
    store::PlanRepository& m_plans;
    const core::WorkingCalendar& m_calendar;
    const Clock& m_clock;
    SlotPolicy m_policy;
    std::mutex m_mutex;
    std::map<Key, Entry> m_cache;
};

}  // namespace wedreg::server::service
