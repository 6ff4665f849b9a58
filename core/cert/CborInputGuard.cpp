// SPDX-License-Identifier: Apache-2.0
#include "core/cert/CborInputGuard.h"

#include "core/cert/CertificateError.h"

#include <cbor.h>

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
constexpr std::size_t kMaxDepth = 16;

class PreScan
{
public:
    void run(ByteView data)
    {
        cbor_callbacks callbacks = cbor_empty_callbacks;
        setScalar(callbacks.uint8);
        setScalar(callbacks.uint16);
        setScalar(callbacks.uint32);
        setScalar(callbacks.uint64);
        setScalar(callbacks.negint8);
        setScalar(callbacks.negint16);
        setScalar(callbacks.negint32);
        setScalar(callbacks.negint64);
        setScalar(callbacks.byte_string);
        setScalar(callbacks.string);
        setScalar(callbacks.float2);
        setScalar(callbacks.float4);
        setScalar(callbacks.float8);
        setScalar(callbacks.undefined);
        setScalar(callbacks.null);
        setScalar(callbacks.boolean);
        setIndefinite(callbacks.byte_string_start);
        setIndefinite(callbacks.string_start);
        setIndefinite(callbacks.indef_array_start);
        setIndefinite(callbacks.indef_map_start);
        setCollection<1>(callbacks.array_start);
        setCollection<2>(callbacks.map_start);
        callbacks.indef_break = [](void* self) { static_cast<PreScan*>(self)->closeIndefinite(); };
        callbacks.tag = [](void*, std::uint64_t) {}; // a tag wraps the next item; nothing to count

        std::size_t offset = 0;
        while (offset < data.size() && !m_failed) {
            if (m_done) {
                fail("trailing-data");
            }
            m_remaining = data.size() - offset;
            const cbor_decoder_result result = cbor_stream_decode(data.data() + offset, data.size() - offset,
                                                                  &callbacks, this);
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
    }

private:
    static constexpr std::uint64_t kIndefinite = ~std::uint64_t{0};

    template<typename... A>
    static void setScalar(void (*&slot)(void*, A...))
    {
        slot = [](void* self, A...) { static_cast<PreScan*>(self)->item(); };
    }

    static void setIndefinite(void (*&slot)(void*))
    {
        slot = [](void* self) { static_cast<PreScan*>(self)->open(kIndefinite); };
    }

    template<std::uint64_t Factor, typename Size>
    static void setCollection(void (*&slot)(void*, Size))
    {
        slot = [](void* self, Size count) {
            auto* scan = static_cast<PreScan*>(self);
            // Each element takes at least one byte; a map entry at least two.
            if (static_cast<std::uint64_t>(count) > scan->m_remaining / Factor) {
                scan->m_failed = true;
                scan->m_why = "truncated"; // the count cannot fit in what is left
                return;
            }
            if (count == 0) {
                scan->item();
            } else {
                scan->open(static_cast<std::uint64_t>(count) * Factor);
            }
        };
    }

    void open(std::uint64_t count)
    {
        if (m_open.size() >= kMaxDepth) {
            m_failed = true;
            m_why = "depth";
            return;
        }
        m_open.push_back(count);
    }

    void closeIndefinite()
    {
        if (m_open.empty() || m_open.back() != kIndefinite) {
            m_failed = true;
            m_why = "malformed";
            return;
        }
        m_open.pop_back();
        item();
    }

    // One complete item: counts against its container, which may complete in turn.
    void item()
    {
        while (!m_open.empty()) {
            if (m_open.back() == kIndefinite) {
                return;
            }
            if (--m_open.back() > 0) {
                return;
            }
            m_open.pop_back();
        }
        m_done = true;
    }

    std::size_t m_remaining = 0;
    std::vector<std::uint64_t> m_open;
    bool m_done = false;
    bool m_failed = false;
    std::string m_why;
};

} // namespace

void preScan(ByteView data)
{
    PreScan().run(data);
}

} // namespace wedreg::core::cert
