// SPDX-License-Identifier: Apache-2.0
#include "core/cert/Zlib.h"

#include "core/cert/CertificateError.h"

#include <zlib.h>

#include <algorithm>
#include <climits>

namespace wedreg::core::cert {

namespace {

[[noreturn]] void fail(std::string_view detail)
{
    throw CertificateError(std::string(reason::kZlib), std::string(detail));
}

// One inflate stream per thread, reset for each input instead of set up and torn down: inflateInit
// and the first inflate allocate ≈ 40 kB (state and window) that every certificate would otherwise
// pay for again. inflateReset keeps those buffers and forgets everything about the last input.
class InflateStream
{
public:
    static z_stream* forThisThread()
    {
        thread_local InflateStream stream;
        if (!stream.m_ready) {
            if (inflateInit(&stream.m_stream) != Z_OK) {
                fail("init");
            }
            stream.m_ready = true;
        } else if (inflateReset(&stream.m_stream) != Z_OK) {
            fail("init");
        }
        return &stream.m_stream;
    }

    InflateStream() = default;
    ~InflateStream()
    {
        if (m_ready) {
            inflateEnd(&m_stream);
        }
    }
    InflateStream(const InflateStream&) = delete;
    InflateStream& operator=(const InflateStream&) = delete;

private:
    z_stream m_stream{};
    bool m_ready = false;
};

} // namespace

Bytes Zlib::deflate(ByteView data, int level)
{
    if (data.size() > UINT_MAX / 2) {
        fail(kTooLarge);
    }
    uLongf length = compressBound(static_cast<uLong>(data.size()));
    Bytes out(length);
    if (compress2(out.data(), &length, data.data(), static_cast<uLong>(data.size()), level) != Z_OK) {
        fail("deflate");
    }
    out.resize(length);
    return out;
}

Bytes Zlib::inflate(ByteView data, std::size_t maxOutput)
{
    if (data.size() > UINT_MAX) {
        fail(kTooLarge);
    }
    z_stream* z = InflateStream::forThisThread();
    z->next_in = const_cast<Bytef*>(data.data());
    z->avail_in = static_cast<uInt>(data.size());

    // Inflated into a buffer kept per thread (a kilobyte-sized allocation per certificate showed up in
    // the profile), then copied out at its exact size. It may hold one byte more than maxOutput:
    // producing that byte is how an oversized stream is recognised, whatever comes after it.
    const std::size_t limit = std::min(maxOutput, std::size_t{UINT_MAX} - 1) + 1;
    thread_local Bytes scratch;
    Bytes& out = scratch;
    if (out.size() < 4096) {
        out.resize(std::min(limit, std::size_t{4096}));
    }
    out.resize(std::min(limit, std::max(out.size(), data.size() * 4)));
    std::size_t produced = 0;
    for (;;) {
        z->next_out = out.data() + produced;
        z->avail_out = static_cast<uInt>(out.size() - produced);
        // Z_FINISH: a stream that completes in this call needs no sliding window (zlib neither fills
        // nor copies one); one that does not reports Z_BUF_ERROR and continues as with Z_NO_FLUSH.
        const int status = ::inflate(z, Z_FINISH);
        produced = out.size() - z->avail_out;
        if (produced > maxOutput) {
            fail(kTooLarge);
        }
        if (status == Z_STREAM_END) {
            break;
        }
        if ((status == Z_OK || status == Z_BUF_ERROR) && z->avail_out == 0) {
            out.resize(std::min(limit, out.size() * 2)); // full: more room, up to the limit
            continue;
        }
        if (status == Z_BUF_ERROR || (status == Z_OK && z->avail_in == 0)) {
            fail(kTruncated); // room left, input used up, no end marker
        }
        if (status != Z_OK) {
            fail(kCorrupt);
        }
    }
    if (z->avail_in != 0) {
        fail(kTrailingData);
    }
    Bytes result(out.begin(), out.begin() + static_cast<std::ptrdiff_t>(produced));
    if (out.size() > kDefaultMaxOutput + 1) {
        Bytes().swap(out); // an exceptional caller's large output is not kept
    }
    return result;
}

} // namespace wedreg::core::cert
