// SPDX-License-Identifier: Apache-2.0
#include "server/http/handlers/CounterHandler.h"

#include "core/Errors.h"
#include "server/http/ApiServices.h"
#include "server/http/JsonBody.h"
#include "server/http/JsonResponse.h"
#include "server/http/handlers/AppointmentsHandler.h"
#include "server/service/CounterService.h"
#include "server/service/ShanghaiTime.h"

#include <Poco/JSON/Array.h>
#include <Poco/JSON/Object.h>

namespace wedreg::server::http::handlers {
namespace {

constexpr std::size_t kMaxCode = 16;
constexpr std::size_t kMaxQr = 128;
constexpr std::size_t kMaxId = 32;
constexpr std::size_t kMaxService = 32;
constexpr std::size_t kMaxCounter = 16;

Poco::JSON::Object::Ptr checkInJson(const service::CheckInResult& r)
{
    Poco::JSON::Object::Ptr o = new Poco::JSON::Object(Poco::JSON_PRESERVE_KEY_ORDER);
    o->set("appointment_id", r.appointmentId);
    o->set("queue_number", r.queueNumber);
    o->set("counter_hint", r.counterHint);
    return o;
}

Poco::JSON::Object::Ptr appointmentJson(const model::Appointment& a)
{
    Poco::JSON::Object::Ptr o = new Poco::JSON::Object(Poco::JSON_PRESERVE_KEY_ORDER);
    o->set("id", a.id);
    o->set("service", a.service);
    o->set("status", a.status);
    o->set("slot_id", a.slotId ? Poco::Dynamic::Var(*a.slotId) : Poco::Dynamic::Var());
    o->set("start", service::shanghaiIso(a.startAt));
    o->set("walk_in", a.walkIn);
    o->set("queue_number", a.queueNumber ? Poco::Dynamic::Var(*a.queueNumber) : Poco::Dynamic::Var());
    o->set("called_counter", a.calledAt ? Poco::Dynamic::Var(a.calledCounter) : Poco::Dynamic::Var());
    o->set("called_at", a.calledAt ? Poco::Dynamic::Var(service::shanghaiIso(*a.calledAt)) : Poco::Dynamic::Var());
    Poco::JSON::Array::Ptr parties = new Poco::JSON::Array;
    for (const auto& p : a.parties) {
        Poco::JSON::Object::Ptr party = new Poco::JSON::Object(Poco::JSON_PRESERVE_KEY_ORDER);
        party->set("name", p.name);
        party->set("id_masked", p.idMasked);
        party->set("phone", p.phone);
        parties->add(party);
    }
    o->set("parties", parties);
    return o;
}

}  // namespace

Handler checkIn(ApiServices& s)
{
    return [&s](RequestContext& ctx) {
        const auto body = readJsonObject(ctx);
        const auto code = optionalString(body, "check_in_code", kMaxCode);
        const auto qr = optionalString(body, "qr", kMaxQr);
        if (code.empty() && qr.empty())
            throw core::InvalidField("check_in_code", "missing");
        const auto idNumber = requireString(body, "id_number", kMaxId);
        sendJson(ctx, checkInJson(s.counter.checkIn(code, qr, idNumber, ctx.kioskHall)));
    };
}

Handler listHallDay(ApiServices& s)
{
    return [&s](RequestContext& ctx) {
        auto date = ctx.queryValue("date").value_or("");
        if (date.empty())
            date = core::toIsoString(core::todayInShanghai());
        date = core::toIsoString(core::parseIsoDate(date, "date"));
        Poco::JSON::Array::Ptr out = new Poco::JSON::Array;
        for (const auto& a : s.counter.listDay(*ctx.principal, ctx.param("id"), date))
            out->add(appointmentJson(a));
        ctx.response.set("Cache-Control", "no-store");
        sendJson(ctx, out);
    };
}

Handler markNoShow(ApiServices& s)
{
    return [&s](RequestContext& ctx) {
        s.counter.markNoShow(*ctx.principal, ctx.param("id"));
        Poco::JSON::Object::Ptr o = new Poco::JSON::Object(Poco::JSON_PRESERVE_KEY_ORDER);
        o->set("id", ctx.param("id"));
        o->set("status", std::string("no_show"));
        sendJson(ctx, o);
    };
}

Handler callNext(ApiServices& s)
{
    return [&s](RequestContext& ctx) {
        const auto body = readJsonObject(ctx);
        const auto counter = requireString(body, "counter", kMaxCounter);
        ctx.response.set("Cache-Control", "no-store");
        sendJson(ctx, appointmentJson(s.counter.callNext(*ctx.principal, ctx.param("id"), counter)));
    };
}

Handler addWalkIn(ApiServices& s)
{
    return [&s](RequestContext& ctx) {
        const auto body = readJsonObject(ctx);
        const auto serviceName = requireString(body, "service", kMaxService);
        const auto parties = partiesFrom(body);
        const bool declaration = requireBool(body, "declaration_accepted");
        const auto result = s.counter.walkIn(*ctx.principal, ctx.param("id"), serviceName, parties, declaration);
        sendJson(ctx, checkInJson(result), Poco::Net::HTTPResponse::HTTP_CREATED);
    };
}

}  // namespace wedreg::server::http::handlers
