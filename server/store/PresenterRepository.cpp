// SPDX-License-Identifier: Apache-2.0
#include "server/store/PresenterRepository.h"

#include "server/store/Database.h"
#include "server/store/WriteTransaction.h"

#include <Poco/Data/RecordSet.h>

using namespace Poco::Data::Keywords;

namespace wedreg::server::store {
namespace {

constexpr auto kInsert =
    "INSERT INTO presenters (id, name, name_en, honour, honour_en, organisation, photo_consent, contact_consent,"
    " contact, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
constexpr auto kInsertDay = "INSERT INTO presenter_availability (presenter_id, day) VALUES (?, ?) ON CONFLICT DO NOTHING";
constexpr auto kSelect =
    "SELECT id, name, name_en, honour, honour_en, organisation, photo_consent, contact_consent, contact FROM presenters";
constexpr auto kSelectDays = "SELECT presenter_id, day FROM presenter_availability ORDER BY presenter_id, day";
constexpr auto kLock = "UPDATE presenters SET updated_at = ? WHERE id = ?";
constexpr auto kAvailable = "SELECT COUNT(*) FROM presenter_availability WHERE presenter_id = ? AND day = ?";
constexpr auto kOverlapping =
    "SELECT COUNT(*) FROM session_presenters sp JOIN ceremony_sessions s ON s.id = sp.session_id"
    " WHERE sp.presenter_id = ? AND sp.session_id <> ? AND s.start_at < ? AND s.end_at > ?";
constexpr auto kAssign =
    "INSERT INTO session_presenters (session_id, presenter_id, position) VALUES (?, ?, ?) ON CONFLICT DO NOTHING";
constexpr auto kUnassign = "DELETE FROM session_presenters WHERE session_id = ? AND presenter_id = ?";
constexpr auto kForEvent =
    "SELECT sp.session_id, sp.presenter_id, sp.position FROM session_presenters sp"
    " JOIN ceremony_sessions s ON s.id = sp.session_id WHERE s.event_id = ? ORDER BY s.position, sp.position";

}  // namespace

PresenterRepository::PresenterRepository(Database& db)
    : m_db(db)
{
}

void PresenterRepository::insert(WriteTransaction& tx, const model::Presenter& p, std::int64_t nowSeconds)
{
    int photo = p.photoConsent ? 1 : 0, contact = p.contactConsent ? 1 : 0;
    Poco::Int64 at = nowSeconds;
    tx.session() << m_db.sql(kInsert), bind(p.id), bind(p.name), bind(p.nameEn), bind(p.honour), bind(p.honourEn),
        bind(p.organisation), use(photo), use(contact), bind(p.contact), use(at), use(at), now;
    for (const auto& day : p.availableDays)
        tx.session() << m_db.sql(kInsertDay), bind(p.id), bind(day), now;
}

std::vector<model::Presenter> PresenterRepository::list()
{
    auto session = m_db.session();
    Poco::Data::Statement select(session);
    select << std::string(kSelect) + " ORDER BY created_at, id", now;
    Poco::Data::RecordSet rs(select);
    std::vector<model::Presenter> out;
    for (bool more = rs.moveFirst(); more; more = rs.moveNext()) {
        model::Presenter p;
        p.id = rs["id"].convert<std::string>();
        p.name = rs["name"].convert<std::string>();
        p.nameEn = rs["name_en"].convert<std::string>();
        p.honour = rs["honour"].convert<std::string>();
        p.honourEn = rs["honour_en"].convert<std::string>();
        p.organisation = rs["organisation"].convert<std::string>();
        p.photoConsent = rs["photo_consent"].convert<int>() != 0;
        p.contactConsent = rs["contact_consent"].convert<int>() != 0;
        p.contact = rs["contact"].convert<std::string>();
        out.push_back(std::move(p));
    }
    Poco::Data::Statement days(session);
    days << kSelectDays, now;
    Poco::Data::RecordSet drs(days);
    for (bool more = drs.moveFirst(); more; more = drs.moveNext()) {
        const auto id = drs["presenter_id"].convert<std::string>();
        for (auto& p : out)
            if (p.id == id)
                p.availableDays.push_back(drs["day"].convert<std::string>());
    }
    return out;
}

std::optional<model::Presenter> PresenterRepository::find(const std::string& id)
{
    for (auto& p : list())
        if (p.id == id)
            return std::move(p);
    return std::nullopt;
}

bool PresenterRepository::lock(WriteTransaction& tx, const std::string& id, std::int64_t nowSeconds)
{
    Poco::Int64 at = nowSeconds;
    Poco::Data::Statement update(tx.session());
    update << m_db.sql(kLock), use(at), bind(id);
    return update.execute() == 1;
}

bool PresenterRepository::availableOn(WriteTransaction& tx, const std::string& id, const std::string& day)
{
    Poco::Int64 n = 0;
    tx.session() << m_db.sql(kAvailable), bind(id), bind(day), into(n), now;
    return n > 0;
}

std::int64_t PresenterRepository::overlapping(WriteTransaction& tx, const std::string& id, const std::string& sessionId,
                                              std::int64_t start, std::int64_t end)
{
    Poco::Int64 n = 0, s = start, e = end;
    tx.session() << m_db.sql(kOverlapping), bind(id), bind(sessionId), use(e), use(s), into(n), now;
    return n;
}

bool PresenterRepository::assign(WriteTransaction& tx, const model::SessionPresenter& a)
{
    int position = a.position;
    Poco::Data::Statement insert(tx.session());
    insert << m_db.sql(kAssign), bind(a.sessionId), bind(a.presenterId), use(position);
    return insert.execute() == 1;
}

bool PresenterRepository::unassign(WriteTransaction& tx, const std::string& sessionId, const std::string& presenterId)
{
    Poco::Data::Statement del(tx.session());
    del << m_db.sql(kUnassign), bind(sessionId), bind(presenterId);
    return del.execute() == 1;
}

std::vector<model::SessionPresenter> PresenterRepository::forEvent(const std::string& eventId)
{
    auto session = m_db.session();
    Poco::Data::Statement select(session);
    select << m_db.sql(kForEvent), bind(eventId), now;
    Poco::Data::RecordSet rs(select);
    std::vector<model::SessionPresenter> out;
    for (bool more = rs.moveFirst(); more; more = rs.moveNext())
        out.push_back({rs["session_id"].convert<std::string>(), rs["presenter_id"].convert<std::string>(),
                       rs["position"].convert<int>()});
    return out;
}

}  // namespace wedreg::server::store
