// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <Poco/Data/Session.h>

#include <QMap>
#include <QProcess>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>

#include <memory>

namespace wedreg::tests {

// Starts the real wedreg-server on a free loopback port, on SQLite in a temporary directory or —
// when WEDREG_TEST_DB=postgresql — on a fresh database in the throwaway cluster that
// tests/pg/pg-cluster started (connection info in $WEDREG_BUILD_DIR/pg/conninfo).
class ServerProcess {
public:
    struct Options {
        bool demo = true;
        QStringList extraSettings;  // "key=value" passed as --set
        bool reuseDataFrom = false;  // restart on the same database (see restart())
    };

    ServerProcess();
    ~ServerProcess();

    // Returns false (and sets error()) when the server did not print its "listening on" line in time.
    bool start(const Options& options);
    bool start() { return start(Options{}); }
    // SIGTERM and wait; returns the exit code (or -1 when it did not exit in time).
    int stop();
    // stop() then start() again on the same database.
    bool restart(const Options& options);

    quint16 port() const { return m_port; }
    QString baseUrl() const { return QStringLiteral("http://127.0.0.1:%1").arg(m_port); }
    QString error() const { return m_error; }
    QString db() const { return m_db; }  // "sqlite" | "postgresql"
    QString dataDir() const { return m_dataDir ? m_dataDir->path() : QString(); }
    // Everything the server wrote, for assertions about its logs. stderr (the log) is kept in
    // $WEDREG_BUILD_DIR/test-logs/<suite>-<pid>-<n>.log, one file per start.
    QByteArray stdoutText() const { return m_stdout; }
    QByteArray stderrText();
    QString logPath() const { return m_logPath; }
    // Demo staff passwords printed by --demo, by username.
    QMap<QString, QString> demoPasswords() const { return m_passwords; }
    bool isRunning() const { return m_process && m_process->state() == QProcess::Running; }
    qint64 pid() const { return m_process ? m_process->processId() : 0; }

    // The server binary and the --set arguments for the database under test.
    static QString serverBinary();
    QStringList databaseSettings() const;

    // `wedreg-server --verify-audit` on this server's database (run it stopped or running); returns
    // the exit code, the tool's output in `output`.
    int verifyAudit(QString* output) const;

    // A single-number query against the server's database (row counts for "nothing was written").
    qint64 scalar(const QString& sql) const;
    // A single-text query (a stored document such as an outbox message's .ics).
    QString text(const QString& sql) const;
    // Statements that return nothing (test set-up rows the API has no way to make yet).
    void execute(const QStringList& statements) const;

    // True when the test should skip: PostgreSQL requested but unavailable outside CI.
    static bool postgresUnavailable(QString* reason);

private:
    Poco::Data::Session openDatabase() const;
    bool createPostgresDatabase();
    void dropPostgresDatabase();
    static QString nextLogPath();

    std::unique_ptr<QProcess> m_process;
    std::unique_ptr<QTemporaryDir> m_dataDir;
    quint16 m_port = 0;
    QString m_error;
    QString m_db;
    QString m_pgConninfo;
    QString m_pgDatabase;
    QByteArray m_stdout;
    QString m_logPath;
    QMap<QString, QString> m_passwords;
};

}  // namespace wedreg::tests

// In an integration test's init(): skip with the harness's reason when PostgreSQL is not installed
// on a developer machine, but fail in CI, where the pg suites must run.
#define WEDREG_REQUIRE_DATABASE()                                                        \
    do {                                                                                 \
        QString wedregWhy;                                                               \
        if (::wedreg::tests::ServerProcess::postgresUnavailable(&wedregWhy)) {           \
            if (!qEnvironmentVariableIsEmpty("CI"))                                      \
                QFAIL(qPrintable(QStringLiteral("PostgreSQL required in CI: ") + wedregWhy)); \
            QSKIP(qPrintable(wedregWhy));                                                \
        }                                                                                \
    } while (false)
