// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "server/store/Database.h"

#include <Poco/Util/AbstractConfiguration.h>

#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

namespace wedreg::server::app {

// Every setting the server reads, read once at start into this typed struct. Keys are namespaced
// (`http.port`, `db.connector`, …); installer/wedreg-server.properties documents each one.
struct ServerConfig {
    // http.*
    std::string bindAddress = "127.0.0.1";
    std::uint16_t port = 8080;
    int threads = 16;
    int queueSize = 256;
    int keepAliveSeconds = 10;
    int timeoutSeconds = 10;
    std::size_t maxBodyBytes = 1 << 20;
    // Slow clients (http/ConnectionGate.h): a complete request head within headerTimeoutSeconds of
    // connecting (or of the last reply), a whole request within requestTimeoutSeconds, at most
    // maxConnections connections waiting (the oldest is closed beyond), heads up to maxHeaderBytes.
    int headerTimeoutSeconds = 5;
    int requestTimeoutSeconds = 30;
    std::size_t maxConnections = 10000;
    std::size_t maxHeaderBytes = 16384;

    // ratelimit.*: token buckets (0 = off). Per client: writes per minute, burst; per ID: booking
    // attempts per hour for one person (blind index), burst.
    int clientWritesPerMinute = 120;
    int clientBurst = 60;
    bool rateLimitExemptLoopback = true;
    int idAttemptsPerHour = 20;
    int idBurst = 10;

    // tls.*
    bool tlsEnabled = false;
    std::string tlsCertificate;
    std::string tlsPrivateKey;
    std::string tlsCa;
    bool tlsVerifyClients = false;

    // data.dir, assets.dir
    std::string dataDir = "var";
    std::string assetsDir;

    // db.*
    store::DatabaseOptions db;

    // auth.*
    std::uint64_t scryptN = 1u << 15;
    std::int64_t sessionSeconds = 8 * 3600;
    int lockoutThreshold = 5;
    std::int64_t lockoutSeconds = 15 * 60;

    // booking.*
    int horizonDays = 30;
    int releaseDaysBefore = 15;
    int releaseMinuteOfDay = 0;
    int slotCacheTtlMs = 1000;
    int generateIntervalMinutes = 60;
    // Bookings in flight before a fast 503; below http.threads so browsing keeps threads in a rush.
    int maxBookingsInFlight = 12;
    // retention.days: personal data of cancelled and missed appointments is blanked this long after.
    int retentionDays = 90;
    std::string personalDataKeyFile;  // pii.key_file; servers sharing a database share this file
    std::string idEncryptionKeyFile;  // pii.encryption_key_file: AES-256-GCM key for ID numbers at rest
    std::vector<std::string> previousIdEncryptionKeyFiles;  // pii.previous_encryption_key_files (comma list)
    int auditSealIntervalMs = 1000;   // audit.seal_interval_ms
    int lotteryIntervalMs = 1000;     // lottery.interval_ms: commitments at window open, draws at draw time
    int clockOffsetDays = 0;
    bool groupCommit = true;          // booking.group_commit (SQLite; PostgreSQL keeps one transaction each)
    int groupCommitMaxBatch = 64;     // booking.group_commit_max_batch          // dev.clock_offset_days: loopback plain HTTP only
    int lapseIntervalMinutes = 60;    // registrations.lapse_interval_minutes

    // Throws Poco::InvalidArgumentException naming the key for a value out of range.
    static ServerConfig from(const Poco::Util::AbstractConfiguration& config, const std::string& defaultAssetsDir);

    bool isLoopbackBind() const;
};

}  // namespace wedreg::server::app
