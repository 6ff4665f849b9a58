// SPDX-License-Identifier: Apache-2.0
#include "server/http/ConnectionGate.h"

#include <Poco/Logger.h>
#include <Poco/Net/NetException.h>

#include <sys/socket.h>

#include <algorithm>
#include <cstring>
#include <string_view>

namespace wedreg::server::http {
namespace {

// A connection whose head is still partial is polled again after this long, not at once: its
// unread bytes keep it readable, so polling it would spin.
const Poco::Timespan kRecheck(0, 50 * 1000);
const Poco::Timespan kTick(0, 50 * 1000);

poco_socket_t fdOf(const Poco::Net::Socket& socket)
{
    return socket.impl()->sockfd();
}

// A socket closed under us (a peer reset, a worker's close) must not stop the gate.
void pollRemove(Poco::Net::PollSet& poll, const Poco::Net::Socket& socket)
{
    try {
        poll.remove(socket);
    } catch (const Poco::Exception&) {
    }
}

}  // namespace

ConnectionGate::ConnectionGate(Poco::Net::ServerSocket listener, Poco::Net::TCPServerDispatcher& dispatcher, bool tls,
                               ConnectionLimits limits)
    : m_listener(std::move(listener))
    , m_dispatcher(dispatcher)
    , m_tls(tls)
    , m_limits(limits)
    , m_wakeup(Poco::Net::SocketAddress("127.0.0.1", 0))
{
    m_listener.setBlocking(false);
    m_wakeup.setBlocking(false);
    m_wakeup.connect(m_wakeup.address());
    m_poll.add(m_listener, Poco::Net::PollSet::POLL_READ);
    m_poll.add(m_wakeup, Poco::Net::PollSet::POLL_READ);
}

ConnectionGate::~ConnectionGate()
{
    stop();
}

void ConnectionGate::start()
{
    m_thread.start(*this);
}

void ConnectionGate::stop()
{
    if (m_stopping.exchange(true))
        return;
    wake();
    if (m_thread.isRunning())
        m_thread.join();
}

void ConnectionGate::wake()
{
    try {
        const char byte = 0;
        m_wakeup.sendBytes(&byte, 1);
    } catch (const Poco::Exception&) {
        // A full wake-up buffer already wakes the gate.
    }
}

void ConnectionGate::giveBack(const Poco::Net::StreamSocket& socket)
{
    {
        std::lock_guard lock(m_mutex);
        if (m_stopping)
            return;  // dropping the last reference closes it
        m_returned.push_back(socket);
    }
    wake();
}

void ConnectionGate::arm(const Poco::Net::StreamSocket& socket, Poco::Timespan within)
{
    std::lock_guard lock(m_mutex);
    m_deadlines[fdOf(socket)] = {socket, Poco::Timestamp() + within};
}

void ConnectionGate::disarm(const Poco::Net::StreamSocket& socket)
{
    std::lock_guard lock(m_mutex);
    m_deadlines.erase(fdOf(socket));
}

std::size_t ConnectionGate::waiting() const
{
    return m_waitingCount.load();
}

void ConnectionGate::hold(const Poco::Net::StreamSocket& socket, Poco::Timespan limit)
{
    const auto fd = fdOf(socket);
    if (fd == POCO_INVALID_SOCKET)
        return;
    try {
        m_poll.add(socket, Poco::Net::PollSet::POLL_READ | Poco::Net::PollSet::POLL_ERROR);
    } catch (const Poco::Exception&) {
        return;  // closed already: dropping the last reference is all that is left
    }
    m_waiting[fd] = Waiting{socket, Poco::Timestamp(), limit, true};
    if (m_waiting.size() > m_limits.maxConnections)
        evictOldest();
    m_waitingCount = m_waiting.size();
}

void ConnectionGate::accept()
{
    // The listener is non-blocking: take what is queued, up to a batch, then poll again.
    for (int i = 0; i < 64; ++i) {
        try {
            Poco::Net::StreamSocket socket = m_listener.acceptConnection();
            socket.setNoDelay(true);
            ++m_stats.accepted;
            hold(socket, m_limits.headerTimeout);
        } catch (const Poco::TimeoutException&) {
            return;
        } catch (const Poco::Exception& e) {
            // EAGAIN (nothing more to accept) arrives as an exception; so does a peer gone already.
            if (e.code() != EAGAIN && e.code() != EWOULDBLOCK && e.code() != ECONNABORTED) {
                if (e.code() == EMFILE || e.code() == ENFILE)
                    evictOldest();
                Poco::Logger::get("wedreg.http").warning("accept: %s", e.displayText());
            }
            return;
        }
    }
}

void ConnectionGate::adoptReturned()
{
    std::vector<Poco::Net::StreamSocket> returned;
    {
        std::lock_guard lock(m_mutex);
        returned.swap(m_returned);
    }
    for (const auto& socket : returned)
        hold(socket, m_limits.keepAliveTimeout);
}

void ConnectionGate::dispatch(poco_socket_t fd)
{
    auto it = m_waiting.find(fd);
    const auto socket = it->second.socket;
    if (it->second.polled)
        pollRemove(m_poll, socket);
    m_waiting.erase(it);
    m_waitingCount = m_waiting.size();
    ++m_stats.dispatched;
    // The dispatcher closes it when its queue (http.queue) is full.
    m_dispatcher.enqueue(socket);
}

void ConnectionGate::close(poco_socket_t fd)
{
    auto it = m_waiting.find(fd);
    if (it == m_waiting.end())
        return;
    if (it->second.polled)
        pollRemove(m_poll, it->second.socket);
    try {
        it->second.socket.close();
    } catch (const Poco::Exception&) {
    }
    m_waiting.erase(it);
    m_waitingCount = m_waiting.size();
}

void ConnectionGate::check(poco_socket_t fd, Waiting& w, bool readable)
{
    if (!readable)
        return;
    if (m_tls) {
        // The bytes are a TLS record, not a head: the worker does the handshake under a deadline.
        dispatch(fd);
        return;
    }
    std::string peek(m_limits.maxHeaderBytes + 1, '\0');
    const auto n = ::recv(fd, peek.data(), peek.size(), MSG_PEEK | MSG_DONTWAIT);
    if (n == 0 || (n < 0 && errno != EAGAIN && errno != EWOULDBLOCK && errno != EINTR)) {
        close(fd);  // the peer closed, or the connection broke
        return;
    }
    if (n < 0)
        return;
    const std::string_view seen(peek.data(), static_cast<std::size_t>(n));
    if (seen.find("\r\n\r\n") != std::string_view::npos || seen.find("\n\n") != std::string_view::npos ||
        seen.size() > m_limits.maxHeaderBytes) {
        dispatch(fd);
        return;
    }
    // A partial head (a slow client, or a head split over packets): look again shortly.
    if (w.polled) {
        pollRemove(m_poll, w.socket);
        w.polled = false;
    }
}

void ConnectionGate::expire()
{
    const Poco::Timestamp now;
    std::vector<poco_socket_t> late;
    std::vector<poco_socket_t> recheck;
    for (auto& [fd, w] : m_waiting) {
        if (now - w.since > w.limit.totalMicroseconds())
            late.push_back(fd);
        else if (!w.polled)
            recheck.push_back(fd);
    }
    for (const auto fd : late) {
        ++m_stats.timedOut;
        close(fd);
    }
    for (const auto fd : recheck) {
        auto it = m_waiting.find(fd);
        if (it != m_waiting.end())
            check(fd, it->second, true);
    }
    // Workers past their request deadline: shut the socket so the blocked read returns.
    std::lock_guard lock(m_mutex);
    for (auto it = m_deadlines.begin(); it != m_deadlines.end();) {
        if (it->second.second <= now) {
            ++m_stats.cutOff;
            ::shutdown(it->first, SHUT_RDWR);
            it = m_deadlines.erase(it);
        } else {
            ++it;
        }
    }
}

void ConnectionGate::evictOldest()
{
    auto oldest = m_waiting.end();
    for (auto it = m_waiting.begin(); it != m_waiting.end(); ++it)
        if (oldest == m_waiting.end() || it->second.since < oldest->second.since)
            oldest = it;
    if (oldest == m_waiting.end())
        return;
    ++m_stats.evicted;
    close(oldest->first);
}

void ConnectionGate::run()
{
    Poco::Timestamp lastExpiry;
    while (!m_stopping) {
        try {
            step(lastExpiry);
        } catch (const std::exception& e) {
            // Never let the acceptor die: log, and go on with the next round.
            Poco::Logger::get("wedreg.http").error("connection gate: %s", std::string(e.what()));
        }
    }
    shutdownAll();
}

void ConnectionGate::step(Poco::Timestamp& lastExpiry)
{
    {
        Poco::Net::PollSet::SocketModeMap ready;
        try {
            ready = m_poll.poll(kTick);
        } catch (const Poco::Exception& e) {
            Poco::Logger::get("wedreg.http").error("poll: %s", e.displayText());
        }
        for (const auto& [socket, mode] : ready) {
            if (socket == m_listener) {
                accept();
            } else if (socket == m_wakeup) {
                char drain[64];
                try {
                    while (m_wakeup.receiveBytes(drain, sizeof drain) > 0) {
                    }
                } catch (const Poco::Exception&) {
                }
            } else {
                const auto fd = fdOf(socket);
                auto it = m_waiting.find(fd);
                if (it == m_waiting.end() || !it->second.polled)
                    continue;
                if (mode & Poco::Net::PollSet::POLL_ERROR)
                    close(fd);
                else
                    check(fd, it->second, (mode & Poco::Net::PollSet::POLL_READ) != 0);
            }
        }
        adoptReturned();
        if (lastExpiry.isElapsed(kRecheck.totalMicroseconds())) {
            expire();
            lastExpiry.update();
        }
    }
}

void ConnectionGate::shutdownAll()
{
    for (auto& [fd, w] : m_waiting) {
        try {
            w.socket.close();
        } catch (const Poco::Exception&) {
        }
    }
    m_waiting.clear();
    m_waitingCount = 0;
    try {
        m_listener.close();
    } catch (const Poco::Exception&) {
    }
}

}  // namespace wedreg::server::http
