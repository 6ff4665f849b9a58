// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <Poco/Net/HTTPServerParams.h>
#include <Poco/Net/TCPServerConnection.h>
#include <Poco/Net/TCPServerConnectionFactory.h>

namespace wedreg::server::http {

class ConnectionGate;
class Router;

// A worker's turn on one connection, handed over by the ConnectionGate with a request ready to
// read: serve that request, and any the client has already sent; then give a kept-alive
// connection back to the gate instead of waiting for the client in this thread. (Poco's own
// HTTPServerConnection waits out the keep-alive timeout in the worker.)
class RequestConnection final : public Poco::Net::TCPServerConnection {
public:
    RequestConnection(const Poco::Net::StreamSocket& socket, Router& router, ConnectionGate& gate,
                      Poco::Net::HTTPServerParams::Ptr params);
    void run() override;

private:
    Router& m_router;
    ConnectionGate& m_gate;
    Poco::Net::HTTPServerParams::Ptr m_params;
};

class RequestConnectionFactory final : public Poco::Net::TCPServerConnectionFactory {
public:
    RequestConnectionFactory(Router& router, ConnectionGate*& gate, Poco::Net::HTTPServerParams::Ptr params)
        : m_router(router)
        , m_gate(gate)
        , m_params(std::move(params))
    {
    }
    Poco::Net::TCPServerConnection* createConnection(const Poco::Net::StreamSocket& socket) override
    {
        return new RequestConnection(socket, m_router, *m_gate, m_params);
    }

private:
    Router& m_router;
    ConnectionGate*& m_gate;  // set once the gate exists (it needs the dispatcher, which needs us)
    Poco::Net::HTTPServerParams::Ptr m_params;
};

}  // namespace wedreg::server::http
