// SPDX-License-Identifier: Apache-2.0
// OpenSSL plumbing under the certificate codec: digests against published vectors, key types, and the
// raw r‖s ECDSA form COSE needs (a DER signature must never verify).

#include "CoreTestSupport.h"

#include "core/crypto/Aead.h"
#include "core/crypto/CryptoError.h"
#include "core/crypto/Digest.h"
#include "core/crypto/Keys.h"
#include "core/crypto/SignatureScheme.h"

#include <QTest>

#include <atomic>
#include <string>
#include <thread>
#include <vector>

using namespace wedreg::core;
using namespace wedreg::core::crypto;
using namespace wedreg::core::test;

class TestCrypto : public QObject
{
    Q_OBJECT

private slots:
    void aes256GcmOpensTheNistVector()
    {
        // McGrew & Viega, "The Galois/Counter Mode of Operation", test case 16 (AES-256, 96-bit IV, AAD).
        const auto key = fromHex("feffe9928665731c6d6a8f9467308308feffe9928665731c6d6a8f9467308308");
        const auto aad = fromHex("feedfacedeadbeeffeedfacedeadbeefabaddad2");
        const auto sealed = fromHex("cafebabefacedbaddecaf888"
                                    "522dc1f099567d07f47f37a32a84427d643a8cdcbfe5c0c97598a2bd2555d1aa"
                                    "8cb08e48590dbb3da7b08b1056828838c5f61e6393ba7a0abcc9f662"
                                    "76fc6ece0f4e1768cddf8853bb2d551b");
        const auto plain = aes256GcmOpen(key, sealed, aad);
        QVERIFY(plain.has_value());
        QCOMPARE(toHex(*plain), std::string("d9313225f88406e5a55909c5aff5269a86a7a9531534f7da2e4c303d8a318a72"
                                            "1c3c0c95956809532fcf0e2449a6b525b16aedf5aa0de657ba637b39"));
    }

    void aes256GcmRefusesAnyAlteration()
    {
        const Bytes key(kAes256KeyBytes, 0x42);
        const auto sealed = aes256GcmSeal(key, asBytes("11010519491231002X"), asBytes("column"));
        QCOMPARE(sealed.size(), kGcmNonceBytes + 18 + kGcmTagBytes);
        QCOMPARE(toHex(aes256GcmOpen(key, sealed, asBytes("column")).value()), toHex(asBytes("11010519491231002X")));
        QVERIFY(aes256GcmSeal(key, asBytes("x"), {}) != aes256GcmSeal(key, asBytes("x"), {}));  // fresh nonce
        for (std::size_t i = 0; i < sealed.size(); ++i) {
            auto altered = sealed;
            altered[i] ^= 0x01;
            QVERIFY2(!aes256GcmOpen(key, altered, asBytes("column")), qPrintable(QString::number(i)));
        }
        QVERIFY(!aes256GcmOpen(key, sealed, asBytes("other column")));
        QVERIFY(!aes256GcmOpen(Bytes(kAes256KeyBytes, 0x43), sealed, asBytes("column")));
        QVERIFY(!aes256GcmOpen(key, Bytes(10, 0), {}));
        QVERIFY_THROWS_EXCEPTION(CryptoError, aes256GcmSeal(Bytes(16, 0), asBytes("x"), {}));
    }

    void sha256MatchesFips180Vector()
    {
        QCOMPARE(qs(toHex(sha256(asBytes("abc")))),
                 QStringLiteral("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"));
        QCOMPARE(qs(toHex(sha256({}))),
                 QStringLiteral("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"));
    }

    void hmacSha256MatchesRfc4231Case2()
    {
        QCOMPARE(qs(toHex(hmacSha256(asBytes("Jefe"), asBytes("what do ya want for nothing?")))),
                 QStringLiteral("5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843"));
    }

    void randomBytesHaveRequestedLengthAndDiffer()
    {
        const Bytes a = randomBytes(16);
        const Bytes b = randomBytes(16);
        QCOMPARE(a.size(), std::size_t{16});
        QVERIFY(a != b);
        QVERIFY(randomBytes(0).empty());
    }

