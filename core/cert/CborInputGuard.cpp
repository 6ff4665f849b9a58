// SPDX-License-Identifier: Apache-2.0
#include "core/cert/CborInputGuard.h"

#include "core/Utf8.h"
#include "core/cert/CertificateError.h"

#include <cbor.h>

#include <array>
#include <limits>
#include <string>

namespace wedreg::core::cert {

namespace {

[[noreturn]] void fail(std::string detail)
{
    throw CertificateError(std::string(reason::kCbor), std::move(detail));
}

} // namespace

// libcbor 0.8 (Debian 12) rejects every tag whose value is encoded in the initial byte and is
// "unassigned" in its table (0xc6-0xd4), which includes COSE_Sign1's tag 18. Until a newer libcbor is
// packaged, leading tags are read here (only their heads: major type 6 and an argument) and the item
// they wrap is handed to libcbor; the tags are then rebuilt around it with cbor_build_tag.
constexpr std::size_t kMaxLeadingTags = 8;

std::vector<std::uint64_t> takeLeadingTags(ByteView& data)
{
    std::vector<std::uint64_t> tags;
    while (!data.empty() && (data[0] >> 5) == 6) {
        if (tags.size() == kMaxLeadingTags) {
            fail("tag-depth");
        }
        const unsigned info = data[0] & 0x1f;
        std::size_t argumentBytes = 0;
        if (info < 24) {
            tags.push_back(info);
        } else if (info <= 27) {
            argumentBytes = std::size_t{1} << (info - 24);
        } else {
            fail("malformed");
        }
        if (data.size() < 1 + argumentBytes) {
            fail("truncated");
        }
        if (argumentBytes > 0) {
            std::uint64_t value = 0;
            for (std::size_t i = 1; i <= argumentBytes; ++i) {
                value = (value << 8) | data[i];
            }
            tags.push_back(value);
        }
        data = data.subspan(1 + argumentBytes);
    }
    return tags;
}

namespace {

// libcbor's builder trusts declared sizes: an 8-byte head announcing 2^60 array elements makes it
// try to allocate them (observed: 21 GB for mutated certificates), and deep nesting recurses in
// cbor_decref. So every input is first walked with libcbor's streaming decoder, which allocates
// nothing, and refused unless each declared count fits in the bytes left and nesting stays shallow.
//
// The walk also applies the rules libcbor 0.8's builder (cbor_load) adds on top of the streaming
// decoder, so that an input passing preScan is exactly one cbor_load accepts and CborView can read
// it without building it: text strings are valid UTF-8 (each chunk on its own), an indefinite string
// holds only definite chunks of its own type, a break closes an indefinite item (never a tag still
// waiting for its item, never a map waiting for a value). Those "syntax" failures are reported as
// cbor_load reported them ("malformed"), and only once the structural walk has found nothing else,
// which is the order in which preScan and cbor_load used to find them.
constexpr std::size_t kMaxDepth = 16;

class PreScan
{
public:
    explicit PreScan(std::vector<CborHead>* tape)
        : m_tape(tape)
    {
    }

    void run(ByteView data)
    {
        static const cbor_callbacks callbacks = makeCallbacks();
        std::size_t offset = 0;
        while (offset < data.size() && !m_failed) {
            if (m_done) {
                fail(m_syntaxError ? "malformed" : "trailing-data");
            }
            m_remaining = data.size() - offset;
            m_offset = offset;
            const std::size_t recorded = m_tape ? m_tape->size() : 0;
            const cbor_decoder_result result = cbor_stream_decode(data.data() + offset, data.size() - offset,
                                                                  &callbacks, this);
            if (m_tape && m_tape->size() > recorded) {
                (*m_tape)[recorded].headEnd = offset + result.read;
            }
            if (result.status == CBOR_DECODER_NEDATA) {
                fail("truncated");
            }
            if (result.status != CBOR_DECODER_FINISHED || result.read == 0) {
                fail("malformed");
            }
            if (m_failed) {
                fail(m_why);
            }
            offset += result.read;
        }
        if (!m_done) {
            fail("truncated");
        }
        if (m_syntaxError) {
            fail("malformed");
        }
        if (m_tape) {
            // A tag's item is the one right after it; walk backwards so chains of tags resolve.
            for (std::size_t i = m_tape->size(); i-- > 0;) {
                CborHead& head = (*m_tape)[i];
                if (head.major == CborMajor::Tag) {
                    head.next = (*m_tape)[i + 1].next;
                }
            }
        }
    }

private:
    static constexpr std::uint64_t kIndefinite = ~std::uint64_t{0};

