// SPDX-License-Identifier: Apache-2.0
#include "server/service/SlotService.h"

#include "core/Errors.h"
#include "server/service/Clock.h"
#include "server/store/PlanRepository.h"
#include "server/store/SlotRepository.h"

#include <Poco/Logger.h>

#include <algorithm>
#include <chrono>

namespace wedreg::server::service {
namespace {

std::int64_t steadyMs()
{
    using namespace std::chrono;
    return duration_cast<milliseconds>(steady_clock::now().time_since_epoch()).count();
}

// "hall.service.YYYYMMDD.HHMM" → (hall, service); empty when the id has another shape.
std::pair<std::string, std::string> hallAndService(const std::string& slotId)
{
    const auto time = slotId.rfind('.');
    if (time == std::string::npos || time == 0)
        return {};
    const auto date = slotId.rfind('.', time - 1);
    if (date == std::string::npos || date == 0)
        return {};
    const auto service = slotId.rfind('.', date - 1);
    if (service == std::string::npos)
        return {};
    return {slotId.substr(0, service), slotId.substr(service + 1, date - service - 1)};
}

}  // namespace

SlotService::SlotService(store::SlotRepository& slots, store::PlanRepository& plans,
                         const core::WorkingCalendar& calendar, const Clock& clock, SlotPolicy policy)
    : m_slots(slots)
    , m_plans(plans)
    , m_calendar(calendar)
    , m_clock(clock)
    , m_policy(policy)
{
}

std::int64_t SlotService::now() const
{
    return m_clock.nowSeconds();
}

core::Date SlotService::today() const
{
    return core::dateInShanghai(std::chrono::system_clock::time_point(std::chrono::seconds(m_clock.nowSeconds())));
}

GenerationReport SlotService::generate()
{
    const auto from = today();
    const auto to = core::addDays(from, m_policy.horizonDays);
    const SlotGenerator generator(m_calendar, m_policy.release);
    auto generated = generator.generate(m_plans.loadAll(), from, to);
    GenerationReport report;
    report.added = m_slots.insertMissing(generated.list);
    report.unknownCalendarDays = std::move(generated.unknownCalendarDays);
    if (!report.unknownCalendarDays.empty())
        Poco::Logger::get("wedreg.slots")
            .warning("no slots generated for %s … %s: no public-holiday calendar for that year is loaded "
                     "(add assets/calendar/holidays-YYYY.json)",
                     report.unknownCalendarDays.front(), report.unknownCalendarDays.back());
    std::lock_guard lock(m_mutex);
    m_cache.clear();
    return report;
}

std::shared_ptr<std::vector<model::Slot>> SlotService::cached(const Key& key, const std::string& from,
                                                               const std::string& to)
{
    {
        std::lock_guard lock(m_mutex);
        const auto it = m_cache.find(key);
        if (it != m_cache.end() && it->second.from <= from && to <= it->second.to &&
            steadyMs() - it->second.loadedAtMs < m_policy.cacheTtlMs)
            return it->second.slots;
    }
    // Load the whole horizon of this hall and service, so the next reader's range hits too.
    const auto today = this->today();
    auto windowFrom = core::toIsoString(core::addDays(today, -1));
    auto windowTo = core::toIsoString(core::addDays(today, m_policy.horizonDays + 1));
    if (from < windowFrom || to > windowTo) {
        windowFrom = std::min(windowFrom, from);
        windowTo = std::max(windowTo, to);
    }
    auto loaded = std::make_shared<std::vector<model::Slot>>(m_slots.list(key.first, key.second, windowFrom, windowTo));
    std::lock_guard lock(m_mutex);
    m_cache[key] = Entry{steadyMs(), windowFrom, windowTo, loaded, 0, {}};
    return loaded;
}

std::vector<model::Slot> SlotService::list(const std::string& hallId, const std::string& service, core::Date from,
                                           core::Date to)
{
    const auto fromIso = core::toIsoString(from);
    const auto toIso = core::toIsoString(to);
    const auto all = cached({hallId, service}, fromIso, toIso);
    std::vector<model::Slot> out;
    std::lock_guard lock(m_mutex);  // adjust() writes counts under this lock
    for (const auto& s : *all)
        if (s.day >= fromIso && s.day <= toIso)
            out.push_back(s);
    return out;
}

model::Slot SlotService::get(const std::string& slotId)
{
    const auto key = hallAndService(slotId);
    if (!key.first.empty()) {
        std::lock_guard lock(m_mutex);
        const auto it = m_cache.find(key);
        if (it != m_cache.end())
            for (const auto& s : *it->second.slots)
                if (s.id == slotId)
                    return s;
    }
    auto found = m_slots.find(slotId);
    if (!found)
        throw core::InvalidField("slot_id", "unknown");
    return *found;
}

void SlotService::adjust(const std::string& slotId, int delta)
{
    const auto key = hallAndService(slotId);
    std::lock_guard lock(m_mutex);
    const auto it = m_cache.find(key);
    if (it == m_cache.end())
        return;
    for (auto& s : *it->second.slots)
        if (s.id == slotId)
            s.booked = std::max(0, std::min(s.capacity, s.booked + delta));
    ++it->second.version;
    it->second.bodies.clear();
}

void SlotService::forget(const std::string& hallId, const std::string& service)
{
    std::lock_guard lock(m_mutex);
    m_cache.erase(Key{hallId, service});
}

std::shared_ptr<const std::string> SlotService::rendered(const std::string& hallId, const std::string& service,
                                                         core::Date from, core::Date to, const Renderer& render)
{
    const Key key{hallId, service};
    const std::pair<std::string, std::string> range{core::toIsoString(from), core::toIsoString(to)};
    const auto all = cached(key, range.first, range.second);
    std::uint64_t version = 0;
    {
        std::lock_guard lock(m_mutex);
        const auto it = m_cache.find(key);
        if (it != m_cache.end() && it->second.slots == all) {
            if (const auto body = it->second.bodies.find(range); body != it->second.bodies.end())
                return body->second;
            version = it->second.version;
        }
    }
    auto body = std::make_shared<const std::string>(render(list(hallId, service, from, to)));
    std::lock_guard lock(m_mutex);
    // Kept only if no write moved a count while it was rendered (it would show the old count).
    const auto it = m_cache.find(key);
    if (it != m_cache.end() && it->second.slots == all && it->second.version == version)
        it->second.bodies[range] = body;
    return body;
}

}  // namespace wedreg::server::service
