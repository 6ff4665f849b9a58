// SPDX-License-Identifier: Apache-2.0
#include "server/store/CertificateRepository.h"

#include "server/store/Database.h"
#include "server/store/WriteTransaction.h"

#include <Poco/Data/RecordSet.h>
#include <Poco/Nullable.h>

using namespace Poco::Data::Keywords;

namespace wedreg::server::store {
namespace {

constexpr auto kEnsureSerial =
    "INSERT INTO certificate_serials (office_code, year, last_serial) VALUES (?, ?, 0) ON CONFLICT DO NOTHING";
constexpr auto kBumpSerial =
    "UPDATE certificate_serials SET last_serial = last_serial + 1 WHERE office_code = ? AND year = ?";
constexpr auto kReadSerial = "SELECT last_serial FROM certificate_serials WHERE office_code = ? AND year = ?";
constexpr auto kInsert =
    "INSERT INTO certificates (id, registration_id, kind, identifier, number, kid, status_hash, status, qr, issued_at,"
    " superseded_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
constexpr auto kSelect =
    "SELECT id, registration_id, kind, identifier, number, kid, status_hash, status, qr, issued_at, superseded_by"
    " FROM certificates";

std::string placeholders(std::size_t n)
{
    std::string out = "(";
    for (std::size_t i = 0; i < n; ++i)
        out += i == 0 ? "?" : ", ?";
    return out + ")";
}

}  // namespace

CertificateRepository::CertificateRepository(Database& db)
    : m_db(db)
{
}

int CertificateRepository::nextSerial(WriteTransaction& tx, const std::string& officeCode, int year)
{
    auto& s = tx.session();
    s << m_db.sql(kEnsureSerial), bind(officeCode), bind(year), now;
    s << m_db.sql(kBumpSerial), bind(officeCode), bind(year), now;
    int serial = 0;
    s << m_db.sql(kReadSerial), bind(officeCode), bind(year), into(serial), now;
    return serial;
}

void CertificateRepository::insert(WriteTransaction& tx, const model::IssuedCertificate& c)
{
    Poco::Int64 issuedAt = c.issuedAt;
    Poco::Nullable<std::string> superseded;
    if (c.supersededBy)
        superseded = *c.supersededBy;
    tx.session() << m_db.sql(kInsert), bind(c.id), bind(c.registrationId), bind(c.kind), bind(c.identifier),
        bind(c.number), bind(c.kid), bind(c.statusHash), bind(c.status), bind(c.qr), use(issuedAt), use(superseded),
        now;
}

std::vector<model::IssuedCertificate> CertificateRepository::select(const std::string& where,
                                                                    const std::vector<std::string>& args)
{
    auto session = m_db.session();
    Poco::Data::Statement st(session);
    st << m_db.sql(std::string(kSelect) + where + " ORDER BY issued_at, id");
    for (const auto& a : args)
        st, bind(a);
    st.execute();
    Poco::Data::RecordSet rs(st);
    std::vector<model::IssuedCertificate> out;
    for (bool more = rs.moveFirst(); more; more = rs.moveNext()) {
        model::IssuedCertificate c;
        c.id = rs["id"].convert<std::string>();
        c.registrationId = rs["registration_id"].convert<std::string>();
        c.kind = rs["kind"].convert<std::string>();
        c.identifier = rs["identifier"].convert<std::string>();
        c.number = rs["number"].convert<std::string>();
        c.kid = rs["kid"].convert<std::string>();
        c.statusHash = rs["status_hash"].convert<std::string>();
        c.status = rs["status"].convert<std::string>();
        c.qr = rs["qr"].convert<std::string>();
        c.issuedAt = rs["issued_at"].convert<Poco::Int64>();
        if (!rs["superseded_by"].isEmpty())
            c.supersededBy = rs["superseded_by"].convert<std::string>();
        out.push_back(std::move(c));
    }
    return out;
}

std::optional<model::IssuedCertificate> CertificateRepository::find(const std::string& id)
{
    auto found = select(" WHERE id = ?", {id});
    if (found.empty())
        return std::nullopt;
    return std::move(found.front());
}

std::optional<model::IssuedCertificate> CertificateRepository::findByStatusKey(const std::string& kid,
                                                                               const std::string& statusHash)
{
    auto found = select(" WHERE kid = ? AND status_hash = ?", {kid, statusHash});
    if (found.empty())
        return std::nullopt;
    return std::move(found.front());
}

std::vector<model::IssuedCertificate> CertificateRepository::findByRegistrations(const std::vector<std::string>& ids)
{
    if (ids.empty())
        return {};
    return select(" WHERE registration_id IN " + placeholders(ids.size()), ids);
}

int CertificateRepository::changeStatus(WriteTransaction& tx, const std::vector<std::string>& registrationIds,
                                        const std::string& from, const std::string& to,
                                        const std::optional<std::string>& supersededBy)
{
    if (registrationIds.empty())
        return 0;
    Poco::Data::Statement st(tx.session());
    st << m_db.sql("UPDATE certificates SET status = ?, superseded_by = COALESCE(?, superseded_by)"
                   " WHERE status = ? AND registration_id IN " +
                   placeholders(registrationIds.size()));
    Poco::Nullable<std::string> superseded;
    if (supersededBy)
        superseded = *supersededBy;
    st, bind(to), use(superseded), bind(from);
    for (const auto& id : registrationIds)
        st, bind(id);
    return static_cast<int>(st.execute());
}

}  // namespace wedreg::server::store
