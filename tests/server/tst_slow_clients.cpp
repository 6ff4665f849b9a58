// SPDX-License-Identifier: Apache-2.0
// Slow and idle clients cannot starve the worker threads (issue 6): a thousand connections that
// send nothing do not stop a normal client from booking within a second, and a client that sends
// its head one byte a second is closed at the header timeout — over plain HTTP and over TLS.

#include "support/BookingHelpers.h"
#include "support/DevPki.h"
#include "support/HttpClient.h"
#include "support/ServerProcess.h"

#include <Poco/Net/HTTPRequest.h>
#include <Poco/Net/HTTPResponse.h>
#include <Poco/Net/HTTPSClientSession.h>
#include <Poco/Net/NetException.h>
#include <Poco/StreamCopier.h>
#include <Poco/Net/StreamSocket.h>

#include <QElapsedTimer>
#include <QtTest>

#include <thread>

using namespace wedreg::tests;

namespace {

constexpr int kIdleConnections = 1000;

std::vector<Poco::Net::StreamSocket> openIdle(quint16 port, int count)
{
    std::vector<Poco::Net::StreamSocket> sockets;
    sockets.reserve(static_cast<std::size_t>(count));
    for (int i = 0; i < count; ++i)
        sockets.emplace_back(Poco::Net::SocketAddress("127.0.0.1", port));
    return sockets;
}

// True when the server has closed (or reset) the connection.
bool closedByServer(Poco::Net::StreamSocket& socket)
{
    try {
        if (!socket.poll(Poco::Timespan(0), Poco::Net::Socket::SELECT_READ | Poco::Net::Socket::SELECT_ERROR))
            return false;
        char byte = 0;
        return socket.receiveBytes(&byte, 1) <= 0;
    } catch (const Poco::Exception&) {
        return true;
    }
}

}  // namespace

class TestSlowClients : public QObject {
    Q_OBJECT

private:
    DevPki m_pki;
    int m_person = 0;

    Person nextMan() { return {man("19880101", 2 * (++m_person) + 1), "王五"}; }
    Person nextWoman() { return {woman("19890202", 2 * (++m_person)), "赵六"}; }

    // Slot list and booking, timed: the journey a couple makes at the kiosk.
    qint64 bookAndTime(const HttpClient& http, const char* hall)
    {
        QElapsedTimer timer;
        timer.start();
        const auto slot = openSlot(http, hall, "marriage", m_person);
        if (!slot)
            return -1;
        const auto reply = book(http, bookingBody(slot.value()->getValue<std::string>("id"), "marriage",
                                                  {nextMan(), nextWoman()}));
        if (reply.status != 201)
            return -2;
        return timer.elapsed();
    }

    // Sends `head` one byte a second on `count` connections while a normal client keeps working;
    // returns how long the server took to close all of them.
    qint64 slowloris(quint16 port, const HttpClient& normal, int count, const std::string& head)
    {
        std::vector<Poco::Net::StreamSocket> slow = openIdle(port, count);
        std::vector<bool> closed(slow.size(), false);
        QElapsedTimer timer;
        timer.start();
        for (std::size_t sent = 0; sent < head.size() && timer.elapsed() < 30000; ++sent) {
            for (std::size_t i = 0; i < slow.size(); ++i) {
                if (closed[i])
                    continue;
                if (closedByServer(slow[i])) {
                    closed[i] = true;
                    continue;
                }
                try {
                    slow[i].sendBytes(&head[sent], 1);
                } catch (const Poco::Exception&) {
                    closed[i] = true;
                }
            }
            if (std::all_of(closed.begin(), closed.end(), [](bool c) { return c; }))
                return timer.elapsed();
            // Meanwhile the normal client is served promptly (one-second budget).
            QElapsedTimer served;
            served.start();
            const auto health = normal.get("/healthz");
            if (health.status != 200 || served.elapsed() > 1000)
                return -1;
            std::this_thread::sleep_for(std::chrono::milliseconds(std::max<qint64>(0, 1000 - served.elapsed())));
        }
        return -2;  // never closed
    }

private slots:
    void initTestCase()
    {
        WEDREG_REQUIRE_DATABASE();
        QVERIFY2(m_pki.make(), qPrintable(m_pki.error()));
    }

