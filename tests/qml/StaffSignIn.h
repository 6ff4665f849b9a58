// SPDX-License-Identifier: Apache-2.0
#pragma once

// Staff mode's way in, shared by the UI tests: a long press on the attract page's "wedreg" mark opens
// the sign-in page; typing a username and password and pressing 登录 lands on the role's home page.

#include "tests/qml/UiHarness.h"

#include <QPoint>
#include <QQuickItem>
#include <QTest>

namespace wedreg::kiosk::test {

// The long press on the hidden staff entry; true once the sign-in page is up.
inline bool openStaffLogin(UiHarness& ui) {
  QQuickItem* entry = ui.item(QStringLiteral("staffEntry"));
  if (entry == nullptr) {
    return false;
  }
  const QPoint centre = entry->mapToScene(QPointF(entry->width() / 2, entry->height() / 2)).toPoint();
  QTest::mousePress(ui.window, Qt::LeftButton, {}, centre);
  QTest::qWait(1700);
  QTest::mouseRelease(ui.window, Qt::LeftButton, {}, centre);
  return ui.waitForPage(QStringLiteral("staffLoginPage"));
}

// Clicks the field `objectName` and types `text` (Latin-1 keys).
inline bool typeInto(UiHarness& ui, const QString& objectName, const QString& text) {
  if (!ui.clickItem(objectName)) {
    return false;
  }
  for (const QChar c : text) {
    QTest::keyClick(ui.window, c.toLatin1());
  }
  return true;
}

// From the attract page to `homePage` (staffHomePage, organiserHomePage) as `username`.
inline bool signInAsStaff(UiHarness& ui, const QString& username, const QString& homePage,
                          const QString& password = QStringLiteral("secret")) {
  return openStaffLogin(ui) && typeInto(ui, QStringLiteral("usernameField"), username) &&
         typeInto(ui, QStringLiteral("passwordField"), password) && ui.clickText(QStringLiteral("登录")) &&
         ui.waitForPage(homePage);
}

}  // namespace wedreg::kiosk::test
