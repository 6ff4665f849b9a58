// SPDX-License-Identifier: Apache-2.0
#pragma once

// The verifier's view of the trust list: kid -> TrustEntry. Read-only once built, so one store can be
// shared by every verifying thread.

#include "core/cert/TrustEntry.h"

#include <map>

namespace wedreg::core::cert {

class TrustStore
{
public:
    // Replaces an entry with the same kid (a newer trust list wins).
    void add(TrustEntry entry);
    const TrustEntry* find(ByteView kid) const;
    std::size_t size() const noexcept { return m_entries.size(); }

private:
    std::map<Bytes, TrustEntry> m_entries;
};

} // namespace wedreg::core::cert
