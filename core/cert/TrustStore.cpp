// SPDX-License-Identifier: Apache-2.0
#include "core/cert/TrustStore.h"

#include "core/cert/CoseSigner.h"
#include "core/crypto/Keys.h"

namespace wedreg::core::cert {

TrustEntry TrustEntry::fromCertificate(const X509* certificate, std::string office)
{
    TrustEntry entry;
    entry.certificateDer = crypto::certificateDer(certificate);
    entry.kid = CoseSigner::kidOf(entry.certificateDer);
    entry.publicKey = crypto::share(crypto::publicKeyOf(certificate));
    entry.algorithm = coseAlgorithmForKey(entry.publicKey.get());
    entry.office = std::move(office);
    return entry;
}

void TrustStore::add(TrustEntry entry)
{
    entry.verifier = std::make_shared<const crypto::PreparedVerifier>(signatureSchemeOf(entry.algorithm),
                                                                       entry.publicKey.get());
    Bytes kid = entry.kid;
    m_entries.insert_or_assign(std::move(kid), std::move(entry));
}

const TrustEntry* TrustStore::find(ByteView kid) const
{
    const auto it = m_entries.find(Bytes(kid.begin(), kid.end()));
    return it == m_entries.end() ? nullptr : &it->second;
}

} // namespace wedreg::core::cert
