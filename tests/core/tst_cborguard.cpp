// SPDX-License-Identifier: Apache-2.0
// The verification hot path reads CBOR through CborDocument/CborView instead of libcbor's item tree.
// That is only safe if both agree on every input: the guard accepts exactly what cbor_load accepts,
// and a view reads the same values a CborItem reads. Checked here against libcbor itself, on
// hand-picked edge cases and on many mutations of a real certificate and of random byte soup.

#include "CertTestSupport.h"
#include "core/cert/CborDocument.h"
#include "core/cert/CborInputGuard.h"
#include "core/cert/CborItem.h"
#include "core/cert/CertificateError.h"
#include "core/cert/CoseSign1.h"

#include <cbor.h>

#include <QTest>

#include <random>

using namespace wedreg::core;
using namespace wedreg::core::cert;
using namespace wedreg::core::test;

// The reference, cbor_load, is handed hostile declared sizes on purpose (the codec itself never
// calls it unguarded). Under AddressSanitizer (the asan preset) a failed huge allocation must come
// back as NULL, as it does from glibc, so that libcbor reports an error instead of the run aborting.
extern "C" const char* __asan_default_options()
{
    return "allocator_may_return_null=1";
}

namespace {

// Does libcbor's builder accept these bytes (after the leading tags the codec reads itself)?
bool cborLoadAccepts(ByteView data)
{
    try {
        takeLeadingTags(data);
    } catch (const CertificateError&) {
        return false;
    }
    if (data.empty()) {
        return false;
    }
    cbor_load_result result{};
    cbor_item_t* item = cbor_load(data.data(), data.size(), &result);
    const bool ok = item && result.error.code == CBOR_ERR_NONE && result.read == data.size();
    if (item) {
        cbor_decref(&item);
    }
    return ok;
}

// Throws a QString naming the first difference between the view and libcbor's item.
void compare(const CborView& view, const CborItem& item, const QString& path)
{
    const auto differ = [&](const char* what) { throw QString("%1: %2").arg(path, what); };
    cbor_item_t* raw = item.get();
    if (view.asInteger() != item.asInteger()) {
        differ("integer");
    }
    if (view.asText() != item.asText()) {
        differ("text");
    }
    if (view.asBytes() != item.asBytes()) {
        differ("bytes");
    }
    if (view.tagValue() != item.tagValue()) {
        differ("tag");
    }
    if ((view.major() == CborMajor::Array) != item.isArray() || (view.major() == CborMajor::Map) != item.isMap()) {
        differ("type");
    }
    if (item.isTag()) {
        compare(*view.taggedItem(), item.taggedItem(), path + "/tag");
    }
    if (item.isArray()) {
        if (view.size() != item.arraySize()) {
            differ("array size");
        }
        auto children = view.children();
        for (std::size_t i = 0; i < item.arraySize(); ++i) {
            compare(children.next(), item.at(i), path + QString("/%1").arg(i));
        }
    }
    if (item.isMap()) {
        const auto entries = item.entries();
        if (view.size() != entries.size()) {
            differ("map size");
        }
        auto children = view.children();
        for (std::size_t i = 0; i < entries.size(); ++i) {
            const CborView key = children.next();
            const Bytes written = entries[i].first.encode();
            if (key.keyIdentity() != std::string(written.begin(), written.end())) {
                differ("key identity");
            }
            compare(key, entries[i].first, path + QString("/key%1").arg(i));
            compare(children.next(), entries[i].second, path + QString("/value%1").arg(i));
        }
    }
    (void)raw;
}

// The guard and libcbor agree on acceptance; where both accept, the view reads what CborItem reads.
// Returns an empty string or the disagreement.
QString disagreement(const Bytes& data)
{
    const bool libcbor = cborLoadAccepts(data);
    std::optional<CborDocument> document;
    try {
        document.emplace(data);
    } catch (const CertificateError&) {
    }
    if (libcbor != document.has_value()) {
        return QString("%1: libcbor %2, guard %3")
            .arg(QString::fromStdString(toHex(data)), libcbor ? "accepts" : "refuses", libcbor ? "refuses" : "accepts");
    }
    if (!document || !document->leadingTags().empty()) {
        return {};
    }
    try {
        compare(document->root(), CborItem::decode(data), QString::fromStdString(toHex(data)));
    } catch (const QString& difference) {
        return difference;
    }
    return {};
}

} // namespace

