// SPDX-License-Identifier: Apache-2.0
#include "server/http/handlers/HallsHandler.h"

#include "server/http/ApiServices.h"
#include "server/http/JsonResponse.h"
#include "server/service/HallService.h"

#include <Poco/JSON/Array.h>
#include <Poco/JSON/Object.h>
#include <Poco/JSON/Stringifier.h>

#include <memory>
#include <mutex>
#include <sstream>

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
    o->set("office_code", h.officeCode);
    o->set("counters", h.counters);
    Poco::JSON::Array::Ptr services = new Poco::JSON::Array;
    for (const auto& s : h.services)
        services->add(s);
    o->set("services", services);
    return o;
}

// Every kiosk screen asks for the halls; they change a few times a year. The rendered body is kept
// for as long as the service hands out the same list (it swaps the list on every write).
class RenderedHalls {
public:
    std::shared_ptr<const std::string> body(const std::shared_ptr<const std::vector<model::Hall>>& halls)
    {
        std::lock_guard lock(m_mutex);
        if (halls != m_source) {
            Poco::JSON::Array::Ptr out = new Poco::JSON::Array;
            for (const auto& h : *halls)
                out->add(toJson(h));
            std::ostringstream text;
            Poco::JSON::Stringifier::condense(out, text);
            m_body = std::make_shared<const std::string>(text.str());
            m_source = halls;
        }
        return m_body;
    }

private:
    std::mutex m_mutex;
    std::shared_ptr<const std::vector<model::Hall>> m_source;
    std::shared_ptr<const std::string> m_body;
};

}  // namespace

Handler listHalls(ApiServices& s)
{
    auto rendered = std::make_shared<RenderedHalls>();
    return [&s, rendered](RequestContext& ctx) {
        const auto body = rendered->body(s.halls.list());
        sendText(ctx, *body, "application/json");
    };
}

Handler getHall(ApiServices& s)
{
    return [&s](RequestContext& ctx) { sendJson(ctx, toJson(s.halls.get(ctx.param("id")))); };
}

}  // namespace wedreg::server::http::handlers
