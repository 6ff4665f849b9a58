// SPDX-License-Identifier: Apache-2.0
// One answer about a certificate (the offline signature, or the server's status): what is asked, the
// verdict in large words coloured by its tone, and when the answer was given. Two of these stand side
// by side on the verify screen so nobody mistakes one answer for the other.
pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Layouts
import QtQuick.Controls.Basic as QQC2
import WedReg.Ui

Rectangle {
    id: root

    enum Tone { Neutral, Good, Bad, Warning }

    property string heading
    property string verdict
    property int tone: AnswerPanel.Neutral
    property string age
    property string note

    readonly property color toneColor: root.tone === AnswerPanel.Good ? Theme.online
                                       : root.tone === AnswerPanel.Bad ? Theme.offline
                                       : root.tone === AnswerPanel.Warning ? Theme.checking
                                       : Theme.textMuted

    implicitHeight: column.implicitHeight + 2 * Theme.spacing
    radius: Theme.radius
    color: Theme.surface
    border.color: root.tone === AnswerPanel.Neutral ? Theme.border : root.toneColor
    border.width: Math.max(3, Theme.borderWidth)

    ColumnLayout {
        id: column
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.top: parent.top
        anchors.margins: Theme.spacing
        spacing: 6

        QQC2.Label {
            Layout.fillWidth: true
            text: root.heading
            font.pixelSize: Theme.fontBody
            color: Theme.textMuted
            wrapMode: Text.Wrap
        }
        QQC2.Label {
            objectName: "verdict"
            Layout.fillWidth: true
            text: root.verdict
            font.pixelSize: Theme.fontTitle
            font.bold: true
            color: root.toneColor
            wrapMode: Text.Wrap
        }
        QQC2.Label {
            Layout.fillWidth: true
            visible: root.age !== ""
            text: root.age
            font.pixelSize: Theme.fontSmall
            color: Theme.text
            wrapMode: Text.Wrap
        }
        QQC2.Label {
            Layout.fillWidth: true
            visible: root.note !== ""
            text: root.note
            font.pixelSize: Theme.fontSmall
            font.bold: true
            color: Theme.checking
            wrapMode: Text.Wrap
        }
    }
}
