// SPDX-License-Identifier: Apache-2.0
// One day in the booking date grid: date, weekday, places left, coloured by availability; hot days
// (most places taken) say "busy" under the places left.
pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Layouts
import QtQuick.Controls.Basic as QQC2
import WedReg.Ui

QQC2.Button {
    id: root

    required property string dayLabel
    required property string weekday
    required property string availability
    required property int available
    required property bool hot
    required property bool selectable
    required property string isoDate
    property bool selected: false

    objectName: "day-" + root.isoDate
    enabled: root.selectable
    focusPolicy: Qt.NoFocus
    implicitHeight: Math.max(Theme.touchTarget, root.implicitContentHeight + 16)

    contentItem: ColumnLayout {
        spacing: 2
        QQC2.Label {
            Layout.fillWidth: true
            text: root.dayLabel
            font.pixelSize: Theme.fontBody
            font.bold: true
            color: root.selected ? Theme.textOnAccent : Theme.text
            horizontalAlignment: Text.AlignHCenter
            elide: Text.ElideRight
        }
        QQC2.Label {
            Layout.fillWidth: true
            text: root.weekday
            font.pixelSize: Theme.fontSmall
            color: root.selected ? Theme.textOnAccent : Theme.textMuted
            horizontalAlignment: Text.AlignHCenter
            elide: Text.ElideRight
        }
        // A line of its own: "Not open yet" and the like must never be cut short.
        QQC2.Label {
            Layout.fillWidth: true
            text: Availability.dayText(root.availability, root.available)
                  + (root.hot ? " · " + qsTr("Busy") : "")
            font.pixelSize: Theme.fontSmall
            font.bold: root.availability === "few" || root.availability === "plenty"
            color: root.selected ? Theme.textOnAccent : Theme.text
            horizontalAlignment: Text.AlignHCenter
            wrapMode: Text.Wrap
        }
    }
    background: Rectangle {
        radius: Theme.radius
        color: root.selected ? Theme.accent : Availability.fill(root.availability)
        border.color: root.selected ? Theme.accent : Availability.edge(root.availability)
        border.width: root.selected ? 3 : Math.max(2, Theme.borderWidth)
    }
}
