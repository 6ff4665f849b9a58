// SPDX-License-Identifier: Apache-2.0
#include "core/cert/Zlib.h"

#include "core/cert/CertificateError.h"

#include <zlib.h>

#include <climits>

namespace wedreg::core::cert {

namespace {

[[noreturn]] void fail(std::string_view detail)
{
    throw CertificateError(std::string(reason::kZlib), std::string(detail));
}

// zlib's z_stream needs its end function on every path; this owns that duty.
class InflateStream
{
public:
    InflateStream()
    {
        if (inflateInit(&m_stream) != Z_OK) {
            fail("init");
        }
    }
    ~InflateStream() { inflateEnd(&m_stream); }
    InflateStream(const InflateStream&) = delete;
    InflateStream& operator=(const InflateStream&) = delete;
    z_stream* get() { return &m_stream; }

private:
    z_stream m_stream{};
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
    InflateStream stream;
    z_stream* z = stream.get();
    z->next_in = const_cast<Bytef*>(data.data());
    z->avail_in = static_cast<uInt>(data.size());

    Bytes out;
    std::uint8_t chunk[4096];
    for (;;) {
        z->next_out = chunk;
        z->avail_out = sizeof chunk;
        const int status = ::inflate(z, Z_NO_FLUSH);
        const std::size_t produced = sizeof chunk - z->avail_out;
        if (out.size() + produced > maxOutput) {
            fail(kTooLarge);
        }
        out.insert(out.end(), chunk, chunk + produced);
        if (status == Z_STREAM_END) {
            break;
        }
        if (status == Z_BUF_ERROR || (status == Z_OK && z->avail_in == 0 && z->avail_out != 0)) {
            fail(kTruncated);
        }
        if (status != Z_OK) {
            fail(kCorrupt);
        }
    }
    if (z->avail_in != 0) {
        fail(kTrailingData);
    }
    return out;
}

} // namespace wedreg::core::cert
