// SPDX-License-Identifier: Apache-2.0
#pragma once

// An OpenSSL call failed. Carries the drained OpenSSL error queue in what() (for logs) so the next
// operation on this thread does not inherit stale errors; code() is a stable kebab-case operation name.

#include "core/Errors.h"

#include <string>

namespace wedreg::core::crypto {

class CryptoError : public DomainError
{
public:
    // Drains the thread's OpenSSL error queue into the message.
    explicit CryptoError(std::string operation);

    const std::string& openSslErrors() const noexcept { return m_openSslErrors; }

    // Empties the queue without throwing: after an expected failure (a bad signature) the queue must
    // not leak into later, unrelated error messages.
    static std::string drainErrorQueue();

private:
    CryptoError(std::string operation, std::string queue);

    std::string m_openSslErrors;
};

} // namespace wedreg::core::crypto
