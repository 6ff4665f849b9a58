// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <stdexcept>
#include <string>

namespace wedreg::server::store {

// The database holds a schema this binary does not know: refuse to start rather than misread it.
class SchemaTooNew : public std::runtime_error {
public:
    SchemaTooNew(int found, int known)
        : std::runtime_error("database schema version " + std::to_string(found) +
                             " is newer than this server knows (" + std::to_string(known) + ")")
        , found(found)
        , known(known)
    {
    }
    int found;
    int known;
};

}  // namespace wedreg::server::store
