// SPDX-License-Identifier: Apache-2.0
#include "server/http/handlers/SlotsHandler.h"

#include "core/Errors.h"
#include "core/calendar/WorkingCalendar.h"
#include "server/http/ApiServices.h"
#include "server/http/JsonResponse.h"
#include "server/service/BookingRules.h"
#include "server/service/HallService.h"
#include "server/service/ShanghaiTime.h"
#include "server/service/SlotService.h"

#include <algorithm>
#include <cstdio>
#include <string>

namespace wedreg::server::http::handlers {
namespace {

// A kiosk browses a few weeks; a bound keeps one request from walking years of rows.
constexpr int kMaxRangeDays = 92;

core::Date dateParam(RequestContext& ctx, const std::string& name, core::Date fallback)
{
    const auto value = ctx.queryValue(name);
    if (!value || value->empty())
        return fallback;
    std::string reason;
    const auto date = core::tryParseIsoDate(*value, &reason);
    if (!date)
        throw core::InvalidField(name, reason == "not-a-date" ? reason : "date-format");
    return *date;
}

// A JSON string literal for an identifier from our own tables (escaped anyway: never trust a row).
void appendJsonString(std::string& out, const std::string& value)
{
    out += '"';
    for (const char c : value) {
        if (c == '"' || c == '\\') {
            out += '\\';
            out += c;
        } else if (static_cast<unsigned char>(c) < 0x20) {
            char escaped[8];
            std::snprintf(escaped, sizeof escaped, "\\u%04x", static_cast<unsigned>(c));
            out += escaped;
        } else {
            out += c;
        }
    }
    out += '"';
}

}  // namespace

Handler listSlots(ApiServices& s)
{
    return [&s](RequestContext& ctx) {
        const auto hall = s.halls.get(ctx.param("id"));
        const auto service = ctx.queryValue("service").value_or("");
        if (service.empty())
            throw core::InvalidField("service", "missing");
        if (!service::BookingRules::isService(service))
            throw core::InvalidField("service", "unknown");
        if (std::find(hall.services.begin(), hall.services.end(), service) == hall.services.end())
            throw core::InvalidField("service", "not-offered");
        const auto today = s.schedule.today();
        const auto from = dateParam(ctx, "from", today);
        auto to = dateParam(ctx, "to", core::addDays(from, s.schedule.horizonDays()));
        if (to < from)
            throw core::InvalidField("to", "before-from");
        if (core::daysBetween(from, to) > kMaxRangeDays)
            throw core::InvalidField("to", "range-too-long");
        // No slot exists on a day whose public holidays are unknown; say so instead of an empty
        // list that reads as "fully closed".
        const auto& calendar = s.schedule.calendar();
        if (!calendar.knowsYear(static_cast<int>(from.year())))
            throw core::CalendarUnknown(static_cast<int>(from.year()));
        if (!calendar.knowsYear(static_cast<int>(to.year()))) {
            to = core::Date{from.year() / std::chrono::December / 31};
            ctx.response.set("Wedreg-Calendar-Known-Until", core::toIsoString(to));
        }
        // Rendered straight into one string (a Poco::JSON object per slot cost more than everything
        // else in the request), and the string kept until a count changes: this is the read a rush
        // hammers.
        const auto body = s.schedule.rendered(hall.id, service, from, to, [](const std::vector<model::Slot>& slots) {
            std::string out = "[";
            for (const auto& slot : slots) {
                if (out.size() > 1)
                    out += ',';
                out += "{\"id\":";
                appendJsonString(out, slot.id);
                out += ",\"hall_id\":";
                appendJsonString(out, slot.hallId);
                out += ",\"service\":";
                appendJsonString(out, slot.service);
                out += ",\"start\":\"" + service::shanghaiIso(slot.startAt) + "\",\"end\":\"" +
                       service::shanghaiIso(slot.endAt) + "\",\"capacity\":" + std::to_string(slot.capacity) +
                       ",\"booked\":" + std::to_string(slot.booked) + ",\"available\":" +
                       std::to_string(slot.available()) + ",\"opens_at\":\"" + service::shanghaiIso(slot.opensAt) +
                       "\",\"allocation\":\"" + (slot.lottery ? "lottery" : "first_come") + "\"}";
            }
            return out + ']';
        });
        sendText(ctx, *body, "application/json");
    };
}

}  // namespace wedreg::server::http::handlers
