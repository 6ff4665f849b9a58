// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <cstdint>
#include <string>
#include <vector>

namespace wedreg::server::store {

class Database;
class WriteTransaction;

// One state change, as the audit log keeps it (DESIGN §6). No personal data: ids, statuses and
// masked IDs at most.
struct AuditEntry {
    std::string actor;          // "staff:<username>", "kiosk:<hall id>", "couple", "system"
    std::string action;         // "<object kind>.<verb>", e.g. "appointment.book", "registration.marriage"
    std::string object;         // "<object kind>:<id>", e.g. "appointment:9f2c..."
    std::string detail = "{}";  // a JSON object
};

// A break in the chain, named by position and row id.
struct AuditFinding {
    std::int64_t chainPos = 0;
    std::string rowId;
    std::string problem;  // "edited" | "missing-before" | "unlinked" | "beyond-head" | "head-mismatch"
};

struct AuditReport {
    std::int64_t sealed = 0;   // rows in the chain
    std::int64_t pending = 0;  // rows written but not sealed yet
    std::vector<AuditFinding> findings;
    bool intact() const { return findings.empty(); }
};

// The append-only, hash-chained audit log (server/store/sql/0003_audit.sql). append() writes a row
// in the caller's transaction, so the change and its record commit or vanish together; seal()
// chains the rows written since the last seal, under the audit_head row lock (one sealer at a time
// across servers); verify() walks the chain and names the first row where it breaks.
class AuditLog {
public:
    explicit AuditLog(Database& db);

    void append(WriteTransaction& tx, const AuditEntry& entry, std::int64_t atSeconds);
    // Chains up to `limit` unsealed rows in (at, id) order; returns how many were sealed.
    std::int64_t seal(std::int64_t limit = 5000);
    // Seals until nothing is pending (start-up, shutdown).
    std::int64_t sealAll();
    AuditReport verify();

    // SHA-256 (hex) over length-prefixed fields: a field can never be shifted into its neighbour.
    static std::string rowHash(std::int64_t chainPos, const std::string& id, std::int64_t at, const std::string& actor,
                               const std::string& action, const std::string& object, const std::string& detail,
                               const std::string& prevHash);

private:
    Database& m_db;
};

}  // namespace wedreg::server::store
