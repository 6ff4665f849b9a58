// SPDX-License-Identifier: Apache-2.0
// CeremonyService, the day: running order (programme) and session planning. (Events, sessions and their status: CeremonyService.cpp.)
#include "server/service/CeremonyService.h"

#include "core/Errors.h"
#include "core/calendar/Date.h"
#include "server/service/HallService.h"
#include "server/service/ShanghaiTime.h"
#include "server/store/CeremonyRepository.h"
#include "server/store/PresenterRepository.h"

#include <algorithm>

namespace wedreg::server::service {

Programme CeremonyService::programme(const std::string& eventId)
{
    Programme p;
    p.event = get(eventId, true);
    p.venue = m_halls.get(p.event.venueId);
    const auto roster = m_presenters.list();
    const auto assigned = m_presenters.forEvent(eventId);
    const auto people = m_ceremonies.listSignups(eventId);
    for (const auto& session : p.event.sessions) {
        ProgrammeSession ps;
        ps.session = session;
        for (const auto& a : assigned)
            if (a.sessionId == session.id)
                for (const auto& r : roster)
                    if (r.id == a.presenterId)
                        ps.presenters.push_back(r);
        std::vector<const model::CeremonySignup*> couples;
        for (const auto& s : people)
            if (s.sessionId && *s.sessionId == session.id && (s.status == "seated" || s.status == "checked_in"))
                couples.push_back(&s);
        // Ten minutes of opening words, ten of closing; the couples share the time between evenly.
        const auto opening = session.startAt + 600;
        const auto span = std::max<std::int64_t>(session.endAt - 600 - opening, 60);
        const auto n = static_cast<std::int64_t>(couples.size());
        for (std::int64_t i = 0; i < n; ++i) {
            ProgrammeCouple c;
            c.order = static_cast<int>(i) + 1;
            c.time = shanghaiClock(opening + span * i / n);
            c.names = couples[i]->nameA + " · " + couples[i]->nameB;
            if (!ps.presenters.empty())
                c.presenter = ps.presenters[static_cast<std::size_t>(i * static_cast<std::int64_t>(ps.presenters.size()) / n)].name;
            c.status = couples[i]->status;
            ps.couples.push_back(std::move(c));
        }
        p.sessions.push_back(std::move(ps));
    }
    return p;
}

DayPlanning CeremonyService::planning(const std::string& dayText, int couplesPerSession)
{
    const auto day = core::toIsoString(core::parseIsoDate(dayText, "date"));
    if (couplesPerSession < 1 || couplesPerSession > kMaxCapacity)
        throw core::InvalidField("couples_per_session", "out-of-range");
    DayPlanning plan;
    plan.day = day;
    plan.couplesPerSession = couplesPerSession;
    const auto booked = m_ceremonies.bookedCouplesByHall(day);
    for (const auto& hall : *m_halls.list()) {
        if (hall.kind == "ceremony_venue")
            continue;
        const auto it = booked.find(hall.id);
        const int n = it == booked.end() ? 0 : it->second;
        plan.halls.push_back({hall.id, hall.name, n, (n + couplesPerSession - 1) / couplesPerSession});
        plan.totalBooked += n;
    }
    plan.suggestedSessions = (plan.totalBooked + couplesPerSession - 1) / couplesPerSession;
    for (const auto& e : m_ceremonies.listEvents(true)) {
        if (e.day != day || e.status == "archived")
            continue;
        const auto counts = m_ceremonies.counts(e.id);
        int unwished = 0;
        if (const auto any = counts.find(""); any != counts.end())
            unwished = any->second.waitlisted;
        for (const auto& s : e.sessions) {
            SessionWarning w{e.id, s.id, s.position, s.capacity, 0, "ok"};
            if (const auto it = counts.find(s.id); it != counts.end())
                w.demand = it->second.seated + it->second.checkedIn + it->second.waitlisted;
            // Couples waiting for "any session" press on every full session.
            if (w.demand >= s.capacity)
                w.demand += unwished;
            // Over: more couples want it than it seats. Under: less than half of it is taken.
            if (w.demand > s.capacity)
                w.level = "over-subscribed";
            else if (w.demand * 2 < s.capacity)
                w.level = "under-subscribed";
            plan.sessions.push_back(w);
        }
    }
    return plan;
}

}  // namespace wedreg::server::service
