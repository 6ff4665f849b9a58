// SPDX-License-Identifier: Apache-2.0
#include "core/cert/MarriageCertificate.h"

#include "core/cert/CertificateError.h"
#include "core/cert/CertificateIdentifier.h"

#include <set>

namespace wedreg::core::cert {

namespace {

enum Label : std::int64_t {
    kVersionLabel = 1,
    kIdentifierLabel = 2,
    kRegistrationDateLabel = 3,
    kOfficeLabel = 4,
    kKindLabel = 5,
    kPartiesLabel = 6,
};

enum PartyLabel : std::int64_t {
    kNameLabel = 1,
    kLatinNameLabel = 2,
    kBirthDateLabel = 3,
    kNationalityLabel = 4,
    kMaskedIdLabel = 5,
};

constexpr std::size_t kMaxTextLength = 256;

[[noreturn]] void fail(std::string detail)
{
    throw CertificateError(std::string(reason::kPayload), std::move(detail));
}

// Every key an integer label in [1, maxLabel], none repeated.
void requireLabels(const CborItem& map, std::int64_t maxLabel, const char* what)
{
    if (!map.isMap()) {
        fail(what);
    }
    std::set<std::int64_t> seen;
    for (const auto& [key, value] : map.entries()) {
        const auto label = key.asInteger();
        if (!label || *label < 1 || *label > maxLabel) {
            fail("unknown-label");
        }
        if (!seen.insert(*label).second) {
            fail("duplicate-label");
        }
    }
}

std::string requireText(const CborItem& map, std::int64_t label, const char* field, bool allowEmpty = false)
{
    const auto item = map.find(label);
    const auto text = item ? item->asText() : std::nullopt;
    if (!text || (!allowEmpty && text->empty()) || text->size() > kMaxTextLength) {
        fail(field);
    }
    return *text;
}

// RFC 8943 tag 100: days since 1970-01-01. Five bytes instead of eleven for "YYYY-MM-DD", which is
// what keeps a two-party certificate under the 450-character QR budget with SM2's longer alg id.
constexpr std::uint64_t kDaysSinceEpochTag = 100;

CborItem dateItem(Date date)
{
    const auto days = std::chrono::sys_days{date}.time_since_epoch().count();
    return CborItem::tagged(kDaysSinceEpochTag, CborItem::integer(days));
}

Date requireDate(const CborItem& map, std::int64_t label, const char* field)
{
    const auto item = map.find(label);
    if (!item || item->tagValue() != kDaysSinceEpochTag) {
        fail(field);
    }
    const auto days = item->taggedItem().asInteger();
    // Years 0001-9999, the range the rest of the domain (and ISO strings) can represent.
    constexpr std::int64_t kMin = -719162;
    constexpr std::int64_t kMax = 2932896;
    if (!days || *days < kMin || *days > kMax) {
        fail(field);
    }
    return Date{std::chrono::sys_days{std::chrono::days{*days}}};
}

} // namespace

CborItem MarriageCertificate::toCbor() const
{
    std::vector<CborItem> partyItems;
    for (const auto& party : parties) {
        partyItems.push_back(CborItem::map({
            {CborItem::integer(kNameLabel), CborItem::text(party.name)},
            {CborItem::integer(kLatinNameLabel), CborItem::text(party.latinName)},
            {CborItem::integer(kBirthDateLabel), dateItem(party.birthDate)},
            {CborItem::integer(kNationalityLabel), CborItem::text(party.nationality)},
            {CborItem::integer(kMaskedIdLabel), CborItem::text(party.maskedId)},
        }));
    }
    return CborItem::map({
        {CborItem::integer(kVersionLabel), CborItem::integer(version)},
        {CborItem::integer(kIdentifierLabel), CborItem::text(identifier)},
        {CborItem::integer(kRegistrationDateLabel), dateItem(registrationDate)},
        {CborItem::integer(kOfficeLabel), CborItem::text(officeCode)},
        {CborItem::integer(kKindLabel), CborItem::integer(static_cast<std::int64_t>(kind))},
        {CborItem::integer(kPartiesLabel), CborItem::array(partyItems)},
    });
}

MarriageCertificate MarriageCertificate::fromCbor(const CborItem& item)
{
    requireLabels(item, kPartiesLabel, "not-map");
    MarriageCertificate out;
    const auto version = item.find(kVersionLabel);
    if (!version || version->asInteger() != kVersion) {
        fail("version");
    }
    out.identifier = requireText(item, kIdentifierLabel, "identifier");
    if (!CertificateIdentifier::tryParse(out.identifier)) {
        fail("identifier");
    }
    out.registrationDate = requireDate(item, kRegistrationDateLabel, "registration-date");
    out.officeCode = requireText(item, kOfficeLabel, "office");
    const auto kindItem = item.find(kKindLabel);
    const auto kind = kindItem && kindItem->asInteger() ? certificateKindFromCode(*kindItem->asInteger()) : std::nullopt;
    if (!kind) {
        fail("kind");
    }
    out.kind = *kind;
    const auto parties = item.find(kPartiesLabel);
    if (!parties || !parties->isArray() || parties->arraySize() == 0 || parties->arraySize() > kMaxParties) {
        fail("parties");
    }
    for (std::size_t i = 0; i < parties->arraySize(); ++i) {
        const CborItem partyItem = parties->at(i);
        requireLabels(partyItem, kMaskedIdLabel, "party");
        CertificateParty party;
        party.name = requireText(partyItem, kNameLabel, "party-name");
        party.latinName = requireText(partyItem, kLatinNameLabel, "party-latin-name", true);
        party.birthDate = requireDate(partyItem, kBirthDateLabel, "party-birth-date");
        party.nationality = requireText(partyItem, kNationalityLabel, "party-nationality");
        party.maskedId = requireText(partyItem, kMaskedIdLabel, "party-masked-id");
        out.parties.push_back(std::move(party));
    }
    return out;
}

} // namespace wedreg::core::cert
