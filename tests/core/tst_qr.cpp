// SPDX-License-Identifier: Apache-2.0
// QR encode (ZXing, ECC Q, quiet zone 4) and decode from luma images and PNG files, including the
// ways real pictures differ from ours: rotated, scaled, colour with alpha, filtered PNG rows.

#include "CoreTestSupport.h"

#include "core/cert/Zlib.h"
#include "core/qr/PngCodec.h"
#include "core/qr/QrEncoder.h"
#include "core/qr/QrError.h"
#include "core/qr/QrReader.h"

#include <QTest>

#include <zlib.h>

using namespace wedreg::core;
using namespace wedreg::core::qr;
using namespace wedreg::core::test;

namespace {

constexpr std::string_view kText = "MC1:6BFOXN*TS0BI$ZD4N9:9S6RCVN5+O30K3/XIV0W23NTDEHBHMBSWBFO4";

void putU32(Bytes& out, std::uint32_t v)
{
    for (int shift = 24; shift >= 0; shift -= 8) {
        out.push_back(static_cast<std::uint8_t>(v >> shift));
    }
}

void putChunk(Bytes& out, const char* type, const Bytes& data)
{
    putU32(out, static_cast<std::uint32_t>(data.size()));
    Bytes body(type, type + 4);
    body.insert(body.end(), data.begin(), data.end());
    out.insert(out.end(), body.begin(), body.end());
    putU32(out, static_cast<std::uint32_t>(crc32(0, body.data(), static_cast<uInt>(body.size()))));
}

// An RGBA PNG whose rows use the Sub and Up filters, built independently of PngCodec's writer.
Bytes rgbaPngWithFilters(const GrayImage& image)
{
    Bytes png = {0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};
    Bytes header;
    putU32(header, static_cast<std::uint32_t>(image.width));
    putU32(header, static_cast<std::uint32_t>(image.height));
    header.insert(header.end(), {8, 6, 0, 0, 0});
    putChunk(png, "IHDR", header);
    Bytes raw;
    const std::size_t stride = static_cast<std::size_t>(image.width) * 4;
    Bytes previous(stride, 0);
    for (int y = 0; y < image.height; ++y) {
        Bytes line;
        for (int x = 0; x < image.width; ++x) {
            const std::uint8_t v = image.at(x, y);
            // Dark modules as dark blue, opaque; light ones fully transparent (reads as white paper).
            line.insert(line.end(), {static_cast<std::uint8_t>(v / 4), static_cast<std::uint8_t>(v / 4),
                                     static_cast<std::uint8_t>(v ? 0 : 90), static_cast<std::uint8_t>(v ? 0 : 255)});
        }
        const std::uint8_t filter = y % 2 == 0 ? 1 : 2;
        raw.push_back(filter);
        for (std::size_t i = 0; i < stride; ++i) {
            const std::uint8_t predictor = filter == 1 ? (i >= 4 ? line[i - 4] : 0) : previous[i];
            raw.push_back(static_cast<std::uint8_t>(line[i] - predictor));
        }
        previous = line;
    }
    putChunk(png, "IDAT", cert::Zlib::deflate(raw));
    putChunk(png, "IEND", {});
    return png;
}

GrayImage rotate90(const GrayImage& in)
{
    GrayImage out;
    out.width = in.height;
    out.height = in.width;
    out.pixels.resize(in.pixels.size());
    for (int y = 0; y < in.height; ++y) {
        for (int x = 0; x < in.width; ++x) {
            out.pixels[static_cast<std::size_t>(x) * static_cast<std::size_t>(out.width)
                       + static_cast<std::size_t>(in.height - 1 - y)] = in.at(x, y);
        }
    }
    return out;
}

} // namespace

class TestQr : public QObject
{
    Q_OBJECT

private slots:
    void encodesWithQuietZoneAndReportsVersion()
    {
        const QrSymbol symbol = QrEncoder::encode("HELLO");
        QCOMPARE(symbol.margin(), 4);
        QCOMPARE(symbol.version(), 1);
        QCOMPARE(symbol.size(), 21 + 2 * 4);
        // Quiet zone is light; the top-left finder pattern starts dark right after it.
        QVERIFY(!symbol.isDark(0, 0));
        QVERIFY(!symbol.isDark(3, 3));
        QVERIFY(symbol.isDark(4, 4));
    }

