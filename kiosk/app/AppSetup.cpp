// SPDX-License-Identifier: Apache-2.0
#include "kiosk/app/AppSetup.h"

#include <QFont>
#include <QGuiApplication>
#include <QQmlEngine>
#include <QQuickStyle>
#include <QQuickWindow>

namespace wedreg::kiosk {

namespace {
// fonts-noto-cjk: without it Chinese falls back to whatever fontconfig finds, or to boxes.
constexpr const char* kFontFamily = "Noto Sans CJK SC";
}  // namespace

void prepareApplication() {
  QFont font(QString::fromLatin1(kFontFamily));
  font.setStyleHint(QFont::SansSerif);
  QGuiApplication::setFont(font);
  // The QML imports QtQuick.Controls.Basic explicitly; this keeps any unqualified import on it too.
  QQuickStyle::setStyle(QStringLiteral("Basic"));
  if (QGuiApplication::platformName() == QLatin1String("offscreen")) {
    QQuickWindow::setGraphicsApi(QSGRendererInterface::Software);
  }
}

void prepareEngine(QQmlEngine& engine) {
  engine.addImportPath(QStringLiteral("qrc:/qt/qml"));
}

QUrl mainQmlUrl() {
  return QUrl(QStringLiteral("qrc:/qt/qml/WedReg/Ui/Main.qml"));
}

}  // namespace wedreg::kiosk
