// SPDX-License-Identifier: Apache-2.0
#include "server/http/handlers/RegistrationsHandler.h"

#include "core/Errors.h"
#include "server/http/ApiServices.h"
#include "server/http/JsonBody.h"
#include "server/http/JsonResponse.h"
#include "server/http/handlers/CertificateJson.h"
#include "server/service/RegistrationService.h"

#include <nlohmann/json.hpp>

namespace wedreg::server::http::handlers {
namespace {

constexpr std::size_t kMaxId = 32;
constexpr std::size_t kMaxName = 64;
constexpr std::size_t kMaxLatin = 96;
constexpr std::size_t kMaxKind = 32;
constexpr std::size_t kMaxRef = 64;

nlohmann::json optionalText(const std::optional<std::string>& value)
{
    return value ? nlohmann::json(*value) : nlohmann::json(nullptr);
}

nlohmann::json registrationJson(const service::RegistrationOutcome& outcome)
{
    const auto& r = outcome.registration;
    nlohmann::json parties = nlohmann::json::array();
    for (const auto& p : r.parties)
        parties.push_back({{"name", p.name},
                           {"name_latin", p.nameLatin},
                           {"id_masked", p.idMasked},
                           {"birth_date", p.birthDate},
                           {"sex", p.sex},
                           {"nationality", p.nationality}});
    nlohmann::json out{{"id", r.id},
                       {"kind", r.kind},
                       {"status", r.status},
                       {"hall_id", r.hallId},
                       {"office_code", r.officeCode},
                       {"registrar", r.registrar},
                       {"day", r.day},
                       {"subject_id", optionalText(r.subjectId)},
                       {"application_id", optionalText(r.applicationId)},
                       {"cooling_off_ends", optionalText(r.coolingOffEnds)},
                       {"window_ends", optionalText(r.windowEnds)},
                       {"closed_day", optionalText(r.closedDay)},
                       {"by_proxy", r.byProxy},
                       {"parties", parties}};
    out["certificate"] = outcome.certificate ? certificateJson(*outcome.certificate) : nlohmann::json(nullptr);
    return out;
}

std::vector<service::PartyDetails> partyDetails(const Poco::JSON::Object::Ptr& body, std::size_t count, bool full)
{
    std::vector<service::PartyDetails> out;
    const auto parties = requireObjects(body, "parties", count, count);
    for (std::size_t i = 0; i < parties.size(); ++i) {
        service::PartyDetails d;
        d.idNumber = memberString(parties[i], "parties", i, "id_number", kMaxId);
        if (full) {
            d.name = memberString(parties[i], "parties", i, "name", kMaxName);
            d.nameLatin = memberString(parties[i], "parties", i, "name_latin", kMaxLatin, false);
            const auto nationality = memberString(parties[i], "parties", i, "nationality", 3, false);
            if (!nationality.empty())
                d.nationality = nationality;
        }
        out.push_back(std::move(d));
    }
    return out;
}

std::vector<std::string> idNumbers(const std::vector<service::PartyDetails>& parties)
{
    std::vector<std::string> out;
    for (const auto& p : parties)
        out.push_back(p.idNumber);
    return out;
}

std::optional<std::string> hallOf(const Poco::JSON::Object::Ptr& body)
{
    auto hall = optionalString(body, "hall_id", kMaxRef);
    return hall.empty() ? std::nullopt : std::optional(hall);
}

void send(RequestContext& ctx, const service::RegistrationOutcome& outcome, Poco::Net::HTTPResponse::HTTPStatus status)
{
    ctx.response.set("Cache-Control", "no-store");
    sendText(ctx, registrationJson(outcome).dump(), "application/json; charset=utf-8", status);
}

}  // namespace

Handler createRegistration(ApiServices& s)
{
    return [&s](RequestContext& ctx) {
        const auto body = readJsonObject(ctx);
        const auto kind = requireString(body, "kind", kMaxKind);
        const auto& staff = *ctx.principal;
        service::RegistrationOutcome outcome;
        if (kind == "marriage") {
            service::MarriageRequest request;
            request.appointmentId = requireString(body, "appointment_id", kMaxRef);
            request.parties = partyDetails(body, 2, true);
            request.declarationAccepted = requireBool(body, "declaration_accepted");
            request.hallId = hallOf(body);
            outcome = s.registrations.marry(staff, request);
        } else if (kind == "divorce_application") {
            outcome = s.registrations.applyForDivorce(staff, idNumbers(partyDetails(body, 2, false)), hallOf(body));
        } else if (kind == "divorce") {
            const auto application = requireString(body, "application_id", kMaxRef);
            outcome = s.registrations.divorce(staff, application, idNumbers(partyDetails(body, 2, false)), hallOf(body));
        } else if (kind == "reissue") {
            const auto of = optionalString(body, "of", kMaxKind);
            outcome = s.registrations.reissue(staff, partyDetails(body, 1, false).front().idNumber,
                                              of.empty() ? "marriage" : of, optionalBool(body, "by_proxy", false),
                                              hallOf(body));
        } else {
            throw core::InvalidField("kind", "unknown");
        }
        send(ctx, outcome, Poco::Net::HTTPResponse::HTTP_CREATED);
    };
}

Handler getRegistration(ApiServices& s)
{
    return [&s](RequestContext& ctx) {
        send(ctx, s.registrations.get(*ctx.principal, ctx.param("id")), Poco::Net::HTTPResponse::HTTP_OK);
    };
}

Handler withdrawRegistration(ApiServices& s)
{
    return [&s](RequestContext& ctx) {
        const auto body = readJsonObject(ctx);
        const auto idNumber = requireString(body, "id_number", kMaxId);
        send(ctx, s.registrations.withdraw(*ctx.principal, ctx.param("id"), idNumber), Poco::Net::HTTPResponse::HTTP_OK);
    };
}

}  // namespace wedreg::server::http::handlers
