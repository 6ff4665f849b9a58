// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "server/http/Router.h"

namespace wedreg::server::http {
struct ApiServices;
}

namespace wedreg::server::http::handlers {

// The hall's day: kiosk check-in (public, needs the code and an ID number), and for registrars
// and admins the day's list, no-show marking, walk-ins and calling the next couple to a counter.
Handler checkIn(ApiServices& services);
Handler listHallDay(ApiServices& services);
Handler markNoShow(ApiServices& services);
Handler addWalkIn(ApiServices& services);
Handler callNext(ApiServices& services);

}  // namespace wedreg::server::http::handlers
