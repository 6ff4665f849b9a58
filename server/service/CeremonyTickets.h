// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/cert/CeremonyTicket.h"

#include <cstdint>
#include <optional>
#include <string>

namespace wedreg::server::service {

class CertificateService;

// Ceremony tickets signed with the venue office's certificate key and checked against the same
// trust list a kiosk holds (core::cert::CeremonyTicketVerifier), so the door needs no network.
class CeremonyTickets {
public:
    explicit CeremonyTickets(const CertificateService& certificates);

    // Nothing when the server has no signing keys or none for that office (a ticket is a
    // convenience; the seat exists without it).
    std::optional<std::string> issue(const std::string& officeCode, const core::cert::CeremonyTicket& ticket,
                                     std::int64_t nowSeconds) const;
    // Throws core::Unavailable{"trust-list"} when the server has no trust list.
    core::cert::TicketVerdict verify(const std::string& text, std::int64_t nowSeconds) const;

private:
    const CertificateService& m_certificates;
};

}  // namespace wedreg::server::service
