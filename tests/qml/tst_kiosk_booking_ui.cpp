// SPDX-License-Identifier: Apache-2.0
// The booking journey through the real Main.qml against FakeServer: service -> hall -> day -> slot ->
// both people (card reader and keypad) -> declaration -> confirmation with the QR code; a refusal
// that keeps the form; the idle wipe; offline. Writes a screenshot of every screen in zh_CN, en and
// large text.
#include "kiosk/booking/AppointmentDraft.h"
#include "kiosk/booking/DayListModel.h"
#include "kiosk/booking/QrCodeItem.h"
#include "kiosk/booking/SlotListModel.h"
#include "kiosk/devices/ImageFileQrSource.h"
#include "kiosk/devices/PdfPrinter.h"
#include "kiosk/devices/SimulatedIdentityReader.h"
#include "tests/qml/UiHarness.h"

#include <QDirIterator>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStandardPaths>
#include <QTemporaryDir>

using namespace wedreg::kiosk;
using wedreg::kiosk::test::FakeServer;
using wedreg::kiosk::test::UiHarness;

namespace {
QDate beijingToday() {
  return toBeijing(QDateTime::currentDateTimeUtc()).date();
}

// Every file under the places a careless kiosk could leave personal data: the working directory and
// every writable standard location.
QStringList filesOnDisk() {
  QStringList roots{QDir::currentPath()};
  for (const auto location : {QStandardPaths::AppDataLocation, QStandardPaths::AppLocalDataLocation,
                              QStandardPaths::CacheLocation, QStandardPaths::GenericCacheLocation,
                              QStandardPaths::AppConfigLocation, QStandardPaths::GenericDataLocation,
                              QStandardPaths::TempLocation, QStandardPaths::HomeLocation}) {
    roots.append(QStandardPaths::writableLocation(location));
  }
  QStringList files;
  for (const QString& root : roots) {
    QDirIterator it(root, QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot, QDirIterator::Subdirectories);
    while (it.hasNext()) {
      files.append(it.next());
    }
  }
  files.sort();
  files.removeDuplicates();
  return files;
}

// Points HOME, the XDG directories, TMPDIR and the working directory at empty directories of a
// sandbox for the life of this object, so "no file was written" can be checked exactly (the shared
// /tmp sees other processes' files).
class DiskSandbox {
 public:
  DiskSandbox() : m_oldCwd(QDir::currentPath()) {
    for (const char* name : {"HOME", "XDG_CACHE_HOME", "XDG_CONFIG_HOME", "XDG_DATA_HOME", "TMPDIR"}) {
      m_oldEnv.append({name, qgetenv(name)});
      const QString dir = m_dir.filePath(QString::fromLatin1(name));
      QDir().mkpath(dir);
      qputenv(name, dir.toLocal8Bit());
    }
    QDir().mkpath(m_dir.filePath(QStringLiteral("cwd")));
    QDir::setCurrent(m_dir.filePath(QStringLiteral("cwd")));
  }
  ~DiskSandbox() {
    QDir::setCurrent(m_oldCwd);
    for (const auto& [name, value] : m_oldEnv) {
      if (value.isNull()) {
        qunsetenv(name);
      } else {
        qputenv(name, value);
      }
    }
  }
  bool valid() const { return m_dir.isValid(); }
  QString path() const { return m_dir.path(); }

 private:
  QTemporaryDir m_dir;
  QString m_oldCwd;
  QList<QPair<const char*, QByteArray>> m_oldEnv;
};

}  // namespace

class TestKioskBookingUi : public QObject {
  Q_OBJECT

 private:
  AppointmentDraft* draft() const { return m_ui.object<AppointmentDraft>("bookingDraft"); }

  bool typeOnKeypad(const QString& digits) { return m_ui.typeOnKeypad(QStringLiteral("keypad"), digits); }

