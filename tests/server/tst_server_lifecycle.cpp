// SPDX-License-Identifier: Apache-2.0
// The server process as an operator sees it: clean exit on SIGTERM, data kept across restarts,
// demo seeding only into an empty database, refusal of a newer schema and of plain HTTP off loopback.

#include "support/HttpClient.h"
#include "support/ServerProcess.h"

#include <Poco/JSON/Array.h>

#include <QProcess>
#include <QtTest>

using wedreg::tests::HttpClient;
using wedreg::tests::ServerProcess;

class TestServerLifecycle : public QObject {
    Q_OBJECT

private slots:
    void init() { WEDREG_REQUIRE_DATABASE(); }

    void sigtermExitsZero()
    {
        ServerProcess server;
        QVERIFY2(server.start(), qPrintable(server.error()));
        QCOMPARE(HttpClient(server.port()).get("/healthz").status, 200);
        QCOMPARE(server.stop(), 0);
        QVERIFY(server.stderrText().contains("stopped"));
    }

    void restartKeepsDataAndDoesNotReseed()
    {
        ServerProcess server;
        QVERIFY2(server.start(), qPrintable(server.error()));
        const auto halls = HttpClient(server.port()).get("/api/v1/halls").json().extract<Poco::JSON::Array::Ptr>()->size();
        QVERIFY(server.restart({true, {}, true}));
        QVERIFY(server.stdoutText().contains("nothing seeded"));
        QCOMPARE(HttpClient(server.port()).get("/api/v1/halls").json().extract<Poco::JSON::Array::Ptr>()->size(), halls);
        // Each migration applied once: as many rows as the newest version number.
        QCOMPARE(server.scalar(QStringLiteral("SELECT COUNT(*) FROM schema_migrations")),
                 server.scalar(QStringLiteral("SELECT MAX(version) FROM schema_migrations")));
    }

    void withoutDemoTheDatabaseStartsEmpty()
    {
        ServerProcess server;
        QVERIFY2(server.start({false, {}, false}), qPrintable(server.error()));
        QCOMPARE(HttpClient(server.port()).get("/api/v1/halls").body, std::string("[]"));
        QCOMPARE(server.scalar(QStringLiteral("SELECT COUNT(*) FROM staff_accounts")), 0);
    }

    void refusesADatabaseFromANewerSchema()
    {
        ServerProcess server;
        QVERIFY2(server.start(), qPrintable(server.error()));
        QCOMPARE(server.stop(), 0);
        server.scalar(QStringLiteral("INSERT INTO schema_migrations (version, name, applied_at) "
                                     "VALUES (999, '0999_future', '2030-01-01') RETURNING version"));
        QVERIFY(!server.restart({false, {}, true}));
        QVERIFY(server.stderrText().contains("newer than this server knows"));
    }

    void refusesPlainHttpOffLoopback()
    {
        ServerProcess server;
        QVERIFY(!server.start({false, {QStringLiteral("http.bind=0.0.0.0")}, false}));
        QVERIFY(server.stderrText().contains("refusing plain HTTP"));
    }

    void rejectsOutOfRangeSettings()
    {
        ServerProcess server;
        QVERIFY(!server.start({false, {QStringLiteral("http.threads=0")}, false}));
        QVERIFY(server.stderrText().contains("http.threads"));
    }

    void helpExitsZero()
    {
        QProcess p;
        p.start(ServerProcess::serverBinary(), {QStringLiteral("--help")});
        QVERIFY(p.waitForFinished(10000));
        QCOMPARE(p.exitCode(), 0);
        QVERIFY(p.readAllStandardOutput().contains("--set"));
    }
};

QTEST_GUILESS_MAIN(TestServerLifecycle)
#include "tst_server_lifecycle.moc"
