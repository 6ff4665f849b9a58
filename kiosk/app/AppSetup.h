// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QUrl>

class QQmlEngine;

namespace wedreg::kiosk {

// What main.cpp and the UI tests both do, so a test loads the UI exactly as the kiosk does.

// After QGuiApplication exists, before the first window: the CJK-capable app font, and the software
// scene graph on the offscreen platform (no GPU there; screenshots must still render).
void prepareApplication();

// Qt 6.4 has no loadFromModule(): modules live under qrc:/qt/qml (STYLE.md, traps).
void prepareEngine(QQmlEngine& engine);

// qrc:/qt/qml/WedReg/Ui/Main.qml
QUrl mainQmlUrl();

}  // namespace wedreg::kiosk
