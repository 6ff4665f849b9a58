// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "server/http/Router.h"

namespace wedreg::server::http {
struct ApiServices;
}

namespace wedreg::server::http::handlers {

// Collective ceremonies (issue 7): /api/v1/ceremonies, its registrations (couples' sign-ups),
// the door check-in, the programme, the planning view; /api/v1/presenters.
Handler listCeremonies(ApiServices& services);
Handler createCeremony(ApiServices& services);
Handler getCeremony(ApiServices& services);
Handler changeCeremonyStatus(ApiServices& services);
Handler signUpCouple(ApiServices& services);
Handler listCeremonyRegistrations(ApiServices& services);
Handler getCeremonyRegistration(ApiServices& services);
Handler cancelCeremonyRegistration(ApiServices& services);
Handler ceremonyCheckIn(ApiServices& services);
Handler ceremonyCounts(ApiServices& services);
Handler ceremonyProgramme(ApiServices& services);
Handler assignPresenter(ApiServices& services);
Handler unassignPresenter(ApiServices& services);
Handler listAssignments(ApiServices& services);
Handler ceremonyPlanning(ApiServices& services);
Handler ceremonyLottery(ApiServices& services);
Handler listPresenters(ApiServices& services);
Handler createPresenter(ApiServices& services);

}  // namespace wedreg::server::http::handlers
