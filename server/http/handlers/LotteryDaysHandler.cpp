// SPDX-License-Identifier: Apache-2.0
#include "server/http/handlers/LotteryDaysHandler.h"

#include "core/Errors.h"
#include "server/http/ApiServices.h"
#include "server/http/DrawRecordJson.h"
#include "server/http/JsonBody.h"
#include "server/http/JsonResponse.h"
#include "server/http/handlers/AppointmentsHandler.h"
#include "server/service/BookingLotteryService.h"
#include "server/service/ShanghaiTime.h"

#include <Poco/JSON/Array.h>
#include <Poco/JSON/Object.h>

namespace wedreg::server::http::handlers {
namespace {

constexpr std::size_t kMaxService = 32;
constexpr std::size_t kMaxDay = 10;
constexpr std::size_t kMaxInstant = 40;

using Object = Poco::JSON::Object::Ptr;

Object object()
{
    return new Poco::JSON::Object(Poco::JSON_PRESERVE_KEY_ORDER);
}

Poco::Dynamic::Var instant(const std::optional<std::int64_t>& at)
{
    return at ? Poco::Dynamic::Var(service::shanghaiIso(*at)) : Poco::Dynamic::Var();
}

Object dayJson(const model::LotteryDay& d)
{
    auto o = object();
    o->set("id", d.id);
    o->set("hall_id", d.hallId);
    o->set("service", d.service);
    o->set("day", d.day);
    o->set("window_opens_at", service::shanghaiIso(d.windowOpensAt));
    o->set("window_closes_at", service::shanghaiIso(d.windowClosesAt));
    o->set("draw_at", service::shanghaiIso(d.drawAt));
    o->set("drawn_at", instant(d.drawnAt));
    return o;
}

Object recordJson(const service::LotteryRecord& r)
{
    auto o = dayJson(r.day);
    o->set("application_count", static_cast<Poco::UInt64>(r.applicationCount));
    // The verifiable part, in the shape --verify-draw reads back.
    const auto draw = drawRecordJson(r.draw);
    for (const auto* key : {"commitment", "committed_at", "seed", "applications", "ranking"})
        o->set(key, draw->get(key));
    Poco::JSON::Array::Ptr winners = new Poco::JSON::Array;
    for (const auto& w : r.winners) {
        auto wo = object();
        wo->set("application_id", w.applicationId);
        wo->set("rank", w.rank);
        wo->set("start", service::shanghaiIso(w.slotStart));
        wo->set("end", service::shanghaiIso(w.slotEnd));
        winners->add(wo);
    }
    o->set("winners", winners);
    return o;
}

std::string actorOf(const RequestContext& ctx)
{
    return ctx.principal ? "staff:" + ctx.principal->username : "system";
}

}  // namespace

Handler listLotteryDays(ApiServices& s)
{
    return [&s](RequestContext& ctx) {
        Poco::JSON::Array::Ptr out = new Poco::JSON::Array;
        for (const auto& d : s.lottery.listHall(ctx.param("id")))
            out->add(dayJson(d));
        sendJson(ctx, out);
    };
}

Handler declareLotteryDay(ApiServices& s)
{
    return [&s](RequestContext& ctx) {
        const auto body = readJsonObject(ctx);
        service::LotteryDayInput in;
        in.hallId = ctx.param("id");
        in.service = requireString(body, "service", kMaxService);
        in.day = requireString(body, "day", kMaxDay);
        in.windowOpensAt = isoInstant(requireString(body, "window_opens_at", kMaxInstant), "window_opens_at");
        in.windowClosesAt = isoInstant(requireString(body, "window_closes_at", kMaxInstant), "window_closes_at");
        if (const auto drawAt = optionalString(body, "draw_at", kMaxInstant); !drawAt.empty())
            in.drawAt = isoInstant(drawAt, "draw_at");
        sendJson(ctx, dayJson(s.lottery.declare(in, actorOf(ctx))), Poco::Net::HTTPResponse::HTTP_CREATED);
    };
}

Handler lotteryDayRecord(ApiServices& s)
{
    return [&s](RequestContext& ctx) { sendJson(ctx, recordJson(s.lottery.record(ctx.param("id")))); };
}

Handler applyForLotteryDay(ApiServices& s)
{
    return [&s](RequestContext& ctx) {
        const auto key = idempotencyKey(ctx);
        const auto body = readJsonObject(ctx);
        service::LotteryApplicationInput in;
        in.parties = partiesFrom(body);
        in.declarationAccepted = requireBool(body, "declaration_accepted");
        sendAnswer(ctx, s.lottery.apply(ctx.param("id"), in, key));
    };
}

Handler lotteryApplicationOutcome(ApiServices& s)
{
    return [&s](RequestContext& ctx) {
        const auto out = s.lottery.outcome(ctx.param("id"), ctx.param("application"), ctx.bearerToken);
        const auto& a = out.application;
        auto o = object();
        o->set("id", a.id);
        o->set("lottery_day_id", a.lotteryId);
        o->set("applied_at", service::shanghaiIso(a.appliedAt));
        o->set("outcome", a.outcome);
        o->set("rank", a.drawRank ? Poco::Dynamic::Var(*a.drawRank) : Poco::Dynamic::Var());
        o->set("waitlist_position", out.waitlistPosition);
        if (out.appointment) {
            const auto& ap = *out.appointment;
            auto ao = object();
            ao->set("id", ap.id);
            ao->set("status", ap.status);
            ao->set("check_in_code", ap.checkInCode);
            ao->set("qr", service::AppointmentFactory::qrText(ap));
            ao->set("manage_token", out.appointmentManageToken);
            if (out.slot) {
                auto so = object();
                so->set("id", out.slot->id);
                so->set("start", service::shanghaiIso(out.slot->startAt));
                so->set("end", service::shanghaiIso(out.slot->endAt));
                ao->set("slot", so);
            }
            o->set("appointment", ao);
        } else {
            o->set("appointment", Poco::Dynamic::Var());
        }
        ctx.response.set("Cache-Control", "no-store");
        sendJson(ctx, o);
    };
}

Handler drawLotteryDay(ApiServices& s)
{
    return [&s](RequestContext& ctx) { sendJson(ctx, recordJson(s.lottery.draw(ctx.param("id"), actorOf(ctx)))); };
}

}  // namespace wedreg::server::http::handlers
