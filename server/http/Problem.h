// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "server/http/Language.h"

#include <Poco/Net/HTTPResponse.h>
#include <Poco/Net/HTTPServerResponse.h>

#include <stdexcept>
#include <string>
#include <vector>

namespace wedreg::server::http {

// Problem types are stable: clients match on the last path segment of `type` (e.g. "/slot-full").
inline constexpr std::string_view kProblemTypeBase = "/problems/";

// A protocol-level failure found at the HTTP boundary itself (body too large, not JSON, unknown
// route). Domain failures are core::DomainError and are mapped in ErrorMapping.cpp.
class HttpError : public std::runtime_error {
public:
    HttpError(Poco::Net::HTTPResponse::HTTPStatus status, std::string slug, std::string code = {})
        : std::runtime_error(slug)
        , status(status)
        , slug(std::move(slug))
        , code(std::move(code))
    {
    }
    Poco::Net::HTTPResponse::HTTPStatus status;
    std::string slug;
    std::string code;
};

// Everything a problem+json body says (RFC 9457), before it is put into words.
struct Problem {
    Poco::Net::HTTPResponse::HTTPStatus status = Poco::Net::HTTPResponse::HTTP_BAD_REQUEST;
    std::string slug;                // the `type` is kProblemTypeBase + slug
    std::string code;                // finer reason: the failed rule, the field's fault
    std::string field;               // the request field at fault, if one is
    std::vector<std::string> rules;  // every failed eligibility rule
    int retryAfterSeconds = 0;       // > 0: sent as Retry-After (429)
};

// The one writer of error replies: serialises `problem` in `language` (title and detail from the
// message catalogue) as application/problem+json.
void sendProblem(Poco::Net::HTTPServerResponse& response, const Problem& problem, Language language);

}  // namespace wedreg::server::http
