// SPDX-License-Identifier: Apache-2.0
#include "core/cert/CborDocument.h"

#include "core/cert/CertificateError.h"


namespace wedreg::core::cert {

namespace {

// Tapes are handed on within a thread instead of being allocated per document: a verification reads
// three documents (COSE, protected header, claims), and a fresh tape of a kilobyte or more each time
// showed up in the profile (glibc consolidates its free lists for requests of that size). A few are
// kept, none larger than a certificate needs.
constexpr std::size_t kSpareTapes = 4;
constexpr std::size_t kMaxSpareHeads = 1024;

std::vector<std::vector<CborHead>>& spareTapes()
{
    thread_local std::vector<std::vector<CborHead>> spares;
    return spares;
}

} // namespace

CborDocument::CborDocument(ByteView data)
    : m_tags(takeLeadingTags(data))
{
    if (data.empty()) {
        throw CertificateError(std::string(reason::kCbor), m_tags.empty() ? "empty" : "truncated");
    }
    m_data = data;
    auto& spares = spareTapes();
    if (!spares.empty()) {
        m_tape = std::move(spares.back());
        spares.pop_back();
        m_tape.clear();
    } else {
        m_tape.reserve(64);
    }
    preScan(data, &m_tape);
}

CborDocument::~CborDocument()
{
    auto& spares = spareTapes();
    if (m_tape.capacity() <= kMaxSpareHeads && spares.size() < kSpareTapes) {
        spares.push_back(std::move(m_tape));
    }
}

} // namespace wedreg::core::cert