    void pngRoundTripsAndReads()
    {
        const QrSymbol symbol = QrEncoder::encode(kText);
        const GrayImage image = symbol.toImage(3);
        const Bytes png = symbol.toPng(3);
        const GrayImage back = PngCodec::decode(png);
        QCOMPARE(back.width, image.width);
        QCOMPARE(back.height, image.height);
        QVERIFY(back.pixels == image.pixels);
        const auto read = QrReader::readPng(png);
        QVERIFY(read.has_value());
        QCOMPARE(qs(read->text), qs(kText));
        QCOMPARE(qs(read->ecLevel), QStringLiteral("Q"));
    }

    void readsRotatedAndScaledImages()
    {
        const GrayImage rotated = rotate90(QrEncoder::encode(kText).toImage(2));
        const auto read = QrReader::read(rotated);
        QVERIFY(read.has_value());
        QCOMPARE(qs(read->text), qs(kText));
        // A large camera-like frame (12 px per module) exercises the downscale path.
        const auto large = QrReader::read(QrEncoder::encode(kText).toImage(12));
        QVERIFY(large.has_value());
        QCOMPARE(qs(large->text), qs(kText));
    }

    void readsFilteredRgbaPng()
    {
        const Bytes png = rgbaPngWithFilters(QrEncoder::encode(kText).toImage(3));
        const auto read = QrReader::readPng(png);
        QVERIFY(read.has_value());
        QCOMPARE(qs(read->text), qs(kText));
    }

    void bytesAboveAsciiSurviveEncodeAndDecode()
    {
        const std::string binary = "caf\xc3\xa9 \x80\xff";
        const auto read = QrReader::read(QrEncoder::encode(binary).toImage(3));
        QVERIFY(read.has_value());
        // Compared as bytes: the payload comes from Result::bytes(), with no character-set guessing.
        QCOMPARE(QByteArray::fromStdString(read->text), QByteArray::fromStdString(binary));
    }

    void blankImageHasNoCode()
    {
        GrayImage blank;
        blank.width = blank.height = 100;
        blank.pixels.assign(100 * 100, 255);
        QVERIFY(!QrReader::read(blank).has_value());
        QVERIFY(!QrReader::read(nullptr, 10, 10).has_value());
    }

    void svgScalesModules()
    {
        const QrSymbol symbol = QrEncoder::encode("HELLO");
        const std::string svg = symbol.toSvg();
        QVERIFY(svg.starts_with("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 29 29\""));
        QVERIFY(svg.find("M4 4h1v1h-1z") != std::string::npos);
        QVERIFY(svg.find("M0 0h1") == std::string::npos);
    }

    void pngDecoderRejectsBadFiles_data()
    {
        QTest::addColumn<int>("mutation");
        QTest::addColumn<QString>("code");
        QTest::newRow("not a PNG") << 0 << "png-signature";
        QTest::newRow("truncated") << 1 << "png-chunk";
        QTest::newRow("CRC mismatch") << 2 << "png-crc";
        QTest::newRow("interlaced") << 3 << "png-unsupported";
        QTest::newRow("16-bit") << 4 << "png-unsupported";
        QTest::newRow("huge dimensions") << 5 << "png-size";
    }

    void pngDecoderRejectsBadFiles()
    {
        QFETCH(int, mutation);
        QFETCH(QString, code);
        Bytes png = QrEncoder::encode("HELLO").toPng(2);
        const auto patchHeader = [&](std::size_t offset, std::uint8_t value) {
            png[offset] = value;
            // Recompute the IHDR CRC so only the intended property is wrong.
            const auto crc = crc32(0, png.data() + 12, 17);
            for (int i = 0; i < 4; ++i) {
                png[29 + static_cast<std::size_t>(i)] = static_cast<std::uint8_t>(crc >> (24 - 8 * i));
            }
        };
        switch (mutation) {
        case 0: png[1] = 'Q'; break;
        case 1: png.resize(40); break;
        case 2: png[20] ^= 0x01; break;
        case 3: patchHeader(28, 1); break;
        case 4: patchHeader(24, 16); break;
        case 5: patchHeader(16, 0x7f); break;
        }
        const auto error = thrownBy<QrError>([&] { PngCodec::decode(png); });
        QVERIFY(error.has_value());
        QCOMPARE(qs(error->code()), code);
    }

    void textTooLongForAnyVersionIsTypedError()
    {
        const auto error = thrownBy<QrError>([] { QrEncoder::encode(std::string(5000, 'A')); });
        QVERIFY(error.has_value());
        QCOMPARE(qs(error->code()), QStringLiteral("qr-encode"));
    }
};

QTEST_APPLESS_MAIN(TestQr)
#include "tst_qr.moc"