    void idleConnectionsDoNotStopABooking()
    {
        ServerProcess server;
        // A long header timeout: the idle connections are really held while the couple books.
        QVERIFY2(server.start({true, {QStringLiteral("http.header_timeout_seconds=120")}, false}),
                 qPrintable(server.error()));
        const HttpClient http(server.port());
        auto idle = openIdle(server.port(), kIdleConnections);
        std::this_thread::sleep_for(std::chrono::milliseconds(300));
        const auto elapsed = bookAndTime(http, "jn-lixia");
        qInfo("with %d idle connections open: slot list + booking in %lld ms", kIdleConnections,
              static_cast<long long>(elapsed));
        QVERIFY2(elapsed >= 0, "booking failed");
        QVERIFY2(elapsed < 1000, qPrintable(QString::number(elapsed)));
        // The idle connections are still open: the server held them, it did not shed them.
        int open = 0;
        for (auto& socket : idle)
            open += closedByServer(socket) ? 0 : 1;
        QCOMPARE(open, kIdleConnections);
        QCOMPARE(server.stop(), 0);
    }

    void idleConnectionsOverTheCapCloseTheOldest()
    {
        ServerProcess server;
        QVERIFY2(server.start({true, {QStringLiteral("http.header_timeout_seconds=120"),
                                      QStringLiteral("http.max_connections=100")},
                               false}),
                 qPrintable(server.error()));
        auto first = openIdle(server.port(), 50);
        std::this_thread::sleep_for(std::chrono::milliseconds(200));
        auto second = openIdle(server.port(), 100);
        std::this_thread::sleep_for(std::chrono::milliseconds(300));
        int firstClosed = 0;
        for (auto& socket : first)
            firstClosed += closedByServer(socket) ? 1 : 0;
        int secondClosed = 0;
        for (auto& socket : second)
            secondClosed += closedByServer(socket) ? 1 : 0;
        QCOMPARE(firstClosed, 50);
        QCOMPARE(secondClosed, 0);
        QCOMPARE(HttpClient(server.port()).get("/healthz").status, 200);
        QCOMPARE(server.stop(), 0);
    }

    void slowlorisIsClosedAtTheHeaderTimeout()
    {
        ServerProcess server;
        // Two workers and four slow clients: were they in workers, the normal client would starve.
        QVERIFY2(server.start({true, {QStringLiteral("http.header_timeout_seconds=2"), QStringLiteral("http.threads=2")},
                               false}),
                 qPrintable(server.error()));
        const HttpClient http(server.port());
        const auto took = slowloris(server.port(), http, 4, "GET /healthz HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Slow: 1\r\n\r\n");
        qInfo("slowloris clients closed after %lld ms (header timeout 2 s)", static_cast<long long>(took));
        QVERIFY2(took != -1, "the normal client was not served within a second");
        QVERIFY2(took > 0 && took <= 4000, qPrintable(QString::number(took)));
        QCOMPARE(server.stop(), 0);
    }

    // Between requests a kept-alive connection waits in the gate, not in a worker; the client
    // notices nothing: several requests on one connection, plain and TLS, with pauses between.
    void keptAliveConnectionsComeBackForMore()
    {
        ServerProcess server;
        QVERIFY2(server.start({false,
                               m_pki.serverSettings() + QStringList{QStringLiteral("http.threads=1"),
                                                                    QStringLiteral("http.keepalive_seconds=1")},
                               false}),
                 qPrintable(server.error()));
        Poco::Net::HTTPSClientSession tls("127.0.0.1", server.port(), m_pki.clientContext(QStringLiteral("kiosk-jn-lixia")));
        tls.setKeepAlive(true);
        tls.setTimeout(Poco::Timespan(10, 0));
        Poco::UInt16 localPort = 0;
        for (int i = 0; i < 5; ++i) {
            Poco::Net::HTTPRequest request("GET", "/healthz", Poco::Net::HTTPMessage::HTTP_1_1);
            request.setKeepAlive(true);
            tls.sendRequest(request);
            Poco::Net::HTTPResponse response;
            std::string body;
            Poco::StreamCopier::copyToString(tls.receiveResponse(response), body);
            QCOMPARE(static_cast<int>(response.getStatus()), 200);
            QVERIFY(response.getKeepAlive());
            const auto port = tls.socket().address().port();
            QVERIFY(localPort == 0 || port == localPort);  // the same connection throughout
            localPort = port;
            std::this_thread::sleep_for(std::chrono::milliseconds(200));
        }
        // Idle past the keep-alive timeout: the gate closes it, and goes on accepting.
        std::this_thread::sleep_for(std::chrono::milliseconds(1600));
        const HttpClient kiosk(server.port(), m_pki.clientContext(QStringLiteral("kiosk-jn-lixia")));
        QCOMPARE(kiosk.get("/healthz").status, 200);
        QCOMPARE(server.stop(), 0);
    }

