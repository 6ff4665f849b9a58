// SPDX-License-Identifier: Apache-2.0
#include "server/app/ServerApp.h"

#include "server/app/BackgroundJobs.h"
#include "server/app/ServerConfig.h"
#include "server/app/ServiceGraph.h"
#include "server/http/ApiServices.h"
#include "server/http/ConnectionGate.h"
#include "server/http/DrawRecordJson.h"
#include "server/http/Metrics.h"
#include "server/http/OpenApiDocument.h"
#include "server/http/RequestConnection.h"
#include "server/http/Router.h"
#include "server/http/Routes.h"
#include "core/calendar/WorkingCalendar.h"
#include "server/service/CertificateService.h"
#include "server/service/Clock.h"
#include "server/service/DemoCeremonies.h"
#include "server/service/DemoData.h"
#include "server/service/DemoPlans.h"
#include "server/service/IdCipher.h"
#include "server/service/PersonalDataKeys.h"
#include "server/store/Database.h"
#include "server/store/LotteryRepository.h"
#include "server/store/Migrations.h"
#include "server/store/SqliteBackup.h"

#include <Poco/AutoPtr.h>
#include <Poco/ConsoleChannel.h>
#include <Poco/File.h>
#include <Poco/FormattingChannel.h>
#include <Poco/JSON/Parser.h>
#include <Poco/Net/Context.h>
#include <Poco/Net/HTTPServerParams.h>
#include <Poco/Net/SSLManager.h>
#include <Poco/Net/SecureServerSocket.h>
#include <Poco/Net/ServerSocket.h>
#include <Poco/Net/TCPServerDispatcher.h>
#include <Poco/Path.h>
#include <Poco/PatternFormatter.h>
#include <Poco/ThreadPool.h>
#include <Poco/Util/HelpFormatter.h>
#include <Poco/Util/Option.h>
#include <Poco/Util/OptionCallback.h>

#include <algorithm>
#include <chrono>
#include <condition_variable>
#include <mutex>
#include <csignal>
#include <ctime>
#include <fstream>
#include <sstream>
#include <iostream>
#include <thread>

