// SPDX-License-Identifier: Apache-2.0
// IdleMonitor with short intervals: idle -> prompt -> timedOut, and a poke keeps the visit.
#include "kiosk/session/IdleMonitor.h"

#include <QSignalSpy>
#include <QTest>

using namespace wedreg::kiosk;

class TestIdleMonitor : public QObject {
  Q_OBJECT

 private slots:
  void inactiveNeverTimesOut() {
    IdleMonitor monitor;
    monitor.setIdleMs(20);
    monitor.setPromptMs(20);
    QSignalSpy timedOut(&monitor, &IdleMonitor::timedOut);
    QTest::qWait(150);
    QCOMPARE(timedOut.count(), 0);
    QVERIFY(!monitor.prompting());
  }

  void promptsThenTimesOut() {
    IdleMonitor monitor;
    monitor.setIdleMs(100);
    monitor.setPromptMs(1500);
    QSignalSpy prompting(&monitor, &IdleMonitor::promptingChanged);
    QSignalSpy timedOut(&monitor, &IdleMonitor::timedOut);
    monitor.setActive(true);
    QTRY_VERIFY_WITH_TIMEOUT(monitor.prompting(), 1000);
    QCOMPARE(monitor.secondsLeft(), 2);  // 1.5 s, rounded up
    QCOMPARE(timedOut.count(), 0);
    QTRY_COMPARE_WITH_TIMEOUT(timedOut.count(), 1, 3000);
    QVERIFY(!monitor.prompting());
    QCOMPARE(prompting.count(), 2);
  }

  void pokeDuringPromptKeepsTheVisit() {
    IdleMonitor monitor;
    monitor.setIdleMs(50);
    monitor.setPromptMs(300);
    QSignalSpy timedOut(&monitor, &IdleMonitor::timedOut);
    monitor.setActive(true);
    QTRY_VERIFY_WITH_TIMEOUT(monitor.prompting(), 1000);
    monitor.poke();
    QVERIFY(!monitor.prompting());
    QTest::qWait(30);
    QCOMPARE(timedOut.count(), 0);
    QTRY_VERIFY_WITH_TIMEOUT(monitor.prompting(), 1000);  // the idle clock started again
  }

  void pokesPostponeThePrompt() {
    IdleMonitor monitor;
    monitor.setIdleMs(200);
    monitor.setActive(true);
    for (int i = 0; i < 5; ++i) {
      QTest::qWait(100);
      monitor.poke();
    }
    QVERIFY(!monitor.prompting());
  }

  void deactivatingStopsEverything() {
    IdleMonitor monitor;
    monitor.setIdleMs(30);
    monitor.setPromptMs(100);
    QSignalSpy timedOut(&monitor, &IdleMonitor::timedOut);
    monitor.setActive(true);
    QTRY_VERIFY_WITH_TIMEOUT(monitor.prompting(), 1000);
    monitor.setActive(false);
    QVERIFY(!monitor.prompting());
    QTest::qWait(200);
    QCOMPARE(timedOut.count(), 0);
  }

  void settersCheckForChange() {
    IdleMonitor monitor;
    QSignalSpy idle(&monitor, &IdleMonitor::idleMsChanged);
    monitor.setIdleMs(monitor.idleMs());
    monitor.setIdleMs(0);
    QCOMPARE(idle.count(), 0);
    monitor.setIdleMs(1234);
    QCOMPARE(idle.count(), 1);
  }
};

QTEST_MAIN(TestIdleMonitor)
#include "tst_idle_monitor.moc"
