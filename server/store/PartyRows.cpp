// SPDX-License-Identifier: Apache-2.0
#include "server/store/PartyRows.h"

namespace wedreg::server::store {

model::Party readParty(Poco::Data::RecordSet& rs)
{
    model::Party p;
    p.position = rs["position"].convert<int>();
    p.personIndex = rs["person_index"].convert<std::string>();
    p.idMasked = rs["id_masked"].convert<std::string>();
    p.name = rs["name"].convert<std::string>();
    p.phone = rs["phone"].convert<std::string>();
    p.birthDate = rs["birth_date"].convert<std::string>();
    p.sex = rs["sex"].convert<std::string>();
    return p;
}

}  // namespace wedreg::server::store
