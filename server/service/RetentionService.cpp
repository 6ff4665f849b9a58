// SPDX-License-Identifier: Apache-2.0
#include "server/service/RetentionService.h"

#include "server/store/AppointmentRepository.h"
#include "server/store/AuditLog.h"
#include "server/store/WriteTransaction.h"

#include <string>

namespace wedreg::server::service {

RetentionService::RetentionService(store::Database& db, store::AppointmentRepository& appointments,
                                   store::AuditLog& audit, int days)
    : m_db(db)
    , m_appointments(appointments)
    , m_audit(audit)
    , m_days(days)
{
}

std::size_t RetentionService::purge(std::int64_t nowSeconds)
{
    const std::int64_t before = nowSeconds - std::int64_t{m_days} * 86400;
    store::WriteTransaction tx(m_db);
    const auto blanked = m_appointments.purgePersonalData(tx, before);
    if (blanked == 0) {
        tx.rollback();
        return 0;
    }
    m_audit.append(tx,
                   {"system", "retention.purge", "appointments",
                    "{\"parties\":" + std::to_string(blanked) + ",\"days\":" + std::to_string(m_days) +
                        ",\"before\":" + std::to_string(before) + "}"},
                   nowSeconds);
    tx.commit();
    return blanked;
}

}  // namespace wedreg::server::service