class TestCborGuard : public QObject
{
    Q_OBJECT

private slots:
    void guardAgreesWithCborLoad_data()
    {
        QTest::addColumn<QString>("cbor");
        QTest::newRow("invalid UTF-8") << "61ff";
        QTest::newRow("valid UTF-8") << "62c3a9";
        QTest::newRow("surrogate") << "63eda080";
        QTest::newRow("overlong") << "62c080";
        QTest::newRow("above U+10FFFF") << "64f4908080";
        QTest::newRow("UTF-8 split over chunks") << "7f61c361a9ff";
        QTest::newRow("indefinite map, odd") << "bf01ff";
        QTest::newRow("indefinite map, even") << "bf0102ff";
        QTest::newRow("tag before break") << "9fd864ff";
        QTest::newRow("tag then break at top") << "d864ff";
        QTest::newRow("text chunk in bytes") << "5f6141ff";
        QTest::newRow("bytes chunk in text") << "7f4100ff";
        QTest::newRow("nested indefinite bytes") << "5f5fffff";
        QTest::newRow("map in indefinite bytes") << "5fa0ff";
        QTest::newRow("tag in indefinite bytes") << "5fd86441 00ff";
        QTest::newRow("int in indefinite text") << "7f01ff";
        QTest::newRow("empty indefinite bytes") << "5fff";
        QTest::newRow("bytes chunks") << "5f41004101ff";
        QTest::newRow("break in definite array") << "81ff";
        QTest::newRow("break as map value") << "a101ff";
        QTest::newRow("simple value f8") << "f820";
        QTest::newRow("undefined, half float") << "82f7f90000";
        QTest::newRow("tagged empty array in indefinite array") << "9fd86480ff";
        QTest::newRow("nested indefinite arrays") << "9f9f9fffff01ff";
        QTest::newRow("keys of three widths") << "a301001801011901000102";
        QTest::newRow("indefinite text key") << "a17f6161ff01";
        QTest::newRow("array key") << "a1820102f6";
        QTest::newRow("negative keys") << "a3200038000139000002";
        QTest::newRow("uint64 max") << "1bffffffffffffffff";
        QTest::newRow("negint64 max") << "3bffffffffffffffff";
        QTest::newRow("leading COSE tag") << "d28440a04040";
        QTest::newRow("tag chain inside") << "81d864d86401";
        QTest::newRow("key under ten tags") << "a1" + QString("d864").repeated(10) + "0102";
        QTest::newRow("value under a thousand tags") << "a101" + QString("d864").repeated(1000) + "02";
    }

    void guardAgreesWithCborLoad()
    {
        QFETCH(QString, cbor);
        const QString difference = disagreement(fromHex(cbor.remove(' ').toStdString()));
        QVERIFY2(difference.isEmpty(), qPrintable(difference));
    }

    void guardAgreesWithCborLoadOnMutatedCertificates()
    {
        const TestSigner signer = makeSigner(crypto::KeyType::EcP256);
        const Bytes claims = sampleClaims().encode();
        const Bytes message = CoseSign1::sign(claims, *signer.signer);
        std::mt19937 random(20261125);
        int accepted = 0;
        for (int round = 0; round < 6000; ++round) {
            Bytes mutated = round % 2 ? claims : message;
            const int edits = 1 + static_cast<int>(random() % 3);
            for (int e = 0; e < edits && !mutated.empty(); ++e) {
                const std::size_t at = random() % mutated.size();
                switch (random() % 4) {
                case 0: mutated[at] = static_cast<std::uint8_t>(random()); break;
                case 1: mutated.erase(mutated.begin() + static_cast<long>(at)); break;
                case 2: mutated.insert(mutated.begin() + static_cast<long>(at), static_cast<std::uint8_t>(random())); break;
                default: mutated[at] ^= static_cast<std::uint8_t>(1u << (random() % 8)); break;
                }
            }
            const QString difference = disagreement(mutated);
            QVERIFY2(difference.isEmpty(), qPrintable(difference));
            accepted += cborLoadAccepts(mutated) ? 1 : 0;
        }
        QVERIFY(accepted > 100); // the mutations reached the readers, not only the refusals
    }

    void guardAgreesWithCborLoadOnStructuralSoup()
    {
        // Short strings of the bytes that open, close, tag and chunk items: where the builder's rules live.
        static constexpr std::uint8_t kAlphabet[] = {0x5f, 0x7f, 0x9f, 0xbf, 0xff, 0xd8, 0x64, 0x61, 0x62, 0xc3,
                                                     0xa9, 0x41, 0x40, 0x60, 0x01, 0x00, 0x80, 0x81, 0xa0, 0xa1,
                                                     0x18, 0x19, 0xf6, 0xf9, 0x82, 0xd2};
        std::mt19937 random(5200);
        int accepted = 0;
        for (int round = 0; round < 20000; ++round) {
            Bytes soup(1 + random() % 8);
            for (auto& byte : soup) {
                byte = kAlphabet[random() % std::size(kAlphabet)];
            }
            const QString difference = disagreement(soup);
            QVERIFY2(difference.isEmpty(), qPrintable(difference));
            accepted += cborLoadAccepts(soup) ? 1 : 0;
        }
        QVERIFY(accepted > 500);
    }
};

QTEST_GUILESS_MAIN(TestCborGuard)
#include "tst_cborguard.moc"
