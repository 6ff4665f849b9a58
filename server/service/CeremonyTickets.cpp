// SPDX-License-Identifier: Apache-2.0
#include "server/service/CeremonyTickets.h"

#include "core/Errors.h"
#include "server/service/CertificateService.h"

namespace wedreg::server::service {

CeremonyTickets::CeremonyTickets(const CertificateService& certificates)
    : m_certificates(certificates)
{
}

std::optional<std::string> CeremonyTickets::issue(const std::string& officeCode,
                                                  const core::cert::CeremonyTicket& ticket,
                                                  std::int64_t nowSeconds) const
{
    if (!m_certificates.configured() || officeCode.empty())
        return std::nullopt;
    try {
        return ticket.issue(officeCode, nowSeconds, m_certificates.signerFor(officeCode));
    } catch (const core::Unavailable&) {
        return std::nullopt;
    }
}

core::cert::TicketVerdict CeremonyTickets::verify(const std::string& text, std::int64_t nowSeconds) const
{
    return core::cert::CeremonyTicketVerifier(m_certificates.trustList().store).verify(text, nowSeconds);
}

}  // namespace wedreg::server::service
