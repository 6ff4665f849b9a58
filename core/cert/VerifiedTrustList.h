// SPDX-License-Identifier: Apache-2.0
#pragma once

// A trust list that passed TrustListVerifier: its content, the store built from it, and whether it is
// stale. Stale is a warning, not an error (DESIGN §7): a kiosk that has been offline for a week must
// keep verifying with the list it has, and say how old that list is.

#include "core/cert/TrustList.h"
#include "core/cert/TrustStore.h"

#include <memory>
#include <string>

namespace wedreg::core::cert {

struct VerifiedTrustList
{
    TrustList list;
    std::shared_ptr<const TrustStore> store;
    bool stale = false; // `now` was past list.nextUpdate
    std::string signerKidHex;
    std::string signerSubject; // the trust-list signer certificate's subject, for logs and the CLI
};

} // namespace wedreg::core::cert