    // What an open frame is, for the builder's rules.
    enum class Kind : std::uint8_t { Definite, IndefiniteArray, IndefiniteMap, IndefiniteBytes, IndefiniteText };

    struct Frame
    {
        std::uint64_t remaining; // items left in a definite frame; kIndefinite otherwise
        Kind kind;
        bool odd; // an indefinite map holding a key without its value
        std::size_t head; // its head's index on the tape
    };

    // The head about to be counted, as the builder sees it.
    enum class Head : std::uint8_t { Scalar, Bytes, Text, Tag, Open };

    static cbor_callbacks makeCallbacks()
    {
        cbor_callbacks callbacks = cbor_empty_callbacks;
        setInteger<CborMajor::Unsigned, 1>(callbacks.uint8);
        setInteger<CborMajor::Unsigned, 2>(callbacks.uint16);
        setInteger<CborMajor::Unsigned, 4>(callbacks.uint32);
        setInteger<CborMajor::Unsigned, 8>(callbacks.uint64);
        setInteger<CborMajor::Negative, 1>(callbacks.negint8);
        setInteger<CborMajor::Negative, 2>(callbacks.negint16);
        setInteger<CborMajor::Negative, 4>(callbacks.negint32);
        setInteger<CborMajor::Negative, 8>(callbacks.negint64);
        callbacks.byte_string = [](void* self, cbor_data data, std::size_t length) {
            auto* scan = static_cast<PreScan*>(self);
            scan->head(Head::Bytes);
            scan->record(CborMajor::Bytes, length, 0, ByteView(data, length));
            scan->item();
        };
        callbacks.string = [](void* self, cbor_data data, std::size_t length) {
            auto* scan = static_cast<PreScan*>(self);
            scan->head(Head::Text);
            // core::isValidUtf8 is RFC 3629 strict: no overlong forms, no surrogates, nothing above
            // U+10FFFF, which is what libcbor 0.8 checks.
            if (!core::isValidUtf8(std::string_view(reinterpret_cast<const char*>(data), length))) {
                scan->m_syntaxError = true;
            }
            scan->record(CborMajor::Text, length, 0, ByteView(data, length));
            scan->item();
        };
        setScalar(callbacks.float2);
        setScalar(callbacks.float4);
        setScalar(callbacks.float8);
        setScalar(callbacks.undefined);
        setScalar(callbacks.null);
        setScalar(callbacks.boolean);
        setIndefinite<Kind::IndefiniteBytes, CborMajor::Bytes>(callbacks.byte_string_start);
        setIndefinite<Kind::IndefiniteText, CborMajor::Text>(callbacks.string_start);
        setIndefinite<Kind::IndefiniteArray, CborMajor::Array>(callbacks.indef_array_start);
        setIndefinite<Kind::IndefiniteMap, CborMajor::Map>(callbacks.indef_map_start);
        setCollection<1, CborMajor::Array>(callbacks.array_start);
        setCollection<2, CborMajor::Map>(callbacks.map_start);
        callbacks.indef_break = [](void* self) { static_cast<PreScan*>(self)->closeIndefinite(); };
        // A tag wraps the next item: nothing to count, but that item must come.
        setInteger<CborMajor::Tag, 0>(callbacks.tag);
        return callbacks;
    }

    template<typename... A>
    static void setScalar(void (*&slot)(void*, A...))
    {
        slot = [](void* self, A...) {
            auto* scan = static_cast<PreScan*>(self);
            scan->head(Head::Scalar);
            scan->record(CborMajor::Simple);
            scan->item();
        };
    }