  // From the attract page to the declaration page, shooting each screen as <screen>-<suffix>.
  void walkToDeclaration(const QString& suffix) {
    m_ui.tapToStart();
    QVERIFY(m_ui.waitForPage(QStringLiteral("servicePage")));
    // Booking is enabled once the first health poll has answered.
    QTRY_VERIFY(m_ui.item(QStringLiteral("service-marriage"))->isEnabled());
    QVERIFY(m_ui.clickItem(QStringLiteral("service-marriage")));
    QVERIFY(m_ui.waitForPage(QStringLiteral("hallListPage")));
    QTRY_VERIFY(m_ui.itemWithText(QStringLiteral("西湖特色婚姻登记点")) != nullptr ||
                m_ui.itemWithText(QStringLiteral("West Lake Themed Registration Spot")) != nullptr);
    QVERIFY(m_ui.clickText(LanguageController::instance()->language() == QLatin1String("en")
                               ? QStringLiteral("West Lake Themed Registration Spot")
                               : QStringLiteral("西湖特色婚姻登记点")));
    QVERIFY(m_ui.waitForPage(QStringLiteral("bookingTimePage")));
    const QString today = QStringLiteral("day-") + beijingToday().toString(Qt::ISODate);
    QTRY_VERIFY(m_ui.item(today) != nullptr);
    // Show the day with a not-yet-open slot first (its countdown), then choose today.
    QVERIFY(m_ui.clickItem(QStringLiteral("day-") + beijingToday().addDays(2).toString(Qt::ISODate)));
    QTRY_VERIFY(m_ui.item(QStringLiteral("slot-s-4")) != nullptr);
    QVERIFY(!m_ui.item(QStringLiteral("slot-s-4"))->isEnabled());
    QVERIFY(m_ui.shoot(QStringLiteral("booking-time-notopen-") + suffix));
    QVERIFY(m_ui.clickItem(today));
    QTRY_VERIFY(m_ui.item(QStringLiteral("slot-s-1")) != nullptr);
    QVERIFY(!m_ui.item(QStringLiteral("slot-s-2"))->isEnabled());  // full
    QVERIFY(m_ui.shoot(QStringLiteral("booking-time-") + suffix));
    QVERIFY(m_ui.clickItem(QStringLiteral("slot-s-1")));

    // Person 1: the card reader, then the phone on the keypad.
    QVERIFY(m_ui.waitForPage(QStringLiteral("partyPage0")));
    QVERIFY(m_ui.shoot(QStringLiteral("booking-party-empty-") + suffix));
    QVERIFY(m_ui.clickText(tr2("Read ID card", "读取身份证")));
    QTRY_VERIFY(!draft()->first()->idNumber().isEmpty());
    QCOMPARE(draft()->first()->name(), QStringLiteral("张明"));
    QVERIFY(typeOnKeypad(QStringLiteral("13800138000")));
    QCOMPARE(draft()->first()->phone(), QStringLiteral("13800138000"));
    QVERIFY(m_ui.shoot(QStringLiteral("booking-party-") + suffix));
    QVERIFY(m_ui.clickText(tr2("Next ›", "下一步 ›")));

    // Person 2: a typo in the ID number is caught before anything is sent.
    QVERIFY(m_ui.waitForPage(QStringLiteral("partyPage1")));
    QVERIFY(m_ui.clickItem(QStringLiteral("idField")));
    // A quick double tap on one key types it twice (Qt reports the second tap as a double click).
    QQuickItem* one = UiHarness::itemWithText(m_ui.item(QStringLiteral("keypad")), QStringLiteral("1"));
    QVERIFY(one != nullptr);
    QTest::mouseDClick(m_ui.window, Qt::LeftButton, {},
                       one->mapToScene(QPointF(one->width() / 2, one->height() / 2)).toPoint());
    QTRY_COMPARE(draft()->second()->idNumber(), QStringLiteral("11"));
    QVERIFY(typeOnKeypad(QStringLiteral("0101199608150021")));
    QCOMPARE(draft()->second()->idNumber(), QStringLiteral("110101199608150021"));
    QVERIFY(m_ui.clickItem(QStringLiteral("phoneField")));
    QVERIFY(typeOnKeypad(QStringLiteral("13900139000")));
    QVERIFY(m_ui.clickText(tr2("Next ›", "下一步 ›")));
    QTRY_VERIFY(!draft()->second()->idError().isEmpty());
    QVERIFY(m_ui.screenText().contains(draft()->second()->idError()));
    QVERIFY(m_ui.shoot(QStringLiteral("booking-party-error-") + suffix));
    QVERIFY(m_ui.clickText(tr2("Read ID card", "读取身份证")));
    QTRY_COMPARE(draft()->second()->name(), QStringLiteral("李华"));
    QVERIFY(draft()->second()->idError().isEmpty());
    QVERIFY(m_ui.clickText(tr2("Next ›", "下一步 ›")));
    QVERIFY(m_ui.waitForPage(QStringLiteral("declarationPage")));
  }

