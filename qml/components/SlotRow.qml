// SPDX-License-Identifier: Apache-2.0
// One time slot: the time, places left (or "full", or a countdown to its release); tap to choose.
pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Layouts
import QtQuick.Controls.Basic as QQC2
import WedReg.Ui

QQC2.Button {
    id: root

    required property string slotId
    required property string timeLabel
    required property string availability
    required property int available
    required property string opensInText
    required property bool selectable

    objectName: "slot-" + root.slotId
    enabled: root.selectable
    focusPolicy: Qt.NoFocus
    implicitHeight: Math.max(Theme.touchTarget, root.implicitContentHeight + 16)
    leftPadding: Theme.spacing * 1.5
    rightPadding: Theme.spacing * 1.5

    contentItem: RowLayout {
        spacing: Theme.spacing
        QQC2.Label {
            text: root.timeLabel
            font.pixelSize: Theme.fontTitle
            font.bold: true
            color: Theme.text
        }
        Item {
            Layout.fillWidth: true
        }
        QQC2.Label {
            text: root.opensInText !== "" ? root.opensInText
                                          : Availability.dayText(root.availability, root.available)
            font.pixelSize: Theme.fontBody
            font.bold: root.availability === "few" || root.availability === "notOpen"
            color: root.availability === "full" ? Theme.textMuted : Theme.text
        }
    }
    background: Rectangle {
        radius: Theme.radius
        color: root.down ? Theme.surfaceAlt : Availability.fill(root.availability)
        border.color: Availability.edge(root.availability)
        border.width: Math.max(2, Theme.borderWidth)
    }
}
