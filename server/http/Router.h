// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "server/http/RequestContext.h"
#include "server/model/Staff.h"
#include "server/service/RateLimiter.h"

#include <Poco/Net/HTTPRequestHandlerFactory.h>

#include <functional>
#include <string>
#include <vector>

namespace wedreg::server::http {

class Metrics;

// The per-client limit on writes (every method but GET/HEAD): a kiosk is keyed by its hall, a
// caller with a bearer token by the token, anyone else by address. Callers on a loopback address
// other than kiosks may be exempt (development, tests and benchmarks all come from 127.0.0.1).
struct ClientRateLimit {
    service::RateLimiter* limiter = nullptr;
    bool exemptLoopback = true;
};

using Handler = std::function<void(RequestContext&)>;

// One row of the route table: what the API offers and who may call it. `roles` empty = public.
// `kiosk`: a kiosk (a TLS client certificate, no staff token) may call it. A kiosk may call the
// public GET routes and the rows marked kiosk, nothing else (issue 6: "a kiosk may only do kiosk
// things"); with a staff token on the kiosk (staff mode) the staff member's role decides.
struct Route {
    std::string method;
    std::string pattern;  // "/api/v1/halls/{id}/slots": {name} matches one path segment
    std::vector<model::Role> roles;
    Handler handler;
    bool kiosk = false;
};

inline constexpr bool kKioskRoute = true;

// True when a kiosk without a staff token may call `route`.
bool kioskMayCall(const Route& route);

// Checks a bearer token; throws service::Unauthenticated when it is not a live session.
using Authenticator = std::function<model::StaffPrincipal(const std::string& token)>;

// The dispatcher: matches method + path to a route, enforces its roles, runs its handler and turns
// every failure into problem+json through ErrorMapping. Nothing escapes to Poco (which would send
// a bare 500 and drop the connection), and an unknown path is a 404 problem, never Poco's 501.
class Router final : public Poco::Net::HTTPRequestHandlerFactory {
public:
    Router(std::vector<Route> routes, Authenticator authenticate, Metrics& metrics, std::size_t maxBodyBytes,
           ClientRateLimit clientLimit = {});

    Poco::Net::HTTPRequestHandler* createRequestHandler(const Poco::Net::HTTPServerRequest& request) override;
    void dispatch(Poco::Net::HTTPServerRequest& request, Poco::Net::HTTPServerResponse& response);

    const std::vector<Route>& routes() const { return m_routes; }

    struct Match {
        const Route* route = nullptr;
        std::map<std::string, std::string> params;
        std::string allowed;  // methods on a matching path, for 405's Allow header
    };
    Match match(const std::string& method, const std::string& path) const;

private:
    std::vector<Route> m_routes;
    Authenticator m_authenticate;
    Metrics& m_metrics;
    std::size_t m_maxBodyBytes;
    ClientRateLimit m_clientLimit;
};

}  // namespace wedreg::server::http
