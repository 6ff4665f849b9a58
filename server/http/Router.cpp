// SPDX-License-Identifier: Apache-2.0
#include "server/http/Router.h"

#include "server/http/ErrorMapping.h"
#include "server/http/Metrics.h"
#include "server/http/Problem.h"
#include "server/service/AuthErrors.h"

#include <Poco/Crypto/X509Certificate.h>
#include <Poco/Logger.h>
#include <Poco/Net/HTTPServerRequestImpl.h>
#include <Poco/Net/SecureStreamSocket.h>
#include <Poco/Net/HTTPRequestHandler.h>
#include <Poco/String.h>
#include <Poco/Timestamp.h>
#include <Poco/URI.h>

#include <algorithm>

namespace wedreg::server::http {
namespace {

using Status = Poco::Net::HTTPResponse::HTTPStatus;

std::vector<std::string> segments(const std::string& path)
{
    std::vector<std::string> out;
    std::size_t start = 1;
    while (start <= path.size()) {
        const auto end = path.find('/', start);
        const auto stop = end == std::string::npos ? path.size() : end;
        out.push_back(path.substr(start, stop - start));
        start = stop + 1;
    }
    return out;
}

class DispatchHandler final : public Poco::Net::HTTPRequestHandler {
public:
    explicit DispatchHandler(Router& router)
        : m_router(router)
    {
    }
    void handleRequest(Poco::Net::HTTPServerRequest& request, Poco::Net::HTTPServerResponse& response) override
    {
        m_router.dispatch(request, response);
    }

private:
    Router& m_router;
};

std::string bearerToken(const Poco::Net::HTTPServerRequest& request)
{
    // A copy: get(name, default) returns a reference to its default argument, a temporary here.
    const std::string header = request.get("Authorization", "");
    if (header.size() > 7 && Poco::icompare(header.substr(0, 7), "Bearer ") == 0)
        return Poco::trim(header.substr(7));
    return {};
}

// The hall a kiosk is bound to: the OU of the TLS client certificate it presented
// (certs/make-dev-pki issues one per kiosk). Empty optional for plain HTTP or no certificate; an
// empty string for a certificate without an OU (a kiosk bound to no hall may check in nobody).
std::optional<std::string> kioskHallOf(Poco::Net::HTTPServerRequest& request)
{
    auto* impl = dynamic_cast<Poco::Net::HTTPServerRequestImpl*>(&request);
    if (!impl || !impl->secure())
        return std::nullopt;
    Poco::Net::SecureStreamSocket socket(impl->socket());
    if (!socket.havePeerCertificate())
        return std::nullopt;
    return socket.peerCertificate().subjectName(Poco::Crypto::X509Certificate::NID_ORGANIZATION_UNIT_NAME);
}

// After refusing an oversized body, read (and drop) a bounded amount of what the client is still
// sending, so that closing the socket does not reset the connection before the client has read
// our 413 ("lingering close", as nginx does).
void drainBody(Poco::Net::HTTPServerRequest& request)
{
    constexpr std::size_t kDrainLimit = 32u << 20;
    std::size_t drained = 0;
    char buffer[16384];
    try {
        auto& in = request.stream();
        while (drained < kDrainLimit && in.read(buffer, sizeof buffer))
            drained += static_cast<std::size_t>(in.gcount());
    } catch (const Poco::Exception&) {
        // A client that stops sending or resets is fine: we are closing anyway.
    }
}

}  // namespace

bool kioskMayCall(const Route& route)
{
    return route.kiosk || (route.roles.empty() && route.method == "GET");
}

Router::Router(std::vector<Route> routes, Authenticator authenticate, Metrics& metrics, std::size_t maxBodyBytes,
               ClientRateLimit clientLimit)
    : m_routes(std::move(routes))
    , m_authenticate(std::move(authenticate))
    , m_metrics(metrics)
    , m_maxBodyBytes(maxBodyBytes)
    , m_clientLimit(clientLimit)
{
}

Poco::Net::HTTPRequestHandler* Router::createRequestHandler(const Poco::Net::HTTPServerRequest&)
{
    return new DispatchHandler(*this);
}

Router::Match Router::match(const std::string& method, const std::string& path) const
{
    const auto parts = segments(path);
    Match best;
    int bestLiterals = -1;
    for (const auto& route : m_routes) {
        const auto pattern = segments(route.pattern);
        if (pattern.size() != parts.size())
            continue;
        std::map<std::string, std::string> params;
        int literals = 0;
        bool ok = true;
        for (std::size_t i = 0; i < parts.size() && ok; ++i) {
            const auto& p = pattern[i];
            if (p.size() > 2 && p.front() == '{' && p.back() == '}') {
                ok = !parts[i].empty();
                params[p.substr(1, p.size() - 2)] = parts[i];
            } else {
                ok = p == parts[i];
                ++literals;
            }
        }
        if (!ok)
            continue;
        if (route.method != method) {
            if (best.allowed.find(route.method) == std::string::npos)
                best.allowed += (best.allowed.empty() ? "" : ", ") + route.method;
            continue;
        }
        // The most specific route wins: /appointments/check-in over /appointments/{id}.
        if (literals > bestLiterals) {
            best.route = &route;
            best.params = std::move(params);
            bestLiterals = literals;
        }
    }
    return best;
}

void Router::dispatch(Poco::Net::HTTPServerRequest& request, Poco::Net::HTTPServerResponse& response)
{
    const Poco::Timestamp started;
    m_metrics.requestStarted();
    RequestContext ctx{request, response, {}, {}, negotiateLanguage(request.get("Accept-Language", "")),
                       std::nullopt, m_maxBodyBytes, {}, std::nullopt};
    std::string routeName = "(unmatched)";
    try {
        Poco::URI uri;
        try {
            uri = Poco::URI(request.getURI());
        } catch (const Poco::SyntaxException&) {
            throw HttpError(Status::HTTP_BAD_REQUEST, "not-found", "bad-uri");
        }
        // A declared body over the limit is refused before anything else reads or routes it (and
        // then drained, below), whatever the route: no handler ever sees it.
        if (request.hasContentLength() && request.getContentLength64() > static_cast<Poco::Int64>(m_maxBodyBytes))
            throw HttpError(Status::HTTP_REQUEST_ENTITY_TOO_LARGE, "payload-too-large");
        const auto method = request.getMethod() == "HEAD" ? std::string("GET") : request.getMethod();
        auto found = match(method, uri.getPath());
        if (!found.route) {
            if (!found.allowed.empty()) {
                response.set("Allow", found.allowed);
                throw HttpError(Status::HTTP_METHOD_NOT_ALLOWED, "method-not-allowed");
            }
            throw HttpError(Status::HTTP_NOT_FOUND, "not-found");
        }
        routeName = found.route->pattern;
        ctx.params = std::move(found.params);
        for (const auto& [k, v] : uri.getQueryParameters())
            ctx.query.emplace(k, v);
        ctx.bearerToken = bearerToken(request);
        ctx.kioskHall = kioskHallOf(request);
        if (m_clientLimit.limiter && method != "GET") {
            const auto address = request.clientAddress().host();
            std::string key;
            if (ctx.kioskHall)
                key = "kiosk:" + *ctx.kioskHall;
            else if (!(m_clientLimit.exemptLoopback && address.isLoopback()))  // development, tests, benchmarks
                key = ctx.bearerToken.empty() ? "address:" + address.toString() : "bearer:" + ctx.bearerToken;
            if (!key.empty())
                m_clientLimit.limiter->require(key, "client");
        }
        if (ctx.kioskHall && found.route->roles.empty() && !kioskMayCall(*found.route)) {
            // Not a kiosk thing: only a staff member signed in on the kiosk may do it.
            try {
                if (ctx.bearerToken.empty())
                    throw service::Forbidden("kiosk-scope");
                ctx.principal = m_authenticate(ctx.bearerToken);
            } catch (const service::Unauthenticated&) {
                throw service::Forbidden("kiosk-scope");
            }
        }
        if (!found.route->roles.empty()) {
            if (ctx.bearerToken.empty()) {
                response.set("WWW-Authenticate", "Bearer");
                throw service::Unauthenticated("missing");
            }
            ctx.principal = m_authenticate(ctx.bearerToken);
            const auto& roles = found.route->roles;
            if (std::find(roles.begin(), roles.end(), ctx.principal->role) == roles.end())
                throw service::Forbidden("role");
        }
        found.route->handler(ctx);
    } catch (...) {
        bool serverFault = false;
        const auto problem = problemFor(std::current_exception(), serverFault);
        if (serverFault) {
            std::string what = "unknown";
            try {
                throw;
            } catch (const Poco::Exception& e) {
                what = e.displayText();
            } catch (const std::exception& e) {
                what = e.what();
            } catch (...) {
            }
            // The route pattern and the exception's type-level message; never the body or the path.
            Poco::Logger::get("wedreg.http").error("%s %s failed: %s", request.getMethod(), routeName, what);
        }
        // Every 503 (database trouble, or admission control shedding a rush) and 429 tells the
        // client when to retry.
        if (problem.retryAfterSeconds > 0)
            response.set("Retry-After", std::to_string(problem.retryAfterSeconds));
        else if (problem.status == Status::HTTP_SERVICE_UNAVAILABLE)
            response.set("Retry-After", "1");
        if (!response.sent())
            sendProblem(response, problem, ctx.language);
        if (problem.status == Status::HTTP_REQUEST_ENTITY_TOO_LARGE)
            drainBody(request);
    }
    const double seconds = static_cast<double>(started.elapsed()) / 1e6;
    m_metrics.requestFinished(request.getMethod(), routeName, response.getStatus(), seconds);
    auto& access = Poco::Logger::get("wedreg.access");
    if (access.information())
        access.information("%s %s %d %.1fms", request.getMethod(), routeName, static_cast<int>(response.getStatus()),
                           seconds * 1000.0);
}

}  // namespace wedreg::server::http
