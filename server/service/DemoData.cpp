// SPDX-License-Identifier: Apache-2.0
#include "server/service/DemoData.h"

#include "core/Errors.h"
#include "server/model/Hall.h"
#include "server/service/HallService.h"
#include "server/service/PasswordHasher.h"
#include "server/service/StaffAuthService.h"

#include <Poco/JSON/Array.h>
#include <Poco/JSON/Object.h>
#include <Poco/JSON/Parser.h>

#include <fstream>
#include <sstream>

namespace wedreg::server::service {
namespace {

std::string text(const Poco::JSON::Object::Ptr& o, const std::string& key, const std::string& file)
{
    if (!o->has(key) || !o->get(key).isString())
        throw core::MalformedData(file, key, "missing-string");
    return o->getValue<std::string>(key);
}

model::Hall hallFrom(const Poco::JSON::Object::Ptr& o, int order, const std::string& file)
{
    model::Hall h;
    h.id = text(o, "id", file);
    h.name = text(o, "name", file);
    h.nameEn = text(o, "name_en", file);
    h.kind = text(o, "kind", file);
    h.provinceCode = text(o, "province_code", file);
    h.city = text(o, "city", file);
    h.cityEn = text(o, "city_en", file);
    h.address = text(o, "address", file);
    h.addressEn = text(o, "address_en", file);
    h.officeCode = text(o, "office_code", file);
    h.provincialLevel = o->optValue<bool>("provincial_level", false);
    h.counters = o->optValue<int>("counters", 1);
    h.sortOrder = order;
    if (auto services = o->getArray("services"))
        for (std::size_t i = 0; i < services->size(); ++i)
            h.services.push_back(services->getElement<std::string>(static_cast<unsigned>(i)));
    return h;
}

}  // namespace

DemoData::DemoData(HallService& halls, StaffAuthService& auth)
    : m_halls(halls)
    , m_auth(auth)
{
}

std::vector<DemoAccount> DemoData::seedIfEmpty(const std::string& hallsJsonPath)
{
    if (!m_halls.empty())
        return {};
    std::ifstream in(hallsJsonPath);
    if (!in)
        throw core::MalformedData(hallsJsonPath, "", "cannot-open");
    Poco::JSON::Parser parser;
    const auto root = parser.parse(in).extract<Poco::JSON::Object::Ptr>();
    const auto halls = root->getArray("halls");
    if (!halls)
        throw core::MalformedData(hallsJsonPath, "halls", "missing-array");
    std::string firstOffice;
    for (std::size_t i = 0; i < halls->size(); ++i) {
        const auto hall = hallFrom(halls->getObject(static_cast<unsigned>(i)), static_cast<int>(i), hallsJsonPath);
        if (firstOffice.empty() && hall.kind == "office")
            firstOffice = hall.id;
        m_halls.add(hall);
    }

    std::vector<DemoAccount> created;
    const struct {
        const char* username;
        const char* displayName;
        model::Role role;
        bool atHall;
    } accounts[] = {
        {"registrar", "演示登记员 Demo registrar", model::Role::Registrar, true},
        {"organiser", "演示活动组织者 Demo organiser", model::Role::Organiser, false},
        {"admin", "演示管理员 Demo administrator", model::Role::Admin, false},
    };
    for (const auto& a : accounts) {
        model::StaffAccount account;
        account.username = a.username;
        account.displayName = a.displayName;
        account.role = a.role;
        if (a.atHall && !firstOffice.empty())
            account.hallId = firstOffice;
        const auto password = PasswordHasher::randomPassword();
        m_auth.createAccount(account, password);
        created.push_back({a.username, std::string(model::toString(a.role)), password});
    }
    return created;
}

}  // namespace wedreg::server::service
