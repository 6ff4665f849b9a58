// SPDX-License-Identifier: Apache-2.0
#include "server/http/handlers/OpenApiHandler.h"

#include "server/http/ApiServices.h"
#include "server/http/JsonResponse.h"

namespace wedreg::server::http::handlers {

Handler openApi(ApiServices& s)
{
    return [&s](RequestContext& ctx) {
        ctx.response.set("Cache-Control", "public, max-age=300");
        sendText(ctx, std::string(s.openApiDocument), "application/json");
    };
}

}  // namespace wedreg::server::http::handlers
