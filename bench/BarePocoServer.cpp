// SPDX-License-Identifier: Apache-2.0
// Baseline for the HTTP benchmarks: a bare Poco HTTPServer whose one handler answers every request
// with a constant JSON body, on the same thread and keep-alive settings as wedreg-server. What
// wedreg adds on top (routing, services, JSON building, logging) is measured against this.
//   wedreg-bench-bare PORT [BODY_BYTES]

#include <Poco/Net/HTTPRequestHandler.h>
#include <Poco/Net/HTTPRequestHandlerFactory.h>
#include <Poco/Net/HTTPServer.h>
#include <Poco/Net/HTTPServerParams.h>
#include <Poco/Net/HTTPServerRequest.h>
#include <Poco/Net/HTTPServerResponse.h>
#include <Poco/Net/ServerSocket.h>
#include <Poco/ThreadPool.h>

#include <csignal>
#include <cstdlib>
#include <iostream>
#include <string>

namespace {

class ConstantHandler final : public Poco::Net::HTTPRequestHandler {
public:
    explicit ConstantHandler(const std::string& body)
        : m_body(body)
    {
    }
    void handleRequest(Poco::Net::HTTPServerRequest&, Poco::Net::HTTPServerResponse& response) override
    {
        response.setContentType("application/json");
        response.sendBuffer(m_body.data(), m_body.size());
    }

private:
    const std::string& m_body;
};

class Factory final : public Poco::Net::HTTPRequestHandlerFactory {
public:
    explicit Factory(std::string body)
        : m_body(std::move(body))
    {
    }
    Poco::Net::HTTPRequestHandler* createRequestHandler(const Poco::Net::HTTPServerRequest&) override
    {
        return new ConstantHandler(m_body);
    }

private:
    std::string m_body;
};

}  // namespace

int main(int argc, char** argv)
{
    if (argc < 2) {
        std::cerr << "usage: wedreg-bench-bare PORT [BODY_BYTES]\n";
        return 2;
    }
    const auto port = static_cast<Poco::UInt16>(std::atoi(argv[1]));
    const std::size_t bytes = argc > 2 ? static_cast<std::size_t>(std::atol(argv[2])) : 64;
    std::string body = "{\"pad\":\"" + std::string(bytes > 12 ? bytes - 12 : 0, 'x') + "\"}";

    sigset_t termination;
    sigemptyset(&termination);
    sigaddset(&termination, SIGINT);
    sigaddset(&termination, SIGTERM);
    pthread_sigmask(SIG_BLOCK, &termination, nullptr);

    auto* params = new Poco::Net::HTTPServerParams;
    params->setMaxThreads(16);
    params->setMaxQueued(256);
    params->setKeepAlive(true);
    params->setMaxKeepAliveRequests(1000);
    Poco::ThreadPool pool("bare", 2, 16, 60);
    Poco::Net::HTTPServer server(new Factory(body), pool,
                                 Poco::Net::ServerSocket(Poco::Net::SocketAddress("127.0.0.1", port), 128), params);
    server.start();
    std::cout << "listening on http://127.0.0.1:" << server.port() << std::endl;
    int signal = 0;
    sigwait(&termination, &signal);
    server.stopAll(true);
    return 0;
}
