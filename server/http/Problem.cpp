// SPDX-License-Identifier: Apache-2.0
#include "server/http/Problem.h"

#include "server/http/Messages.h"

#include <Poco/JSON/Array.h>
#include <Poco/JSON/Object.h>
#include <Poco/Net/HTTPServerResponse.h>

#include <sstream>

namespace wedreg::server::http {

void sendProblem(Poco::Net::HTTPServerResponse& response, const Problem& problem, Language language)
{
    const auto text = describe(problem, language);
    Poco::JSON::Object body;
    body.set("type", std::string(kProblemTypeBase) + problem.slug);
    body.set("title", text.title);
    body.set("status", static_cast<int>(problem.status));
    body.set("detail", text.detail);
    if (!problem.field.empty())
        body.set("field", problem.field);
    if (!problem.code.empty())
        body.set(problem.slug == "ineligible" ? "rule" : "code", problem.code);
    if (!problem.rules.empty()) {
        Poco::JSON::Array rules;
        for (const auto& r : problem.rules)
            rules.add(r);
        body.set("rules", rules);
    }
    std::ostringstream out;
    body.stringify(out);
    const auto payload = out.str();
    response.setStatus(problem.status);
    response.setContentType("application/problem+json");
    response.set("Content-Language", std::string(contentLanguage(language)));
    response.sendBuffer(payload.data(), payload.size());
}

}  // namespace wedreg::server::http
