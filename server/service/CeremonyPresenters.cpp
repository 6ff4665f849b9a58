// SPDX-License-Identifier: Apache-2.0
// CeremonyService, honoured presenters: the roster and who presents at which session. (Events, sessions and their status: CeremonyService.cpp.)
#include "server/service/CeremonyService.h"

#include "core/Errors.h"
#include "core/calendar/Date.h"
#include "server/service/Clock.h"
#include "server/service/RowId.h"
#include "server/store/AuditLog.h"
#include "server/store/CeremonyRepository.h"
#include "server/store/PresenterRepository.h"
#include "server/store/WriteTransaction.h"

#include <Poco/String.h>

#include <algorithm>

namespace wedreg::server::service {

model::Presenter CeremonyService::addPresenter(model::Presenter p, const Actor& actor)
{
    if (Poco::trim(p.name).empty())
        throw core::InvalidField("name", "empty");
    if (Poco::trim(p.honour).empty())
        throw core::InvalidField("honour", "empty");
    if (!p.contactConsent && !p.contact.empty())
        throw core::InvalidField("contact", "no-consent");
    for (std::size_t i = 0; i < p.availableDays.size(); ++i)
        p.availableDays[i] =
            core::toIsoString(core::parseIsoDate(p.availableDays[i], "available_days[" + std::to_string(i) + "]"));
    p.id = newRowId();
    store::WriteTransaction tx(m_db);
    m_presenters.insert(tx, p, m_clock.nowSeconds());
    m_audit.append(tx, {actor.auditName(), "presenter.add", "presenter:" + p.id,
                        std::string("{\"photo_consent\":") + (p.photoConsent ? "true" : "false") +
                            ",\"contact_consent\":" + (p.contactConsent ? "true" : "false") + "}"},
                   m_clock.nowSeconds());
    tx.commit();
    return p;
}

std::vector<model::Presenter> CeremonyService::presenters()
{
    return m_presenters.list();
}

void CeremonyService::assignPresenter(const std::string& eventId, const std::string& sessionId,
                                      const std::string& presenterId, int position, const Actor& actor)
{
    const auto event = get(eventId, true);
    const model::CeremonySession* session = nullptr;
    for (const auto& s : event.sessions)
        if (s.id == sessionId)
            session = &s;
    if (!session)
        throw core::NotFound("ceremony-session");
    if (position < 1 || position > 50)
        throw core::InvalidField("position", "out-of-range");
    const auto now = m_clock.nowSeconds();
    store::WriteTransaction tx(m_db);
    // The presenter's row lock: two assignments of one presenter run one after the other, so the
    // overlap check below sees every earlier assignment.
    if (!m_presenters.lock(tx, presenterId, now)) {
        tx.rollback();
        throw core::NotFound("presenter");
    }
    if (!m_presenters.availableOn(tx, presenterId, event.day)) {
        tx.rollback();
        throw core::Conflict("presenter-unavailable");
    }
    if (m_presenters.overlapping(tx, presenterId, sessionId, session->startAt, session->endAt) > 0) {
        tx.rollback();
        throw core::Conflict("presenter-busy");
    }
    if (!m_presenters.assign(tx, {sessionId, presenterId, position})) {
        tx.rollback();
        throw core::Conflict("presenter-assigned");
    }
    m_audit.append(tx, {actor.auditName(), "presenter.assign", "presenter:" + presenterId,
                        "{\"event\":\"" + eventId + "\",\"session\":" + std::to_string(session->position) +
                            ",\"position\":" + std::to_string(position) + "}"},
                   now);
    tx.commit();
}

std::vector<model::SessionPresenter> CeremonyService::assignments(const std::string& eventId)
{
    get(eventId, true);  // NotFound for an unknown event, rather than an empty list
    return m_presenters.forEvent(eventId);
}

void CeremonyService::unassignPresenter(const std::string& eventId, const std::string& sessionId,
                                        const std::string& presenterId, const Actor& actor)
{
    const auto event = get(eventId, true);
    const auto session = std::find_if(event.sessions.begin(), event.sessions.end(),
                                      [&](const model::CeremonySession& s) { return s.id == sessionId; });
    if (session == event.sessions.end())
        throw core::NotFound("ceremony-session");
    const auto now = m_clock.nowSeconds();
    store::WriteTransaction tx(m_db);
    if (!m_presenters.unassign(tx, sessionId, presenterId)) {
        tx.rollback();
        throw core::NotFound("presenter-assignment");
    }
    m_audit.append(tx, {actor.auditName(), "presenter.unassign", "presenter:" + presenterId,
                        "{\"event\":\"" + eventId + "\",\"session\":" + std::to_string(session->position) + "}"},
                   now);
    tx.commit();
}

}  // namespace wedreg::server::service
