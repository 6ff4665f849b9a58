// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "server/model/Hall.h"
#include "server/model/Registration.h"

#include <string>

namespace wedreg::server::service {

// The printable certificate: one A5 page (148 × 210 mm) as SVG with Chinese and English labels,
// the parties as registered (masked IDs only) and the signed QR code at 40 mm (DESIGN §7 asks
// for at least 30 mm). `registrationDay` is the date of the act the certificate documents (for a
// reissue, the original marriage or divorce).
std::string printableCertificateSvg(const model::IssuedCertificate& certificate, const model::Registration& act,
                                    const std::string& registrationDay, const std::string& subjectKind,
                                    const model::Hall& hall);

}  // namespace wedreg::server::service