  static QString tr2(const char* en, const char* zh) {
    return LanguageController::instance()->language() == QLatin1String("en") ? QString::fromUtf8(en)
                                                                             : QString::fromUtf8(zh);
  }

  void bookAndConfirm(const QString& suffix) {
    walkToDeclaration(suffix);
    if (QTest::currentTestFailed()) {
      return;
    }
    QVERIFY(m_ui.shoot(QStringLiteral("booking-declaration-") + suffix));
    QVERIFY(m_ui.clickItem(QStringLiteral("declarationCheck")));
    QTRY_VERIFY(draft()->declarationAccepted());
    QVERIFY(m_ui.clickText(tr2("Book", "提交预约")));
    QVERIFY(m_ui.waitForPage(QStringLiteral("confirmationPage")));
    QTRY_VERIFY(m_ui.screenText().contains(QString::fromLatin1(FakeServer::kCheckInCode)));
    auto* qr = qobject_cast<QrCodeItem*>(m_ui.item(QStringLiteral("bookingQr")));
    QVERIFY(qr != nullptr);
    QVERIFY(qr->valid());
    QCOMPARE(ImageFileQrSource::decode(qr->symbol().scaled(qr->symbol().size() * 6)).value_or(QString()),
             QStringLiteral("WRA1:%1:%2").arg(QString::fromLatin1(FakeServer::kAppointmentId).toUpper(), QString::fromLatin1(FakeServer::kCheckInCode)));
    QVERIFY(m_ui.shoot(QStringLiteral("booking-confirmation-") + suffix));
  }

 private slots:
  void initTestCase() {
    QVERIFY(m_ui.setUp());
    SimulatedIdentityReader::setCards(SimulatedIdentityReader::demoCards());
  }

  void init() {
    SimulatedIdentityReader::setCards(SimulatedIdentityReader::demoCards());
    QVERIFY(m_ui.load());
  }

  void cleanup() { m_ui.unload(); }

  void bookMarriage_zh() {
    bookAndConfirm(QStringLiteral("zh_CN"));
    // The real screen: the QR in the window's pixels decodes too.
    if (QTest::currentTestFailed()) {
      return;
    }
    const QImage frame = m_ui.window->grabWindow();
    QCOMPARE(ImageFileQrSource::decode(frame).value_or(QString()), QStringLiteral("WRA1:%1:%2").arg(QString::fromLatin1(FakeServer::kAppointmentId).toUpper(), QString::fromLatin1(FakeServer::kCheckInCode)));
    // The slip is printed (a PDF in development) and gone once the visit ends.
    auto* printer = m_ui.object<PdfPrinter>("printer");
    QVERIFY(m_ui.clickText(QStringLiteral("打印凭证")));
    QTRY_VERIFY(m_ui.screenText().contains(QStringLiteral("已打印。")));
    const QString pdf = printer->lastFile();
    QVERIFY(QFileInfo::exists(pdf));
    QVERIFY(m_ui.shoot(QStringLiteral("booking-printed-zh_CN")));
    QVERIFY(m_ui.clickText(QStringLiteral("完成")));
    QVERIFY(m_ui.waitForPage(QStringLiteral("attractPage")));
    QVERIFY(draft()->empty());
    QVERIFY(!QFileInfo::exists(pdf));
  }

