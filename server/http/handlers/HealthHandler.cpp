// SPDX-License-Identifier: Apache-2.0
#include "server/http/handlers/HealthHandler.h"

#include "server/http/ApiServices.h"
#include "server/http/JsonResponse.h"
#include "server/service/HealthService.h"

#include <Poco/JSON/Object.h>

namespace wedreg::server::http::handlers {

Handler health(ApiServices& s)
{
    return [&s](RequestContext& ctx) {
        const auto h = s.health.check();
        Poco::JSON::Object::Ptr body = new Poco::JSON::Object(Poco::JSON_PRESERVE_KEY_ORDER);
        body->set("status", h.ok ? "ok" : "unavailable");
        body->set("db", h.db);
        body->set("version", h.version);
        ctx.response.set("Cache-Control", "no-store");
        sendJson(ctx, body, h.ok ? Poco::Net::HTTPResponse::HTTP_OK : Poco::Net::HTTPResponse::HTTP_SERVICE_UNAVAILABLE);
    };
}

}  // namespace wedreg::server::http::handlers
