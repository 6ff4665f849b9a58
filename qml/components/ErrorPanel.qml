// SPDX-License-Identifier: Apache-2.0
// A refusal or failure in words, in a red-edged box, above the buttons that fix it.
pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls.Basic as QQC2
import WedReg.Ui

Rectangle {
    id: root

    property string message

    visible: root.message !== ""
    implicitHeight: label.implicitHeight + 2 * Theme.spacing
    radius: Theme.radius
    color: Theme.errorBackground
    border.color: Theme.offline
    border.width: Math.max(2, Theme.borderWidth)

    QQC2.Label {
        id: label
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.verticalCenter: parent.verticalCenter
        anchors.margins: Theme.spacing
        text: root.message
        font.pixelSize: Theme.fontBody
        color: Theme.text
        wrapMode: Text.Wrap
    }
}
