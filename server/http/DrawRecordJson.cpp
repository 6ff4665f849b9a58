// SPDX-License-Identifier: Apache-2.0
#include "server/http/DrawRecordJson.h"

#include "core/Errors.h"
#include "server/http/JsonBody.h"
#include "server/service/ShanghaiTime.h"

#include <Poco/JSON/Array.h>

namespace wedreg::server::http {
namespace {

Poco::Dynamic::Var member(const Poco::JSON::Object::Ptr& o, const std::string& key, const std::string& name)
{
    if (!o->has(key) || o->isNull(key))
        throw core::InvalidField(name, "missing");
    return o->get(key);
}

std::string text(const Poco::JSON::Object::Ptr& o, const std::string& key, const std::string& name)
{
    const auto value = member(o, key, name);
    if (!value.isString())
        throw core::InvalidField(name, "wrong-type");
    return value.extract<std::string>();
}

Poco::JSON::Array::Ptr array(const Poco::JSON::Object::Ptr& o, const std::string& key)
{
    const auto value = member(o, key, key);
    if (value.type() != typeid(Poco::JSON::Array::Ptr))
        throw core::InvalidField(key, "wrong-type");
    return value.extract<Poco::JSON::Array::Ptr>();
}

}  // namespace

Poco::JSON::Object::Ptr drawRecordJson(const core::lottery::DrawRecord& record)
{
    Poco::JSON::Object::Ptr o = new Poco::JSON::Object(Poco::JSON_PRESERVE_KEY_ORDER);
    o->set("commitment", record.commitment.empty() ? Poco::Dynamic::Var() : Poco::Dynamic::Var(record.commitment));
    o->set("committed_at",
           record.commitment.empty() ? Poco::Dynamic::Var() : Poco::Dynamic::Var(service::shanghaiIso(record.committedAt)));
    o->set("seed", record.seedHex.empty() ? Poco::Dynamic::Var() : Poco::Dynamic::Var(record.seedHex));
    Poco::JSON::Array::Ptr applications = new Poco::JSON::Array;
    for (const auto& a : record.applications) {
        Poco::JSON::Object::Ptr ao = new Poco::JSON::Object(Poco::JSON_PRESERVE_KEY_ORDER);
        ao->set("id", a.id);
        ao->set("applied_at", a.appliedAt);
        applications->add(ao);
    }
    o->set("applications", applications);
    Poco::JSON::Array::Ptr ranking = new Poco::JSON::Array;
    for (const auto& id : record.ranking)
        ranking->add(id);
    o->set("ranking", ranking);
    return o;
}

core::lottery::DrawRecord drawRecordFrom(const Poco::JSON::Object::Ptr& json)
{
    core::lottery::DrawRecord record;
    record.commitment = text(json, "commitment", "commitment");
    record.committedAt = isoInstant(text(json, "committed_at", "committed_at"), "committed_at");
    record.seedHex = text(json, "seed", "seed");
    const auto applications = array(json, "applications");
    for (unsigned i = 0; i < applications->size(); ++i) {
        const auto name = "applications[" + std::to_string(i) + "]";
        const auto element = applications->get(i);
        if (element.type() != typeid(Poco::JSON::Object::Ptr))
            throw core::InvalidField(name, "wrong-type");
        const auto a = element.extract<Poco::JSON::Object::Ptr>();
        const auto at = member(a, "applied_at", name + ".applied_at");
        if (!at.isInteger())
            throw core::InvalidField(name + ".applied_at", "wrong-type");
        record.applications.push_back({text(a, "id", name + ".id"), at.convert<std::int64_t>()});
    }
    const auto ranking = array(json, "ranking");
    for (unsigned i = 0; i < ranking->size(); ++i) {
        const auto id = ranking->get(i);
        if (!id.isString())
            throw core::InvalidField("ranking[" + std::to_string(i) + "]", "wrong-type");
        record.ranking.push_back(id.extract<std::string>());
    }
    return record;
}

}  // namespace wedreg::server::http
