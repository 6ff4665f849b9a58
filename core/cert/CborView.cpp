// SPDX-License-Identifier: Apache-2.0
#include "core/cert/CborView.h"

#include "core/cert/CborItem.h"
#include "core/cert/CertificateError.h"

#include <cbor.h>

#include <limits>

namespace wedreg::core::cert {

namespace {

[[noreturn]] void fail(std::string detail)
{
    throw CertificateError(std::string(reason::kCbor), std::move(detail));
}

} // namespace

std::size_t CborView::end() const
{
    // A tag ends with its item (chains of tags, which the guard does not count as nesting, are
    // walked in a loop); a leaf with its head (a definite string's content included); a container
    // with its last child, plus the break of an indefinite one. Recursion follows containers only.
    std::size_t index = m_index;
    while (m_tape[index].major == Major::Tag) {
        ++index;
    }
    const CborHead& self = m_tape[index];
    if (self.next == index + 1) {
        return self.headEnd + (self.indefinite ? 1 : 0);
    }
    std::size_t last = index + 1;
    for (std::size_t child = last; child < self.next; child = m_tape[child].next) {
        last = child;
    }
    return CborView(m_tape, m_data, last).end() + (self.indefinite ? 1 : 0);
}

ByteView CborView::encoded() const
{
    const std::size_t begin = head().offset;
    return m_data.subspan(begin, end() - begin);
}

std::optional<std::int64_t> CborView::asInteger() const
{
    const CborHead& self = head();
    if ((self.major != Major::Unsigned && self.major != Major::Negative)
        || self.argument > static_cast<std::uint64_t>(std::numeric_limits<std::int64_t>::max())) {
        return std::nullopt;
    }
    const auto value = static_cast<std::int64_t>(self.argument);
    return self.major == Major::Negative ? -1 - value : value;
}

std::optional<std::string> CborView::asText() const
{
    const CborHead& self = head();
    if (self.major != Major::Text) {
        return std::nullopt;
    }
    if (!self.indefinite) {
        return std::string(reinterpret_cast<const char*>(self.string.data()), self.string.size());
    }
    std::string out;
    for (auto chunks = children(); !chunks.atEnd();) {
        const ByteView chunk = chunks.next().head().string;
        out.append(reinterpret_cast<const char*>(chunk.data()), chunk.size());
    }
    return out;
}

bool CborView::readBytes(Bytes& out) const
{
    const CborHead& self = head();
    if (self.major != Major::Bytes) {
        return false;
    }
    if (!self.indefinite) {
        out.assign(self.string.begin(), self.string.end());
        return true;
    }
    out.clear();
    for (auto chunks = children(); !chunks.atEnd();) {
        const ByteView chunk = chunks.next().head().string;
        out.insert(out.end(), chunk.begin(), chunk.end());
    }
    return true;
}

std::optional<Bytes> CborView::asBytes() const
{
    Bytes out;
    if (!readBytes(out)) {
        return std::nullopt;
    }
    return out;
}

std::optional<std::uint64_t> CborView::tagValue() const
{
    if (head().major != Major::Tag) {
        return std::nullopt;
    }
    return head().argument;
}

std::optional<CborView> CborView::taggedItem() const
{
    if (head().major != Major::Tag) {
        return std::nullopt;
    }
    return CborView(m_tape, m_data, m_index + 1);
}

CborView::Children CborView::children() const
{
    const CborHead& self = head();
    const bool container = self.major == Major::Array || self.major == Major::Map || self.indefinite;
    return Children(m_tape, m_data, m_index + 1, container ? self.next : m_index + 1);
}

CborView CborView::Children::next()
{
    if (atEnd()) {
        fail("truncated"); // callers check atEnd(); this keeps a misuse from reading past the item
    }
    const CborView child(m_tape, m_data, m_index);
    m_index = m_tape[m_index].next;
    return child;
}

std::size_t CborView::size() const
{
    const CborHead& self = head();
    if (self.major != Major::Array && self.major != Major::Map) {
        return 0;
    }
    if (!self.indefinite) {
        return static_cast<std::size_t>(self.argument);
    }
    std::size_t count = 0;
    for (auto items = children(); !items.atEnd(); items.next()) {
        ++count;
    }
    return self.major == Major::Map ? count / 2 : count;
}

std::string CborView::keyIdentity() const
{
    const CborHead& self = head();
    const std::uint64_t argument = self.argument;
    unsigned char buffer[9];
    std::size_t length = 0;
    switch (self.major) {
    case Major::Unsigned:
    case Major::Negative: {
        // libcbor keeps an integer's width (0x01 and 0x1901 are different keys to it) and writes
        // values below 24 of the one-byte width in the initial byte.
        const bool negative = self.major == Major::Negative;
        switch (self.width) {
        case 1:
            length = negative ? cbor_encode_negint8(static_cast<std::uint8_t>(argument), buffer, sizeof buffer)
                              : cbor_encode_uint8(static_cast<std::uint8_t>(argument), buffer, sizeof buffer);
            break;
        case 2:
            length = negative ? cbor_encode_negint16(static_cast<std::uint16_t>(argument), buffer, sizeof buffer)
                              : cbor_encode_uint16(static_cast<std::uint16_t>(argument), buffer, sizeof buffer);
            break;
        case 4:
            length = negative ? cbor_encode_negint32(static_cast<std::uint32_t>(argument), buffer, sizeof buffer)
                              : cbor_encode_uint32(static_cast<std::uint32_t>(argument), buffer, sizeof buffer);
            break;
        default:
            length = negative ? cbor_encode_negint64(argument, buffer, sizeof buffer)
                              : cbor_encode_uint64(argument, buffer, sizeof buffer);
            break;
        }
        return std::string(reinterpret_cast<const char*>(buffer), length);
    }
    case Major::Bytes:
    case Major::Text:
        if (!self.indefinite) {
            // Definite strings are written again with the shortest length head.
            const ByteView content = self.string;
            length = self.major == Major::Text ? cbor_encode_string_start(content.size(), buffer, sizeof buffer)
                                               : cbor_encode_bytestring_start(content.size(), buffer, sizeof buffer);
            std::string out(reinterpret_cast<const char*>(buffer), length);
            out.append(reinterpret_cast<const char*>(content.data()), content.size());
            return out;
        }
        break;
    default:
        break;
    }
    // Anything else as a key is rare and not on any hot path: let libcbor build and write it. The
    // bytes passed the guard as part of their document, so cbor_load takes them as they are (no
    // leading-tag handling: a tag inside a document is one libcbor reads).
    const ByteView bytes = encoded();
    cbor_load_result result{};
    const CborItem key = CborItem::adopt(cbor_load(bytes.data(), bytes.size(), &result));
    const Bytes written = key.encode();
    return std::string(written.begin(), written.end());
}

} // namespace wedreg::core::cert
