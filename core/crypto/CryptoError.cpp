// SPDX-License-Identifier: Apache-2.0
#include "core/crypto/CryptoError.h"

#include <openssl/err.h>

#include <array>

namespace wedreg::core::crypto {

CryptoError::CryptoError(std::string operation)
    : CryptoError(std::move(operation), drainErrorQueue())
{
}

CryptoError::CryptoError(std::string operation, std::string queue)
    : DomainError(operation, "crypto: " + operation + (queue.empty() ? std::string{} : ": " + queue))
    , m_openSslErrors(std::move(queue))
{
}

std::string CryptoError::drainErrorQueue()
{
    std::string out;
    while (const unsigned long error = ERR_get_error()) {
        std::array<char, 256> buffer{};
        ERR_error_string_n(error, buffer.data(), buffer.size());
        if (!out.empty()) {
            out += "; ";
        }
        out += buffer.data();
    }
    return out;
}

} // namespace wedreg::core::crypto
