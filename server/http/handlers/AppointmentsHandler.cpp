// SPDX-License-Identifier: Apache-2.0
#include "server/http/handlers/AppointmentsHandler.h"

#include "core/Errors.h"
#include "server/http/ApiServices.h"
#include "server/http/JsonBody.h"
#include "server/http/JsonResponse.h"
#include "server/service/BookingService.h"

#include <Poco/JSON/Array.h>

#include <algorithm>

namespace wedreg::server::http::handlers {
namespace {

constexpr std::size_t kMaxId = 32;
constexpr std::size_t kMaxName = 64;
constexpr std::size_t kMaxPhone = 24;
constexpr std::size_t kMaxSlotId = 128;
constexpr std::size_t kMaxService = 32;
constexpr std::size_t kMaxParties = 2;
constexpr std::size_t kMaxIdempotencyKey = 128;

std::string partyField(const Poco::JSON::Object::Ptr& party, std::size_t i, const std::string& key, std::size_t max)
{
    try {
        return requireString(party, key, max);
    } catch (const core::InvalidField& e) {
        throw core::InvalidField("parties[" + std::to_string(i) + "]." + key, e.reason());
    }
}

}  // namespace

std::optional<std::string> idempotencyKey(RequestContext& ctx)
{
    if (!ctx.request.has("Idempotency-Key"))
        return std::nullopt;
    const auto& key = ctx.request.get("Idempotency-Key");
    const bool printable = std::all_of(key.begin(), key.end(), [](char c) { return c > 0x20 && c < 0x7f; });
    if (key.empty() || key.size() > kMaxIdempotencyKey || !printable)
        throw core::InvalidField("Idempotency-Key", "format");
    return key;
}

void sendAnswer(RequestContext& ctx, const service::JsonAnswer& answer)
{
    ctx.response.set("Cache-Control", "no-store");
    sendText(ctx, answer.body, "application/json; charset=utf-8",
             static_cast<Poco::Net::HTTPResponse::HTTPStatus>(answer.status));
}

std::vector<service::PartyInput> partiesFrom(const Poco::JSON::Object::Ptr& body)
{
    if (!body->has("parties") || body->isNull("parties"))
        throw core::InvalidField("parties", "missing");
    const auto value = body->get("parties");
    if (value.type() != typeid(Poco::JSON::Array::Ptr))
        throw core::InvalidField("parties", "wrong-type");
    const auto array = value.extract<Poco::JSON::Array::Ptr>();
    if (array->size() == 0 || array->size() > kMaxParties)
        throw core::InvalidField("parties", "party-count");
    std::vector<service::PartyInput> out;
    for (std::size_t i = 0; i < array->size(); ++i) {
        const auto element = array->get(static_cast<unsigned>(i));
        if (element.type() != typeid(Poco::JSON::Object::Ptr))
            throw core::InvalidField("parties[" + std::to_string(i) + "]", "wrong-type");
        const auto party = element.extract<Poco::JSON::Object::Ptr>();
        out.push_back({partyField(party, i, "id_number", kMaxId), partyField(party, i, "name", kMaxName),
                       partyField(party, i, "phone", kMaxPhone)});
    }
    return out;
}

Handler bookAppointment(ApiServices& s)
{
    return [&s](RequestContext& ctx) {
        const auto key = idempotencyKey(ctx);
        const auto body = readJsonObject(ctx);
        service::BookingRequest request;
        request.slotId = requireString(body, "slot_id", kMaxSlotId);
        request.service = requireString(body, "service", kMaxService);
        request.parties = partiesFrom(body);
        request.declarationAccepted = requireBool(body, "declaration_accepted");
        sendAnswer(ctx, s.booking.book(request, key));
    };
}

Handler cancelAppointment(ApiServices& s)
{
    return [&s](RequestContext& ctx) { sendAnswer(ctx, s.booking.cancel(ctx.param("id"), ctx.bearerToken)); };
}

Handler rescheduleAppointment(ApiServices& s)
{
    return [&s](RequestContext& ctx) {
        const auto body = readJsonObject(ctx);
        const auto slotId = requireString(body, "slot_id", kMaxSlotId);
        sendAnswer(ctx, s.booking.reschedule(ctx.param("id"), ctx.bearerToken, slotId));
    };
}

}  // namespace wedreg::server::http::handlers
