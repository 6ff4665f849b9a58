// SPDX-License-Identifier: Apache-2.0
#include "core/cert/CborItem.h"

#include "core/cert/CborInputGuard.h"
#include "core/cert/CertificateError.h"

#include <cbor.h>

#include <algorithm>
#include <cstdlib>
#include <limits>

namespace wedreg::core::cert {

namespace {

[[noreturn]] void fail(std::string detail)
{
    throw CertificateError(std::string(reason::kCbor), std::move(detail));
}

cbor_item_t* checked(cbor_item_t* item)
{
    if (!item) {
        fail("out-of-memory");
    }
    return item;
}

// Shortest unsigned form (RFC 8949 §4.2.1): libcbor serialises the width it was built with.
cbor_item_t* buildUnsigned(std::uint64_t value)
{
    if (value <= 0xff) {
        return cbor_build_uint8(static_cast<std::uint8_t>(value));
    }
    if (value <= 0xffff) {
        return cbor_build_uint16(static_cast<std::uint16_t>(value));
    }
    if (value <= 0xffffffffULL) {
        return cbor_build_uint32(static_cast<std::uint32_t>(value));
    }
    return cbor_build_uint64(value);
}

cbor_item_t* buildNegative(std::uint64_t magnitudeMinusOne)
{
    if (magnitudeMinusOne <= 0xff) {
        return cbor_build_negint8(static_cast<std::uint8_t>(magnitudeMinusOne));
    }
    if (magnitudeMinusOne <= 0xffff) {
        return cbor_build_negint16(static_cast<std::uint16_t>(magnitudeMinusOne));
    }
    if (magnitudeMinusOne <= 0xffffffffULL) {
        return cbor_build_negint32(static_cast<std::uint32_t>(magnitudeMinusOne));
    }
    return cbor_build_negint64(magnitudeMinusOne);
}

// Definite and indefinite (chunked) strings alike; libcbor keeps the chunks of indefinite ones.
template<typename IsDefinite, typename Handle, typename Length, typename ChunkCount, typename Chunks>
std::string joinChunks(const cbor_item_t* item, IsDefinite isDefinite, Handle handle, Length length,
                       ChunkCount chunkCount, Chunks chunks)
{
    if (isDefinite(item)) {
        const auto* data = reinterpret_cast<const char*>(handle(item));
        return data ? std::string(data, length(item)) : std::string{};
    }
    std::string out;
    cbor_item_t** parts = chunks(item);
    for (std::size_t i = 0; i < chunkCount(item); ++i) {
        const auto* data = reinterpret_cast<const char*>(handle(parts[i]));
        if (data) {
            out.append(data, length(parts[i]));
        }
    }
    return out;
}

} // namespace

CborItem::~CborItem()
{
    if (m_item) {
        cbor_decref(&m_item);
    }
}

CborItem::CborItem(const CborItem& other)
    : m_item(other.m_item ? cbor_incref(other.m_item) : nullptr)
{
}

CborItem& CborItem::operator=(const CborItem& other)
{
    if (this != &other) {
        CborItem copy(other);
        std::swap(m_item, copy.m_item);
    }
    return *this;
}

CborItem::CborItem(CborItem&& other) noexcept
    : m_item(std::exchange(other.m_item, nullptr))
{
}

CborItem& CborItem::operator=(CborItem&& other) noexcept
{
    std::swap(m_item, other.m_item);
    return *this;
}

CborItem CborItem::adopt(cbor_item_t* item)
{
    return CborItem(checked(item));
}

CborItem CborItem::share(cbor_item_t* item)
{
    return CborItem(item ? cbor_incref(item) : nullptr);
}

CborItem CborItem::integer(std::int64_t value)
{
    if (value >= 0) {
        return adopt(buildUnsigned(static_cast<std::uint64_t>(value)));
    }
    // -1 - value without overflowing at INT64_MIN.
    return adopt(buildNegative(static_cast<std::uint64_t>(-(value + 1))));
}

CborItem CborItem::text(std::string_view value)
{
    return adopt(cbor_build_stringn(value.data(), value.size()));
}

CborItem CborItem::bytes(ByteView value)
{
    return adopt(cbor_build_bytestring(value.data(), value.size()));
}

CborItem CborItem::boolean(bool value)
{
    return adopt(cbor_build_bool(value));
}

CborItem CborItem::array(const std::vector<CborItem>& items)
{
    CborItem out = adopt(cbor_new_definite_array(items.size()));
    for (const auto& item : items) {
        if (item.isNull() || !cbor_array_push(out.m_item, item.m_item)) {
            fail("array-build");
        }
    }
    return out;
}

CborItem CborItem::map(std::vector<std::pair<CborItem, CborItem>> entries)
{
    std::vector<std::pair<Bytes, std::size_t>> order;
    order.reserve(entries.size());
    for (std::size_t i = 0; i < entries.size(); ++i) {
        order.emplace_back(entries[i].first.encode(), i);
    }
    // Bytewise lexicographic order of the encoded keys (RFC 8949 §4.2.1).
    std::sort(order.begin(), order.end());
    for (std::size_t i = 1; i < order.size(); ++i) {
        if (order[i].first == order[i - 1].first) {
            fail("duplicate-key");
        }
    }
    CborItem out = adopt(cbor_new_definite_map(entries.size()));
    for (const auto& [key, index] : order) {
        const auto& entry = entries[index];
        if (entry.second.isNull() || !cbor_map_add(out.m_item, cbor_pair{entry.first.m_item, entry.second.m_item})) {
            fail("map-build");
        }
    }
    return out;
}

CborItem CborItem::tagged(std::uint64_t tag, const CborItem& item)
{
    // cbor_build_tag takes its own reference to the tagged item.
    return adopt(cbor_build_tag(tag, item.m_item));
}

Bytes CborItem::encode() const
{
    if (!m_item) {
        fail("null-item");
    }
    unsigned char* buffer = nullptr;
    std::size_t capacity = 0;
    const std::size_t length = cbor_serialize_alloc(m_item, &buffer, &capacity);
    if (length == 0 || !buffer) {
        std::free(buffer);
        fail("serialize");
    }
    Bytes out(buffer, buffer + length);
    std::free(buffer);
    return out;
}


CborItem CborItem::decode(ByteView data)
{
    const std::vector<std::uint64_t> tags = takeLeadingTags(data);
    if (data.empty()) {
        fail(tags.empty() ? "empty" : "truncated");
    }
    preScan(data);
    cbor_load_result result{};
    cbor_item_t* item = cbor_load(data.data(), data.size(), &result);
    if (!item || result.error.code != CBOR_ERR_NONE) {
        if (item) {
            cbor_decref(&item);
        }
        switch (result.error.code) {
        case CBOR_ERR_NOTENOUGHDATA:
            fail("truncated");
        case CBOR_ERR_MALFORMATED:
        case CBOR_ERR_SYNTAXERROR:
            fail("malformed");
        case CBOR_ERR_MEMERROR:
            fail("out-of-memory");
        default:
            fail("invalid");
        }
    }
    CborItem out(item);
    if (result.read != data.size()) {
        fail("trailing-data");
    }
    for (auto tag = tags.rbegin(); tag != tags.rend(); ++tag) {
        out = tagged(*tag, out);
    }
    return out;
}

std::optional<std::int64_t> CborItem::asInteger() const
{
    if (!m_item || !cbor_is_int(m_item)) {
        return std::nullopt;
    }
    const std::uint64_t raw = cbor_get_int(m_item);
    if (raw > static_cast<std::uint64_t>(std::numeric_limits<std::int64_t>::max())) {
        return std::nullopt;
    }
    const auto value = static_cast<std::int64_t>(raw);
    return cbor_isa_negint(m_item) ? -1 - value : value;
}

std::optional<std::string> CborItem::asText() const
{
    if (!m_item || !cbor_isa_string(m_item)) {
        return std::nullopt;
    }
    return joinChunks(m_item, cbor_string_is_definite, cbor_string_handle, cbor_string_length,
                      cbor_string_chunk_count, cbor_string_chunks_handle);
}

std::optional<Bytes> CborItem::asBytes() const
{
    if (!m_item || !cbor_isa_bytestring(m_item)) {
        return std::nullopt;
    }
    const std::string joined = joinChunks(m_item, cbor_bytestring_is_definite, cbor_bytestring_handle,
                                          cbor_bytestring_length, cbor_bytestring_chunk_count,
                                          cbor_bytestring_chunks_handle);
    return toBytes(joined);
}

std::optional<bool> CborItem::asBoolean() const
{
    if (!m_item || !cbor_is_bool(m_item)) {
        return std::nullopt;
    }
    return cbor_get_bool(m_item);
}

bool CborItem::isArray() const
{
    return m_item && cbor_isa_array(m_item);
}

bool CborItem::isMap() const
{
    return m_item && cbor_isa_map(m_item);
}

bool CborItem::isTag() const
{
    return m_item && cbor_isa_tag(m_item);
}

std::size_t CborItem::arraySize() const
{
    return isArray() ? cbor_array_size(m_item) : 0;
}

CborItem CborItem::at(std::size_t index) const
{
    if (index >= arraySize()) {
        return {};
    }
    return share(cbor_array_handle(m_item)[index]);
}

std::vector<std::pair<CborItem, CborItem>> CborItem::entries() const
{
    std::vector<std::pair<CborItem, CborItem>> out;
    if (!isMap()) {
        return out;
    }
    const cbor_pair* pairs = cbor_map_handle(m_item);
    for (std::size_t i = 0; i < cbor_map_size(m_item); ++i) {
        out.emplace_back(share(pairs[i].key), share(pairs[i].value));
    }
    return out;
}

std::optional<CborItem> CborItem::find(std::int64_t key) const
{
    if (!isMap()) {
        return std::nullopt;
    }
    const cbor_pair* pairs = cbor_map_handle(m_item);
    for (std::size_t i = 0; i < cbor_map_size(m_item); ++i) {
        if (share(pairs[i].key).asInteger() == key) {
            return share(pairs[i].value);
        }
    }
    return std::nullopt;
}

std::optional<std::uint64_t> CborItem::tagValue() const
{
    if (!isTag()) {
        return std::nullopt;
    }
    return cbor_tag_value(m_item);
}

CborItem CborItem::taggedItem() const
{
    // cbor_tag_item returns a new reference.
    return isTag() ? CborItem(cbor_tag_item(m_item)) : CborItem{};
}

} // namespace wedreg::core::cert
