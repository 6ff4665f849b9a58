// SPDX-License-Identifier: Apache-2.0
#include "server/model/Staff.h"

namespace wedreg::server::model {

std::string_view toString(Role role)
{
    switch (role) {
    case Role::Registrar:
        return "registrar";
    case Role::Organiser:
        return "organiser";
    case Role::Admin:
        return "admin";
    }
    return "registrar";
}

std::optional<Role> roleFromString(std::string_view text)
{
    if (text == "registrar")
        return Role::Registrar;
    if (text == "organiser")
        return Role::Organiser;
    if (text == "admin")
        return Role::Admin;
    return std::nullopt;
}

}  // namespace wedreg::server::model
