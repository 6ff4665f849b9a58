// SPDX-License-Identifier: Apache-2.0
// The plain "server unreachable" message at the foot of every screen after the attract page.
pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls.Basic as QQC2
import WedReg.Backend
import WedReg.Ui

Rectangle {
    id: root

    required property ConnectionStatus status

    visible: root.status.checked && !root.status.online
    implicitHeight: text.implicitHeight + 2 * Theme.spacing
    color: Theme.errorBackground
    border.color: Theme.offline
    border.width: Math.max(2, Theme.borderWidth)

    QQC2.Label {
        id: text
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.verticalCenter: parent.verticalCenter
        anchors.leftMargin: Theme.margin
        anchors.rightMargin: Theme.margin
        text: root.status.message
        font.pixelSize: Theme.fontBody
        font.bold: true
        color: Theme.offline
        wrapMode: Text.Wrap
    }
}