  // Counselling (婚姻家庭辅导) through the same journey: one person, no second party page.
  void bookCounsellingForOnePerson() {
    m_ui.server.serveBooking("gd-provincial", "counselling");
    m_ui.tapToStart();
    QVERIFY(m_ui.waitForPage(QStringLiteral("servicePage")));
    QTRY_VERIFY(m_ui.item(QStringLiteral("service-counselling"))->isEnabled());
    QVERIFY(m_ui.clickItem(QStringLiteral("service-counselling")));
    QVERIFY(m_ui.waitForPage(QStringLiteral("hallListPage")));
    // Only the hall offering counselling is listed.
    QTRY_VERIFY(m_ui.itemWithText(QStringLiteral("广东省婚姻登记中心")) != nullptr);
    QVERIFY(m_ui.itemWithText(QStringLiteral("西湖特色婚姻登记点")) == nullptr);
    QVERIFY(m_ui.clickText(QStringLiteral("广东省婚姻登记中心")));
    QVERIFY(m_ui.waitForPage(QStringLiteral("bookingTimePage")));
    const QString today = QStringLiteral("day-") + beijingToday().toString(Qt::ISODate);
    QTRY_VERIFY(m_ui.item(today) != nullptr);
    // As in walkToDeclaration: another day first, then today, so the slot list is settled (not
    // rebuilt under the click by the hall's first load).
    QVERIFY(m_ui.clickItem(QStringLiteral("day-") + beijingToday().addDays(2).toString(Qt::ISODate)));
    QTRY_VERIFY(m_ui.item(QStringLiteral("slot-s-4")) != nullptr);
    QVERIFY(m_ui.clickItem(today));
    QTRY_VERIFY(m_ui.item(QStringLiteral("slot-s-1")) != nullptr);
    QTRY_VERIFY(!m_ui.object<SlotListModel>("slotModel")->loading());
    // A new delegate has no width until its layout pass: clicking before that would miss it.
    QTRY_VERIFY(m_ui.item(QStringLiteral("slot-s-1"))->isEnabled() &&
                m_ui.item(QStringLiteral("slot-s-1"))->width() > 0);
    QVERIFY(m_ui.clickItem(QStringLiteral("slot-s-1")));
    QVERIFY(m_ui.waitForPage(QStringLiteral("partyPage0")));
    QVERIFY(m_ui.screenText().contains(QStringLiteral("身份证与手机号")));
    QVERIFY(m_ui.clickText(QStringLiteral("读取身份证")));
    QTRY_VERIFY(!draft()->first()->idNumber().isEmpty());
    QVERIFY(typeOnKeypad(QStringLiteral("13800138000")));
    QVERIFY(m_ui.clickText(QStringLiteral("下一步 ›")));
    QVERIFY(m_ui.waitForPage(QStringLiteral("declarationPage")));
    QVERIFY(m_ui.screenText().contains(QStringLiteral("婚姻家庭辅导")));
    QVERIFY(m_ui.shoot(QStringLiteral("booking-counselling-declaration-zh_CN")));
    QVERIFY(m_ui.clickItem(QStringLiteral("declarationCheck")));
    QTRY_VERIFY(draft()->declarationAccepted());
    QVERIFY(m_ui.clickText(QStringLiteral("提交预约")));
    QVERIFY(m_ui.waitForPage(QStringLiteral("confirmationPage")));
    const QJsonObject body =
        QJsonDocument::fromJson(m_ui.server.lastBody("/api/v1/appointments")).object();
    QCOMPARE(body.value(QLatin1String("service")).toString(), QStringLiteral("counselling"));
    QCOMPARE(body.value(QLatin1String("parties")).toArray().size(), 1);
    QVERIFY(m_ui.shoot(QStringLiteral("booking-counselling-confirmation-zh_CN")));
    m_ui.setLanguage(QStringLiteral("en"));
    QTRY_VERIFY(m_ui.screenText().contains(QStringLiteral("Marriage and family counselling")));
    // The date line follows the switch too (it stayed Chinese: formatted once, when chosen).
    QTRY_VERIFY2(!draft()->slotLabel().contains(QStringLiteral("年")), qPrintable(draft()->slotLabel()));
    QVERIFY(m_ui.screenText().contains(draft()->slotLabel()));
    QVERIFY(m_ui.shoot(QStringLiteral("booking-counselling-confirmation-en")));
  }

  void bookMarriage_en() {
    m_ui.setLanguage(QStringLiteral("en"));
    bookAndConfirm(QStringLiteral("en"));
  }

  void bookMarriage_large() {
    KioskSettings::instance()->setLargeText(true);
    bookAndConfirm(QStringLiteral("large-zh_CN"));
  }

