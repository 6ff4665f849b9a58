// SPDX-License-Identifier: Apache-2.0
#include "server/store/RegistrationRepository.h"

#include "server/store/Database.h"
#include "server/store/WriteTransaction.h"

#include <Poco/Data/RecordSet.h>
#include <Poco/Nullable.h>

#include <map>

using namespace Poco::Data::Keywords;

namespace wedreg::server::store {
namespace {

constexpr auto kInsert =
    "INSERT INTO registrations (id, kind, status, hall_id, office_code, registrar, day, at, appointment_id,"
    " subject_id, application_id, cooling_off_ends, window_ends, closed_at, closed_day, by_proxy)"
    " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
constexpr auto kInsertParty =
    "INSERT INTO registration_parties (registration_id, position, person_index, id_cipher, id_masked, name,"
    " name_latin, birth_date, sex, nationality) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
constexpr auto kSelect =
    "SELECT id, kind, status, hall_id, office_code, registrar, day, at, appointment_id, subject_id, application_id,"
    " cooling_off_ends, window_ends, closed_at, closed_day, by_proxy FROM registrations r";
constexpr auto kSelectParties =
    "SELECT registration_id, position, person_index, id_cipher, id_masked, name, name_latin, birth_date, sex,"
    " nationality FROM registration_parties WHERE registration_id IN (SELECT id FROM registrations r";
constexpr auto kChangeStatus =
    "UPDATE registrations SET status = ?, closed_at = ?, closed_day = ? WHERE id = ? AND status = ?";
constexpr auto kInsertRefusal =
    "INSERT INTO registration_refusals (id, kind, hall_id, registrar, day, at, reason) VALUES (?, ?, ?, ?, ?, ?, ?)";
constexpr auto kMarkMarried =
    "INSERT INTO marital_records (person_index, status, since_day) VALUES (?, 'married', ?) ON CONFLICT DO NOTHING";
constexpr auto kClearMarried = "DELETE FROM marital_records WHERE person_index = ?";
constexpr auto kReissuesOf = "SELECT id FROM registrations WHERE kind = 'reissue' AND subject_id = ? ORDER BY at, id";

Poco::Nullable<std::string> nullable(const std::optional<std::string>& value)
{
    return value ? Poco::Nullable<std::string>(*value) : Poco::Nullable<std::string>();
}

std::optional<std::string> optionalText(Poco::Data::RecordSet& rs, const std::string& column)
{
    if (rs[column].isEmpty())
        return std::nullopt;
    return rs[column].convert<std::string>();
}

std::size_t bindRow(Poco::Data::Statement& st, const model::Registration& r, Poco::Nullable<std::string>& appointment,
                    Poco::Nullable<std::string>& subject, Poco::Nullable<std::string>& application,
                    Poco::Nullable<std::string>& coolingOff, Poco::Nullable<std::string>& window,
                    Poco::Nullable<Poco::Int64>& closedAt, Poco::Nullable<std::string>& closedDay, Poco::Int64& at,
                    int& proxy)
{
    appointment = nullable(r.appointmentId);
    subject = nullable(r.subjectId);
    application = nullable(r.applicationId);
    coolingOff = nullable(r.coolingOffEnds);
    window = nullable(r.windowEnds);
    closedAt = r.closedAt ? Poco::Nullable<Poco::Int64>(*r.closedAt) : Poco::Nullable<Poco::Int64>();
    closedDay = nullable(r.closedDay);
    at = r.at;
    proxy = r.byProxy ? 1 : 0;
    st, bind(r.id), bind(r.kind), bind(r.status), bind(r.hallId), bind(r.officeCode), bind(r.registrar), bind(r.day),
        use(at), use(appointment), use(subject), use(application), use(coolingOff), use(window), use(closedAt),
        use(closedDay), use(proxy);
    return st.execute();
}

}  // namespace

RegistrationRepository::RegistrationRepository(Database& db)
    : m_db(db)
{
}

std::size_t RegistrationRepository::insertRow(WriteTransaction& tx, const model::Registration& r,
                                              const std::string& sql)
{
    Poco::Nullable<std::string> appointment, subject, application, coolingOff, window, closedDay;
    Poco::Nullable<Poco::Int64> closedAt;
    Poco::Int64 at = 0;
    int proxy = 0;
    Poco::Data::Statement st(tx.session());
    st << m_db.sql(sql);
    return bindRow(st, r, appointment, subject, application, coolingOff, window, closedAt, closedDay, at, proxy);
}

void RegistrationRepository::insert(WriteTransaction& tx, const model::Registration& r)
{
    insertRow(tx, r, kInsert);
    insertParties(tx, r);
}

void RegistrationRepository::insertParties(WriteTransaction& tx, const model::Registration& r)
{
    auto& s = tx.session();
    for (const auto& p : r.parties) {
        s << m_db.sql(kInsertParty), bind(r.id), bind(p.position), bind(p.personIndex), bind(p.idCipher),
            bind(p.idMasked), bind(p.name), bind(p.nameLatin), bind(p.birthDate), bind(p.sex), bind(p.nationality), now;
    }
}

bool RegistrationRepository::insertApplication(WriteTransaction& tx, const model::Registration& r)
{
    // DO NOTHING on the open-application index: rows affected says whether the marriage was free.
    if (insertRow(tx, r, std::string(kInsert) + " ON CONFLICT DO NOTHING") != 1)
        return false;
    insertParties(tx, r);
    return true;
}

std::vector<model::Registration> RegistrationRepository::select(const std::string& where,
                                                                const std::vector<std::string>& args)
{
    auto session = m_db.session();
    std::vector<model::Registration> out;
    std::map<std::string, std::size_t> index;
    {
        Poco::Data::Statement st(session);
        st << m_db.sql(std::string(kSelect) + where + " ORDER BY r.at DESC, r.id");
        for (const auto& a : args)
            st, bind(a);
        st.execute();
        Poco::Data::RecordSet rs(st);
        for (bool more = rs.moveFirst(); more; more = rs.moveNext()) {
            model::Registration r;
            r.id = rs["id"].convert<std::string>();
            r.kind = rs["kind"].convert<std::string>();
            r.status = rs["status"].convert<std::string>();
            r.hallId = rs["hall_id"].convert<std::string>();
            r.officeCode = rs["office_code"].convert<std::string>();
            r.registrar = rs["registrar"].convert<std::string>();
            r.day = rs["day"].convert<std::string>();
            r.at = rs["at"].convert<Poco::Int64>();
            r.appointmentId = optionalText(rs, "appointment_id");
            r.subjectId = optionalText(rs, "subject_id");
            r.applicationId = optionalText(rs, "application_id");
            r.coolingOffEnds = optionalText(rs, "cooling_off_ends");
            r.windowEnds = optionalText(rs, "window_ends");
            if (!rs["closed_at"].isEmpty())
                r.closedAt = rs["closed_at"].convert<Poco::Int64>();
            r.closedDay = optionalText(rs, "closed_day");
            r.byProxy = rs["by_proxy"].convert<int>() != 0;
            index[r.id] = out.size();
            out.push_back(std::move(r));
        }
    }
    if (out.empty())
        return out;
    Poco::Data::Statement st(session);
    st << m_db.sql(std::string(kSelectParties) + where + ") ORDER BY registration_id, position");
    for (const auto& a : args)
        st, bind(a);
    st.execute();
    Poco::Data::RecordSet rs(st);
    for (bool more = rs.moveFirst(); more; more = rs.moveNext()) {
        const auto it = index.find(rs["registration_id"].convert<std::string>());
        if (it == index.end())
            continue;
        model::RegistrationParty p;
        p.position = rs["position"].convert<int>();
        p.personIndex = rs["person_index"].convert<std::string>();
        p.idCipher = rs["id_cipher"].convert<std::string>();
        p.idMasked = rs["id_masked"].convert<std::string>();
        p.name = rs["name"].convert<std::string>();
        p.nameLatin = rs["name_latin"].convert<std::string>();
        p.birthDate = rs["birth_date"].convert<std::string>();
        p.sex = rs["sex"].convert<std::string>();
        p.nationality = rs["nationality"].convert<std::string>();
        out[it->second].parties.push_back(std::move(p));
    }
    return out;
}

std::optional<model::Registration> RegistrationRepository::find(const std::string& id)
{
    auto found = select(" WHERE r.id = ?", {id});
    if (found.empty())
        return std::nullopt;
    return std::move(found.front());
}

std::vector<model::Registration> RegistrationRepository::findByPerson(const std::string& personIndex,
                                                                      const std::string& kind,
                                                                      const std::string& status)
{
    return select(" WHERE r.kind = ? AND r.status = ? AND r.id IN"
                  " (SELECT registration_id FROM registration_parties WHERE person_index = ?)",
                  {kind, status, personIndex});
}

std::vector<std::string> RegistrationRepository::reissuesOf(const std::string& subjectId)
{
    auto session = m_db.session();
    std::vector<std::string> ids;
    Poco::Data::Statement st(session);
    st << m_db.sql(kReissuesOf), bind(subjectId), into(ids), now;
    return ids;
}

std::vector<model::Registration> RegistrationRepository::applicationsLapsingBefore(const std::string& day)
{
    return select(" WHERE r.kind = 'divorce_application' AND r.status = 'cooling_off' AND r.window_ends < ?", {day});
}

bool RegistrationRepository::changeStatus(WriteTransaction& tx, const std::string& id, const std::string& from,
                                          const std::string& to, std::int64_t closedAt, const std::string& closedDay)
{
    Poco::Int64 at = closedAt;
    Poco::Data::Statement st(tx.session());
    st << m_db.sql(kChangeStatus), bind(to), use(at), bind(closedDay), bind(id), bind(from);
    return st.execute() == 1;
}

void RegistrationRepository::insertRefusal(WriteTransaction& tx, const Refusal& r)
{
    Poco::Int64 at = r.at;
    tx.session() << m_db.sql(kInsertRefusal), bind(r.id), bind(r.kind), bind(r.hallId), bind(r.registrar),
        bind(r.day), use(at), bind(r.reason), now;
}

bool RegistrationRepository::markMarried(WriteTransaction& tx, const std::string& personIndex,
                                         const std::string& sinceDay)
{
    Poco::Data::Statement st(tx.session());
    st << m_db.sql(kMarkMarried), bind(personIndex), bind(sinceDay);
    return st.execute() == 1;
}

void RegistrationRepository::clearMarried(WriteTransaction& tx, const std::string& personIndex)
{
    tx.session() << m_db.sql(kClearMarried), bind(personIndex), now;
}

}  // namespace wedreg::server::store
