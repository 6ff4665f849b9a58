// SPDX-License-Identifier: Apache-2.0
#include "server/app/ServerConfig.h"

#include <Poco/Exception.h>
#include <Poco/Net/IPAddress.h>
#include <Poco/Path.h>
#include <Poco/StringTokenizer.h>

#include <algorithm>
#include <cctype>

namespace wedreg::server::app {
namespace {

constexpr int kBackgroundSessions = 3;

int boundedInt(const Poco::Util::AbstractConfiguration& c, const std::string& key, int fallback, int lo, int hi)
{
    const int v = c.getInt(key, fallback);
    if (v < lo || v > hi)
        throw Poco::InvalidArgumentException(key + " must be between " + std::to_string(lo) + " and " +
                                             std::to_string(hi));
    return v;
}

}  // namespace

ServerConfig ServerConfig::from(const Poco::Util::AbstractConfiguration& c, const std::string& defaultAssetsDir)
{
    ServerConfig s;
    s.bindAddress = c.getString("http.bind", s.bindAddress);
    s.port = static_cast<std::uint16_t>(boundedInt(c, "http.port", s.port, 0, 65535));
    s.threads = boundedInt(c, "http.threads", s.threads, 1, 1024);
    s.queueSize = boundedInt(c, "http.queue", s.queueSize, 1, 100000);
    s.keepAliveSeconds = boundedInt(c, "http.keepalive_seconds", s.keepAliveSeconds, 0, 3600);
    s.timeoutSeconds = boundedInt(c, "http.timeout_seconds", s.timeoutSeconds, 1, 3600);
    s.maxBodyBytes = static_cast<std::size_t>(
        boundedInt(c, "http.max_body_bytes", static_cast<int>(s.maxBodyBytes), 1024, 64 << 20));
    s.headerTimeoutSeconds = boundedInt(c, "http.header_timeout_seconds", s.headerTimeoutSeconds, 1, 600);
    s.requestTimeoutSeconds = boundedInt(c, "http.request_timeout_seconds", s.requestTimeoutSeconds, 1, 3600);
    s.maxConnections = static_cast<std::size_t>(
        boundedInt(c, "http.max_connections", static_cast<int>(s.maxConnections), 16, 1000000));
    s.maxHeaderBytes = static_cast<std::size_t>(
        boundedInt(c, "http.max_header_bytes", static_cast<int>(s.maxHeaderBytes), 1024, 1 << 20));

    s.clientWritesPerMinute = boundedInt(c, "ratelimit.client_per_minute", s.clientWritesPerMinute, 0, 1000000);
    s.clientBurst = boundedInt(c, "ratelimit.client_burst", s.clientBurst, 1, 1000000);
    s.rateLimitExemptLoopback = c.getBool("ratelimit.exempt_loopback", s.rateLimitExemptLoopback);
    s.idAttemptsPerHour = boundedInt(c, "ratelimit.id_per_hour", s.idAttemptsPerHour, 0, 1000000);
    s.idBurst = boundedInt(c, "ratelimit.id_burst", s.idBurst, 1, 1000000);

    s.tlsEnabled = c.getBool("tls.enabled", false);
    s.tlsCertificate = c.getString("tls.certificate", "");
    s.tlsPrivateKey = c.getString("tls.private_key", "");
    s.tlsCa = c.getString("tls.ca", "");
    s.tlsVerifyClients = c.getBool("tls.verify_clients", false);
    if (s.tlsEnabled && (s.tlsCertificate.empty() || s.tlsPrivateKey.empty()))
        throw Poco::InvalidArgumentException("tls.enabled needs tls.certificate and tls.private_key");
    if (s.tlsVerifyClients && s.tlsCa.empty())
        throw Poco::InvalidArgumentException("tls.verify_clients needs tls.ca");

    s.dataDir = c.getString("data.dir", s.dataDir);
    s.assetsDir = c.getString("assets.dir", defaultAssetsDir);

    s.db.connector = c.getString("db.connector", "sqlite");
    s.db.sqlitePath = c.getString("db.path", Poco::Path(s.dataDir).append("wedreg.sqlite").toString());
    s.db.postgresUri = c.getString("db.uri", "");
    s.db.poolMin = boundedInt(c, "db.pool_min", 1, 1, 256);
    // One session per HTTP thread plus the background workers (slot generator, outbox dispatcher,
    // booking-lottery commitments and draws):
    // Poco's pool throws at once when exhausted, so a full rush must never need one more.
    s.db.poolMax = boundedInt(c, "db.pool_max", s.threads + kBackgroundSessions, 1, 256);
    s.db.busyTimeoutMs = boundedInt(c, "db.busy_timeout_ms", 5000, 0, 60000);

    s.horizonDays = boundedInt(c, "booking.horizon_days", s.horizonDays, 1, 366);
    s.releaseDaysBefore = boundedInt(c, "booking.release_days_before", s.releaseDaysBefore, 0, 366);
    const auto release = c.getString("booking.release_time", "00:00");
    if (release.size() != 5 || release[2] != ':' || !std::isdigit(static_cast<unsigned char>(release[0])) ||
        !std::isdigit(static_cast<unsigned char>(release[1])) || !std::isdigit(static_cast<unsigned char>(release[3])) ||
        !std::isdigit(static_cast<unsigned char>(release[4])) || std::stoi(release.substr(0, 2)) > 23 ||
        std::stoi(release.substr(3, 2)) > 59)
        throw Poco::InvalidArgumentException("booking.release_time must be HH:MM");
    s.releaseMinuteOfDay = std::stoi(release.substr(0, 2)) * 60 + std::stoi(release.substr(3, 2));
    s.slotCacheTtlMs = boundedInt(c, "booking.cache_ttl_ms", s.slotCacheTtlMs, 0, 600000);
    s.generateIntervalMinutes = boundedInt(c, "booking.generate_interval_minutes", s.generateIntervalMinutes, 1, 24 * 60);
    s.maxBookingsInFlight = boundedInt(c, "booking.max_in_flight", std::max(1, s.threads - 4), 1, 4096);
    s.retentionDays = boundedInt(c, "retention.days", s.retentionDays, 1, 3650);
    s.personalDataKeyFile = c.getString("pii.key_file", Poco::Path(s.dataDir).append("pii.key").toString());
    s.idEncryptionKeyFile =
        c.getString("pii.encryption_key_file", Poco::Path(s.dataDir).append("pii-encryption.key").toString());
    for (const auto& file : Poco::StringTokenizer(c.getString("pii.previous_encryption_key_files", ""), ",",
                                                  Poco::StringTokenizer::TOK_TRIM | Poco::StringTokenizer::TOK_IGNORE_EMPTY))
        s.previousIdEncryptionKeyFiles.push_back(file);
    s.groupCommit = c.getBool("booking.group_commit", s.groupCommit);
    s.groupCommitMaxBatch = boundedInt(c, "booking.group_commit_max_batch", s.groupCommitMaxBatch, 1, 1024);
    s.clockOffsetDays = boundedInt(c, "dev.clock_offset_days", 0, -36500, 36500);
    s.auditSealIntervalMs = boundedInt(c, "audit.seal_interval_ms", s.auditSealIntervalMs, 50, 60 * 1000);
    s.lotteryIntervalMs = boundedInt(c, "lottery.interval_ms", s.lotteryIntervalMs, 100, 60 * 1000);
    s.lapseIntervalMinutes =
        boundedInt(c, "registrations.lapse_interval_minutes", s.lapseIntervalMinutes, 1, 24 * 60);

    const int scryptLog2 = boundedInt(c, "auth.scrypt_log2_n", 15, 10, 20);
    s.scryptN = std::uint64_t{1} << scryptLog2;
    s.sessionSeconds = boundedInt(c, "auth.session_minutes", 480, 1, 7 * 24 * 60) * 60;
    s.lockoutThreshold = boundedInt(c, "auth.lockout_threshold", 5, 1, 100);
    s.lockoutSeconds = boundedInt(c, "auth.lockout_minutes", 15, 1, 24 * 60) * 60;
    return s;
}

bool ServerConfig::isLoopbackBind() const
{
    Poco::Net::IPAddress address;
    if (!Poco::Net::IPAddress::tryParse(bindAddress, address))
        return bindAddress == "localhost";
    return address.isLoopback();
}

}  // namespace wedreg::server::app
