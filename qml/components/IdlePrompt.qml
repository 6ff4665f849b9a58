// SPDX-License-Identifier: Apache-2.0
// "Still there?" over whatever screen is open, with the seconds left before the visit is wiped.
pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Layouts
import QtQuick.Controls.Basic as QQC2
import WedReg.Ui

Rectangle {
    id: root

    property int secondsLeft: 0

    signal stayRequested()

    objectName: "idlePrompt"
    color: "#b0000000"

    // Swallow touches on the dimmed screen: the only way on is the button (or any touch, which the
    // window's idle handler also counts as "still here").
    MouseArea {
        anchors.fill: parent
        onClicked: root.stayRequested()
    }

    Rectangle {
        anchors.centerIn: parent
        width: Math.min(parent.width - 2 * Theme.margin, 760)
        implicitHeight: column.implicitHeight + 3 * Theme.margin
        radius: Theme.radius
        color: Theme.surface
        border.color: Theme.accent
        border.width: 3

        ColumnLayout {
            id: column
            anchors.centerIn: parent
            width: parent.width - 2 * Theme.margin
            spacing: Theme.spacing * 2

            QQC2.Label {
                Layout.fillWidth: true
                text: qsTr("Still there?")
                font.pixelSize: Theme.fontHeadline
                font.bold: true
                color: Theme.accent
                horizontalAlignment: Text.AlignHCenter
                wrapMode: Text.Wrap
            }
            QQC2.Label {
                Layout.fillWidth: true
                text: qsTr("For your privacy, everything you entered will be erased in %1 s.")
                      .arg(root.secondsLeft)
                font.pixelSize: Theme.fontBody
                color: Theme.text
                horizontalAlignment: Text.AlignHCenter
                wrapMode: Text.Wrap
            }
            KioskButton {
                Layout.alignment: Qt.AlignHCenter
                primary: true
                text: qsTr("I'm still here")
                onClicked: root.stayRequested()
            }
        }
    }
}
