// SPDX-License-Identifier: Apache-2.0
#include "server/http/JsonResponse.h"

#include "server/http/RequestContext.h"

#include <Poco/JSON/Stringifier.h>

#include <sstream>

namespace wedreg::server::http {

void sendJson(RequestContext& ctx, const Poco::Dynamic::Var& body, Poco::Net::HTTPResponse::HTTPStatus status)
{
    std::ostringstream out;
    Poco::JSON::Stringifier::condense(body, out);
    sendText(ctx, out.str(), "application/json", status);
}

void sendText(RequestContext& ctx, const std::string& body, const std::string& contentType,
              Poco::Net::HTTPResponse::HTTPStatus status)
{
    ctx.response.setStatus(status);
    ctx.response.setContentType(contentType);
    ctx.response.set("Content-Language", std::string(contentLanguage(ctx.language)));
    ctx.response.sendBuffer(body.data(), body.size());
}

}  // namespace wedreg::server::http