    void generatedKeysReportTheirType()
    {
        QCOMPARE(keyTypeOf(generateKey(KeyType::EcP256).get()), KeyType::EcP256);
        QCOMPARE(keyTypeOf(generateKey(KeyType::Ed25519).get()), KeyType::Ed25519);
        QCOMPARE(keyTypeOf(generateKey(KeyType::Sm2).get()), KeyType::Sm2);
    }

    void signAndVerifyEveryScheme_data()
    {
        QTest::addColumn<int>("scheme");
        QTest::addColumn<int>("keyType");
        QTest::addColumn<int>("signatureSize");
        QTest::newRow("ES256") << int(SignatureScheme::EcdsaP256Sha256) << int(KeyType::EcP256) << 64;
        QTest::newRow("EdDSA") << int(SignatureScheme::Ed25519) << int(KeyType::Ed25519) << 64;
        QTest::newRow("SM2") << int(SignatureScheme::Sm2Sm3) << int(KeyType::Sm2) << 64;
    }

    void signAndVerifyEveryScheme()
    {
        QFETCH(int, scheme);
        QFETCH(int, keyType);
        QFETCH(int, signatureSize);
        const auto s = static_cast<SignatureScheme>(scheme);
        const EvpPkeyPtr key = generateKey(static_cast<KeyType>(keyType));
        const Bytes message = toBytes("wedreg certificate");
        Bytes signature = signMessage(s, key.get(), message);
        QCOMPARE(int(signature.size()), signatureSize);
        // Verification through the public half only, as a verifier would hold it.
        const EvpPkeyPtr publicKey = parsePublicKeyDer(publicKeyDer(key.get()));
        QVERIFY(verifyMessage(s, publicKey.get(), message, signature));
        QVERIFY(!verifyMessage(s, publicKey.get(), toBytes("wedreg certificatE"), signature));
        signature[10] ^= 0x01;
        QVERIFY(!verifyMessage(s, publicKey.get(), message, signature));
    }

    void preparedVerifierIsSharedSafelyAcrossThreads_data() { signAndVerifyEveryScheme_data(); }

    void preparedVerifierIsSharedSafelyAcrossThreads()
    {
        // One prepared context per trust entry, read by every verifying thread at once: each call must
        // see only its own message and signature (a shared, mutated context would mix them up).
        QFETCH(int, scheme);
        QFETCH(int, keyType);
        const auto s = static_cast<SignatureScheme>(scheme);
        const EvpPkeyPtr key = generateKey(static_cast<KeyType>(keyType));
        const EvpPkeyPtr publicKey = parsePublicKeyDer(publicKeyDer(key.get()));
        const PreparedVerifier verifier(s, publicKey.get());
        std::vector<Bytes> messages;
        std::vector<Bytes> signatures;
        for (int i = 0; i < 8; ++i) {
            messages.push_back(toBytes("certificate " + std::to_string(i)));
            signatures.push_back(signMessage(s, key.get(), messages.back()));
        }
        std::atomic<int> wrongAnswers = 0;
        std::vector<std::thread> threads;
        for (int t = 0; t < 4; ++t) {
            threads.emplace_back([&, t] {
                for (int round = 0; round < 40; ++round) {
                    const std::size_t i = static_cast<std::size_t>((t + round) % 8);
                    const std::size_t other = (i + 1) % 8;
                    if (!verifier.verify(messages[i], signatures[i]) || verifier.verify(messages[i], signatures[other]))
                        ++wrongAnswers;
                }
            });
        }
        for (auto& thread : threads)
            thread.join();
        QCOMPARE(wrongAnswers.load(), 0);
    }

