// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <Poco/JSON/Object.h>
#include <Poco/Net/Context.h>
#include <Poco/Net/NameValueCollection.h>

#include <string>

namespace wedreg::tests {

struct HttpReply {
    int status = 0;
    std::string contentType;
    std::string body;
    Poco::Net::NameValueCollection headers;

    // The body parsed as JSON (object or array); throws if it is not JSON.
    Poco::Dynamic::Var json() const;
    Poco::JSON::Object::Ptr object() const;
    bool isProblem() const { return contentType.rfind("application/problem+json", 0) == 0; }
    // The last segment of a problem's `type`, e.g. "slot-full".
    std::string problemType() const;
};

// Headers carrying `Authorization: Bearer <token>` (staff sessions, manage tokens).
Poco::Net::NameValueCollection bearer(const std::string& token);

// A small synchronous HTTP/1.1 client for the integration suites (one connection per request);
// HTTPS when given a TLS context (a kiosk's client certificate, see support/DevPki).
class HttpClient {
public:
    explicit HttpClient(unsigned short port, Poco::Net::Context::Ptr tls = {})
        : m_port(port)
        , m_tls(std::move(tls))
    {
    }

    HttpReply get(const std::string& path, const Poco::Net::NameValueCollection& headers = {}) const;
    HttpReply post(const std::string& path, const std::string& body,
                   const Poco::Net::NameValueCollection& headers = {},
                   const std::string& contentType = "application/json") const;
    HttpReply send(const std::string& method, const std::string& path, const std::string& body,
                   const Poco::Net::NameValueCollection& headers, const std::string& contentType) const;

private:
    unsigned short m_port;
    Poco::Net::Context::Ptr m_tls;
};

}  // namespace wedreg::tests
