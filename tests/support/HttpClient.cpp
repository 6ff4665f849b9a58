// SPDX-License-Identifier: Apache-2.0
#include "support/HttpClient.h"

#include <Poco/JSON/Parser.h>
#include <Poco/Net/HTTPClientSession.h>
#include <Poco/Net/HTTPRequest.h>
#include <Poco/Net/HTTPResponse.h>
#include <Poco/Net/HTTPSClientSession.h>
#include <Poco/StreamCopier.h>

#include <memory>

namespace wedreg::tests {

Poco::Net::NameValueCollection bearer(const std::string& token)
{
    Poco::Net::NameValueCollection headers;
    headers.set("Authorization", "Bearer " + token);
    return headers;
}

Poco::Dynamic::Var HttpReply::json() const
{
    Poco::JSON::Parser parser;
    return parser.parse(body);
}

Poco::JSON::Object::Ptr HttpReply::object() const
{
    return json().extract<Poco::JSON::Object::Ptr>();
}

std::string HttpReply::problemType() const
{
    const auto type = object()->getValue<std::string>("type");
    return type.substr(type.rfind('/') + 1);
}

HttpReply HttpClient::get(const std::string& path, const Poco::Net::NameValueCollection& headers) const
{
    return send("GET", path, {}, headers, {});
}

HttpReply HttpClient::post(const std::string& path, const std::string& body,
                           const Poco::Net::NameValueCollection& headers, const std::string& contentType) const
{
    return send("POST", path, body, headers, contentType);
}

HttpReply HttpClient::send(const std::string& method, const std::string& path, const std::string& body,
                           const Poco::Net::NameValueCollection& headers, const std::string& contentType) const
{
    std::unique_ptr<Poco::Net::HTTPClientSession> tls;
    if (m_tls)
        tls = std::make_unique<Poco::Net::HTTPSClientSession>("127.0.0.1", m_port, m_tls);
    Poco::Net::HTTPClientSession plain("127.0.0.1", m_port);
    auto& session = tls ? *tls : plain;
    session.setTimeout(Poco::Timespan(30, 0));
    Poco::Net::HTTPRequest request(method, path, Poco::Net::HTTPMessage::HTTP_1_1);
    for (const auto& [name, value] : headers)
        request.set(name, value);
    if (!body.empty() || method == "POST" || method == "PUT") {
        if (!contentType.empty())
            request.setContentType(contentType);
        request.setContentLength64(static_cast<Poco::Int64>(body.size()));
    }
    auto& out = session.sendRequest(request);
    out.write(body.data(), static_cast<std::streamsize>(body.size()));
    Poco::Net::HTTPResponse response;
    auto& in = session.receiveResponse(response);
    HttpReply reply;
    reply.status = static_cast<int>(response.getStatus());
    reply.contentType = response.getContentType();
    for (const auto& [name, value] : response)
        reply.headers.add(name, value);
    Poco::StreamCopier::copyToString(in, reply.body);
    return reply;
}

}  // namespace wedreg::tests
