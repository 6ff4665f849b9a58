// SPDX-License-Identifier: Apache-2.0
#include "server/store/HallRepository.h"

#include "server/store/Database.h"

#include <Poco/Data/RecordSet.h>
#include <Poco/Data/Transaction.h>

#include <map>

using namespace Poco::Data::Keywords;

namespace wedreg::server::store {
namespace {

constexpr auto kSelectHalls =
    "SELECT id, name, name_en, kind, province_code, city, city_en, address, address_en,"
    " provincial_level, counters, sort_order, office_code FROM halls";
constexpr auto kOrder = " ORDER BY sort_order, id";
constexpr auto kWhereId = " WHERE id = ?";
constexpr auto kSelectServices = "SELECT hall_id, service FROM hall_services ORDER BY hall_id, service";
constexpr auto kSelectServicesOfHall = "SELECT service FROM hall_services WHERE hall_id = ? ORDER BY service";
constexpr auto kCountHalls = "SELECT COUNT(*) FROM halls";
constexpr auto kInsertHall =
    "INSERT INTO halls (id, name, name_en, kind, province_code, city, city_en, address, address_en,"
    " provincial_level, counters, sort_order, office_code) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
constexpr auto kInsertService = "INSERT INTO hall_services (hall_id, service) VALUES (?, ?)";

model::Hall readHall(Poco::Data::RecordSet& rs)
{
    model::Hall h;
    h.id = rs["id"].convert<std::string>();
    h.name = rs["name"].convert<std::string>();
    h.nameEn = rs["name_en"].convert<std::string>();
    h.kind = rs["kind"].convert<std::string>();
    h.provinceCode = rs["province_code"].convert<std::string>();
    h.city = rs["city"].convert<std::string>();
    h.cityEn = rs["city_en"].convert<std::string>();
    h.address = rs["address"].convert<std::string>();
    h.addressEn = rs["address_en"].convert<std::string>();
    h.provincialLevel = rs["provincial_level"].convert<int>() != 0;
    h.counters = rs["counters"].convert<int>();
    h.sortOrder = rs["sort_order"].convert<int>();
    h.officeCode = rs["office_code"].convert<std::string>();
    return h;
}

}  // namespace

HallRepository::HallRepository(Database& db)
    : m_db(db)
{
}

std::vector<model::Hall> HallRepository::list()
{
    auto session = m_db.session();
    Poco::Data::Statement select(session);
    select << std::string(kSelectHalls) + kOrder, now;
    Poco::Data::RecordSet rs(select);
    std::vector<model::Hall> halls;
    std::map<std::string, std::size_t> index;
    for (bool more = rs.moveFirst(); more; more = rs.moveNext()) {
        index[rs["id"].convert<std::string>()] = halls.size();
        halls.push_back(readHall(rs));
    }
    std::vector<std::string> hallIds, services;
    session << kSelectServices, into(hallIds), into(services), now;
    for (std::size_t i = 0; i < hallIds.size(); ++i) {
        if (auto it = index.find(hallIds[i]); it != index.end())
            halls[it->second].services.push_back(services[i]);
    }
    return halls;
}

std::optional<model::Hall> HallRepository::find(const std::string& id)
{
    auto session = m_db.session();
    Poco::Data::Statement select(session);
    std::string key = id;
    select << m_db.sql(std::string(kSelectHalls) + kWhereId), use(key), now;
    Poco::Data::RecordSet rs(select);
    if (!rs.moveFirst())
        return std::nullopt;
    auto hall = readHall(rs);
    session << m_db.sql(kSelectServicesOfHall), use(key), into(hall.services), now;
    return hall;
}

std::int64_t HallRepository::count()
{
    auto session = m_db.session();
    Poco::Int64 n = 0;
    session << kCountHalls, into(n), now;
    return n;
}

void HallRepository::insert(const model::Hall& hall)
{
    auto session = m_db.session();
    Poco::Data::Transaction tx(session);
    int provincial = hall.provincialLevel ? 1 : 0;
    int counters = hall.counters;
    int sortOrder = hall.sortOrder;
    session << m_db.sql(kInsertHall), bind(hall.id), bind(hall.name), bind(hall.nameEn), bind(hall.kind),
        bind(hall.provinceCode), bind(hall.city), bind(hall.cityEn), bind(hall.address),
        bind(hall.addressEn), use(provincial), use(counters), use(sortOrder), bind(hall.officeCode), now;
    for (const auto& service : hall.services)
        session << m_db.sql(kInsertService), bind(hall.id), bind(service), now;
    tx.commit();
}

}  // namespace wedreg::server::store
