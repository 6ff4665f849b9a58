// SPDX-License-Identifier: Apache-2.0
#include "server/http/handlers/CeremoniesHandler.h"

#include "core/Errors.h"
#include "server/http/ApiServices.h"
#include "server/http/JsonBody.h"
#include "server/http/JsonResponse.h"
#include "server/http/DrawRecordJson.h"
#include "server/http/handlers/AppointmentsHandler.h"
#include "server/service/CeremonyService.h"
#include "server/service/ProgrammeRenderer.h"
#include "server/service/ShanghaiTime.h"

#include <Poco/JSON/Array.h>
#include <Poco/JSON/Object.h>

#include <limits>

namespace wedreg::server::http::handlers {
namespace {

constexpr std::size_t kMaxTitle = 120;
constexpr std::size_t kMaxNotes = 2000;
constexpr std::size_t kMaxId = 64;
constexpr std::size_t kMaxTicket = 1200;
constexpr std::size_t kMaxDays = 366;

using Object = Poco::JSON::Object::Ptr;
using Array = Poco::JSON::Array::Ptr;

Object object()
{
    return new Poco::JSON::Object(Poco::JSON_PRESERVE_KEY_ORDER);
}

std::string optionalString(const Object& body, const std::string& field, std::size_t maxLength)
{
    if (!body->has(field) || body->isNull(field))
        return {};
    const auto value = body->get(field);
    if (!value.isString())
        throw core::InvalidField(field, "wrong-type");
    auto text = value.extract<std::string>();
    if (text.size() > maxLength)
        throw core::InvalidField(field, "too-long");
    return text;
}

std::optional<int> optionalInt(const Object& body, const std::string& field)
{
    if (!body->has(field) || body->isNull(field))
        return std::nullopt;
    const auto value = body->get(field);
    if (!value.isInteger() || value.isBoolean())
        throw core::InvalidField(field, "wrong-type");
    const auto n = value.convert<Poco::Int64>();
    if (n < std::numeric_limits<int>::min() || n > std::numeric_limits<int>::max())
        throw core::InvalidField(field, "out-of-range");
    return static_cast<int>(n);
}

int requireInt(const Object& body, const std::string& field)
{
    const auto n = optionalInt(body, field);
    if (!n)
        throw core::InvalidField(field, "missing");
    return *n;
}

bool optionalBool(const Object& body, const std::string& field)
{
    if (!body->has(field) || body->isNull(field))
        return false;
    return requireBool(body, field);
}

Array optionalArray(const Object& body, const std::string& field)
{
    if (!body->has(field) || body->isNull(field))
        return new Poco::JSON::Array;
    const auto value = body->get(field);
    if (value.type() != typeid(Array))
        throw core::InvalidField(field, "wrong-type");
    return value.extract<Array>();
}

service::Actor actorOf(const RequestContext& ctx)
{
    return {ctx.principal};
}

Object sessionJson(const model::CeremonySession& s)
{
    auto o = object();
    o->set("id", s.id);
    o->set("position", s.position);
    o->set("start", service::shanghaiIso(s.startAt));
    o->set("end", service::shanghaiIso(s.endAt));
    o->set("capacity", s.capacity);
    o->set("seated", s.seated);
    o->set("available", s.capacity - s.seated);
    return o;
}

Object eventJson(const model::CeremonyEvent& e)
{
    auto o = object();
    o->set("id", e.id);
    o->set("title", e.title);
    o->set("title_en", e.titleEn);
    o->set("theme", e.theme);
    o->set("day", e.day);
    o->set("venue_id", e.venueId);
    o->set("guests_per_couple", e.guestsPerCouple);
    o->set("notes", e.notes);
    o->set("notes_en", e.notesEn);
    o->set("signup_opens_at", service::shanghaiIso(e.signupOpensAt));
    o->set("allocation", e.allocation);
    o->set("status", e.status);
    if (e.lotteryCommitment)
        o->set("lottery_commitment", *e.lotteryCommitment);
    Array sessions = new Poco::JSON::Array;
    for (const auto& s : e.sessions)
        sessions->add(sessionJson(s));
    o->set("sessions", sessions);
    return o;
}

Object signupJson(const service::SignupResult& r)
{
    const auto& s = r.signup;
    auto o = object();
    o->set("id", s.id);
    o->set("event_id", s.eventId);
    o->set("status", s.status);
    o->set("session_id", s.sessionId ? Poco::Dynamic::Var(*s.sessionId) : Poco::Dynamic::Var());
    o->set("session", r.sessionPosition);
    o->set("sequence", s.sequence);
    o->set("waitlist_position", r.waitlistPosition);
    o->set("basis", s.basis);
    o->set("names", service::maskName(s.nameA) + " & " + service::maskName(s.nameB));
    if (!r.manageToken.empty())
        o->set("manage_token", r.manageToken);
    o->set("ticket", r.ticket ? Poco::Dynamic::Var(*r.ticket) : Poco::Dynamic::Var());
    return o;
}

Array countsJson(const std::vector<service::SessionLiveCounts>& counts)
{
    Array out = new Poco::JSON::Array;
    for (const auto& c : counts) {
        auto o = object();
        o->set("session_id", c.sessionId);
        o->set("position", c.position);
        o->set("capacity", c.capacity);
        o->set("expected", c.seated + c.checkedIn);
        o->set("checked_in", c.checkedIn);
        o->set("waitlisted", c.waitlisted);
        out->add(o);
    }
    return out;
}

Object presenterJson(const model::Presenter& p)
{
    auto o = object();
    o->set("id", p.id);
    o->set("name", p.name);
    o->set("name_en", p.nameEn);
    o->set("honour", p.honour);
    o->set("honour_en", p.honourEn);
    o->set("organisation", p.organisation);
    o->set("photo_consent", p.photoConsent);
    o->set("contact_consent", p.contactConsent);
    // The contact is shown only with consent (it is never stored without).
    o->set("contact", p.contactConsent ? p.contact : std::string());
    Array days = new Poco::JSON::Array;
    for (const auto& d : p.availableDays)
        days->add(d);
    o->set("available_days", days);
    return o;
}

}  // namespace

Handler listCeremonies(ApiServices& s)
{
    return [&s](RequestContext& ctx) {
        Array out = new Poco::JSON::Array;
        for (const auto& e : s.ceremonies.list(s.ceremonies.isOrganiser(ctx.bearerToken)))
            out->add(eventJson(e));
        sendJson(ctx, out);
    };
}

Handler createCeremony(ApiServices& s)
{
    return [&s](RequestContext& ctx) {
        const auto body = readJsonObject(ctx);
        service::EventInput in;
        in.title = requireString(body, "title", kMaxTitle);
        in.titleEn = requireString(body, "title_en", kMaxTitle);
        in.theme = optionalString(body, "theme", kMaxTitle);
        in.day = requireString(body, "day", 10);
        in.venueId = requireString(body, "venue_id", kMaxId);
        in.guestsPerCouple = optionalInt(body, "guests_per_couple").value_or(0);
        in.notes = optionalString(body, "notes", kMaxNotes);
        in.notesEn = optionalString(body, "notes_en", kMaxNotes);
        if (const auto opens = optionalString(body, "signup_opens_at", 40); !opens.empty())
            in.signupOpensAt = isoInstant(opens, "signup_opens_at");
        if (const auto allocation = optionalString(body, "allocation", 20); !allocation.empty())
            in.allocation = allocation;
        const auto sessions = optionalArray(body, "sessions");
        for (std::size_t i = 0; i < sessions->size(); ++i) {
            const auto field = "sessions[" + std::to_string(i) + "]";
            const auto element = sessions->get(static_cast<unsigned>(i));
            if (element.type() != typeid(Object))
                throw core::InvalidField(field, "wrong-type");
            const auto session = element.extract<Object>();
            try {
                in.sessions.push_back({requireString(session, "start", 5), requireString(session, "end", 5),
                                       requireInt(session, "capacity")});
            } catch (const core::InvalidField& e) {
                throw core::InvalidField(field + "." + e.field(), e.reason());
            }
        }
        sendJson(ctx, eventJson(s.ceremonies.create(in, actorOf(ctx))), Poco::Net::HTTPResponse::HTTP_CREATED);
    };
}

Handler getCeremony(ApiServices& s)
{
    return [&s](RequestContext& ctx) {
        auto o = eventJson(s.ceremonies.get(ctx.param("id"), s.ceremonies.isOrganiser(ctx.bearerToken)));
        const auto counts = s.ceremonies.liveCounts(ctx.param("id"));
        o->set("counts", countsJson(counts));
        // The day's statistics (for a held or archived ceremony: who came, who did not).
        int seated = 0, checkedIn = 0, waitlisted = 0;
        for (const auto& c : counts) {
            seated += c.seated;
            checkedIn += c.checkedIn;
            waitlisted += c.waitlisted;
        }
        auto stats = object();
        stats->set("couples", seated + checkedIn);
        stats->set("checked_in", checkedIn);
        stats->set("not_arrived", seated);
        stats->set("waitlisted", waitlisted);
        o->set("statistics", stats);
        sendJson(ctx, o);
    };
}

Handler changeCeremonyStatus(ApiServices& s)
{
    return [&s](RequestContext& ctx) {
        const auto body = readJsonObject(ctx);
        const auto status = requireString(body, "status", 20);
        sendJson(ctx, eventJson(s.ceremonies.changeStatus(ctx.param("id"), status, actorOf(ctx))));
    };
}

Handler signUpCouple(ApiServices& s)
{
    return [&s](RequestContext& ctx) {
        const auto body = readJsonObject(ctx);
        service::SignupRequest request;
        request.eventId = ctx.param("id");
        if (const auto session = optionalString(body, "session_id", kMaxId); !session.empty())
            request.sessionId = session;
        request.parties = partiesFrom(body);
        request.language = ctx.language == Language::En ? "en" : "zh";
        ctx.response.set("Cache-Control", "no-store");
        sendJson(ctx, signupJson(s.ceremonies.signUp(request)), Poco::Net::HTTPResponse::HTTP_CREATED);
    };
}

Handler listCeremonyRegistrations(ApiServices& s)
{
    return [&s](RequestContext& ctx) {
        Array out = new Poco::JSON::Array;
        for (const auto& r : s.ceremonies.signups(ctx.param("id")))
            out->add(signupJson(r));
        sendJson(ctx, out);
    };
}

Handler getCeremonyRegistration(ApiServices& s)
{
    return [&s](RequestContext& ctx) {
        ctx.response.set("Cache-Control", "no-store");
        sendJson(ctx, signupJson(s.ceremonies.signup(ctx.param("id"), ctx.param("registration"), ctx.bearerToken)));
    };
}

Handler cancelCeremonyRegistration(ApiServices& s)
{
    return [&s](RequestContext& ctx) {
        const auto result = s.ceremonies.cancel(ctx.param("id"), ctx.param("registration"), ctx.bearerToken);
        auto o = object();
        o->set("id", result.id);
        o->set("status", std::string("cancelled"));
        if (result.promoted) {
            auto p = object();
            p->set("id", result.promoted->id);
            p->set("session_id", result.promoted->sessionId);
            o->set("promoted", p);
        } else {
            o->set("promoted", Poco::Dynamic::Var());
        }
        sendJson(ctx, o);
    };
}

Handler ceremonyCheckIn(ApiServices& s)
{
    return [&s](RequestContext& ctx) {
        const auto body = readJsonObject(ctx);
        const auto ticket = requireString(body, "ticket", kMaxTicket);
        const auto result = s.ceremonies.checkIn(ctx.param("id"), ticket, actorOf(ctx));
        auto o = object();
        o->set("registration_id", result.signupId);
        o->set("session", result.sessionPosition);
        o->set("sequence", result.sequence);
        o->set("names", result.names);
        o->set("counts", countsJson(result.counts));
        sendJson(ctx, o);
    };
}

Handler ceremonyCounts(ApiServices& s)
{
    return [&s](RequestContext& ctx) { sendJson(ctx, countsJson(s.ceremonies.liveCounts(ctx.param("id")))); };
}

Handler ceremonyProgramme(ApiServices& s)
{
    return [&s](RequestContext& ctx) {
        const auto format = ctx.queryValue("format").value_or("svg");
        if (format != "svg" && format != "csv")
            throw core::InvalidField("format", "unknown");
        const auto programme = s.ceremonies.programme(ctx.param("id"));
        if (format == "csv")
            sendText(ctx, service::ProgrammeRenderer::csv(programme), "text/csv; charset=utf-8");
        else
            sendText(ctx, service::ProgrammeRenderer::svg(programme), "image/svg+xml; charset=utf-8");
    };
}

Handler assignPresenter(ApiServices& s)
{
    return [&s](RequestContext& ctx) {
        const auto body = readJsonObject(ctx);
        const auto presenter = requireString(body, "presenter_id", kMaxId);
        const auto position = optionalInt(body, "position").value_or(1);
        s.ceremonies.assignPresenter(ctx.param("id"), ctx.param("session"), presenter, position, actorOf(ctx));
        auto o = object();
        o->set("session_id", ctx.param("session"));
        o->set("presenter_id", presenter);
        o->set("position", position);
        sendJson(ctx, o, Poco::Net::HTTPResponse::HTTP_CREATED);
    };
}

Handler unassignPresenter(ApiServices& s)
{
    return [&s](RequestContext& ctx) {
        s.ceremonies.unassignPresenter(ctx.param("id"), ctx.param("session"), ctx.param("presenter"), actorOf(ctx));
        ctx.response.setStatus(Poco::Net::HTTPResponse::HTTP_NO_CONTENT);
        ctx.response.setContentLength(0);
        ctx.response.send();
    };
}

Handler listAssignments(ApiServices& s)
{
    return [&s](RequestContext& ctx) {
        Array out = new Poco::JSON::Array;
        for (const auto& a : s.ceremonies.assignments(ctx.param("id"))) {
            auto o = object();
            o->set("session_id", a.sessionId);
            o->set("presenter_id", a.presenterId);
            o->set("position", a.position);
            out->add(o);
        }
        sendJson(ctx, out);
    };
}

Handler ceremonyPlanning(ApiServices& s)
{
    return [&s](RequestContext& ctx) {
        const auto day = ctx.queryValue("date");
        if (!day)
            throw core::InvalidField("date", "missing");
        int perSession = 20;
        if (const auto n = ctx.queryValue("couples_per_session")) {
            try {
                perSession = std::stoi(*n);
            } catch (const std::exception&) {
                throw core::InvalidField("couples_per_session", "wrong-type");
            }
        }
        const auto plan = s.ceremonies.planning(*day, perSession);
        auto o = object();
        o->set("date", plan.day);
        o->set("couples_per_session", plan.couplesPerSession);
        o->set("booked_couples", plan.totalBooked);
        o->set("suggested_sessions", plan.suggestedSessions);
        Array halls = new Poco::JSON::Array;
        for (const auto& h : plan.halls) {
            auto ho = object();
            ho->set("hall_id", h.hallId);
            ho->set("name", h.hallName);
            ho->set("booked_couples", h.bookedCouples);
            ho->set("suggested_sessions", h.suggestedSessions);
            halls->add(ho);
        }
        o->set("halls", halls);
        Array sessions = new Poco::JSON::Array;
        for (const auto& w : plan.sessions) {
            auto wo = object();
            wo->set("ceremony_id", w.eventId);
            wo->set("session_id", w.sessionId);
            wo->set("position", w.position);
            wo->set("capacity", w.capacity);
            wo->set("demand", w.demand);
            wo->set("warning", w.level == "ok" ? Poco::Dynamic::Var() : Poco::Dynamic::Var(w.level));
            sessions->add(wo);
        }
        o->set("sessions", sessions);
        sendJson(ctx, o);
    };
}

Handler ceremonyLottery(ApiServices& s)
{
    return [&s](RequestContext& ctx) { sendJson(ctx, drawRecordJson(s.ceremonies.lotteryRecord(ctx.param("id")))); };
}

Handler listPresenters(ApiServices& s)
{
    return [&s](RequestContext& ctx) {
        Array out = new Poco::JSON::Array;
        for (const auto& p : s.ceremonies.presenters())
            out->add(presenterJson(p));
        sendJson(ctx, out);
    };
}

Handler createPresenter(ApiServices& s)
{
    return [&s](RequestContext& ctx) {
        const auto body = readJsonObject(ctx);
        model::Presenter p;
        p.name = requireString(body, "name", kMaxTitle);
        p.nameEn = optionalString(body, "name_en", kMaxTitle);
        p.honour = requireString(body, "honour", kMaxTitle);
        p.honourEn = optionalString(body, "honour_en", kMaxTitle);
        p.organisation = optionalString(body, "organisation", kMaxTitle);
        p.photoConsent = optionalBool(body, "photo_consent");
        p.contactConsent = optionalBool(body, "contact_consent");
        p.contact = optionalString(body, "contact", kMaxTitle);
        const auto days = optionalArray(body, "available_days");
        if (days->size() > kMaxDays)
            throw core::InvalidField("available_days", "too-long");
        for (std::size_t i = 0; i < days->size(); ++i) {
            const auto day = days->get(static_cast<unsigned>(i));
            if (!day.isString())
                throw core::InvalidField("available_days[" + std::to_string(i) + "]", "wrong-type");
            p.availableDays.push_back(day.extract<std::string>());
        }
        sendJson(ctx, presenterJson(s.ceremonies.addPresenter(p, actorOf(ctx))), Poco::Net::HTTPResponse::HTTP_CREATED);
    };
}

}  // namespace wedreg::server::http::handlers