    void preparedVerifierForAForeignKeyRefusesEverything()
    {
        const EvpPkeyPtr ec = generateKey(KeyType::EcP256);
        const Bytes message = toBytes("m");
        const Bytes signature = signMessage(SignatureScheme::EcdsaP256Sha256, ec.get(), message);
        QVERIFY(PreparedVerifier(SignatureScheme::EcdsaP256Sha256, ec.get()).verify(message, signature));
        QVERIFY(!PreparedVerifier(SignatureScheme::Ed25519, ec.get()).verify(message, signature));
        QVERIFY(!PreparedVerifier(SignatureScheme::Sm2Sm3, ec.get()).verify(message, signature));
        QVERIFY(!PreparedVerifier(SignatureScheme::EcdsaP256Sha256, nullptr).verify(message, signature));
    }

    void derEcdsaSignatureIsRejected()
    {
        const EvpPkeyPtr key = generateKey(KeyType::EcP256);
        const Bytes message = toBytes("m");
        const Bytes raw = signMessage(SignatureScheme::EcdsaP256Sha256, key.get(), message);
        const auto der = ecdsaRawToDer(raw);
        QVERIFY(der.has_value());
        QVERIFY(!verifyMessage(SignatureScheme::EcdsaP256Sha256, key.get(), message, *der));
        QCOMPARE(ecdsaDerToRaw(*der, 32), raw);
    }

    void rawToDerWritesWhatOpenSslWrites_data()
    {
        QTest::addColumn<QString>("raw");
        const QString zero32 = QString("00").repeated(32);
        const QString ff32 = QString("ff").repeated(32);
        QTest::newRow("both zero") << zero32 + zero32;
        QTest::newRow("top bits set") << ff32 + ff32;
        QTest::newRow("leading zeros") << "0000007f" + QString("01").repeated(28) + "00000000" + QString("80").repeated(28);
        QTest::newRow("one byte halves") << "0180";
        QTest::newRow("P-521 sized, long form length") << QString("ff").repeated(132);
    }

    void rawToDerWritesWhatOpenSslWrites()
    {
        // The reference: the BIGNUM + i2d_ECDSA_SIG construction the direct writer replaced.
        QFETCH(QString, raw);
        const Bytes bytes = fromHex(raw.toStdString());
        const int half = static_cast<int>(bytes.size() / 2);
        EcdsaSigPtr signature(ECDSA_SIG_new());
        QVERIFY(ECDSA_SIG_set0(signature.get(), BN_bin2bn(bytes.data(), half, nullptr),
                               BN_bin2bn(bytes.data() + half, half, nullptr)) == 1);
        unsigned char* buffer = nullptr;
        const int length = i2d_ECDSA_SIG(signature.get(), &buffer);
        QVERIFY(length > 0);
        const Bytes expected(buffer, buffer + length);
        OPENSSL_free(buffer);
        QCOMPARE(qs(toHex(*ecdsaRawToDer(bytes))), qs(toHex(expected)));
    }

    void rawToDerRefusesOddOrOversizedInput()
    {
        QVERIFY(!ecdsaRawToDer({}));
        QVERIFY(!ecdsaRawToDer(fromHex("000102")));
        QVERIFY(!ecdsaRawToDer(Bytes(134, 1)));
    }

    void sm2SignatureDependsOnDistinguishingId()
    {
        // A signature made with the default (empty) ID must not verify under ours: proves the ID is set.
        const EvpPkeyPtr key = generateKey(KeyType::Sm2);
        const Bytes message = toBytes("m");
        EvpMdCtxPtr md(EVP_MD_CTX_new());
        QVERIFY(EVP_DigestSignInit(md.get(), nullptr, EVP_sm3(), nullptr, key.get()) == 1);
        std::size_t length = 0;
        QVERIFY(EVP_DigestSign(md.get(), nullptr, &length, message.data(), message.size()) == 1);
        Bytes der(length);
        QVERIFY(EVP_DigestSign(md.get(), der.data(), &length, message.data(), message.size()) == 1);
        der.resize(length);
        QVERIFY(!verifyMessage(SignatureScheme::Sm2Sm3, key.get(), message, ecdsaDerToRaw(der, 32)));
    }

