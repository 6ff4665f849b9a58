// SPDX-License-Identifier: Apache-2.0
#include "core/cert/TrustList.h"

#include "core/cert/CborItem.h"
#include "core/cert/CertificateError.h"
#include "core/cert/CoseSign1.h"
#include "core/cert/TrustListError.h"
#include "core/crypto/CryptoError.h"
#include "core/crypto/Keys.h"

#include <nlohmann/json.hpp>
#include <openssl/evp.h>

#include <ctime>
#include <limits>
#include <set>

namespace wedreg::core::cert {

namespace {

[[noreturn]] void fail(std::string detail)
{
    throw TrustListError(std::string(trust_list_error::kFormat), std::move(detail));
}

// A text-keyed map read strictly: every key a text string, no repeats, none outside `allowed`.
std::map<std::string, CborItem> readMap(const CborItem& item, const std::set<std::string>& allowed,
                                        const std::string& where)
{
    if (!item.isMap()) {
        fail(where + ":not-map");
    }
    std::map<std::string, CborItem> out;
    for (auto& [key, value] : item.entries()) {
        const auto name = key.asText();
        if (!name || !allowed.contains(*name)) {
            fail(where + ":unknown-key");
        }
        if (!out.emplace(*name, value).second) {
            fail(where + ":duplicate-key");
        }
    }
    return out;
}

const CborItem& required(const std::map<std::string, CborItem>& map, const std::string& key, const std::string& where)
{
    const auto it = map.find(key);
    if (it == map.end()) {
        fail(where + ":" + key + ":missing");
    }
    return it->second;
}

std::int64_t requiredInteger(const std::map<std::string, CborItem>& map, const std::string& key,
                             const std::string& where)
{
    const auto value = required(map, key, where).asInteger();
    if (!value) {
        fail(where + ":" + key + ":type");
    }
    return *value;
}

TrustListEntry decodeEntry(const CborItem& item, std::size_t index)
{
    const std::string where = "entries[" + std::to_string(index) + "]";
    const auto map = readMap(item, {"kid", "office", "alg", "certificate", "status", "revoked_at"}, where);
    TrustListEntry entry;
    const auto kid = required(map, "kid", where).asBytes();
    const auto office = required(map, "office", where).asText();
    const auto certificate = required(map, "certificate", where).asBytes();
    const auto status = required(map, "status", where).asText();
    if (!kid || !office || !certificate || !status) {
        fail(where + ":type");
    }
    const auto algorithm = coseAlgorithmFromId(requiredInteger(map, "alg", where));
    if (!algorithm) {
        fail(where + ":alg");
    }
    entry.kid = *kid;
    entry.office = *office;
    entry.algorithm = *algorithm;
    entry.certificateDer = *certificate;
    const bool revoked = *status == TrustListEntry::kStatusRevoked;
    if (!revoked && *status != TrustListEntry::kStatusActive) {
        fail(where + ":status");
    }
    // Revoked needs a time (else which certificates stay valid?); active must not carry one.
    if (revoked != map.contains("revoked_at")) {
        fail(where + ":revoked_at");
    }
    if (revoked) {
        entry.revokedAt = requiredInteger(map, "revoked_at", where);
    }

    // The certificate is the truth; kid and alg are only labels a person reads. Check they agree.
    try {
        const crypto::X509Ptr x509 = crypto::parseCertificateDer(entry.certificateDer);
        const TrustListEntry derived = TrustListEntry::fromCertificate(x509.get(), entry.office);
        if (derived.kid != entry.kid) {
            fail(where + ":kid-mismatch");
        }
        if (derived.algorithm != entry.algorithm) {
            fail(where + ":alg-mismatch");
        }
    } catch (const crypto::CryptoError&) {
        fail(where + ":certificate");
    }
    return entry;
}

std::string base64(ByteView bytes)
{
    std::string out(4 * ((bytes.size() + 2) / 3) + 1, '\0');
    const int length = EVP_EncodeBlock(reinterpret_cast<unsigned char*>(out.data()), bytes.data(),
                                       static_cast<int>(bytes.size()));
    out.resize(static_cast<std::size_t>(length));
    return out;
}

} // namespace

TrustListEntry TrustListEntry::fromCertificate(const X509* certificate, std::string office)
{
    const TrustEntry trusted = TrustEntry::fromCertificate(certificate, std::move(office));
    TrustListEntry entry;
    entry.kid = trusted.kid;
    entry.office = trusted.office;
    entry.algorithm = trusted.algorithm;
    entry.certificateDer = trusted.certificateDer;
    return entry;
}

Bytes TrustList::encode() const
{
    if (seq > static_cast<std::uint64_t>(std::numeric_limits<std::int64_t>::max())) {
        throw TrustListError(std::string(trust_list_error::kFormat), "seq:range");
    }
    std::vector<CborItem> items;
    items.reserve(entries.size());
    for (const auto& entry : entries) {
        std::vector<std::pair<CborItem, CborItem>> fields{
            {CborItem::text("kid"), CborItem::bytes(entry.kid)},
            {CborItem::text("office"), CborItem::text(entry.office)},
            {CborItem::text("alg"), CborItem::integer(static_cast<std::int64_t>(entry.algorithm))},
            {CborItem::text("certificate"), CborItem::bytes(entry.certificateDer)},
            {CborItem::text("status"), CborItem::text(entry.status())},
        };
        if (entry.revokedAt) {
            fields.emplace_back(CborItem::text("revoked_at"), CborItem::integer(*entry.revokedAt));
        }
        items.push_back(CborItem::map(std::move(fields)));
    }
    return CborItem::map({{CborItem::text("seq"), CborItem::integer(static_cast<std::int64_t>(seq))},
                          {CborItem::text("issued_at"), CborItem::integer(issuedAt)},
                          {CborItem::text("next_update"), CborItem::integer(nextUpdate)},
                          {CborItem::text("entries"), CborItem::array(items)}})
        .encode();
}

TrustList TrustList::decode(ByteView payload)
{
    CborItem root;
    try {
        root = CborItem::decode(payload);
    } catch (const CertificateError& error) {
        fail("cbor:" + error.detail());
    }
    const auto map = readMap(root, {"seq", "issued_at", "next_update", "entries"}, "list");
    TrustList list;
    const std::int64_t seq = requiredInteger(map, "seq", "list");
    if (seq < 0) {
        fail("list:seq:range");
    }
    list.seq = static_cast<std::uint64_t>(seq);
    list.issuedAt = requiredInteger(map, "issued_at", "list");
    list.nextUpdate = requiredInteger(map, "next_update", "list");
    const CborItem& entries = required(map, "entries", "list");
    if (!entries.isArray()) {
        fail("list:entries:type");
    }
    if (entries.arraySize() > kMaxEntries) {
        fail("list:entries:too-many");
    }
    std::set<Bytes> kids;
    for (std::size_t i = 0; i < entries.arraySize(); ++i) {
        TrustListEntry entry = decodeEntry(entries.at(i), i);
        if (!kids.insert(entry.kid).second) {
            fail("entries[" + std::to_string(i) + "]:duplicate-kid"); // which one would a verifier use?
        }
        list.entries.push_back(std::move(entry));
    }
    return list;
}

Bytes TrustList::sign(const CoseSigner& signer, const X509* signerCertificate) const
{
    return CoseSign1::sign(encode(), signer, crypto::certificateDer(signerCertificate));
}

std::shared_ptr<TrustStore> TrustList::toTrustStore() const
{
    auto store = std::make_shared<TrustStore>();
    for (const auto& entry : entries) {
        const crypto::X509Ptr x509 = crypto::parseCertificateDer(entry.certificateDer);
        TrustEntry trusted = TrustEntry::fromCertificate(x509.get(), entry.office);
        trusted.revokedAt = entry.revokedAt;
        store->add(std::move(trusted));
    }
    return store;
}

nlohmann::json TrustList::toJson() const
{
    nlohmann::json out{{"seq", seq},
                       {"issued_at", issuedAt},
                       {"issued_at_utc", isoUtc(issuedAt)},
                       {"next_update", nextUpdate},
                       {"next_update_utc", isoUtc(nextUpdate)},
                       {"entries", nlohmann::json::array()}};
    for (const auto& entry : entries) {
        nlohmann::json item{{"kid", toHex(entry.kid)},
                            {"office", entry.office},
                            {"alg", std::string(coseAlgorithmName(entry.algorithm))},
                            {"status", std::string(entry.status())},
                            {"certificate", base64(entry.certificateDer)}};
        if (entry.revokedAt) {
            item["revoked_at"] = *entry.revokedAt;
            item["revoked_at_utc"] = isoUtc(*entry.revokedAt);
        }
        out["entries"].push_back(std::move(item));
    }
    return out;
}

std::string isoUtc(std::int64_t epochSeconds)
{
    const auto seconds = static_cast<std::time_t>(epochSeconds);
    std::tm utc{};
    if (!gmtime_r(&seconds, &utc)) {
        return {};
    }
    char buffer[32];
    const std::size_t length = std::strftime(buffer, sizeof buffer, "%Y-%m-%dT%H:%M:%SZ", &utc);
    return std::string(buffer, length);
}

} // namespace wedreg::core::cert
