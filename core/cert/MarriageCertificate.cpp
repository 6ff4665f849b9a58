// SPDX-License-Identifier: Apache-2.0
#include "core/cert/MarriageCertificate.h"

#include "core/cert/CertificateError.h"
#include "core/cert/CertificateIdentifier.h"

#include <array>
#include <optional>

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

// The values of a map whose every key is an integer label in [1, N], none repeated; an absent
// label reads as nullopt.
template<std::size_t N>
std::array<std::optional<CborView>, N + 1> readLabels(const CborView& map, const char* what)
{
    if (map.major() != CborView::Major::Map) {
        fail(what);
    }
    std::array<std::optional<CborView>, N + 1> values;
    for (auto items = map.children(); !items.atEnd();) {
        const auto label = items.next().asInteger();
        const CborView value = items.next();
        if (!label || *label < 1 || *label > static_cast<std::int64_t>(N)) {
            fail("unknown-label");
        }
        auto& slot = values[static_cast<std::size_t>(*label)];
        if (slot) {
            fail("duplicate-label");
        }
        slot = value;
    }
    return values;
}

std::string requireText(const std::optional<CborView>& item, const char* field, bool allowEmpty = false)
{
    auto text = item ? item->asText() : std::nullopt;
    if (!text || (!allowEmpty && text->empty()) || text->size() > kMaxTextLength) {
        fail(field);
    }
    return std::move(*text);
}

// RFC 8943 tag 100: days since 1970-01-01. Five bytes instead of eleven for "YYYY-MM-DD", which is
// what keeps a two-party certificate under the 450-character QR budget with SM2's longer alg id.
constexpr std::uint64_t kDaysSinceEpochTag = 100;

CborItem dateItem(Date date)
{
    const auto days = std::chrono::sys_days{date}.time_since_epoch().count();
    return CborItem::tagged(kDaysSinceEpochTag, CborItem::integer(days));
}

Date requireDate(const std::optional<CborView>& item, const char* field)
{
    if (!item || item->tagValue() != kDaysSinceEpochTag) {
        fail(field);
    }
    const auto days = item->taggedItem()->asInteger();
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

MarriageCertificate MarriageCertificate::fromCbor(const CborView& item)
{
    const auto fields = readLabels<kPartiesLabel>(item, "not-map");
    MarriageCertificate out;
    if (!fields[kVersionLabel] || fields[kVersionLabel]->asInteger() != kVersion) {
        fail("version");
    }
    out.identifier = requireText(fields[kIdentifierLabel], "identifier");
    if (!CertificateIdentifier::tryParse(out.identifier)) {
        fail("identifier");
    }
    out.registrationDate = requireDate(fields[kRegistrationDateLabel], "registration-date");
    out.officeCode = requireText(fields[kOfficeLabel], "office");
    const auto& kindItem = fields[kKindLabel];
    const auto kind = kindItem && kindItem->asInteger() ? certificateKindFromCode(*kindItem->asInteger()) : std::nullopt;
    if (!kind) {
        fail("kind");
    }
    out.kind = *kind;
    const auto& parties = fields[kPartiesLabel];
    if (!parties || parties->major() != CborView::Major::Array || parties->size() == 0
        || parties->size() > kMaxParties) {
        fail("parties");
    }
    out.parties.reserve(parties->size());
    for (auto items = parties->children(); !items.atEnd();) {
        const auto party = readLabels<kMaskedIdLabel>(items.next(), "party");
        CertificateParty entry;
        entry.name = requireText(party[kNameLabel], "party-name");
        entry.latinName = requireText(party[kLatinNameLabel], "party-latin-name", true);
        entry.birthDate = requireDate(party[kBirthDateLabel], "party-birth-date");
        entry.nationality = requireText(party[kNationalityLabel], "party-nationality");
        entry.maskedId = requireText(party[kMaskedIdLabel], "party-masked-id");
        out.parties.push_back(std::move(entry));
    }
    return out;
}

} // namespace wedreg::core::cert
