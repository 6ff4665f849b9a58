// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "server/http/Router.h"

namespace wedreg::server::http {
struct ApiServices;
}

namespace wedreg::server::http::handlers {

// The verifiable booking lottery of a hot day (docs/BOOKING-LOTTERY.md):
// GET/POST /api/v1/halls/{id}/lottery-days, GET /api/v1/lottery-days/{id} (the published record),
// POST …/applications (Idempotency-Key), GET …/applications/{application} (manage token),
// POST …/draw (admin).
Handler listLotteryDays(ApiServices& services);
Handler declareLotteryDay(ApiServices& services);
Handler lotteryDayRecord(ApiServices& services);
Handler applyForLotteryDay(ApiServices& services);
Handler lotteryApplicationOutcome(ApiServices& services);
Handler drawLotteryDay(ApiServices& services);

}  // namespace wedreg::server::http::handlers
