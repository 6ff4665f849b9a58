// SPDX-License-Identifier: Apache-2.0
#include "server/http/handlers/HallsHandler.h"

#include "server/http/ApiServices.h"
#include "server/http/JsonResponse.h"
#include "server/service/HallService.h"

#include <Poco/JSON/Array.h>
#include <Poco/JSON/Object.h>

namespace wedreg::server::http::handlers {
namespace {

Poco::JSON::Object::Ptr toJson(const model::Hall& h)
{
    Poco::JSON::Object::Ptr o = new Poco::JSON::Object(Poco::JSON_PRESERVE_KEY_ORDER);
    o->set("id", h.id);
    o->set("name", h.name);
    o->set("name_en", h.nameEn);
    o->set("kind", h.kind);
    o->set("province_code", h.provinceCode);
    o->set("city", h.city);
    o->set("city_en", h.cityEn);
    o->set("address", h.address);
    o->set("address_en", h.addressEn);
    o->set("provincial_level", h.provincialLevel);
    o->set("counters", h.counters);
    Poco::JSON::Array::Ptr services = new Poco::JSON::Array;
    for (const auto& s : h.services)
        services->add(s);
    o->set("services", services);
    return o;
}

}  // namespace

Handler listHalls(ApiServices& s)
{
    return [&s](RequestContext& ctx) {
        const auto halls = s.halls.list();
        Poco::JSON::Array::Ptr out = new Poco::JSON::Array;
        for (const auto& h : *halls)
            out->add(toJson(h));
        sendJson(ctx, out);
    };
}

Handler getHall(ApiServices& s)
{
    return [&s](RequestContext& ctx) { sendJson(ctx, toJson(s.halls.get(ctx.param("id")))); };
}

}  // namespace wedreg::server::http::handlers
