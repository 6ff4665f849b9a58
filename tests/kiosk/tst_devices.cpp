// SPDX-License-Identifier: Apache-2.0
// The development devices: the simulated ID-card reader, the image-file QR source (decoding what
// QrCodeItem renders), and the PDF printer that leaves nothing behind.
#include "core/identity/ResidentId.h"
#include "kiosk/booking/QrCodeItem.h"
#include "kiosk/devices/ImageFileQrSource.h"
#include "kiosk/devices/PdfPrinter.h"
#include "kiosk/devices/SimulatedIdentityReader.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace wedreg::kiosk;

class TestDevices : public QObject {
  Q_OBJECT

 private slots:
  void demoCardsAreValidNumbers() {
    for (const SimulatedIdentityReader::Card& card : SimulatedIdentityReader::demoCards()) {
      const QByteArray id = card.idNumber.toLatin1();
      QVERIFY(wedreg::core::ResidentId::tryParse(id.toStdString(), wedreg::core::todayInShanghai()));
      QVERIFY(!card.name.isEmpty());
    }
  }

  void readerReadsTheConfiguredCardsInTurn() {
    SimulatedIdentityReader::setCards({{QStringLiteral("A"), QStringLiteral("甲")},
                                       {QStringLiteral("B"), QStringLiteral("乙")}});
    SimulatedIdentityReader reader;
    reader.setDelayMs(10);
    QSignalSpy read(&reader, &IdentityReader::cardRead);
    reader.read();
    QVERIFY(reader.reading());
    QVERIFY(read.wait(1000));
    QVERIFY(!reader.reading());
    QCOMPARE(read.at(0).at(0).toString(), QStringLiteral("A"));
    reader.read();
    QVERIFY(read.wait(1000));
    QCOMPARE(read.at(1).at(1).toString(), QStringLiteral("乙"));
    reader.read();
    QVERIFY(read.wait(1000));
    QCOMPARE(read.at(2).at(0).toString(), QStringLiteral("A"));  // cycles
    SimulatedIdentityReader::setCards(SimulatedIdentityReader::demoCards());
  }

  void emptyReaderSaysSo() {
    SimulatedIdentityReader::setCards({});
    SimulatedIdentityReader reader;
    reader.setDelayMs(10);
    QSignalSpy error(&reader, &IdentityReader::errorTextChanged);
    reader.read();
    QVERIFY(error.wait(1000));
    QVERIFY(!reader.errorText().isEmpty());
    SimulatedIdentityReader::setCards(SimulatedIdentityReader::demoCards());
  }

  void cancelStopsARead() {
    SimulatedIdentityReader reader;
    reader.setDelayMs(50);
    QSignalSpy read(&reader, &IdentityReader::cardRead);
    reader.read();
    reader.cancel();
    QTest::qWait(120);
    QCOMPARE(read.count(), 0);
    QVERIFY(!reader.reading());
  }

  void qrItemRendersWhatTheFileSourceReads() {
    const QString text = QStringLiteral("WEDREG:APT:apt-1:K7Q2M9");
    const QImage symbol = QrCodeItem::render(text);
    QVERIFY(!symbol.isNull());
    QCOMPARE(symbol.pixelColor(0, 0), QColor(Qt::white));  // the quiet zone
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("qr.png"));
    QVERIFY(symbol.scaled(symbol.size() * 6).save(path));
    ImageFileQrSource source;
    QSignalSpy scanned(&source, &QrScanner::scanned);
    QVERIFY(source.scanFile(path));
    QCOMPARE(scanned.count(), 1);
    QCOMPARE(scanned.at(0).at(0).toString(), text);
    QVERIFY(source.errorText().isEmpty());
  }

  void fileSourceSaysWhatWentWrong() {
    ImageFileQrSource source;
    QVERIFY(!source.scanFile(QStringLiteral("/nonexistent/none.png")));
    QVERIFY(!source.errorText().isEmpty());
    QImage blank(200, 200, QImage::Format_Grayscale8);
    blank.fill(Qt::white);
    QVERIFY(!source.scanImage(blank));
    QVERIFY(!source.errorText().isEmpty());
  }

  void qrItemForgetsItsImage() {
    QrCodeItem item;
    item.setText(QStringLiteral("MC1:ABC"));
    QVERIFY(item.valid());
    QVERIFY(item.modules() >= 21 + 8);
    item.setText({});
    QVERIFY(!item.valid());
    QVERIFY(item.symbol().isNull());
  }

  void pdfPrinterLeavesNothingBehind() {
    PdfPrinter printer;
    QVERIFY(printer.printPage(QStringLiteral("预约凭证"), {QStringLiteral("K7Q2M9")},
                              QrCodeItem::render(QStringLiteral("WEDREG:APT:apt-1"))));
    const QString file = printer.lastFile();
    QVERIFY(QFileInfo(file).size() > 1000);
    const QString directory = QFileInfo(file).absolutePath();
    printer.clear();
    QVERIFY(!QFileInfo::exists(file));
    QVERIFY(!QFileInfo::exists(directory));
    QVERIFY(printer.lastFile().isEmpty());
  }

  // A ceremony's running order is longer than a page: every line is printed, on further pages
  // (before, the lines below the foot of the first page were lost).
  void pdfPrinterTurnsThePageForALongList() {
    const auto pagesOf = [](const QString& path) {
      QFile file(path);
      if (!file.open(QIODevice::ReadOnly)) {
        return -1;
      }
      // Qt's PDF writer leaves page objects uncompressed: "/Type /Page" (not "/Pages").
      const QByteArray pdf = file.readAll();
      int pages = 0;
      for (qsizetype at = pdf.indexOf("/Type /Page"); at >= 0; at = pdf.indexOf("/Type /Page", at + 1)) {
        pages += pdf.mid(at, 12) != "/Type /Pages" ? 1 : 0;
      }
      return pages;
    };
    PdfPrinter printer;
    QVERIFY(printer.printPage(QStringLiteral("仪式流程"), {QStringLiteral("第1场")}, {}));
    QCOMPARE(pagesOf(printer.lastFile()), 1);
    QStringList lines;
    for (int i = 1; i <= 60; ++i) {
      lines.append(QStringLiteral("%1. 09:%2  张三 · 李四").arg(i).arg(i % 60, 2, 10, QLatin1Char('0')));
    }
    QVERIFY(printer.printPage(QStringLiteral("仪式流程"), lines, {}));
    QCOMPARE(pagesOf(printer.lastFile()), 3);  // 28 lines a page on A5
    printer.clear();
  }
};

QTEST_MAIN(TestDevices)
#include "tst_devices.moc"
