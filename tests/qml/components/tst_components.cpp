// SPDX-License-Identifier: Apache-2.0
// Qt Quick Test runner for the reusable components in qml/components (the tst_*.qml files here). The
// engine is prepared as the kiosk prepares it (AppSetup), so WedReg.Ui and WedReg.Backend resolve from
// the statically linked modules under qrc:/qt/qml.
#include "kiosk/app/AppSetup.h"

#include <QQmlEngine>
#include <QtQuickTest>

class ComponentsSetup : public QObject {
  Q_OBJECT

 public slots:
  void applicationAvailable() { wedreg::kiosk::prepareApplication(); }
  void qmlEngineAvailable(QQmlEngine* engine) { wedreg::kiosk::prepareEngine(*engine); }
};

QUICK_TEST_MAIN_WITH_SETUP(wedreg_components, ComponentsSetup)
#include "tst_components.moc"
