// SPDX-License-Identifier: Apache-2.0
// The one button of the kiosk: at least Theme.touchTarget (72 px) tall, Theme fonts and colours.
// `primary` is the filled, accented look (the main action, or the selected choice in a switch).
pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls.Basic as QQC2
import WedReg.Ui

QQC2.Button {
    id: root

    property bool primary: false

    implicitHeight: Math.max(Theme.touchTarget, implicitContentHeight + topPadding + bottomPadding)
    implicitWidth: Math.max(Theme.touchTarget, implicitContentWidth + leftPadding + rightPadding)
    leftPadding: 28
    rightPadding: 28
    topPadding: 8
    bottomPadding: 8
    font.family: Theme.fontFamily
    font.pixelSize: Theme.fontButton
    focusPolicy: Qt.NoFocus

    contentItem: Text {
        text: root.text
        font: root.font
        color: root.primary ? Theme.textOnAccent : Theme.text
        horizontalAlignment: Text.AlignHCenter
        verticalAlignment: Text.AlignVCenter
        elide: Text.ElideRight
    }

    background: Rectangle {
        radius: Theme.radius
        color: root.primary ? (root.down ? Theme.accentPressed : Theme.accent)
                            : (root.down ? Theme.surfaceAlt : Theme.surface)
        border.color: root.primary ? Theme.accent : Theme.border
        border.width: Math.max(2, Theme.borderWidth)
    }
}
