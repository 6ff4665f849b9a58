// SPDX-License-Identifier: Apache-2.0
#include "server/http/RequestConnection.h"

#include "server/http/ConnectionGate.h"
#include "server/http/Router.h"

#include <Poco/Net/HTTPServerRequestImpl.h>
#include <Poco/Net/HTTPServerResponseImpl.h>
#include <Poco/Net/HTTPServerSession.h>
#include <Poco/Net/NetException.h>

namespace wedreg::server::http {
namespace {

// HTTPServerSession with its read-ahead visible: bytes of a pipelined next request already read
// from the socket must be served here, not lost when the connection goes back to the gate.
class Session final : public Poco::Net::HTTPServerSession {
public:
    using Poco::Net::HTTPServerSession::HTTPServerSession;
    bool hasBuffered() const { return buffered() > 0; }
};

// Disarms the gate's deadline for this socket however the request ends.
class Deadline {
public:
    Deadline(ConnectionGate& gate, const Poco::Net::StreamSocket& socket)
        : m_gate(gate)
        , m_socket(socket)
    {
    }
    ~Deadline()
    {
        if (m_armed)
            m_gate.disarm(m_socket);
    }
    void arm(Poco::Timespan within)
    {
        m_gate.arm(m_socket, within);
        m_armed = true;
    }
    // Before the connection goes back to the gate: the next worker arms its own.
    void disarm()
    {
        m_gate.disarm(m_socket);
        m_armed = false;
    }

private:
    ConnectionGate& m_gate;
    const Poco::Net::StreamSocket& m_socket;
    bool m_armed = false;
};

// Reads what is left of the request body, up to a bound; true when the body is now consumed.
bool drained(Poco::Net::HTTPServerRequest& request)
{
    constexpr std::streamsize kLimit = 2 << 20;
    char buffer[16384];
    std::streamsize total = 0;
    auto& in = request.stream();
    for (;;) {
        in.read(buffer, sizeof buffer);
        total += in.gcount();
        if (!in || total > kLimit)
            break;
    }
    return in.eof() && total <= kLimit;
}

void sendStatus(Session& session, Poco::Net::HTTPResponse::HTTPStatus status)
{
    Poco::Net::HTTPServerResponseImpl response(session);
    response.setVersion(Poco::Net::HTTPMessage::HTTP_1_1);
    response.setStatusAndReason(status);
    response.setKeepAlive(false);
    response.setContentLength(0);
    response.send();
}

}  // namespace

RequestConnection::RequestConnection(const Poco::Net::StreamSocket& socket, Router& router, ConnectionGate& gate,
                                     Poco::Net::HTTPServerParams::Ptr params)
    : Poco::Net::TCPServerConnection(socket)
    , m_router(router)
    , m_gate(gate)
    , m_params(std::move(params))
{
}

void RequestConnection::run()
{
    Session session(socket(), m_params);
    Deadline deadline(m_gate, socket());
    const std::string server = m_params->getSoftwareVersion();
    try {
        for (;;) {
            {
                // The head (and, on TLS, the handshake) within the header timeout; then the body
                // and the reply within the request timeout. Past either, the gate shuts the socket.
                deadline.arm(m_gate.limits().headerTimeout);
                Poco::Net::HTTPServerResponseImpl response(session);
                Poco::Net::HTTPServerRequestImpl request(response, session, m_params);
                deadline.arm(m_gate.limits().requestTimeout);
                response.setDate(Poco::Timestamp());
                response.setVersion(request.getVersion());
                response.setKeepAlive(m_params->getKeepAlive() && request.getKeepAlive() && session.canKeepAlive());
                if (!server.empty())
                    response.set("Server", server);
                if (request.getExpectContinue() && response.getStatus() == Poco::Net::HTTPResponse::HTTP_OK)
                    response.sendContinue();
                m_router.dispatch(request, response);
                if (!(m_params->getKeepAlive() && response.getKeepAlive() && session.canKeepAlive()))
                    return;
                // A request refused before its body was read (401, 429, …): read the rest away, so
                // the next request on this connection starts where it should; too much left → close.
                if (!drained(request))
                    return;
            }  // the response's stream flushes here: before the socket can leave this thread
            if (session.hasBuffered() || socket().available() > 0)
                continue;  // the next request is already here
            deadline.disarm();
            // Detached first: the session closes its socket when it is destroyed.
            m_gate.giveBack(session.detachSocket());
            return;
        }
    } catch (const Poco::Net::NoMessageException&) {
        // The client closed between requests, or the gate shut a silent one.
    } catch (const Poco::Net::MessageException&) {
        // A head too long, too many fields, not HTTP: 400, then a lingering close so the client
        // reads the answer before the close (unread bytes would make it a reset).
        try {
            sendStatus(session, Poco::Net::HTTPResponse::HTTP_BAD_REQUEST);
            socket().shutdownSend();
            socket().setReceiveTimeout(Poco::Timespan(1, 0));
            char buffer[16384];
            for (int i = 0; i < 64 && socket().receiveBytes(buffer, sizeof buffer) > 0; ++i) {
            }
        } catch (const Poco::Exception&) {
        }
    } catch (const Poco::Exception&) {
        // Timeouts and resets: nothing to answer on a broken connection.
    }
}

}  // namespace wedreg::server::http
