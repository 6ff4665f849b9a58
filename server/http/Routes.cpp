// SPDX-License-Identifier: Apache-2.0
#include "server/http/Routes.h"

#include "server/http/ApiServices.h"
#include "server/http/handlers/AppointmentsHandler.h"
#include "server/http/handlers/CeremoniesHandler.h"
#include "server/http/handlers/CertificatesHandler.h"
#include "server/http/handlers/CounterHandler.h"
#include "server/http/handlers/HallsHandler.h"
#include "server/http/handlers/HealthHandler.h"
#include "server/http/handlers/LotteryDaysHandler.h"
#include "server/http/handlers/MetricsHandler.h"
#include "server/http/handlers/OpenApiHandler.h"
#include "server/http/handlers/RegistrationsHandler.h"
#include "server/http/handlers/SlotsHandler.h"
#include "server/http/handlers/StatsHandler.h"
#include "server/http/handlers/StaffSessionsHandler.h"

namespace wedreg::server::http {

std::vector<Route> makeRoutes(ApiServices& s)
{
    using model::Role;
    const std::vector<Role> anyStaff{Role::Registrar, Role::Organiser, Role::Admin};
    const std::vector<Role> counterStaff{Role::Registrar, Role::Admin};
    const std::vector<Role> organisers{Role::Organiser, Role::Admin};
    const std::vector<Role> admins{Role::Admin};
    return {
        {"GET", "/healthz", {}, handlers::health(s)},
        {"GET", "/metrics", {}, handlers::metrics(s)},
        {"GET", "/api/v1/openapi.json", {}, handlers::openApi(s)},
        {"GET", "/api/v1/halls", {}, handlers::listHalls(s)},
        {"GET", "/api/v1/halls/{id}", {}, handlers::getHall(s)},
        {"GET", "/api/v1/halls/{id}/slots", {}, handlers::listSlots(s)},
        {"GET", "/api/v1/halls/{id}/appointments", counterStaff, handlers::listHallDay(s)},
        {"POST", "/api/v1/halls/{id}/walk-ins", counterStaff, handlers::addWalkIn(s)},
        {"POST", "/api/v1/halls/{id}/queue/next", counterStaff, handlers::callNext(s)},
        // kKioskRoute: what a kiosk certificate alone may do besides public reads (Router.h).
        // Cancel and reschedule take the manage token or a staff token as Bearer: checked by the service.
        {"POST", "/api/v1/appointments", {}, handlers::bookAppointment(s), kKioskRoute},
        {"POST", "/api/v1/appointments/check-in", {}, handlers::checkIn(s), kKioskRoute},
        {"POST", "/api/v1/appointments/{id}/cancel", {}, handlers::cancelAppointment(s)},
        {"POST", "/api/v1/appointments/{id}/reschedule", {}, handlers::rescheduleAppointment(s)},
        {"POST", "/api/v1/appointments/{id}/no-show", counterStaff, handlers::markNoShow(s)},
        {"POST", "/api/v1/staff/sessions", {}, handlers::createStaffSession(s), kKioskRoute},
        {"GET", "/api/v1/staff/sessions/current", anyStaff, handlers::currentStaffSession(s)},
        {"DELETE", "/api/v1/staff/sessions/current", anyStaff, handlers::deleteStaffSession(s)},
        {"GET", "/api/v1/trust-list", {}, handlers::trustList(s)},
        {"POST", "/api/v1/certificates/verify", {}, handlers::verifyCertificate(s), kKioskRoute},
        {"GET", "/api/v1/certificates/status/{kid}/{hash}", {}, handlers::certificateStatus(s)},
        {"GET", "/api/v1/certificates/{id}", counterStaff, handlers::getCertificate(s)},
        {"GET", "/api/v1/certificates/{id}/qr.png", counterStaff, handlers::certificateQrPng(s)},
        {"GET", "/api/v1/certificates/{id}/print.svg", counterStaff, handlers::printableCertificate(s)},
        {"POST", "/api/v1/registrations", counterStaff, handlers::createRegistration(s)},
        {"GET", "/api/v1/registrations/{id}", counterStaff, handlers::getRegistration(s)},
        {"POST", "/api/v1/registrations/{id}/withdraw", counterStaff, handlers::withdrawRegistration(s)},
        {"GET", "/api/v1/stats", anyStaff, handlers::stats(s)},
        // Collective ceremonies. Sign-up is public (kiosk, phone); reading or cancelling one sign-up
        // takes its manage token or an organiser's token as Bearer: checked by the service.
        {"GET", "/api/v1/ceremonies", {}, handlers::listCeremonies(s)},
        {"POST", "/api/v1/ceremonies", organisers, handlers::createCeremony(s)},
        {"GET", "/api/v1/ceremonies/planning", organisers, handlers::ceremonyPlanning(s)},
        {"GET", "/api/v1/ceremonies/{id}", {}, handlers::getCeremony(s)},
        {"POST", "/api/v1/ceremonies/{id}/status", organisers, handlers::changeCeremonyStatus(s)},
        {"POST", "/api/v1/ceremonies/{id}/registrations", {}, handlers::signUpCouple(s), kKioskRoute},
        {"GET", "/api/v1/ceremonies/{id}/registrations", organisers, handlers::listCeremonyRegistrations(s)},
        {"GET", "/api/v1/ceremonies/{id}/registrations/{registration}", {}, handlers::getCeremonyRegistration(s)},
        {"POST", "/api/v1/ceremonies/{id}/registrations/{registration}/cancel", {},
         handlers::cancelCeremonyRegistration(s)},
        {"POST", "/api/v1/ceremonies/{id}/check-in", organisers, handlers::ceremonyCheckIn(s)},
        {"GET", "/api/v1/ceremonies/{id}/counts", organisers, handlers::ceremonyCounts(s)},
        {"GET", "/api/v1/ceremonies/{id}/programme", organisers, handlers::ceremonyProgramme(s)},
        {"GET", "/api/v1/ceremonies/{id}/lottery", {}, handlers::ceremonyLottery(s)},
        {"GET", "/api/v1/ceremonies/{id}/presenters", organisers, handlers::listAssignments(s)},
        {"POST", "/api/v1/ceremonies/{id}/sessions/{session}/presenters", organisers, handlers::assignPresenter(s)},
        {"DELETE", "/api/v1/ceremonies/{id}/sessions/{session}/presenters/{presenter}", organisers,
         handlers::unassignPresenter(s)},
        {"GET", "/api/v1/presenters", organisers, handlers::listPresenters(s)},
        {"POST", "/api/v1/presenters", organisers, handlers::createPresenter(s)},
        // The verifiable lottery of a hot booking day. Organisers (who plan the hot days) declare
        // one; applying is public like booking; the outcome takes the application's manage token
        // as Bearer (checked by the service); the draw trigger is an admin's (normally a job).
        {"GET", "/api/v1/halls/{id}/lottery-days", {}, handlers::listLotteryDays(s)},
        {"POST", "/api/v1/halls/{id}/lottery-days", organisers, handlers::declareLotteryDay(s)},
        {"GET", "/api/v1/lottery-days/{id}", {}, handlers::lotteryDayRecord(s)},
        {"POST", "/api/v1/lottery-days/{id}/applications", {}, handlers::applyForLotteryDay(s), kKioskRoute},
        {"GET", "/api/v1/lottery-days/{id}/applications/{application}", {}, handlers::lotteryApplicationOutcome(s)},
        {"POST", "/api/v1/lottery-days/{id}/draw", admins, handlers::drawLotteryDay(s)},
    };
}

}  // namespace wedreg::server::http