    template<CborMajor M, std::uint8_t W, typename T>
    static void setInteger(void (*&slot)(void*, T))
    {
        slot = [](void* self, T value) {
            auto* scan = static_cast<PreScan*>(self);
            scan->head(M == CborMajor::Tag ? Head::Tag : Head::Scalar);
            scan->record(M, value, W);
            if (M != CborMajor::Tag) {
                scan->item();
            }
        };
    }

    template<Kind K, CborMajor M>
    static void setIndefinite(void (*&slot)(void*))
    {
        slot = [](void* self) {
            auto* scan = static_cast<PreScan*>(self);
            scan->head(Head::Open);
            scan->record(M, 0, 0, {}, true);
            scan->open(kIndefinite, K);
        };
    }

    template<std::uint64_t Factor, CborMajor M, typename Size>
    static void setCollection(void (*&slot)(void*, Size))
    {
        slot = [](void* self, Size count) {
            auto* scan = static_cast<PreScan*>(self);
            scan->head(Head::Open);
            scan->record(M, count);
            // Each element takes at least one byte; a map entry at least two.
            if (static_cast<std::uint64_t>(count) > scan->m_remaining / Factor) {
                scan->m_failed = true;
                scan->m_why = "truncated"; // the count cannot fit in what is left
                return;
            }
            if (count == 0) {
                scan->item();
            } else {
                scan->open(static_cast<std::uint64_t>(count) * Factor, Kind::Definite);
            }
        };
    }

    // The builder's rules for where a head may stand: inside an indefinite string only definite
    // chunks of the same type (a tag there wraps its item into something that is not a chunk).
    void head(Head what)
    {
        if (m_depth > 0) {
            const Kind kind = m_open[m_depth - 1].kind;
            if ((kind == Kind::IndefiniteBytes && what != Head::Bytes)
                || (kind == Kind::IndefiniteText && what != Head::Text)) {
                m_syntaxError = true;
            }
        }
        m_tagPending = what == Head::Tag;
    }

    void record(CborMajor major, std::uint64_t argument = 0, std::uint8_t width = 0, ByteView string = {},
                bool indefinite = false)
    {
        if (!m_tape) {
            return;
        }
        CborHead head;
        head.offset = m_offset;
        head.next = m_tape->size() + 1; // a container's is set when it closes, a tag's at the end
        head.argument = argument;
        head.string = string;
        head.major = major;
        head.width = width;
        head.indefinite = indefinite;
        m_tape->push_back(head);
    }

    void open(std::uint64_t count, Kind kind)
    {
        if (m_depth >= kMaxDepth) {
            m_failed = true;
            m_why = "depth";
            return;
        }
        m_open[m_depth++] = Frame{count, kind, false, m_tape ? m_tape->size() - 1 : 0};
    }

    void close()
    {
        --m_depth;
        if (m_tape) {
            (*m_tape)[m_open[m_depth].head].next = m_tape->size();
        }
    }

    void closeIndefinite()
    {
        if (m_depth == 0 || m_open[m_depth - 1].remaining != kIndefinite) {
            m_failed = true;
            m_why = "malformed";
            return;
        }
        if (m_tagPending || m_open[m_depth - 1].odd) {
            m_syntaxError = true; // a tag without its item, a map key without its value
        }
        m_tagPending = false;
        close();
        item();
    }

    // One complete item: counts against its container, which may complete in turn.
    void item()
    {
        while (m_depth > 0) {
            Frame& top = m_open[m_depth - 1];
            if (top.remaining == kIndefinite) {
                top.odd = top.kind == Kind::IndefiniteMap && !top.odd;
                return;
            }
            if (--top.remaining > 0) {
                return;
            }
            close();
        }
        m_done = true;
    }

    std::vector<CborHead>* m_tape;
    std::size_t m_offset = 0;
    std::size_t m_remaining = 0;
    std::array<Frame, kMaxDepth> m_open{};
    std::size_t m_depth = 0;
    bool m_done = false;
    bool m_failed = false;
    bool m_tagPending = false;
    bool m_syntaxError = false;
    std::string m_why;
};

} // namespace

void preScan(ByteView data, std::vector<CborHead>* tape)
{
    PreScan(tape).run(data);
}

} // namespace wedreg::core::cert
