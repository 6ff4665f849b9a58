// SPDX-License-Identifier: Apache-2.0
// A declaration the people confirm: its full text beside a large tick box (the booking's and the
// registrar's declarations).
pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls.Basic as QQC2
import WedReg.Ui

QQC2.CheckBox {
    id: root

    font.pixelSize: Theme.fontBody
    indicator: Rectangle {
        x: root.leftPadding
        y: (root.height - height) / 2
        implicitWidth: Theme.touchTarget * 0.7
        implicitHeight: Theme.touchTarget * 0.7
        radius: 6
        color: Theme.surface
        border.color: Theme.accent
        border.width: 3
        Text {
            anchors.centerIn: parent
            visible: root.checked
            text: "✓"
            font.pixelSize: Theme.fontTitle
            font.bold: true
            color: Theme.accent
        }
    }
    contentItem: Text {
        leftPadding: root.indicator.width + Theme.spacing
        text: root.text
        font: root.font
        color: Theme.text
        wrapMode: Text.Wrap
        verticalAlignment: Text.AlignVCenter
    }
}
