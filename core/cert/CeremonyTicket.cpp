// SPDX-License-Identifier: Apache-2.0
#include "core/cert/CeremonyTicket.h"

#include "core/cert/CborItem.h"
#include "core/cert/CertificateCodec.h"
#include "core/cert/CertificateVerifier.h"
#include "core/cert/CoseSign1.h"
#include "core/cert/CwtClaims.h"

#include <limits>

namespace wedreg::core::cert {
namespace {

enum TicketKey : std::int64_t { kId = 1, kEvent = 2, kDay = 3, kSession = 4, kSequence = 5, kNames = 6 };

std::optional<std::string> textAt(const CborItem& map, std::int64_t key)
{
    const auto item = map.find(key);
    return item ? item->asText() : std::nullopt;
}

std::optional<int> smallIntAt(const CborItem& map, std::int64_t key)
{
    const auto item = map.find(key);
    const auto value = item ? item->asInteger() : std::nullopt;
    if (!value || *value < 0 || *value > std::numeric_limits<int>::max())
        return std::nullopt;
    return static_cast<int>(*value);
}

} // namespace

std::string CeremonyTicket::issue(const std::string& issuer, std::int64_t issuedAt, const CoseSigner& signer) const
{
    const auto ticket = CborItem::map({
        {CborItem::integer(kId), CborItem::text(ticketId)},
        {CborItem::integer(kEvent), CborItem::text(eventId)},
        {CborItem::integer(kDay), CborItem::text(day)},
        {CborItem::integer(kSession), CborItem::integer(sessionPosition)},
        {CborItem::integer(kSequence), CborItem::integer(sequence)},
        {CborItem::integer(kNames), CborItem::text(names)},
    });
    const auto claims = CborItem::map({
        {CborItem::integer(CwtClaims::kIssuer), CborItem::text(issuer)},
        {CborItem::integer(CwtClaims::kIssuedAt), CborItem::integer(issuedAt)},
        {CborItem::integer(CwtClaims::kCwtId), CborItem::bytes(CwtClaims::newCti())},
        {CborItem::integer(kTicketClaim), ticket},
    });
    const auto payload = claims.encode();
    return CertificateCodec::wrap(CoseSign1::sign(payload, signer), kPrefix);
}

CeremonyTicketVerifier::CeremonyTicketVerifier(std::shared_ptr<const TrustStore> trust)
    : m_trust(std::move(trust))
{
}

TicketVerdict CeremonyTicketVerifier::verify(std::string_view text, std::optional<std::int64_t> now) const
{
    CertificateVerifier::Options options;
    options.prefix = std::string(CeremonyTicket::kPrefix);
    options.requireCertificateClaim = false;
    options.now = now;
    const auto result = CertificateVerifier(m_trust, options).verify(text);
    TicketVerdict verdict;
    verdict.office = result.office;
    if (!result.valid()) {
        verdict.reason = result.reason.empty() ? "signature" : result.reason;
        return verdict;
    }
    // The signature is good: read the ticket claim from the signed payload.
    try {
        const auto claims = CwtClaims::decodeMap(result.layers.sign1->payload());
        const auto ticket = claims.find(CeremonyTicket::kTicketClaim);
        if (!ticket || !ticket->isMap()) {
            verdict.reason = "ticket-claim";
            return verdict;
        }
        const auto id = textAt(*ticket, kId);
        const auto event = textAt(*ticket, kEvent);
        const auto day = textAt(*ticket, kDay);
        const auto names = textAt(*ticket, kNames);
        const auto session = smallIntAt(*ticket, kSession);
        const auto sequence = smallIntAt(*ticket, kSequence);
        if (!id || !event || !day || !names || !session || !sequence) {
            verdict.reason = "ticket-claim";
            return verdict;
        }
        verdict.ticket = {*id, *event, *day, *session, *sequence, *names};
        verdict.valid = true;
    } catch (const std::exception&) {
        verdict.reason = "ticket-claim";
    }
    return verdict;
}

} // namespace wedreg::core::cert
