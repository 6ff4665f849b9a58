// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "server/http/Language.h"
#include "server/model/Staff.h"

#include <Poco/Net/HTTPServerRequest.h>
#include <Poco/Net/HTTPServerResponse.h>

#include <map>
#include <optional>
#include <string>

namespace wedreg::server::http {

// What a handler gets: the exchange, the route's path parameters, the negotiated language and,
// on staff routes, who is calling.
struct RequestContext {
    Poco::Net::HTTPServerRequest& request;
    Poco::Net::HTTPServerResponse& response;
    std::map<std::string, std::string> params;
    std::map<std::string, std::string> query;
    Language language = Language::Zh;
    std::optional<model::StaffPrincipal> principal;
    std::size_t maxBodyBytes = 0;
    std::string bearerToken;
    // Set when the request came from a kiosk's TLS client certificate: the hall it is bound to.
    std::optional<std::string> kioskHall;

    const std::string& param(const std::string& name) const { return params.at(name); }
    std::optional<std::string> queryValue(const std::string& name) const
    {
        const auto it = query.find(name);
        return it == query.end() ? std::nullopt : std::optional(it->second);
    }
};

}  // namespace wedreg::server::http
