// SPDX-License-Identifier: Apache-2.0
// A dot and a word for the server connection: connecting (amber), online (green), offline (red).
pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls.Basic as QQC2
import WedReg.Backend
import WedReg.Ui

Row {
    id: root

    required property ConnectionStatus status
    readonly property string stateText: !root.status.checked ? qsTr("Connecting…")
                                        : root.status.online ? qsTr("Online")
                                                             : qsTr("Offline")

    spacing: 12

    Rectangle {
        anchors.verticalCenter: parent.verticalCenter
        width: Math.round(Theme.fontSmall * 0.9)
        height: width
        radius: width / 2
        color: !root.status.checked ? Theme.checking
               : root.status.online ? Theme.online : Theme.offline
    }
    QQC2.Label {
        anchors.verticalCenter: parent.verticalCenter
        text: root.stateText
        font.pixelSize: Theme.fontSmall
        font.bold: root.status.checked && !root.status.online
        color: root.status.checked && !root.status.online ? Theme.offline : Theme.textMuted
    }
}
