// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <Poco/Dynamic/Var.h>
#include <Poco/Net/HTTPResponse.h>

#include <string>

namespace wedreg::server::http {

struct RequestContext;

// UTF-8 JSON (Chinese stays Chinese, not \u escapes), with Content-Language set.
void sendJson(RequestContext& ctx, const Poco::Dynamic::Var& body,
              Poco::Net::HTTPResponse::HTTPStatus status = Poco::Net::HTTPResponse::HTTP_OK);
void sendText(RequestContext& ctx, const std::string& body, const std::string& contentType,
              Poco::Net::HTTPResponse::HTTPStatus status = Poco::Net::HTTPResponse::HTTP_OK);

}  // namespace wedreg::server::http
