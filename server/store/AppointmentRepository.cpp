// SPDX-License-Identifier: Apache-2.0
#include "server/store/AppointmentRepository.h"

#include "server/store/Database.h"
#include "server/store/PartyRows.h"
#include "server/store/WriteTransaction.h"

#include <Poco/Data/RecordSet.h>
#include <Poco/Nullable.h>

#include <algorithm>
#include <map>

using namespace Poco::Data::Keywords;

namespace wedreg::server::store {
namespace {

constexpr auto kInsertAppointment =
    "INSERT INTO appointments (id, slot_id, hall_id, service, day, start_at, status, check_in_code,"
    " manage_token_hash, queue_number, walk_in, created_at, updated_at)"
    " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
// DO NOTHING (rather than an exception) on the one-active-appointment index: rows affected says
// whether the person was free, with no error text to parse per dialect.
constexpr auto kInsertParties =
    "INSERT INTO appointment_parties (appointment_id, position, service, person_index, id_masked, name, phone,"
    " birth_date, sex, active) VALUES ";
constexpr auto kPartyRow = "(?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
constexpr auto kSelectAppointments =
    "SELECT id, slot_id, hall_id, service, day, start_at, status, check_in_code, manage_token_hash,"
    " queue_number, walk_in, created_at, updated_at, called_at, called_counter, called_by FROM appointments";
constexpr auto kSelectParties =
    "SELECT appointment_id, position, person_index, id_masked, name, phone, birth_date, sex"
    " FROM appointment_parties WHERE appointment_id IN (SELECT id FROM appointments";
constexpr auto kSelectMarried = "SELECT person_index FROM marital_records WHERE status = 'married' AND person_index IN ";
constexpr auto kChangeStatus = "UPDATE appointments SET status = ?, updated_at = ? WHERE id = ? AND status = ?";
constexpr auto kPurgeParties =
    "UPDATE appointment_parties SET name = '', phone = '', id_masked = '', person_index = '' "
    "WHERE active = 0 AND (name <> '' OR phone <> '' OR id_masked <> '' OR person_index <> '') AND appointment_id IN "
    "(SELECT id FROM appointments WHERE status IN ('cancelled', 'no_show') AND updated_at < ?)";
constexpr auto kDeactivateParties = "UPDATE appointment_parties SET active = 0 WHERE appointment_id = ?";
constexpr auto kMoveToSlot =
    "UPDATE appointments SET slot_id = ?, day = ?, start_at = ?, updated_at = ? WHERE id = ? AND status = 'booked'";
constexpr auto kCheckIn =
    "UPDATE appointments SET status = 'checked_in', queue_number = ?, updated_at = ?"
    " WHERE id = ? AND status = 'booked'";
constexpr auto kEnsureQueue = "INSERT INTO queue_counters (hall_id, day, last_number) VALUES (?, ?, 0) ON CONFLICT DO NOTHING";
constexpr auto kBumpQueue = "UPDATE queue_counters SET last_number = last_number + 1 WHERE hall_id = ? AND day = ?";
constexpr auto kNextWaiting =
    "SELECT id FROM appointments WHERE hall_id = ? AND day = ? AND status = 'checked_in' AND called_at IS NULL"
    " ORDER BY queue_number, id LIMIT 1";
constexpr auto kCall =
    "UPDATE appointments SET called_at = ?, called_counter = ?, called_by = ?, updated_at = ?"
    " WHERE id = ? AND status = 'checked_in' AND called_at IS NULL";
constexpr auto kReadQueue = "SELECT last_number FROM queue_counters WHERE hall_id = ? AND day = ?";

}  // namespace

AppointmentRepository::AppointmentRepository(Database& db)
    : m_db(db)
{
}

bool AppointmentRepository::insert(WriteTransaction& tx, const model::Appointment& a)
{
    auto& s = tx.session();
    Poco::Nullable<std::string> slotId;
    if (a.slotId)
        slotId = *a.slotId;
    Poco::Nullable<int> queue;
    if (a.queueNumber)
        queue = *a.queueNumber;
    Poco::Int64 startAt = a.startAt, created = a.createdAt, updated = a.updatedAt;
    int walkIn = a.walkIn ? 1 : 0;
    s << m_db.sql(kInsertAppointment), bind(a.id), use(slotId), bind(a.hallId), bind(a.service), bind(a.day),
        use(startAt), bind(a.status), bind(a.checkInCode), bind(a.manageTokenHash), use(queue), use(walkIn),
        use(created), use(updated), now;
    if (a.parties.empty())
        return true;
    // Both parties in one statement. A party who already holds an active appointment for the
    // service is skipped by the partial unique index: fewer rows than parties means refused.
    std::string sql = kInsertParties;
    for (std::size_t i = 0; i < a.parties.size(); ++i)
        sql += i ? std::string(", ") + kPartyRow : kPartyRow;
    Poco::Data::Statement insert(s);
    insert << m_db.sql(sql + " ON CONFLICT DO NOTHING");
    const int active = a.active() ? 1 : 0;
    for (const auto& p : a.parties)
        insert, bind(a.id), bind(p.position), bind(a.service), bind(p.personIndex), bind(p.idMasked), bind(p.name),
            bind(p.phone), bind(p.birthDate), bind(p.sex), bind(active);
    return insert.execute() == a.parties.size();
}

std::vector<model::Appointment> AppointmentRepository::select(const std::string& where,
                                                              const std::vector<std::string>& args)
{
    auto session = m_db.session();
    std::vector<model::Appointment> out;
    std::map<std::string, std::size_t> index;
    {
        Poco::Data::Statement st(session);
        st << m_db.sql(std::string(kSelectAppointments) + where + " ORDER BY start_at, created_at, id");
        for (const auto& a : args)
            st, bind(a);
        st.execute();
        Poco::Data::RecordSet rs(st);
        for (bool more = rs.moveFirst(); more; more = rs.moveNext()) {
            model::Appointment a;
            a.id = rs["id"].convert<std::string>();
            if (!rs["slot_id"].isEmpty())
                a.slotId = rs["slot_id"].convert<std::string>();
            a.hallId = rs["hall_id"].convert<std::string>();
            a.service = rs["service"].convert<std::string>();
            a.day = rs["day"].convert<std::string>();
            a.startAt = rs["start_at"].convert<Poco::Int64>();
            a.status = rs["status"].convert<std::string>();
            a.checkInCode = rs["check_in_code"].convert<std::string>();
            a.manageTokenHash = rs["manage_token_hash"].convert<std::string>();
            if (!rs["queue_number"].isEmpty())
                a.queueNumber = rs["queue_number"].convert<int>();
            a.walkIn = rs["walk_in"].convert<int>() != 0;
            a.createdAt = rs["created_at"].convert<Poco::Int64>();
            a.updatedAt = rs["updated_at"].convert<Poco::Int64>();
            if (!rs["called_at"].isEmpty()) {
                a.calledAt = rs["called_at"].convert<Poco::Int64>();
                a.calledCounter = rs["called_counter"].convert<std::string>();
                a.calledBy = rs["called_by"].convert<std::string>();
            }
            index[a.id] = out.size();
            out.push_back(std::move(a));
        }
    }
    if (out.empty())
        return out;
    Poco::Data::Statement st(session);
    st << m_db.sql(std::string(kSelectParties) + where + ") ORDER BY appointment_id, position");
    for (const auto& a : args)
        st, bind(a);
    st.execute();
    Poco::Data::RecordSet rs(st);
    for (bool more = rs.moveFirst(); more; more = rs.moveNext()) {
        const auto it = index.find(rs["appointment_id"].convert<std::string>());
        if (it == index.end())
            continue;
        out[it->second].parties.push_back(readParty(rs));
    }
    return out;
}

std::optional<model::Appointment> AppointmentRepository::find(const std::string& id)
{
    auto found = select(" WHERE id = ?", {id});
    if (found.empty())
        return std::nullopt;
    return std::move(found.front());
}

std::vector<model::Appointment> AppointmentRepository::findByCheckInCode(const std::string& code)
{
    return select(" WHERE check_in_code = ? AND status = 'booked'", {code});
}

std::vector<model::Appointment> AppointmentRepository::listDay(const std::string& hallId, const std::string& day)
{
    return select(" WHERE hall_id = ? AND day = ?", {hallId, day});
}

std::vector<bool> AppointmentRepository::married(const std::vector<std::string>& personIndexes)
{
    std::vector<bool> out(personIndexes.size(), false);
    if (personIndexes.empty())
        return out;
    std::string placeholders = "(";
    for (std::size_t i = 0; i < personIndexes.size(); ++i)
        placeholders += i ? ", ?" : "?";
    placeholders += ")";
    std::vector<std::string> found;
    {
        auto session = m_db.session();
        Poco::Data::Statement st(session);
        st << m_db.sql(std::string(kSelectMarried) + placeholders), into(found);
        for (const auto& p : personIndexes)
            st, bind(p);
        st.execute();
    }
    for (std::size_t i = 0; i < personIndexes.size(); ++i)
        out[i] = std::find(found.begin(), found.end(), personIndexes[i]) != found.end();
    return out;
}

bool AppointmentRepository::anyMarried(const std::vector<std::string>& personIndexes)
{
    const auto flags = married(personIndexes);
    return std::find(flags.begin(), flags.end(), true) != flags.end();
}

std::size_t AppointmentRepository::purgePersonalData(WriteTransaction& tx, std::int64_t beforeSeconds)
{
    Poco::Data::Statement update(tx.session());
    Poco::Int64 before = beforeSeconds;
    update << m_db.sql(kPurgeParties), use(before);
    return update.execute();
}

bool AppointmentRepository::changeStatus(WriteTransaction& tx, const std::string& id, const std::string& from,
                                         const std::string& to, std::int64_t nowSeconds)
{
    Poco::Data::Statement update(tx.session());
    Poco::Int64 at = nowSeconds;
    update << m_db.sql(kChangeStatus), bind(to), use(at), bind(id), bind(from);
    if (update.execute() != 1)
        return false;
    if (to == "cancelled" || to == "no_show")
        tx.session() << m_db.sql(kDeactivateParties), bind(id), now;
    return true;
}

bool AppointmentRepository::moveToSlot(WriteTransaction& tx, const std::string& id, const model::Slot& slot,
                                       std::int64_t nowSeconds)
{
    Poco::Data::Statement update(tx.session());
    Poco::Int64 startAt = slot.startAt, at = nowSeconds;
    update << m_db.sql(kMoveToSlot), bind(slot.id), bind(slot.day), use(startAt), use(at), bind(id);
    return update.execute() == 1;
}

bool AppointmentRepository::checkIn(WriteTransaction& tx, const std::string& id, int queueNumber,
                                    std::int64_t nowSeconds)
{
    Poco::Data::Statement update(tx.session());
    Poco::Int64 at = nowSeconds;
    update << m_db.sql(kCheckIn), bind(queueNumber), use(at), bind(id);
    return update.execute() == 1;
}

int AppointmentRepository::nextQueueNumber(WriteTransaction& tx, const std::string& hallId, const std::string& day)
{
    auto& s = tx.session();
    s << m_db.sql(kEnsureQueue), bind(hallId), bind(day), now;
    s << m_db.sql(kBumpQueue), bind(hallId), bind(day), now;
    int number = 0;
    s << m_db.sql(kReadQueue), bind(hallId), bind(day), into(number), now;
    return number;
}

std::optional<std::string> AppointmentRepository::callNext(WriteTransaction& tx, const std::string& hallId,
                                                          const std::string& day, const std::string& counter,
                                                          const std::string& calledBy, std::int64_t nowSeconds)
{
    auto& s = tx.session();
    Poco::Int64 at = nowSeconds;
    for (;;) {
        std::vector<std::string> ids;
        s << m_db.sql(kNextWaiting), bind(hallId), bind(day), into(ids), now;
        if (ids.empty())
            return std::nullopt;
        Poco::Data::Statement update(s);
        update << m_db.sql(kCall), use(at), bind(counter), bind(calledBy), use(at), bind(ids.front());
        if (update.execute() == 1)
            return ids.front();
    }
}

}  // namespace wedreg::server::store
