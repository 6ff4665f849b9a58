// SPDX-License-Identifier: Apache-2.0
#pragma once

// A reference-counted libcbor item with builders that produce deterministic CBOR (RFC 8949 §4.2.1:
// shortest integer and length forms, definite lengths, map keys sorted by their encoded bytes) and
// readers that never trust the input's shape. libcbor does the encoding and parsing; this class only
// owns references and chooses the forms.

#include "core/crypto/Bytes.h"

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

struct cbor_item_t;

namespace wedreg::core::cert {

class CborItem
{
public:
    CborItem() = default;
    ~CborItem();
    CborItem(const CborItem& other);
    CborItem& operator=(const CborItem& other);
    CborItem(CborItem&& other) noexcept;
    CborItem& operator=(CborItem&& other) noexcept;

    // Takes over one reference the caller owns (as returned by libcbor's builders).
    static CborItem adopt(cbor_item_t* item);
    // Adds a reference to an item owned elsewhere (array elements, map pairs).
    static CborItem share(cbor_item_t* item);

    // Builders.
    static CborItem integer(std::int64_t value);
    static CborItem text(std::string_view value);
    static CborItem bytes(ByteView value);
    static CborItem boolean(bool value);
    static CborItem array(const std::vector<CborItem>& items);
    // Keys sorted by encoded bytes; throws CertificateError{"cbor", "duplicate-key"} on a repeated key.
    static CborItem map(std::vector<std::pair<CborItem, CborItem>> entries);
    static CborItem tagged(std::uint64_t tag, const CborItem& item);

    Bytes encode() const;

    // Parses exactly one item spanning all of `data`. Throws CertificateError{"cbor", detail}.
    static CborItem decode(ByteView data);

    bool isNull() const noexcept { return m_item == nullptr; }
    cbor_item_t* get() const noexcept { return m_item; }

    // Readers: nullopt when the item is not of that type (or an integer does not fit int64).
    std::optional<std::int64_t> asInteger() const;
    std::optional<std::string> asText() const;
    std::optional<Bytes> asBytes() const;
    std::optional<bool> asBoolean() const;
    bool isArray() const;
    bool isMap() const;
    bool isTag() const;
    std::size_t arraySize() const;
    CborItem at(std::size_t index) const;
    std::vector<std::pair<CborItem, CborItem>> entries() const;
    // The value under an integer key of a map; nullopt if absent or not a map.
    std::optional<CborItem> find(std::int64_t key) const;
    std::optional<std::uint64_t> tagValue() const;
    CborItem taggedItem() const;

private:
    explicit CborItem(cbor_item_t* item) noexcept
        : m_item(item)
    {
    }

    cbor_item_t* m_item = nullptr;
};

} // namespace wedreg::core::cert