    void oversizedHeadsAreRefused()
    {
        ServerProcess server;
        QVERIFY2(server.start({false, {}, false}), qPrintable(server.error()));
        const auto statusLine = [&](const std::string& extraHeaders) {
            Poco::Net::StreamSocket socket(Poco::Net::SocketAddress("127.0.0.1", server.port()));
            socket.setReceiveTimeout(Poco::Timespan(10, 0));
            const std::string head = "GET /healthz HTTP/1.1\r\nHost: 127.0.0.1\r\n" + extraHeaders + "\r\n";
            socket.sendBytes(head.data(), static_cast<int>(head.size()));
            char reply[64] = {};
            socket.receiveBytes(reply, sizeof reply - 1);
            return std::string(reply).substr(0, std::string(reply).find('\r'));
        };
        QCOMPARE(statusLine("X-A: 1\r\n"), std::string("HTTP/1.1 200 OK"));
        std::string many;
        for (int i = 0; i < 150; ++i)
            many += "X-H" + std::to_string(i) + ": v\r\n";
        QCOMPARE(statusLine(many), std::string("HTTP/1.1 400 Bad Request"));  // more than 100 fields
        QCOMPARE(statusLine("X-Big: " + std::string(20000, 'a') + "\r\n"), std::string("HTTP/1.1 400 Bad Request"));
        QCOMPARE(server.stop(), 0);
    }

    void tlsIdleAndSlowClients()
    {
        ServerProcess server;
        QVERIFY2(server.start({true,
                               m_pki.serverSettings() + QStringList{QStringLiteral("http.header_timeout_seconds=2"),
                                                                    QStringLiteral("http.threads=4")},
                               false}),
                 qPrintable(server.error()));
        const HttpClient kiosk(server.port(), m_pki.clientContext(QStringLiteral("kiosk-jn-lixia")));
        // Connected, nothing sent: the handshake has not begun, so they wait in the gate.
        auto idle = openIdle(server.port(), kIdleConnections);
        std::this_thread::sleep_for(std::chrono::milliseconds(300));
        const auto elapsed = bookAndTime(kiosk, "jn-lixia");
        qInfo("TLS, %d idle connections: slot list + booking in %lld ms", kIdleConnections,
              static_cast<long long>(elapsed));
        QVERIFY2(elapsed >= 0 && elapsed < 1000, qPrintable(QString::number(elapsed)));
        idle.clear();
        // A TLS record header sent a byte a second: the handshake runs in a worker, under the
        // header deadline, so it is cut off there; two of four workers stay free.
        const std::string clientHelloStart("\x16\x03\x01\x02\x00\x01\x00\x01\xfc\x03\x03", 11);
        const auto took = slowloris(server.port(), kiosk, 2, clientHelloStart);
        qInfo("slow TLS handshakes closed after %lld ms (header timeout 2 s)", static_cast<long long>(took));
        QVERIFY2(took > 0 && took <= 4000, qPrintable(QString::number(took)));
        QCOMPARE(server.stop(), 0);
    }
};

QTEST_GUILESS_MAIN(TestSlowClients)
#include "tst_slow_clients.moc"
