// SPDX-License-Identifier: Apache-2.0
#include "server/http/handlers/StaffSessionsHandler.h"

#include "server/http/ApiServices.h"
#include "server/http/JsonBody.h"
#include "server/http/JsonResponse.h"
#include "server/service/StaffAuthService.h"

#include <Poco/DateTime.h>
#include <Poco/DateTimeFormatter.h>
#include <Poco/JSON/Object.h>
#include <Poco/Timestamp.h>

namespace wedreg::server::http::handlers {
namespace {

constexpr std::size_t kMaxUsername = 64;
constexpr std::size_t kMaxPassword = 256;

// ISO 8601 in Asia/Shanghai (UTC+8 all year).
std::string shanghaiTime(std::int64_t unixSeconds)
{
    const Poco::Timestamp ts = Poco::Timestamp::fromEpochTime(static_cast<std::time_t>(unixSeconds + 8 * 3600));
    return Poco::DateTimeFormatter::format(ts, "%Y-%m-%dT%H:%M:%S") + "+08:00";
}

}  // namespace

Handler createStaffSession(ApiServices& s)
{
    return [&s](RequestContext& ctx) {
        const auto body = readJsonObject(ctx);
        const auto username = requireString(body, "username", kMaxUsername);
        const auto password = requireString(body, "password", kMaxPassword);
        const auto issued = s.auth.login(username, password);
        Poco::JSON::Object::Ptr out = new Poco::JSON::Object(Poco::JSON_PRESERVE_KEY_ORDER);
        out->set("token", issued.token);
        out->set("role", std::string(model::toString(issued.role)));
        out->set("expires_at", shanghaiTime(issued.expiresAt));
        ctx.response.set("Cache-Control", "no-store");
        sendJson(ctx, out, Poco::Net::HTTPResponse::HTTP_CREATED);
    };
}

Handler currentStaffSession(ApiServices&)
{
    return [](RequestContext& ctx) {
        const auto& p = *ctx.principal;
        Poco::JSON::Object::Ptr out = new Poco::JSON::Object(Poco::JSON_PRESERVE_KEY_ORDER);
        out->set("username", p.username);
        out->set("role", std::string(model::toString(p.role)));
        if (p.hallId)
            out->set("hall_id", *p.hallId);
        else
            out->set("hall_id", Poco::Dynamic::Var());
        out->set("expires_at", shanghaiTime(p.expiresAt));
        sendJson(ctx, out);
    };
}

Handler deleteStaffSession(ApiServices& s)
{
    return [&s](RequestContext& ctx) {
        s.auth.logout(ctx.bearerToken);
        ctx.response.setStatus(Poco::Net::HTTPResponse::HTTP_NO_CONTENT);
        ctx.response.setContentLength(0);
        ctx.response.send();
    };
}

}  // namespace wedreg::server::http::handlers
