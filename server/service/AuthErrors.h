// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/Errors.h"

namespace wedreg::server::service {

// No valid credentials: code "credentials" (wrong user or password), "locked", "token".
class Unauthenticated : public core::DomainError {
public:
    explicit Unauthenticated(std::string code)
        : core::DomainError(code, "unauthenticated: " + code)
    {
    }
};

// Valid credentials, but the role may not do this.
class Forbidden : public core::DomainError {
public:
    explicit Forbidden(std::string code)
        : core::DomainError(code, "forbidden: " + code)
    {
    }
};

}  // namespace wedreg::server::service
