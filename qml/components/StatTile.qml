// SPDX-License-Identifier: Apache-2.0
// One number of a report with its name (statistics screen, a ceremony's totals).
pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Layouts
import QtQuick.Controls.Basic as QQC2
import WedReg.Ui

Rectangle {
    id: root

    property string label
    property int value
    property color tint: Theme.text

    implicitWidth: Math.max(valueText.implicitWidth, labelText.implicitWidth) + 2 * Theme.spacing
    implicitHeight: column.implicitHeight + Theme.spacing
    radius: Theme.radius
    color: Theme.surface
    border.color: Theme.border
    border.width: Theme.borderWidth

    ColumnLayout {
        id: column
        anchors.centerIn: parent
        spacing: 0
        QQC2.Label {
            id: valueText
            Layout.alignment: Qt.AlignHCenter
            text: root.value.toLocaleString(Qt.locale(), "f", 0)
            font.pixelSize: Theme.fontTitle
            font.bold: true
            color: root.tint
        }
        QQC2.Label {
            id: labelText
            Layout.alignment: Qt.AlignHCenter
            text: root.label
            font.pixelSize: Theme.fontSmall
            color: Theme.textMuted
        }
    }
}