    void wrongKeyTypeDoesNotVerify()
    {
        const EvpPkeyPtr ec = generateKey(KeyType::EcP256);
        const EvpPkeyPtr ed = generateKey(KeyType::Ed25519);
        const Bytes message = toBytes("m");
        const Bytes signature = signMessage(SignatureScheme::EcdsaP256Sha256, ec.get(), message);
        QVERIFY(!verifyMessage(SignatureScheme::Ed25519, ed.get(), message, signature));
        QVERIFY(!verifyMessage(SignatureScheme::RsaPssSha256, ec.get(), message, signature));
        QVERIFY(thrownBy<CryptoError>([&] { signMessage(SignatureScheme::Ed25519, ec.get(), message); }));
    }

    void selfSignedCertificatesRoundTripForEveryKeyType_data()
    {
        QTest::addColumn<int>("keyType");
        QTest::newRow("P-256") << int(KeyType::EcP256);
        QTest::newRow("Ed25519") << int(KeyType::Ed25519);
        QTest::newRow("SM2") << int(KeyType::Sm2);
    }

    void selfSignedCertificatesRoundTripForEveryKeyType()
    {
        QFETCH(int, keyType);
        const EvpPkeyPtr key = generateKey(static_cast<KeyType>(keyType));
        const X509Ptr certificate = makeSelfSignedCertificate(key.get(), "wedreg test office");
        const Bytes der = certificateDer(certificate.get());
        const X509Ptr parsed = parseCertificateDer(der);
        QCOMPARE(certificateDer(parsed.get()), der);
        QCOMPARE(publicKeyDer(publicKeyOf(parsed.get()).get()), publicKeyDer(key.get()));
        const X509Ptr fromPem = parseCertificatePem(certificatePem(certificate.get()));
        QCOMPARE(certificateDer(fromPem.get()), der);
        QVERIFY(extendedKeyUsageOids(certificate.get()).empty());
    }

    void malformedInputThrowsCryptoErrorWithQueueText()
    {
        const auto error = thrownBy<CryptoError>([] { parseCertificateDer(toBytes("not a certificate")); });
        QVERIFY(error.has_value());
        QCOMPARE(qs(error->code()), QStringLiteral("certificate-der"));
        QVERIFY(!error->openSslErrors().empty());
        QVERIFY(thrownBy<CryptoError>([] { parsePublicKeyDer({}); }));
        QVERIFY(thrownBy<CryptoError>([] { ecdsaDerToRaw(toBytes("\x30\x02"), 32); }));
    }

    void privateKeyPemRoundTrips_data()
    {
        QTest::addColumn<int>("keyType");
        QTest::addColumn<int>("scheme");
        QTest::newRow("P-256") << int(KeyType::EcP256) << int(SignatureScheme::EcdsaP256Sha256);
        QTest::newRow("Ed25519") << int(KeyType::Ed25519) << int(SignatureScheme::Ed25519);
        QTest::newRow("SM2") << int(KeyType::Sm2) << int(SignatureScheme::Sm2Sm3);
    }

    // Office keys live in PEM files (certs/make-dev-signing-keys); a reloaded key must still sign as
    // its type, SM2 included (OpenSSL may load it as an EC key on the SM2 curve).
    void privateKeyPemRoundTrips()
    {
        QFETCH(int, keyType);
        QFETCH(int, scheme);
        const EvpPkeyPtr key = generateKey(static_cast<KeyType>(keyType));
        const EvpPkeyPtr back = parsePrivateKeyPem(privateKeyPem(key.get()));
        QCOMPARE(publicKeyDer(back.get()), publicKeyDer(key.get()));
        QCOMPARE(int(keyTypeOf(back.get())), keyType);
        const Bytes message = toBytes("m");
        const auto s = static_cast<SignatureScheme>(scheme);
        QVERIFY(verifyMessage(s, key.get(), message, signMessage(s, back.get(), message)));
    }
};

QTEST_APPLESS_MAIN(TestCrypto)
#include "tst_crypto.moc"
