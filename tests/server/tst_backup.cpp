// SPDX-License-Identifier: Apache-2.0
// wedreg-server --backup FILE (issue 6): an online, consistent copy of the SQLite database while
// the server runs; restoring it (stop, replace the file, start) gives back exactly what was
// booked before the backup, and the server's start-up schema check accepts it.

#include "support/BookingHelpers.h"
#include "support/HttpClient.h"
#include "support/ServerProcess.h"

#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

using namespace wedreg::tests;

class TestBackup : public QObject {
    Q_OBJECT

private:
    int m_person = 0;
    Person nextMan() { return {man("19860505", 2 * (++m_person) + 1), "周九"}; }
    Person nextWoman() { return {woman("19870606", 2 * (++m_person)), "吴十"}; }

    std::string bookOne(const HttpClient& http)
    {
        const auto slot = openSlot(http, "jn-lixia", "marriage");
        if (!slot)
            return {};
        const auto reply = book(http, bookingBody(slot.value()->getValue<std::string>("id"), "marriage",
                                                  {nextMan(), nextWoman()}));
        return reply.status == 201 ? reply.object()->getValue<std::string>("id") : std::string();
    }

    static int runBackup(const ServerProcess& server, const QString& file, QByteArray* output)
    {
        QProcess cli;
        QStringList args;
        for (const auto& s : server.databaseSettings() + QStringList{QStringLiteral("data.dir=%1").arg(server.dataDir())})
            args << QStringLiteral("--set") << s;
        args << QStringLiteral("--backup") << file;
        cli.start(ServerProcess::serverBinary(), args);
        if (!cli.waitForFinished(60000))
            return -1;
        *output = cli.readAllStandardOutput() + cli.readAllStandardError();
        return cli.exitCode();
    }

private slots:
    void backupWhileRunningThenRestore()
    {
        WEDREG_REQUIRE_DATABASE();
        ServerProcess server;
        QVERIFY2(server.start(), qPrintable(server.error()));
        if (server.db() != QLatin1String("sqlite"))
            QSKIP("--backup is for the embedded SQLite database; PostgreSQL uses pg_dump (docs/OPERATIONS.md)");
        const HttpClient http(server.port());
        const auto before = bookOne(http);
        QVERIFY(!before.empty());

        QTemporaryDir out;
        const auto file = out.filePath(QStringLiteral("wedreg-backup.sqlite"));
        QByteArray output;
        QCOMPARE(runBackup(server, file, &output), 0);
        QVERIFY2(output.contains("quick_check ok"), output.constData());
        QVERIFY(QFile::exists(file));
        QVERIFY(!QFile::exists(file + QStringLiteral(".partial")));

        const auto after = bookOne(http);
        QVERIFY(!after.empty());
        QCOMPARE(server.scalar(QStringLiteral("SELECT COUNT(*) FROM appointments")), qint64(2));

        // Restore: stop, replace the database (and drop its WAL and shared-memory files, which
        // belong to the replaced one), start.
        QCOMPARE(server.stop(), 0);
        const auto db = server.dataDir() + QStringLiteral("/wedreg.sqlite");
        for (const auto& f : {db, db + QStringLiteral("-wal"), db + QStringLiteral("-shm")})
            QFile::remove(f);
        QVERIFY(QFile::copy(file, db));
        QVERIFY2(server.start({false, {}, true}), qPrintable(server.error()));  // migrations check the schema
        QCOMPARE(HttpClient(server.port()).get("/healthz").status, 200);
        QCOMPARE(server.scalar(QStringLiteral("SELECT COUNT(*) FROM appointments")), qint64(1));
        QCOMPARE(server.scalar(QStringLiteral("SELECT COUNT(*) FROM appointments WHERE id = '%1'")
                                   .arg(QString::fromStdString(before))),
                 qint64(1));
        QCOMPARE(server.stop(), 0);
    }

    void backupOfNoDatabaseFails()
    {
        QTemporaryDir empty;
        QProcess cli;
        cli.start(ServerProcess::serverBinary(),
                  {QStringLiteral("--set"), QStringLiteral("data.dir=%1").arg(empty.path()), QStringLiteral("--backup"),
                   empty.filePath(QStringLiteral("b.sqlite"))});
        QVERIFY(cli.waitForFinished(60000));
        QVERIFY(cli.exitCode() != 0);
        QVERIFY(!QFile::exists(empty.filePath(QStringLiteral("b.sqlite"))));
    }
};

QTEST_GUILESS_MAIN(TestBackup)
#include "tst_backup.moc"
