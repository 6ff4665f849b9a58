// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <Poco/Net/DatagramSocket.h>
#include <Poco/Net/PollSet.h>
#include <Poco/Net/ServerSocket.h>
#include <Poco/Net/StreamSocket.h>
#include <Poco/Net/TCPServerDispatcher.h>
#include <Poco/Runnable.h>
#include <Poco/Thread.h>
#include <Poco/Timestamp.h>

#include <atomic>
#include <cstddef>
#include <map>
#include <mutex>
#include <vector>

namespace wedreg::server::http {

struct ConnectionLimits {
    Poco::Timespan headerTimeout{5, 0};     // accept (or last request) → complete request head
    Poco::Timespan keepAliveTimeout{10, 0}; // idle between requests on a kept-alive connection
    Poco::Timespan requestTimeout{30, 0};   // a worker's whole request: head, body and reply
    std::size_t maxConnections = 10000;     // waiting connections; beyond, the oldest is closed
    std::size_t maxHeaderBytes = 16384;     // a head longer than this goes to a worker, which refuses it
};

// Counters for /metrics and the logs.
struct ConnectionStats {
    std::atomic<std::uint64_t> accepted{0};
    std::atomic<std::uint64_t> dispatched{0};
    std::atomic<std::uint64_t> timedOut{0};   // closed: no complete head in time, or idle too long
    std::atomic<std::uint64_t> evicted{0};    // closed: over maxConnections, oldest first
    std::atomic<std::uint64_t> cutOff{0};     // a worker's socket shut: request deadline passed
};

// The acceptor in front of the worker pool (issue 6, slow clients). Poco's HTTPServer gives every
// accepted connection a worker thread until it times out, so a thousand idle or slowloris
// connections starve the pool. Here one thread accepts and holds every connection that has not
// sent a complete request head in a PollSet; a worker gets a connection only when its head is
// there (plain HTTP: seen with MSG_PEEK) or its first bytes are (TLS: the handshake and head
// then run under a deadline that shuts the socket). After a reply, a kept-alive connection with
// nothing more to read comes back here instead of holding the worker. Connections that do not
// complete a head in time are closed; over the cap, the oldest waiting connection is closed.
class ConnectionGate final : public Poco::Runnable {
public:
    ConnectionGate(Poco::Net::ServerSocket listener, Poco::Net::TCPServerDispatcher& dispatcher, bool tls,
                   ConnectionLimits limits);
    ~ConnectionGate() override;

    void start();
    // Stops accepting, closes every waiting connection; workers' connections are theirs to finish.
    void stop();

    // From a worker: this kept-alive connection is idle; wait for its next request here.
    void giveBack(const Poco::Net::StreamSocket& socket);
    // From a worker: shut `socket` down if it is still armed at `deadline` (a blocked read then fails).
    void arm(const Poco::Net::StreamSocket& socket, Poco::Timespan within);
    void disarm(const Poco::Net::StreamSocket& socket);

    std::size_t waiting() const;
    const ConnectionStats& stats() const { return m_stats; }
    const ConnectionLimits& limits() const { return m_limits; }
    Poco::UInt16 port() const { return m_listener.address().port(); }

    void run() override;

private:
    struct Waiting {
        Poco::Net::StreamSocket socket;
        Poco::Timestamp since;
        Poco::Timespan limit;
        bool polled = true;  // false: a partial head, re-peeked on a timer rather than polled
    };

    void step(Poco::Timestamp& lastExpiry);
    void shutdownAll();
    void accept();
    void adoptReturned();
    void check(poco_socket_t fd, Waiting& w, bool readable);
    void hold(const Poco::Net::StreamSocket& socket, Poco::Timespan limit);
    void dispatch(poco_socket_t fd);
    void close(poco_socket_t fd);
    void expire();
    void evictOldest();
    void wake();

    Poco::Net::ServerSocket m_listener;
    Poco::Net::TCPServerDispatcher& m_dispatcher;
    const bool m_tls;
    const ConnectionLimits m_limits;
    Poco::Net::PollSet m_poll;
    Poco::Net::DatagramSocket m_wakeup;
    std::map<poco_socket_t, Waiting> m_waiting;  // only the gate thread touches this
    std::atomic<std::size_t> m_waitingCount{0};

    mutable std::mutex m_mutex;  // guards m_returned and m_deadlines
    std::vector<Poco::Net::StreamSocket> m_returned;
    std::map<poco_socket_t, std::pair<Poco::Net::StreamSocket, Poco::Timestamp>> m_deadlines;

    ConnectionStats m_stats;
    Poco::Thread m_thread{"http-gate"};
    std::atomic<bool> m_stopping{false};
};

}  // namespace wedreg::server::http