  void bookMarriage_largeEn() {
    KioskSettings::instance()->setLargeText(true);
    m_ui.setLanguage(QStringLiteral("en"));
    bookAndConfirm(QStringLiteral("large-en"));
  }

  void refusalIsShownAndTheFormKept() {
    m_ui.server.setResponse("POST /api/v1/appointments",
                            {409, "application/problem+json",
                             FakeServer::problemJson(409, "https://wedreg.example/problems/slot-full",
                                                     QStringLiteral("Slot full"),
                                                     QStringLiteral("这个时段已经约满了，请选择其他时间。"))});
    walkToDeclaration(QStringLiteral("refusal"));
    if (QTest::currentTestFailed()) {
      return;
    }
    QVERIFY(m_ui.clickItem(QStringLiteral("declarationCheck")));
    QVERIFY(m_ui.clickText(QStringLiteral("提交预约")));
    QTRY_VERIFY(m_ui.screenText().contains(QStringLiteral("这个时段已经约满了，请选择其他时间。")));
    QCOMPARE(m_ui.currentPage(), QStringLiteral("declarationPage"));
    QVERIFY(m_ui.shoot(QStringLiteral("booking-refused-zh_CN")));
    // The fix on offer: another time. Everything typed is still there.
    m_ui.server.setResponse("POST /api/v1/appointments",
                            {201, "application/json", FakeServer::appointmentJson()});
    QVERIFY(m_ui.clickText(QStringLiteral("选择其他时间")));
    QVERIFY(m_ui.waitForPage(QStringLiteral("bookingTimePage")));
    QTRY_VERIFY(m_ui.item(QStringLiteral("day-") + beijingToday().addDays(1).toString(Qt::ISODate)) != nullptr);
    QVERIFY(m_ui.clickItem(QStringLiteral("day-") + beijingToday().addDays(1).toString(Qt::ISODate)));
    QTRY_VERIFY(m_ui.item(QStringLiteral("slot-s-3")) != nullptr);
    QVERIFY(m_ui.clickItem(QStringLiteral("slot-s-3")));
    QVERIFY(m_ui.waitForPage(QStringLiteral("partyPage0")));
    QCOMPARE(draft()->first()->phone(), QStringLiteral("13800138000"));
    QVERIFY(m_ui.clickText(QStringLiteral("下一步 ›")));
    QVERIFY(m_ui.waitForPage(QStringLiteral("partyPage1")));
    QVERIFY(m_ui.clickText(QStringLiteral("下一步 ›")));
    QVERIFY(m_ui.waitForPage(QStringLiteral("declarationPage")));
    QVERIFY(draft()->declarationAccepted());
    QVERIFY(m_ui.clickText(QStringLiteral("提交预约")));
    QVERIFY(m_ui.waitForPage(QStringLiteral("confirmationPage")));
    const QJsonObject body = QJsonDocument::fromJson(m_ui.server.lastBody("/api/v1/appointments")).object();
    QCOMPARE(body.value(QLatin1String("slot_id")).toString(), QStringLiteral("s-3"));
  }

