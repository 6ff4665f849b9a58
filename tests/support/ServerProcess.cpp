// SPDX-License-Identifier: Apache-2.0
#include "support/ServerProcess.h"

#include <Poco/Data/PostgreSQL/Connector.h>
#include <Poco/Data/SQLite/Connector.h>
#include <Poco/Data/Session.h>

#include <QDeadlineTimer>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QThread>

#include <atomic>
#include <csignal>

using namespace Poco::Data::Keywords;

namespace wedreg::tests {
namespace {

QString pgConninfoFile()
{
    return qEnvironmentVariable("WEDREG_BUILD_DIR") + QStringLiteral("/pg/conninfo");
}

}  // namespace

ServerProcess::ServerProcess()
    : m_db(qEnvironmentVariable("WEDREG_TEST_DB", QStringLiteral("sqlite")))
{
}

ServerProcess::~ServerProcess()
{
    stop();
    dropPostgresDatabase();
}

QString ServerProcess::serverBinary()
{
    return QStringLiteral(WEDREG_SERVER_BINARY);
}

bool ServerProcess::postgresUnavailable(QString* reason)
{
    if (qEnvironmentVariable("WEDREG_TEST_DB") != QLatin1String("postgresql"))
        return false;
    QFile file(pgConninfoFile());
    if (file.open(QIODevice::ReadOnly) && !file.readAll().trimmed().isEmpty())
        return false;
    QFile skip(qEnvironmentVariable("WEDREG_BUILD_DIR") + QStringLiteral("/pg/skip-reason"));
    const QString why = skip.open(QIODevice::ReadOnly) ? QString::fromUtf8(skip.readAll()).trimmed()
                                                       : QStringLiteral("pg.cluster.start did not run");
    if (reason)
        *reason = why;
    return true;
}

QStringList ServerProcess::databaseSettings() const
{
    if (m_db == QLatin1String("postgresql"))
        return {QStringLiteral("db.connector=postgresql"),
                QStringLiteral("db.uri=%1 dbname=%2").arg(m_pgConninfo, m_pgDatabase)};
    return {QStringLiteral("db.connector=sqlite")};
}

Poco::Data::Session ServerProcess::openDatabase() const
{
    if (m_db == QLatin1String("postgresql"))
        return Poco::Data::Session("PostgreSQL", (m_pgConninfo + QStringLiteral(" dbname=") + m_pgDatabase).toStdString());
    Poco::Data::SQLite::Connector::registerConnector();
    return Poco::Data::Session("SQLite", (m_dataDir->path() + QStringLiteral("/wedreg.sqlite")).toStdString());
}

qint64 ServerProcess::scalar(const QString& sql) const
{
    Poco::Int64 value = 0;
    auto s = openDatabase();
    s << sql.toStdString(), into(value), now;
    return value;
}

QString ServerProcess::text(const QString& sql) const
{
    std::string value;
    auto s = openDatabase();
    s << sql.toStdString(), into(value), now;
    return QString::fromStdString(value);
}

void ServerProcess::execute(const QStringList& statements) const
{
    auto s = openDatabase();
    s.begin();
    for (const auto& sql : statements)
        s << sql.toStdString(), now;
    s.commit();
}

int ServerProcess::verifyAudit(QString* output) const
{
    QProcess tool;
    QStringList args{QStringLiteral("--set"), QStringLiteral("data.dir=") + dataDir()};
    for (const auto& setting : databaseSettings())
        args << QStringLiteral("--set") << setting;
    args << QStringLiteral("--verify-audit");
    tool.start(serverBinary(), args);
    tool.waitForFinished(60000);
    if (output)
        *output = QString::fromUtf8(tool.readAllStandardOutput() + tool.readAllStandardError());
    return tool.exitStatus() == QProcess::NormalExit ? tool.exitCode() : -1;
}

bool ServerProcess::createPostgresDatabase()
{
    QFile file(pgConninfoFile());
    if (!file.open(QIODevice::ReadOnly)) {
        m_error = QStringLiteral("no PostgreSQL cluster: %1 missing").arg(file.fileName());
        return false;
    }
    m_pgConninfo = QString::fromUtf8(file.readAll()).trimmed();
    m_pgDatabase = QStringLiteral("wedreg_t_%1").arg(QRandomGenerator::global()->generate64(), 0, 16);
    try {
        Poco::Data::PostgreSQL::Connector::registerConnector();
        Poco::Data::Session admin("PostgreSQL", m_pgConninfo.toStdString() + " dbname=postgres");
        admin << "CREATE DATABASE " + m_pgDatabase.toStdString(), now;
    } catch (const Poco::Exception& e) {
        m_error = QString::fromStdString("CREATE DATABASE failed: " + e.displayText());
        return false;
    }
    return true;
}

void ServerProcess::dropPostgresDatabase()
{
    if (m_pgDatabase.isEmpty())
        return;
    try {
        Poco::Data::Session admin("PostgreSQL", m_pgConninfo.toStdString() + " dbname=postgres");
        admin << "DROP DATABASE IF EXISTS " + m_pgDatabase.toStdString() + " WITH (FORCE)", now;
    } catch (const Poco::Exception&) {
        // The cluster is thrown away at the end of the run anyway.
    }
    m_pgDatabase.clear();
}

bool ServerProcess::start(const Options& options)
{
    if (!options.reuseDataFrom) {
        m_dataDir = std::make_unique<QTemporaryDir>();
        m_passwords.clear();
        if (m_db == QLatin1String("postgresql") && !createPostgresDatabase())
            return false;
    }
    QStringList args;
    for (const auto& s : databaseSettings() + QStringList{
                             QStringLiteral("http.port=0"),
                             QStringLiteral("data.dir=%1").arg(m_dataDir->path()),
                             // Cheap password hashing: the tests check behaviour, not cost.
                             QStringLiteral("auth.scrypt_log2_n=10"),
                         } + options.extraSettings)
        args << QStringLiteral("--set") << s;
    if (options.demo)
        args << QStringLiteral("--demo");

    m_process = std::make_unique<QProcess>();
    m_process->setProgram(serverBinary());
    m_process->setArguments(args);
    m_process->setWorkingDirectory(m_dataDir->path());
    m_stdout.clear();
    // The server's log (stderr) goes to a file that outlives the test, for the log-hygiene scan
    // that runs after the suites (tests/server/LogScan.cpp, CTest fixture server_logs).
    m_logPath = nextLogPath();
    m_process->setStandardErrorFile(m_logPath, QIODevice::Truncate);
    m_process->start();
    if (!m_process->waitForStarted(5000)) {
        m_error = QStringLiteral("cannot start %1").arg(serverBinary());
        return false;
    }
    static const QRegularExpression listening(QStringLiteral("listening on https?://[^:]+:(\\d+)"));
    static const QRegularExpression account(QStringLiteral("username (\\S+)  password (\\S+)"));
    QDeadlineTimer deadline(20000);
    while (!deadline.hasExpired()) {
        m_process->waitForReadyRead(100);
        m_stdout += m_process->readAllStandardOutput();
        const auto text = QString::fromUtf8(m_stdout);
        const auto match = listening.match(text);
        if (match.hasMatch()) {
            m_port = static_cast<quint16>(match.captured(1).toUInt());
            for (auto it = account.globalMatch(text); it.hasNext();) {
                const auto a = it.next();
                m_passwords.insert(a.captured(1), a.captured(2));
            }
            return true;
        }
        if (m_process->state() != QProcess::Running)
            break;
    }
    m_error = QStringLiteral("server did not start: %1").arg(QString::fromUtf8(stderrText()));
    return false;
}

QString ServerProcess::nextLogPath()
{
    static std::atomic<int> counter{0};
    auto dir = qEnvironmentVariable("WEDREG_BUILD_DIR");
    dir = dir.isEmpty() ? QDir::tempPath() + QStringLiteral("/wedreg-test-logs") : dir + QStringLiteral("/test-logs");
    QDir().mkpath(dir);
    return QStringLiteral("%1/%2-%3-%4.log")
        .arg(dir, QCoreApplication::applicationName())
        .arg(QCoreApplication::applicationPid())
        .arg(++counter);
}

QByteArray ServerProcess::stderrText()
{
    QFile log(m_logPath);
    if (m_logPath.isEmpty() || !log.open(QIODevice::ReadOnly))
        return {};
    return log.readAll();
}

int ServerProcess::stop()
{
    if (!m_process || m_process->state() == QProcess::NotRunning)
        return m_process ? m_process->exitCode() : 0;
    ::kill(static_cast<pid_t>(m_process->processId()), SIGTERM);
    if (!m_process->waitForFinished(15000)) {
        m_process->kill();
        m_process->waitForFinished(5000);
        return -1;
    }
    m_stdout += m_process->readAllStandardOutput();
    return m_process->exitStatus() == QProcess::NormalExit ? m_process->exitCode() : -1;
}

bool ServerProcess::restart(const Options& options)
{
    stop();
    Options again = options;
    again.reuseDataFrom = true;
    return start(again);
}

}  // namespace wedreg::tests
