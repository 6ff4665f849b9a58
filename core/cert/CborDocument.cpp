// SPDX-License-Identifier: Apache-2.0
#include "core/cert/CborDocument.h"

#include "core/cert/CertificateError.h"

#include <algorithm>

namespace wedreg::core::cert {

CborDocument::CborDocument(ByteView data)
    : m_tags(takeLeadingTags(data))
{
    if (data.empty()) {
        throw CertificateError(std::string(reason::kCbor), m_tags.empty() ? "empty" : "truncated");
    }
    m_data = data;
    // A head takes at least one byte; certificates average a few bytes per head.
    m_tape.reserve(std::min<std::size_t>(data.size(), 64));
    preScan(data, &m_tape);
}

} // namespace wedreg::core::cert
