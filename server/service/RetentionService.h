// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <cstddef>
#include <cstdint>

namespace wedreg::server::store {
class AppointmentRepository;
class AuditLog;
class Database;
}  // namespace wedreg::server::store

namespace wedreg::server::service {

// Personal data kept no longer than needed (PIPL art. 19; issue 6): the people on appointments
// that were cancelled or not attended are blanked `days` after that happened. Run daily by the
// server and once by `wedreg-server --purge-expired`; each run that blanks anything leaves one
// audit entry (actor "system", action "retention.purge") in the same transaction.
class RetentionService {
public:
    RetentionService(store::Database& db, store::AppointmentRepository& appointments, store::AuditLog& audit, int days);

    // Returns the number of parties blanked.
    std::size_t purge(std::int64_t nowSeconds);
    int days() const { return m_days; }

private:
    store::Database& m_db;
    store::AppointmentRepository& m_appointments;
    store::AuditLog& m_audit;
    int m_days;
};

}  // namespace wedreg::server::service
