// SPDX-License-Identifier: Apache-2.0
#pragma once

// Untrusted CBOR checked once and read in place: the constructor applies exactly CborItem::decode's
// checks (leading tags, then the guard's walk, which also enforces every rule cbor_load adds), so
// the same inputs are refused with the same CertificateError{"cbor", detail}; the walk records each
// head, and root() views the item without building a libcbor tree. The bytes must outlive the
// document, and the document its views.

#include "core/cert/CborInputGuard.h"
#include "core/cert/CborView.h"
#include "core/crypto/Bytes.h"

#include <cstdint>
#include <vector>

namespace wedreg::core::cert {

class CborDocument
{
public:
    explicit CborDocument(ByteView data);
    ~CborDocument();
    CborDocument(const CborDocument&) = delete;
    CborDocument& operator=(const CborDocument&) = delete;

    // The tags in front of the item (libcbor 0.8 cannot read some, COSE's 18 among them), outermost
    // first; root() is the item inside them.
    const std::vector<std::uint64_t>& leadingTags() const noexcept { return m_tags; }
    CborView root() const noexcept { return CborView(m_tape.data(), m_data, 0); }

private:
    ByteView m_data;
    std::vector<std::uint64_t> m_tags;
    std::vector<CborHead> m_tape;
};

} // namespace wedreg::core::cert
