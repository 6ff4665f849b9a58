// SPDX-License-Identifier: Apache-2.0
#pragma once

// A couple's entry ticket for a collective ceremony, in the certificate format family (DESIGN §7):
//   "MT1:" ‖ Base45( zlib( COSE_Sign1( CWT {1 iss, 6 iat, 7 cti, -70002 ticket} ) ) )
// signed by the venue's office key, so a door scanner checks it with the trust list and no network.
// The ticket claim holds no ID number and only masked names: {1 ticket id, 2 event id, 3 day,
// 4 session position, 5 sign-up number, 6 names}.

#include "core/cert/CoseSigner.h"
#include "core/cert/TrustStore.h"

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>

namespace wedreg::core::cert {

struct CeremonyTicket
{
    static constexpr std::string_view kPrefix = "MT1:";
    static constexpr std::int64_t kTicketClaim = -70002;

    std::string ticketId;
    std::string eventId;
    std::string day;
    int sessionPosition = 0;
    int sequence = 0;
    std::string names;  // masked: "王** & 李*"

    // The QR text, signed by `signer`; `issuer` is the office code (CWT iss).
    std::string issue(const std::string& issuer, std::int64_t issuedAt, const CoseSigner& signer) const;
};

// The offline verdict at the door.
struct TicketVerdict
{
    bool valid = false;
    std::string reason;  // empty when valid; a reason:: code of the certificate verifier or "ticket-claim"
    CeremonyTicket ticket;
    std::string office;
};

// Verifies a scanned ticket against a trust list (kiosk and server alike). Never throws for
// anything in the scanned text.
class CeremonyTicketVerifier
{
public:
    explicit CeremonyTicketVerifier(std::shared_ptr<const TrustStore> trust);
    TicketVerdict verify(std::string_view text, std::optional<std::int64_t> now = std::nullopt) const;

private:
    std::shared_ptr<const TrustStore> m_trust;
};

} // namespace wedreg::core::cert
