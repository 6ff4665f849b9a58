// SPDX-License-Identifier: Apache-2.0
#include "server/http/handlers/MetricsHandler.h"

#include "server/http/ApiServices.h"
#include "server/http/JsonResponse.h"
#include "server/http/Metrics.h"
#include "server/service/HealthService.h"

namespace wedreg::server::http::handlers {

Handler metrics(ApiServices& s)
{
    return [&s](RequestContext& ctx) {
        const auto h = s.health.check();
        sendText(ctx, s.metrics.render(s.version, h.db), "text/plain; version=0.0.4; charset=utf-8");
    };
}

}  // namespace wedreg::server::http::handlers
