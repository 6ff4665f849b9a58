// SPDX-License-Identifier: Apache-2.0
#include "core/crypto/Keys.h"

#include "core/crypto/CryptoError.h"

#include <openssl/ec.h>
#include <openssl/err.h>
#include <openssl/obj_mac.h>
#include <openssl/pem.h>
#include <openssl/x509v3.h>

#include <array>
#include <climits>
#include <cstring>

namespace wedreg::core::crypto {

namespace {

long checkedLength(std::size_t size, const char* operation)
{
    if (size > static_cast<std::size_t>(LONG_MAX / 2)) {
        throw CryptoError(operation);
    }
    return static_cast<long>(size);
}

std::string bioToString(BIO* bio)
{
    char* data = nullptr;
    const long length = BIO_get_mem_data(bio, &data);
    return length > 0 ? std::string(data, static_cast<std::size_t>(length)) : std::string{};
}

BioPtr memoryBio(std::string_view text, const char* operation)
{
    if (text.size() > static_cast<std::size_t>(INT_MAX)) {
        throw CryptoError(operation);
    }
    BioPtr bio(BIO_new_mem_buf(text.data(), static_cast<int>(text.size())));
    if (!bio) {
        throw CryptoError(operation);
    }
    return bio;
}

} // namespace

EvpPkeyPtr generateKey(KeyType type)
{
    EVP_PKEY* key = nullptr;
    switch (type) {
    case KeyType::EcP256:
        key = EVP_PKEY_Q_keygen(nullptr, nullptr, "EC", "P-256");
        break;
    case KeyType::Ed25519:
        key = EVP_PKEY_Q_keygen(nullptr, nullptr, "ED25519");
        break;
    case KeyType::Sm2:
        key = EVP_PKEY_Q_keygen(nullptr, nullptr, "SM2");
        break;
    case KeyType::Rsa2048:
        key = EVP_PKEY_Q_keygen(nullptr, nullptr, "RSA", static_cast<size_t>(2048));
        break;
    }
    if (!key) {
        throw CryptoError("keygen");
    }
    return EvpPkeyPtr(key);
}

KeyType keyTypeOf(const EVP_PKEY* key)
{
    if (!key) {
        throw CryptoError("key-type");
    }
    if (EVP_PKEY_is_a(key, "ED25519")) {
        return KeyType::Ed25519;
    }
    if (EVP_PKEY_is_a(key, "RSA") || EVP_PKEY_is_a(key, "RSA-PSS")) {
        return KeyType::Rsa2048;
    }
    if (EVP_PKEY_is_a(key, "SM2")) {
        return KeyType::Sm2;
    }
    if (EVP_PKEY_is_a(key, "EC")) {
        std::array<char, 64> group{};
        std::size_t length = 0;
        if (EVP_PKEY_get_group_name(key, group.data(), group.size(), &length) == 1) {
            const std::string_view name(group.data(), length);
            if (name == "prime256v1" || name == "P-256" || name == "secp256r1") {
                return KeyType::EcP256;
            }
            if (name == "SM2") {
                return KeyType::Sm2;
            }
        }
    }
    throw CryptoError("key-type");
}

X509Ptr parseCertificateDer(ByteView der)
{
    const unsigned char* cursor = der.data();
    X509Ptr certificate(d2i_X509(nullptr, &cursor, checkedLength(der.size(), "certificate-der")));
    // Trailing bytes after the certificate mean the input is not what it claims to be.
    if (!certificate || cursor != der.data() + der.size()) {
        throw CryptoError("certificate-der");
    }
    return certificate;
}

X509Ptr parseCertificatePem(std::string_view pem)
{
    const BioPtr bio = memoryBio(pem, "certificate-pem");
    X509Ptr certificate(PEM_read_bio_X509(bio.get(), nullptr, nullptr, nullptr));
    if (!certificate) {
        throw CryptoError("certificate-pem");
    }
    return certificate;
}

Bytes certificateDer(const X509* certificate)
{
    unsigned char* buffer = nullptr;
    const int length = i2d_X509(certificate, &buffer);
    if (length <= 0) {
        throw CryptoError("certificate-der");
    }
    Bytes out(buffer, buffer + length);
    OPENSSL_free(buffer);
    return out;
}

std::string certificatePem(const X509* certificate)
{
    BioPtr bio(BIO_new(BIO_s_mem()));
    if (!bio || PEM_write_bio_X509(bio.get(), certificate) != 1) {
        throw CryptoError("certificate-pem");
    }
    return bioToString(bio.get());
}

EvpPkeyPtr publicKeyOf(const X509* certificate)
{
    EvpPkeyPtr key(X509_get_pubkey(const_cast<X509*>(certificate)));
    if (!key) {
        throw CryptoError("certificate-public-key");
    }
    return key;
}

EvpPkeyPtr parsePublicKeyDer(ByteView der)
{
    const unsigned char* cursor = der.data();
    EvpPkeyPtr key(d2i_PUBKEY(nullptr, &cursor, checkedLength(der.size(), "public-key-der")));
    if (!key || cursor != der.data() + der.size()) {
        throw CryptoError("public-key-der");
    }
    return key;
}

Bytes publicKeyDer(const EVP_PKEY* key)
{
    unsigned char* buffer = nullptr;
    const int length = i2d_PUBKEY(key, &buffer);
    if (length <= 0) {
        throw CryptoError("public-key-der");
    }
    Bytes out(buffer, buffer + length);
    OPENSSL_free(buffer);
    return out;
}

std::string privateKeyPem(const EVP_PKEY* key)
{
    BioPtr bio(BIO_new(BIO_s_mem()));
    if (!bio || PEM_write_bio_PrivateKey(bio.get(), key, nullptr, nullptr, 0, nullptr, nullptr) != 1) {
        throw CryptoError("private-key-pem");
    }
    return bioToString(bio.get());
}

EvpPkeyPtr parsePrivateKeyPem(std::string_view pem)
{
    const BioPtr bio = memoryBio(pem, "private-key-pem");
    EvpPkeyPtr key(PEM_read_bio_PrivateKey(bio.get(), nullptr, nullptr, nullptr));
    if (!key) {
        throw CryptoError("private-key-pem");
    }
    return key;
}

namespace {

// Signs through an explicit context so SM2 gets its distinguishing ID and SM3; Ed25519 takes no
// digest; EC/RSA use SHA-256.
void signCertificate(X509* certificate, EVP_PKEY* signingKey)
{
    const KeyType type = keyTypeOf(signingKey);
    // Declared before the md context: EVP_MD_CTX_free does not free a pkey context set with
    // EVP_MD_CTX_set_pkey_ctx, so this must outlive it.
    EvpPkeyCtxPtr pkeyContext;
    EvpMdCtxPtr mdContext(EVP_MD_CTX_new());
    if (!mdContext) {
        throw CryptoError("certificate-sign");
    }
    const EVP_MD* digest = nullptr;
    if (type == KeyType::Sm2) {
        pkeyContext.reset(EVP_PKEY_CTX_new(signingKey, nullptr));
        if (!pkeyContext
            || EVP_PKEY_CTX_set1_id(pkeyContext.get(), kSm2DistinguishingId.data(), kSm2DistinguishingId.size())
                <= 0) {
            throw CryptoError("certificate-sign");
        }
        EVP_MD_CTX_set_pkey_ctx(mdContext.get(), pkeyContext.get());
        digest = EVP_sm3();
    } else if (type != KeyType::Ed25519) {
        digest = EVP_sha256();
    }
    if (EVP_DigestSignInit(mdContext.get(), nullptr, digest, nullptr, signingKey) != 1
        || X509_sign_ctx(certificate, mdContext.get()) <= 0) {
        throw CryptoError("certificate-sign");
    }
}

void addExtension(X509* certificate, X509* issuer, int nid, const char* value)
{
    X509V3_CTX context;
    X509V3_set_ctx_nodb(&context);
    X509V3_set_ctx(&context, issuer, certificate, nullptr, nullptr, 0);
    X509_EXTENSION* extension = X509V3_EXT_conf_nid(nullptr, &context, nid, value);
    const bool added = extension && X509_add_ext(certificate, extension, -1) == 1;
    X509_EXTENSION_free(extension);
    if (!added) {
        throw CryptoError("certificate-extension");
    }
}

// Everything but the issuer name and the signature.
X509Ptr newCertificate(EVP_PKEY* key, const std::string& commonName, int days)
{
    X509Ptr certificate(X509_new());
    if (!certificate) {
        throw CryptoError("certificate-new");
    }
    BignumPtr serialNumber(BN_new());
    if (!serialNumber || BN_rand(serialNumber.get(), 63, BN_RAND_TOP_ANY, BN_RAND_BOTTOM_ANY) != 1
        || !BN_to_ASN1_INTEGER(serialNumber.get(), X509_get_serialNumber(certificate.get()))) {
        throw CryptoError("certificate-serial");
    }
    X509_NAME* name = X509_get_subject_name(certificate.get());
    if (X509_set_version(certificate.get(), 2) != 1
        || X509_NAME_add_entry_by_txt(name, "CN", MBSTRING_UTF8,
                                      reinterpret_cast<const unsigned char*>(commonName.c_str()), -1, -1, 0)
            != 1
        || !X509_gmtime_adj(X509_getm_notBefore(certificate.get()), 0)
        || !X509_gmtime_adj(X509_getm_notAfter(certificate.get()), 60L * 60 * 24 * days)
        || X509_set_pubkey(certificate.get(), key) != 1) {
        throw CryptoError("certificate-fields");
    }
    return certificate;
}

} // namespace

X509Ptr makeSelfSignedCertificate(EVP_PKEY* key, const std::string& commonName, int days)
{
    X509Ptr certificate = newCertificate(key, commonName, days);
    if (X509_set_issuer_name(certificate.get(), X509_get_subject_name(certificate.get())) != 1) {
        throw CryptoError("certificate-fields");
    }
    signCertificate(certificate.get(), key);
    return certificate;
}

X509Ptr makeIssuedCertificate(EVP_PKEY* subjectKey, const std::string& commonName, const X509* issuer,
                              EVP_PKEY* issuerKey, int days, bool certificateAuthority)
{
    X509Ptr certificate = newCertificate(subjectKey, commonName, days);
    if (X509_set_issuer_name(certificate.get(), X509_get_subject_name(issuer)) != 1) {
        throw CryptoError("certificate-fields");
    }
    // X509V3_set_ctx takes a non-const issuer although it only reads it.
    X509* issuerMutable = const_cast<X509*>(issuer);
    addExtension(certificate.get(), issuerMutable, NID_basic_constraints,
                 certificateAuthority ? "critical,CA:TRUE,pathlen:0" : "critical,CA:FALSE");
    addExtension(certificate.get(), issuerMutable, NID_key_usage,
                 certificateAuthority ? "critical,keyCertSign,cRLSign" : "critical,digitalSignature");
    signCertificate(certificate.get(), issuerKey);
    return certificate;
}

bool isSignedBy(const X509* certificate, EVP_PKEY* issuerKey)
{
    // X509_verify cannot be given the SM2 distinguishing ID; our roots are P-256 (certs/make-dev-*).
    const bool ok = X509_verify(const_cast<X509*>(certificate), issuerKey) == 1;
    ERR_clear_error();
    return ok;
}

std::vector<std::string> extendedKeyUsageOids(const X509* certificate)
{
    std::vector<std::string> out;
    auto* usages = static_cast<EXTENDED_KEY_USAGE*>(
        X509_get_ext_d2i(certificate, NID_ext_key_usage, nullptr, nullptr));
    if (!usages) {
        return out;
    }
    for (int i = 0; i < sk_ASN1_OBJECT_num(usages); ++i) {
        std::array<char, 128> text{};
        const int length = OBJ_obj2txt(text.data(), static_cast<int>(text.size()), sk_ASN1_OBJECT_value(usages, i), 1);
        if (length > 0) {
            out.emplace_back(text.data(), std::min<std::size_t>(static_cast<std::size_t>(length), text.size() - 1));
        }
    }
    EXTENDED_KEY_USAGE_free(usages);
    return out;
}

} // namespace wedreg::core::crypto
