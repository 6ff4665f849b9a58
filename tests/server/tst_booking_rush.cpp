// SPDX-License-Identifier: Apache-2.0
// The 5·20 midnight rush in miniature: many clients on one slot never overbook it (SQLite and
// PostgreSQL, and two server processes sharing one PostgreSQL), and a server killed with SIGKILL
// in the middle of a burst loses no booking it confirmed.

#include "support/BookingHelpers.h"
#include "support/HttpClient.h"
#include "support/ServerProcess.h"

#include <QDeadlineTimer>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QtTest>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <csignal>
#include <cstdlib>
#include <mutex>
#include <random>
#include <thread>

using namespace wedreg::tests;

namespace {

constexpr int kThreads = 64;
constexpr int kAttemptsPerThread = 4;
constexpr int kCapacity = 20;
// How long one client keeps retrying a booking that admission control shed (well under the
// suite's 300 s CTest timeout).
constexpr auto kShedBudget = std::chrono::seconds(60);

struct Tally {
    std::mutex mutex;
    std::vector<std::string> booked;  // appointment ids that got a 201
    std::map<int, int> statuses;
    std::set<std::string> problems;
    int shed = 0;  // 503s from admission control, retried
    int shedWithoutRetryAfter = 0;
};

std::string problemCode(const HttpReply& reply)
{
    const auto o = reply.object();
    return o->has("code") ? o->getValue<std::string>("code") : std::string("-");
}

// Thread t, attempt a: its own couple, so only capacity (not "already booked") refuses them.
std::string couple(const std::string& slotId, int t, int a)
{
    const int n = t * kAttemptsPerThread + a;
    return bookingBody(slotId, "marriage", {{man("19880101", n), "甲"}, {woman("19890101", n), "乙"}});
}

void rush(const std::vector<quint16>& ports, const std::string& slotId, Tally& tally)
{
    std::vector<std::thread> threads;
    for (int t = 0; t < kThreads; ++t) {
        threads.emplace_back([&, t] {
            const HttpClient http(ports[static_cast<std::size_t>(t) % ports.size()]);
            for (int a = 0; a < kAttemptsPerThread; ++a) {
                auto reply = book(http, couple(slotId, t, a));
                // Admission control sheds load with 503 + Retry-After. A well-behaved client backs off
                // (exponentially, with jitter, up to the Retry-After it was given) and tries the same
                // booking again until a deadline. The budget is wall-clock time, not a retry count: on a
                // loaded CI machine (ctest -j2 beside other builds) a booking in flight can take
                // hundreds of ms, and 200 quick retries (~3 s) ran out while the gate was still full.
                std::minstd_rand jitter(static_cast<unsigned>(t * kAttemptsPerThread + a + 1));
                const auto deadline = std::chrono::steady_clock::now() + kShedBudget;
                for (int backoffMs = 5; reply.status == 503 && std::chrono::steady_clock::now() < deadline;) {
                    const auto retryAfter = reply.headers.get("Retry-After", "");
                    {
                        std::lock_guard lock(tally.mutex);
                        ++tally.shed;
                        if (retryAfter.empty())
                            ++tally.shedWithoutRetryAfter;
                    }
                    const int capMs = retryAfter.empty() ? 1000 : std::max(1, std::atoi(retryAfter.c_str())) * 1000;
                    backoffMs = std::min(backoffMs * 2, capMs);
                    const auto sleepMs = backoffMs / 2 + static_cast<int>(jitter() % static_cast<unsigned>(backoffMs / 2 + 1));
                    std::this_thread::sleep_for(std::chrono::milliseconds(sleepMs));
                    reply = book(http, couple(slotId, t, a));
                }
                std::lock_guard lock(tally.mutex);
                ++tally.statuses[reply.status];
                if (reply.status == 201)
                    tally.booked.push_back(reply.object()->getValue<std::string>("id"));
                else if (reply.isProblem())
                    tally.problems.insert(reply.problemType() + (reply.status >= 500 ? ":" + problemCode(reply) : ""));
            }
        });
    }
    for (auto& t : threads)
        t.join();
}

}  // namespace