namespace wedreg::server::app {
namespace {

// Logs go to stderr with a timestamp unless the configuration sets up its own channels;
// stdout is kept for the few lines scripts read ("listening on …", demo accounts).
void defaultLogging(Poco::Util::AbstractConfiguration& config)
{
    if (config.has("logging.loggers.root.channel"))
        return;
    Poco::AutoPtr<Poco::PatternFormatter> format(new Poco::PatternFormatter("%Y-%m-%dT%H:%M:%S.%i %q %s: %t"));
    format->setProperty("times", "local");
    Poco::AutoPtr<Poco::FormattingChannel> channel(new Poco::FormattingChannel(format, new Poco::ConsoleChannel));
    Poco::Logger::root().setChannel(channel);
    Poco::Logger::root().setLevel(config.getString("logging.loggers.root.level", "information"));
}

// The kernel's queue of connections not yet accepted: the gate accepts at once, but a burst of
// connects (a rush, or a flood of idle ones) must not overflow it into SYN retries.
constexpr int kListenBacklog = 1024;

Poco::Net::ServerSocket openSocket(const ServerConfig& cfg)
{
    const Poco::Net::SocketAddress address(cfg.bindAddress, cfg.port);
    if (!cfg.tlsEnabled)
        return Poco::Net::ServerSocket(address, kListenBacklog);
    Poco::Net::initializeSSL();
    Poco::Net::Context::Params params;
    params.certificateFile = cfg.tlsCertificate;
    params.privateKeyFile = cfg.tlsPrivateKey;
    params.caLocation = cfg.tlsCa;
    params.verificationMode = cfg.tlsVerifyClients ? Poco::Net::Context::VERIFY_STRICT : Poco::Net::Context::VERIFY_NONE;
    params.cipherList = "ECDHE+AESGCM:ECDHE+CHACHA20:!aNULL:!MD5:!SHA1";
    Poco::Net::Context::Ptr context = new Poco::Net::Context(Poco::Net::Context::TLS_SERVER_USE, params);
    context->requireMinimumProtocol(Poco::Net::Context::PROTO_TLSV1_2);
    // OpenSSL refuses to resume (and, with client verification, even to complete) server sessions
    // without a session id context: give it one.
    context->enableSessionCache(true, "wedreg");
    // Poco's "extended" check matches a peer certificate's name against the peer's address. That
    // is right for clients checking a server, wrong for a server checking kiosks (a kiosk's name is
    // its hall, not its IP): keep OpenSSL's chain verification, drop the name match.
    context->enableExtendedCertificateVerification(false);
    return Poco::Net::SecureServerSocket(address, kListenBacklog, context);
}

// --verify-audit: read-only; the exit status says whether the chain is intact (EXIT_DATAERR if not).
int verifyAudit(store::Database& db)
{
    store::AuditLog audit(db);
    const auto report = audit.verify();
    std::cout << "audit chain: " << report.sealed << " rows sealed, " << report.pending << " not sealed yet\n";
    for (const auto& finding : report.findings) {
        std::cout << "BROKEN at chain position " << finding.chainPos;
        if (!finding.rowId.empty())
            std::cout << " (row " << finding.rowId << ")";
        std::cout << ": " << finding.problem;
        if (finding.problem == "edited")
            std::cout << " - the row's contents no longer match its hash";
        else if (finding.problem == "missing-before")
            std::cout << " - the rows before it are missing (deleted)";
        else if (finding.problem == "unlinked")
            std::cout << " - its link to the previous row is broken (a row inserted or replaced)";
        else if (finding.problem == "beyond-head")
            std::cout << " - a row the sealer never wrote (inserted)";
        else if (finding.problem == "head-mismatch")
            std::cout << " - the chain ends before its recorded head (rows deleted at the end)";
        std::cout << "\n";
    }
    std::cout << (report.intact() ? "intact" : "NOT intact") << std::endl;
    return report.intact() ? Poco::Util::Application::EXIT_OK : Poco::Util::Application::EXIT_DATAERR;
}

// --verify-draw FILE: re-runs a lottery draw from its published record (the JSON served by
// GET /api/v1/lottery-days/{id} or /ceremonies/{id}/lottery) with core::lottery::verify. Needs no
// database and no key: everything it checks is public. Exit 0 when verified, 1 when not (or the
// file is not a record), 66 (EX_NOINPUT) when the file cannot be read.
int verifyDraw(const std::string& file)
{
    std::ifstream in(file, std::ios::binary);
    if (!in) {
        std::cout << "cannot read " << file << std::endl;
        return Poco::Util::Application::EXIT_NOINPUT;
    }
    std::ostringstream text;
    text << in.rdbuf();
    core::lottery::DrawRecord record;
    try {
        const auto json = Poco::JSON::Parser().parse(text.str());
        if (json.type() != typeid(Poco::JSON::Object::Ptr))
            throw core::InvalidField("record", "not-object");
        record = http::drawRecordFrom(json.extract<Poco::JSON::Object::Ptr>());
    } catch (const core::InvalidField& e) {
        std::cout << "NOT verified: the record's \"" << e.field() << "\" is " << e.reason() << std::endl;
        return 1;
    } catch (const Poco::Exception& e) {
        std::cout << "NOT verified: not a JSON record (" << e.displayText() << ")" << std::endl;
        return 1;
    }
    std::cout << "draw record: " << record.applications.size() << " applications, commitment " << record.commitment
              << "\n";
    const auto failures = core::lottery::verify(record);
    for (const auto& failure : failures) {
        std::cout << "FAILED " << failure;
        if (failure == "seed-not-committed")
            std::cout << " - SHA-256 of the revealed seed is not the commitment published at window open";
        else if (failure == "ranking-differs")
            std::cout << " - HMAC-SHA-256(seed, application id) in ascending order does not give the published ranking";
        else if (failure == "commitment-late")
            std::cout << " - an application is older than the commitment";
        std::cout << "\n";
    }
    std::cout << (failures.empty() ? "verified" : "NOT verified") << std::endl;
    return failures.empty() ? Poco::Util::Application::EXIT_OK : 1;
}

ServiceSettings settingsFrom(const ServerConfig& cfg)
{
    ServiceSettings s;
    s.passwordCost = {cfg.scryptN, 8, 1};
    s.auth = {cfg.sessionSeconds, cfg.lockoutThreshold, cfg.lockoutSeconds};
    s.slots = {cfg.horizonDays, {cfg.releaseDaysBefore, cfg.releaseMinuteOfDay}, cfg.slotCacheTtlMs};
    s.maxBookingsInFlight = cfg.maxBookingsInFlight;
    s.groupCommit = cfg.groupCommit;
    s.groupCommitMaxBatch = cfg.groupCommitMaxBatch;
    s.idAttempts = {cfg.idAttemptsPerHour / 3600.0, static_cast<double>(cfg.idBurst)};
    s.retentionDays = cfg.retentionDays;
    s.version = WEDREG_VERSION;
    return s;
}

// --demo: the Jinan halls, staff accounts (their passwords shown once) and working plans, into an
// empty database only. The demo ceremonies come after slot generation (they book against slots).
void seedDemo(ServiceGraph& graph, const std::string& assetsDir)
{
    service::DemoData demo(graph.halls, graph.auth);
    const auto accounts = demo.seedIfEmpty(Poco::Path(assetsDir).append("demo/halls.json").toString());
    if (accounts.empty()) {
        std::cout << "demo data: the database already has halls; nothing seeded" << std::endl;
        return;
    }
    std::cout << "demo data: seeded " << graph.halls.list()->size() << " halls; staff accounts (shown once):\n";
    for (const auto& a : accounts)
        std::cout << "  " << a.role << "  username " << a.username << "  password " << a.password << "\n";
    std::cout << std::flush;
    service::DemoPlans::seed(graph.planRepo, Poco::Path(assetsDir).append("demo/plans.json").toString(),
                             *graph.halls.list());
}

}  // namespace

void ServerApp::initialize(Poco::Util::Application& self)
{
    const auto file = config().getString("wedreg.config_file", "");
    if (!file.empty())
        loadConfiguration(file);
    defaultLogging(config());
    Poco::Util::ServerApplication::initialize(self);
}

void ServerApp::defineOptions(Poco::Util::OptionSet& options)
{
    Poco::Util::ServerApplication::defineOptions(options);
    options.addOption(Poco::Util::Option("help", "h", "print this help and exit")
                          .required(false)
                          .repeatable(false)
                          .callback(Poco::Util::OptionCallback<ServerApp>(this, &ServerApp::handleHelp)));
    options.addOption(Poco::Util::Option("config", "c", "load settings from a .properties FILE")
                          .required(false)
                          .repeatable(false)
                          .argument("FILE")
                          .binding("wedreg.config_file"));
    options.addOption(Poco::Util::Option("set", "s", "override one setting, e.g. --set http.port=18080")
                          .required(false)
                          .repeatable(true)
                          .argument("key=value")
                          .callback(Poco::Util::OptionCallback<ServerApp>(this, &ServerApp::handleSet)));
    options.addOption(Poco::Util::Option("backup", "", "copy the SQLite database, consistently and while the server runs, to FILE and exit")
                          .required(false)
                          .repeatable(false)
                          .argument("FILE")
                          .binding("wedreg.backup_file"));
    options.addOption(Poco::Util::Option("purge-expired", "", "blank the personal data of appointments cancelled or missed more than retention.days ago, and exit")
                          .required(false)
                          .repeatable(false)
                          .binding("wedreg.purge_expired"));
    options.addOption(Poco::Util::Option("demo", "", "seed the Jinan demo halls and demo staff accounts into an empty database")
                          .required(false)
                          .repeatable(false)
                          .callback(Poco::Util::OptionCallback<ServerApp>(this, &ServerApp::handleDemo)));
    options.addOption(Poco::Util::Option("verify-draw", "", "re-run a lottery draw from its published record FILE (JSON as served), exit 0 if verified")
                          .required(false)
                          .repeatable(false)
                          .argument("FILE")
                          .binding("wedreg.verify_draw_file"));
    options.addOption(Poco::Util::Option("verify-audit", "", "walk the audit log's hash chain, name the first break, exit 0 if intact")
                          .required(false)
                          .repeatable(false)
                          .callback(Poco::Util::OptionCallback<ServerApp>(this, &ServerApp::handleVerifyAudit)));
}

void ServerApp::handleVerifyAudit(const std::string&, const std::string&)
{
    config().setBool("wedreg.verify_audit", true);
}

void ServerApp::handleHelp(const std::string&, const std::string&)
{
    m_helpRequested = true;
    Poco::Util::HelpFormatter help(options());
    help.setCommand(commandName());
    help.setUsage("[--config FILE] [--set key=value ...] [--demo | --backup FILE | --purge-expired]");
    help.setHeader("wedreg-server: marriage registration and ceremony booking API (DESIGN.md §5).");
    help.format(std::cout);
    stopOptionsProcessing();
}

void ServerApp::handleDemo(const std::string&, const std::string&)
{
    config().setBool("wedreg.demo", true);
}

void ServerApp::handleSet(const std::string&, const std::string& value)
{
    const auto eq = value.find('=');
    if (eq == std::string::npos || eq == 0)
        throw Poco::InvalidArgumentException("--set needs key=value", value);
    config().setString(value.substr(0, eq), value.substr(eq + 1));
}

int ServerApp::backup(const ServerConfig& cfg, const std::string& file)
{
    if (cfg.db.connector != "sqlite") {
        logger().fatal("--backup copies the embedded SQLite database; for PostgreSQL use pg_dump or "
                       "continuous archiving (docs/OPERATIONS.md)");
        return EXIT_USAGE;
    }
    const int pages = store::backupSqlite(cfg.db.sqlitePath, file);
    std::cout << "backup of " << cfg.db.sqlitePath << " written to " << file << " (" << pages
              << " pages, quick_check ok)" << std::endl;
    return EXIT_OK;
}

int ServerApp::main(const std::vector<std::string>&)
{
    if (m_helpRequested)
        return EXIT_OK;
    // Block the termination signals before any thread exists, so every thread inherits the mask and
    // the signal waits for waitForTerminationRequest() instead of killing a half-started server.
    sigset_t termination;
    sigemptyset(&termination);
    sigaddset(&termination, SIGINT);
    sigaddset(&termination, SIGQUIT);
    sigaddset(&termination, SIGTERM);
    pthread_sigmask(SIG_BLOCK, &termination, nullptr);

    auto& log = logger();
    if (config().has("wedreg.verify_draw_file"))
        return verifyDraw(config().getString("wedreg.verify_draw_file"));
    try {
        const auto cfg = ServerConfig::from(config(), WEDREG_DEFAULT_ASSETS_DIR);
        if (config().has("wedreg.backup_file"))
            return backup(cfg, config().getString("wedreg.backup_file"));
        if (!cfg.tlsEnabled && !cfg.isLoopbackBind()) {
            log.fatal("refusing plain HTTP on %s: bind to loopback for development, or set tls.enabled=true",
                      cfg.bindAddress);
            return EXIT_CONFIG;
        }
        if (cfg.clockOffsetDays != 0 && (cfg.tlsEnabled || !cfg.isLoopbackBind())) {
            log.fatal("refusing dev.clock_offset_days outside plain HTTP on loopback: it is for tests only");
            return EXIT_CONFIG;
        }
        Poco::File(cfg.dataDir).createDirectories();

        store::Database db(cfg.db);
        if (config().getBool("wedreg.verify_audit", false))
            return verifyAudit(db);
        const int schema = store::migrate(db);
        log.information("database %s at schema version %d", std::string(db.dialectName()), schema);

        const service::OffsetClock clock(std::int64_t{cfg.clockOffsetDays} * 86400);
        if (cfg.clockOffsetDays != 0)
            log.warning("dev.clock_offset_days = %d: the server's clock is shifted (tests only)", cfg.clockOffsetDays);
        const auto calendar =
            core::WorkingCalendar::fromDirectory(Poco::Path(cfg.assetsDir).append("calendar").toString());
        const auto keys = service::PersonalDataKeys::loadOrCreate(cfg.personalDataKeyFile);
        const auto idCipher = service::IdCipher::load(cfg.idEncryptionKeyFile, cfg.previousIdEncryptionKeyFiles);
        // Built once from the signing keys (certs/make-dev-signing-keys layout); none → 503 trust-list.
        const auto signingDir =
            config().getString("certificates.signing_dir", Poco::Path(cfg.dataDir).append("signing").toString());
        service::CertificateService certificates(signingDir, static_cast<std::int64_t>(std::time(nullptr)));

        ServiceGraph graph({db, clock, calendar, keys, idCipher, certificates}, settingsFrom(cfg));
        log.information("audit: %s rows sealed at start", std::to_string(graph.audit.sealAll()));
        const auto purgeExpired = [&graph, &clock] {
            const auto blanked = graph.retention.purge(clock.nowSeconds());
            Poco::Logger::get("wedreg.retention")
                .information("retention: personal data of %z parties blanked (older than %d days)", blanked,
                             graph.retention.days());
            return blanked;
        };
        if (config().has("wedreg.purge_expired")) {
            purgeExpired();
            return EXIT_OK;
        }

        const bool demo = config().getBool("wedreg.demo", false);
        if (demo)
            seedDemo(graph, cfg.assetsDir);
        const auto generated = graph.slots.generate();
        log.information("slots: %z added for the next %d days", generated.added, cfg.horizonDays);
        log.information("certificates: %s", certificates.configured()
                                                ? "trust list seq " + std::to_string(certificates.trustList().list.seq)
                                                : "no signing keys in " + signingDir + "; trust list unavailable");
        log.information("registrations: %d divorce applications deemed withdrawn", graph.registrations.lapseDue());
        if (demo) {
            const auto seeded = service::seedDemoCeremonies(
                graph.ceremonies, graph.ceremonyRepo, Poco::Path(cfg.assetsDir).append("demo/ceremonies.json").toString());
            if (seeded > 0)
                std::cout << "demo data: seeded " << seeded << " ceremonies" << std::endl;
        }
        const auto dispatchSeconds = config().getInt("notifications.dispatch_interval_seconds", 5);
        service::RateLimiter clientLimiter({cfg.clientWritesPerMinute / 60.0, static_cast<double>(cfg.clientBurst)});
        auto services = graph.api(http::openApiDocument());
        http::Router router(
            http::makeRoutes(services), [&graph](const std::string& token) { return graph.auth.authenticate(token); },
            graph.metrics, cfg.maxBodyBytes,
            {clientLimiter.enabled() ? &clientLimiter : nullptr, cfg.rateLimitExemptLoopback});

        Poco::Net::HTTPServerParams::Ptr params = new Poco::Net::HTTPServerParams;
        params->setMaxThreads(cfg.threads);
        params->setMaxQueued(cfg.queueSize);
        params->setKeepAlive(cfg.keepAliveSeconds > 0);
        params->setKeepAliveTimeout(Poco::Timespan(cfg.keepAliveSeconds, 0));
        params->setTimeout(Poco::Timespan(cfg.timeoutSeconds, 0));
        params->setMaxKeepAliveRequests(1000);
        params->setServerName("wedreg");
        params->setSoftwareVersion(std::string("wedreg/") + WEDREG_VERSION);

        // Retention: once before serving, then daily as one of the background jobs.
        try {
            purgeExpired();
        } catch (const std::exception& e) {
            Poco::Logger::get("wedreg.retention").error("retention purge failed: %s", std::string(e.what()));
        }

        // Workers get a connection only with a request ready to read (http/ConnectionGate.h): idle
        // and slow clients wait in the gate's poll set, not in a worker thread.
        Poco::ThreadPool pool("http", std::min(2, cfg.threads), cfg.threads, 60);
        http::ConnectionGate* gateRef = nullptr;
        Poco::AutoPtr<Poco::Net::TCPServerDispatcher> dispatcher(new Poco::Net::TCPServerDispatcher(
            new http::RequestConnectionFactory(router, gateRef, params), pool, params));
        http::ConnectionGate gate(openSocket(cfg), *dispatcher, cfg.tlsEnabled,
                                  {Poco::Timespan(cfg.headerTimeoutSeconds, 0), Poco::Timespan(cfg.keepAliveSeconds, 0),
                                   Poco::Timespan(cfg.requestTimeoutSeconds, 0), cfg.maxConnections,
                                   cfg.maxHeaderBytes});
        gateRef = &gate;
        gate.start();

        const auto port = gate.port();
        const std::string scheme = cfg.tlsEnabled ? "https" : "http";
        if (!cfg.tlsEnabled)
            log.warning("plain HTTP on loopback: for development only; production uses tls.enabled=true");
        std::cout << "listening on " << scheme << "://" << cfg.bindAddress << ":" << port << std::endl;

        BackgroundJobs jobs;
        // The horizon rolls forward (idempotent, and safe on every server).
        jobs.every("slot generation", std::chrono::minutes(cfg.generateIntervalMinutes), [&] { graph.slots.generate(); });
        jobs.every("audit sealing", std::chrono::milliseconds(cfg.auditSealIntervalMs), [&] { graph.audit.sealAll(); });
        jobs.every("divorce application lapses", std::chrono::minutes(cfg.lapseIntervalMinutes),
                   [&] { graph.registrations.lapseDue(); });

        jobs.every("outbox dispatch", std::chrono::seconds(std::max(1, dispatchSeconds)),
                   [&] { graph.outbox.dispatchOnce(); });
        jobs.every("retention purge", std::chrono::hours(24), [&] { purgeExpired(); });
        // Booking lotteries: the commitment as a window opens, the draw when its time comes.
        jobs.every("lottery commitments and draws", std::chrono::milliseconds(cfg.lotteryIntervalMs), [&] {
            graph.lottery.commitDue();
            graph.lottery.drawDue();
        });

        waitForTerminationRequest();
        jobs.stop();

        log.information("stopping: no new connections, draining the ones in flight");
        gate.stop();
        const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(10);
        while ((dispatcher->currentConnections() > 0 || dispatcher->queuedConnections() > 0) &&
               std::chrono::steady_clock::now() < deadline)
            std::this_thread::sleep_for(std::chrono::milliseconds(50));
        dispatcher->stop();
        pool.joinAll();
        graph.audit.sealAll();
        log.information("stopped");
        return EXIT_OK;
    } catch (const Poco::Exception& e) {
        log.fatal("cannot start: %s", e.displayText());
    } catch (const std::exception& e) {
        log.fatal("cannot start: %s", std::string(e.what()));
    }
    return EXIT_SOFTWARE;
}

}  // namespace wedreg::server::app
