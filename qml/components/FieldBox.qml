// SPDX-License-Identifier: Apache-2.0
// A labelled value the keypad types into: tap it to make it the keypad's target. Shows the field's
// error (from PartyForm) underneath in words.
pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Layouts
import QtQuick.Controls.Basic as QQC2
import WedReg.Ui

ColumnLayout {
    id: root

    property string label
    property string value
    property string placeholder
    property string error
    property bool current: false

    signal activated()

    spacing: 4

    QQC2.Label {
        Layout.fillWidth: true
        text: root.label
        font.pixelSize: Theme.fontBody
        font.bold: true
        color: Theme.text
    }
    Rectangle {
        Layout.fillWidth: true
        implicitHeight: Theme.touchTarget
        radius: Theme.radius
        color: Theme.surface
        border.color: root.error !== "" ? Theme.offline : root.current ? Theme.accent : Theme.border
        border.width: root.current || root.error !== "" ? 3 : Math.max(2, Theme.borderWidth)

        QQC2.Label {
            anchors.fill: parent
            anchors.leftMargin: Theme.spacing
            anchors.rightMargin: Theme.spacing
            verticalAlignment: Text.AlignVCenter
            text: root.value !== "" ? root.value : root.placeholder
            font.pixelSize: Theme.fontTitle
            font.letterSpacing: root.value !== "" ? 2 : 0
            color: root.value !== "" ? Theme.text : Theme.textMuted
            elide: Text.ElideRight
        }
        MouseArea {
            anchors.fill: parent
            onClicked: root.activated()
        }
    }
    QQC2.Label {
        Layout.fillWidth: true
        visible: root.error !== ""
        text: root.error
        font.pixelSize: Theme.fontSmall
        color: Theme.offline
        wrapMode: Text.Wrap
    }
}