class TestBookingRush : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<ServerProcess> m_server;

    std::string hotSlot(int capacity)
    {
        const auto slot = openSlot(HttpClient(m_server->port()), "jn-lixia", "marriage");
        if (!slot)
            return {};
        const auto id = (*slot)->getValue<std::string>("id");
        m_server->scalar(QStringLiteral("UPDATE slots SET capacity = %1 WHERE id = '%2' RETURNING capacity")
                             .arg(capacity)
                             .arg(QString::fromStdString(id)));
        return id;
    }

    qint64 count(const QString& sql, const std::string& slotId)
    {
        return m_server->scalar(sql.arg(QString::fromStdString(slotId)));
    }

    void verifyExactlyFull(const std::string& slotId, const Tally& tally)
    {
        QCOMPARE(tally.statuses.count(201) ? tally.statuses.at(201) : 0, kCapacity);
        QCOMPARE(count(QStringLiteral("SELECT booked FROM slots WHERE id = '%1'"), slotId), kCapacity);
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM appointments WHERE slot_id = '%1' AND status = 'booked'"), slotId),
                 kCapacity);
        // Everyone else was told the slot is full: no 5xx, no other answer.
        std::string seen;
        for (const auto& [status, n] : tally.statuses)
            seen += std::to_string(status) + "×" + std::to_string(n) + " ";
        for (const auto& p : tally.problems)
            seen += p + " ";
        seen += "(503 busy retried " + std::to_string(tally.shed) + "×)";
        QVERIFY2(tally.statuses.size() == 2, seen.c_str());
        QCOMPARE(tally.statuses.at(409), kThreads * kAttemptsPerThread - kCapacity);
        QCOMPARE(tally.problems, std::set<std::string>{"slot-full"});
        QCOMPARE(tally.shedWithoutRetryAfter, 0);
    }