  void idleWipeForgetsEverything() {
    const DiskSandbox sandbox;
    QVERIFY(sandbox.valid());
    QVERIFY(QDir::currentPath().startsWith(sandbox.path()));
    QVERIFY(QStandardPaths::writableLocation(QStandardPaths::TempLocation).startsWith(sandbox.path()));
    const QStringList before = filesOnDisk();
    QVERIFY2(before.isEmpty(), qPrintable(before.join(QLatin1Char('\n'))));
    KioskSettings::instance()->setIdleTimeoutSeconds(2);
    KioskSettings::instance()->setIdlePromptSeconds(2);
    walkToDeclaration(QStringLiteral("idle"));
    if (QTest::currentTestFailed()) {
      return;
    }
    QVERIFY(m_ui.clickItem(QStringLiteral("declarationCheck")));
    QVERIFY(!draft()->empty());
    auto* slotModel = m_ui.object<SlotListModel>("slotModel");
    auto* dayModel = m_ui.object<DayListModel>("dayModel");
    QVERIFY(slotModel->totalCount() > 0);
    QVERIFY(dayModel->count() > 0);
    // The prompt comes first...
    QTRY_VERIFY_WITH_TIMEOUT(m_ui.screenText().contains(QStringLiteral("还在吗？")), 4000);
    QCOMPARE(m_ui.currentPage(), QStringLiteral("declarationPage"));
    QVERIFY(m_ui.shoot(QStringLiteral("idle-prompt-zh_CN")));
    // ...then, unanswered, the wipe.
    QVERIFY(m_ui.waitForPage(QStringLiteral("attractPage"), 5000));
    QVERIFY(draft()->empty());
    QVERIFY(draft()->first()->idNumber().isEmpty());
    QVERIFY(draft()->first()->name().isEmpty());
    QVERIFY(draft()->first()->phone().isEmpty());
    QVERIFY(draft()->second()->idNumber().isEmpty());
    QVERIFY(draft()->slotId().isEmpty());
    QVERIFY(draft()->qrText().isEmpty());
    QCOMPARE(slotModel->rowCount(), 0);
    QCOMPARE(slotModel->totalCount(), 0);
    QVERIFY(slotModel->hallId().isEmpty());
    QCOMPARE(dayModel->rowCount(), 0);
    QVERIFY(!m_ui.screenText().contains(QStringLiteral("张明")));
    const QStringList after = filesOnDisk();
    QStringList added;
    for (const QString& file : after) {
      if (!before.contains(file)) {
        added.append(file);
      }
    }
    QVERIFY2(added.isEmpty(), qPrintable(added.join(QLatin1Char('\n'))));
  }

  void stillThereKeepsTheVisit() {
    KioskSettings::instance()->setIdleTimeoutSeconds(1);
    KioskSettings::instance()->setIdlePromptSeconds(3);
    m_ui.tapToStart();
    QVERIFY(m_ui.waitForPage(QStringLiteral("servicePage")));
    QTRY_VERIFY_WITH_TIMEOUT(m_ui.screenText().contains(QStringLiteral("还在吗？")), 3000);
    QVERIFY(m_ui.clickText(QStringLiteral("我还在")));
    QTRY_VERIFY(!m_ui.screenText().contains(QStringLiteral("还在吗？")));
    QCOMPARE(m_ui.currentPage(), QStringLiteral("servicePage"));
    m_ui.setLanguage(QStringLiteral("en"));
    QTRY_VERIFY_WITH_TIMEOUT(m_ui.screenText().contains(QStringLiteral("Still there?")), 3000);
    QVERIFY(m_ui.shoot(QStringLiteral("idle-prompt-en")));
  }

  void offlineWithinFiveSeconds() {
    // The shipped poll interval, not the tests' fast one.
    KioskSettings::instance()->setHealthIntervalMs(KioskSettings::kDefaultHealthIntervalMs);
    m_ui.unload();
    QVERIFY(m_ui.load());
    QTRY_VERIFY_WITH_TIMEOUT(m_ui.screenText().contains(QStringLiteral("已联网")), 5000);
    m_ui.tapToStart();
    QVERIFY(m_ui.waitForPage(QStringLiteral("servicePage")));
    QVERIFY(m_ui.item(QStringLiteral("service-marriage"))->isEnabled());
    m_ui.server.stop();
    QElapsedTimer clock;
    clock.start();
    QTRY_VERIFY_WITH_TIMEOUT(m_ui.screenText().contains(QStringLiteral("预约暂停")), 5000);
    QVERIFY2(clock.elapsed() <= 5000, qPrintable(QString::number(clock.elapsed())));
    QVERIFY(!m_ui.item(QStringLiteral("service-marriage"))->isEnabled());
    QVERIFY(m_ui.screenText().contains(QStringLiteral("请到窗口咨询工作人员")));
    QVERIFY(m_ui.shoot(QStringLiteral("services-offline-zh_CN")));
    m_ui.setLanguage(QStringLiteral("en"));
    QVERIFY(m_ui.shoot(QStringLiteral("services-offline-en")));
    QVERIFY(m_ui.server.start());
    QTRY_VERIFY_WITH_TIMEOUT(m_ui.item(QStringLiteral("service-marriage"))->isEnabled(), 5000);
    KioskSettings::instance()->setHealthIntervalMs(1000);
  }

 private:
  UiHarness m_ui;
};

QTEST_MAIN(TestKioskBookingUi)
#include "tst_kiosk_booking_ui.moc"
