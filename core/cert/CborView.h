// SPDX-License-Identifier: Apache-2.0
#pragma once

// A read-only view of one item of a CborDocument: reads the heads the guard recorded, never the
// bytes again, and copies nothing until a caller asks for a string. The verification hot path
// (COSE_Sign1, CWT claims, certificate claim) reads through it; CborItem remains the builder and the
// reader for what is not hot (trust lists, tickets, JSON dumps). The readers mirror CborItem's: an
// indefinite string reads as its joined chunks, an integer outside int64 is "not an integer".
// A view is valid while its document lives.

#include "core/cert/CborInputGuard.h"
#include "core/crypto/Bytes.h"

#include <cstdint>
#include <optional>
#include <string>

namespace wedreg::core::cert {

class CborView
{
public:
    using Major = CborMajor;

    CborView(const CborHead* tape, ByteView data, std::size_t index) noexcept
        : m_tape(tape)
        , m_data(data)
        , m_index(index)
    {
    }

    Major major() const noexcept { return head().major; }
    bool isIndefinite() const noexcept { return head().indefinite; }
    // The whole item as encoded (head and content).
    ByteView encoded() const;

    std::optional<std::int64_t> asInteger() const;
    std::optional<std::string> asText() const;
    // A bstr's content (chunks joined) into `out`; false, leaving `out` alone, for anything else.
    bool readBytes(Bytes& out) const;
    std::optional<Bytes> asBytes() const;
    std::optional<std::uint64_t> tagValue() const;
    // The item a tag wraps; nullopt when this is not a tag.
    std::optional<CborView> taggedItem() const;

    // The elements of an array, the keys and values (alternating) of a map, the chunks of an
    // indefinite string, in order.
    class Children
    {
    public:
        bool atEnd() const noexcept { return m_index >= m_end; }
        CborView next();

    private:
        friend class CborView;
        Children(const CborHead* tape, ByteView data, std::size_t first, std::size_t end)
            : m_tape(tape)
            , m_data(data)
            , m_index(first)
            , m_end(end)
        {
        }
        const CborHead* m_tape;
        ByteView m_data;
        std::size_t m_index;
        std::size_t m_end;
    };
    Children children() const;
    // Elements of an array, entries of a map; 0 for anything else.
    std::size_t size() const;

    // The key as libcbor would serialise it again (CborItem::encode): equal for keys that CborItem's
    // maps would call duplicates. Integers and short definite strings without allocating.
    std::string keyIdentity() const;

private:
    const CborHead& head() const noexcept { return m_tape[m_index]; }
    std::size_t end() const;

    const CborHead* m_tape;
    ByteView m_data;
    std::size_t m_index;
};

} // namespace wedreg::core::cert