private slots:
    void init()
    {
        WEDREG_REQUIRE_DATABASE();
        m_server = std::make_unique<ServerProcess>();
        QVERIFY2(m_server->start({true, {QStringLiteral("logging.loggers.root.level=warning")}, false}),
                 qPrintable(m_server->error()));
    }

    void cleanup()
    {
        if (m_server)
            m_server->stop();
        m_server.reset();
    }

    void sixtyFourThreadsNeverOverbookOneSlot()
    {
        const auto slot = hotSlot(kCapacity);
        QVERIFY(!slot.empty());
        Tally tally;
        rush({m_server->port()}, slot, tally);
        verifyExactlyFull(slot, tally);
    }

    void twoServersSharingPostgresNeverOverbook()
    {
        if (m_server->db() != QLatin1String("postgresql"))
            QSKIP("two server processes share a database only on PostgreSQL (SQLite is one file per server)");
        const auto slot = hotSlot(kCapacity);
        QVERIFY(!slot.empty());
        // A second server on the same database and the same personal-data key.
        QTemporaryDir dir;
        QStringList args;
        for (const auto& s : m_server->databaseSettings() +
                                 QStringList{QStringLiteral("http.port=0"), QStringLiteral("data.dir=%1").arg(dir.path()),
                                             QStringLiteral("pii.key_file=%1/pii.key").arg(m_server->dataDir()),
                                             QStringLiteral("auth.scrypt_log2_n=10"),
                                             QStringLiteral("logging.loggers.root.level=warning")})
            args << QStringLiteral("--set") << s;
        QProcess second;
        second.start(ServerProcess::serverBinary(), args);
        QVERIFY(second.waitForStarted(5000));
        static const QRegularExpression listening(QStringLiteral("listening on http://[^:]+:(\\d+)"));
        QByteArray out;
        quint16 port = 0;
        for (QDeadlineTimer deadline(20000); !deadline.hasExpired() && port == 0;) {
            second.waitForReadyRead(100);
            out += second.readAllStandardOutput();
            const auto match = listening.match(QString::fromUtf8(out));
            if (match.hasMatch())
                port = static_cast<quint16>(match.captured(1).toUInt());
        }
        QVERIFY2(port != 0, second.readAllStandardError().constData());
        Tally tally;
        rush({m_server->port(), port}, slot, tally);
        ::kill(static_cast<pid_t>(second.processId()), SIGTERM);
        QVERIFY(second.waitForFinished(15000));
        verifyExactlyFull(slot, tally);
    }

    void admissionControlShedsFastWithRetryAfter()
    {
        m_server->stop();
        m_server = std::make_unique<ServerProcess>();
        QVERIFY2(m_server->start({true, {QStringLiteral("booking.max_in_flight=1"),
                                         QStringLiteral("logging.loggers.root.level=warning")}, false}),
                 qPrintable(m_server->error()));
        const auto slot = hotSlot(kCapacity);
        QVERIFY(!slot.empty());
        // One raw burst without retries, to see the refusals themselves.
        std::vector<HttpReply> replies(32);
        std::vector<std::thread> threads;
        for (std::size_t i = 0; i < replies.size(); ++i)
            threads.emplace_back([&, i] {
                replies[i] = book(HttpClient(m_server->port()), couple(slot, static_cast<int>(i), 0), {}, "en");
            });
        for (auto& t : threads)
            t.join();
        int shed = 0, ok = 0;
        for (const auto& r : replies) {
            if (r.status == 503) {
                ++shed;
                QCOMPARE(r.headers.get("Retry-After", ""), std::string("1"));
                QCOMPARE(r.problemType(), std::string("service-unavailable"));
                QCOMPARE(r.object()->getValue<std::string>("code"), std::string("busy"));
            } else {
                QVERIFY2(r.status == 201 || r.status == 409, r.body.c_str());
                ok += r.status == 201;
            }
        }
        QVERIFY2(shed > 0, "32 simultaneous bookings through a gate of 1 should shed some");
        QCOMPARE(count(QStringLiteral("SELECT booked FROM slots WHERE id = '%1'"), slot), ok);
        // Clients that retry still fill the slot exactly.
        Tally tally;
        rush({m_server->port()}, slot, tally);
        QCOMPARE(count(QStringLiteral("SELECT booked FROM slots WHERE id = '%1'"), slot), kCapacity);
        QCOMPARE(tally.shedWithoutRetryAfter, 0);
    }

    void killDuringABurstLosesNoConfirmedBooking()
    {
        const auto slot = hotSlot(60);
        QVERIFY(!slot.empty());
        Tally tally;
        std::atomic<bool> killed{false};
        std::vector<std::thread> threads;
        const auto port = m_server->port();
        for (int t = 0; t < 16; ++t) {
            threads.emplace_back([&, t] {
                const HttpClient http(port);
                for (int a = 0; a < kAttemptsPerThread * 4 && !killed; ++a) {
                    HttpReply reply;
                    try {
                        reply = book(http, couple(slot, t * 4 + a / kAttemptsPerThread, a % kAttemptsPerThread));
                    } catch (const std::exception&) {
                        continue;  // the connection died with the server: no answer, no promise
                    }
                    std::lock_guard lock(tally.mutex);
                    ++tally.statuses[reply.status];
                    if (reply.status == 201)
                        tally.booked.push_back(reply.object()->getValue<std::string>("id"));
                }
            });
        }
        // Let the burst get going, then pull the plug.
        for (QDeadlineTimer deadline(5000); !deadline.hasExpired();) {
            {
                std::lock_guard lock(tally.mutex);
                if (tally.booked.size() >= 15)
                    break;
            }
            QThread::msleep(5);
        }
        ::kill(static_cast<pid_t>(m_server->pid()), SIGKILL);
        killed = true;
        for (auto& t : threads)
            t.join();
        m_server->stop();
        QVERIFY2(m_server->restart({true, {}, true}), qPrintable(m_server->error()));

        QVERIFY(!tally.booked.empty());
        for (const auto& id : tally.booked)
            QCOMPARE(m_server->scalar(QStringLiteral("SELECT COUNT(*) FROM appointments WHERE id = '%1'")
                                          .arg(QString::fromStdString(id))),
                     1);
        const auto booked = count(QStringLiteral("SELECT booked FROM slots WHERE id = '%1'"), slot);
        QVERIFY(booked <= 60);
        QVERIFY(booked >= static_cast<qint64>(tally.booked.size()));
        // The counter and the rows agree: no seat taken without its appointment, or the reverse.
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM appointments WHERE slot_id = '%1'"), slot), booked);
        // Every booking that committed has its audit row (same transaction), and the chain, sealed
        // again at start-up after the kill, verifies.
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = 'appointment.book' AND detail LIKE "
                                      "'%%%1%%'"),
                       slot),
                 booked);
        QCOMPARE(m_server->stop(), 0);
        QString audit;
        QCOMPARE(m_server->verifyAudit(&audit), 0);
        QVERIFY2(audit.contains(QStringLiteral("intact")), qPrintable(audit));
    }
};

QTEST_GUILESS_MAIN(TestBookingRush)
#include "tst_booking_rush.moc"
