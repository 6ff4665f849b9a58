// SPDX-License-Identifier: Apache-2.0
#include "core/cert/StatusKey.h"

#include "core/crypto/Digest.h"

namespace wedreg::core::cert {

std::string statusHash(ByteView cti)
{
    Bytes input = toBytes(kStatusDomain);
    input.insert(input.end(), cti.begin(), cti.end());
    const auto digest = crypto::sha256(input);
    return toHex(ByteView(digest.data(), kStatusHashBytes));
}

} // namespace wedreg::core::cert
