// SPDX-License-Identifier: Apache-2.0
#pragma once

// Owning handles for every OpenSSL object the codec touches. Each type frees itself with its own
// *_free function, so no early return or exception can leak a key or context (checked under LSan).

#include <openssl/bio.h>
#include <openssl/bn.h>
#include <openssl/ec.h>
#include <openssl/evp.h>
#include <openssl/x509.h>

#include <memory>

namespace wedreg::core::crypto {

template<auto FreeFn>
struct OpenSslDeleter
{
    template<typename T>
    void operator()(T* object) const noexcept
    {
        FreeFn(object);
    }
};

using EvpPkeyPtr = std::unique_ptr<EVP_PKEY, OpenSslDeleter<&EVP_PKEY_free>>;
using EvpPkeyCtxPtr = std::unique_ptr<EVP_PKEY_CTX, OpenSslDeleter<&EVP_PKEY_CTX_free>>;
using EvpMdCtxPtr = std::unique_ptr<EVP_MD_CTX, OpenSslDeleter<&EVP_MD_CTX_free>>;
using EvpMacPtr = std::unique_ptr<EVP_MAC, OpenSslDeleter<&EVP_MAC_free>>;
using EvpMacCtxPtr = std::unique_ptr<EVP_MAC_CTX, OpenSslDeleter<&EVP_MAC_CTX_free>>;
using X509Ptr = std::unique_ptr<X509, OpenSslDeleter<&X509_free>>;
using X509NamePtr = std::unique_ptr<X509_NAME, OpenSslDeleter<&X509_NAME_free>>;
using BioPtr = std::unique_ptr<BIO, OpenSslDeleter<&BIO_free_all>>;
using EcdsaSigPtr = std::unique_ptr<ECDSA_SIG, OpenSslDeleter<&ECDSA_SIG_free>>;
using BignumPtr = std::unique_ptr<BIGNUM, OpenSslDeleter<&BN_free>>;
using Asn1IntegerPtr = std::unique_ptr<ASN1_INTEGER, OpenSslDeleter<&ASN1_INTEGER_free>>;

// Shared ownership for trust-store entries that several verifiers read concurrently (EVP_PKEY is safe
// for concurrent verify once built).
using SharedPkey = std::shared_ptr<EVP_PKEY>;

inline SharedPkey share(EvpPkeyPtr key)
{
    return SharedPkey(key.release(), OpenSslDeleter<&EVP_PKEY_free>{});
}

} // namespace wedreg::core::crypto
