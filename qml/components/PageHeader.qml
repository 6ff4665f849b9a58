// SPDX-License-Identifier: Apache-2.0
// The bar on top of every screen after the attract page: back, the screen's title, display switches
// (large text, high contrast) and the language switch.
pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Layouts
import QtQuick.Controls.Basic as QQC2
import WedReg.Backend
import WedReg.Ui

Rectangle {
    id: root

    property string title
    property bool showBack: true

    signal backRequested()

    // With large text the controls leave too little room: the title gets a row of its own.
    readonly property bool titleOnOwnRow: Theme.largeText

    implicitHeight: rows.implicitHeight + 2 * Theme.spacing
    color: Theme.surface

    Rectangle {
        anchors.bottom: parent.bottom
        width: parent.width
        height: Theme.borderWidth + 1
        color: Theme.border
    }

    ColumnLayout {
        id: rows
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.verticalCenter: parent.verticalCenter
        anchors.leftMargin: Theme.margin
        anchors.rightMargin: Theme.margin
        spacing: Theme.spacing

        RowLayout {
            Layout.fillWidth: true
            spacing: Theme.spacing

            KioskButton {
                visible: root.showBack
                text: qsTr("‹ Back")
                onClicked: root.backRequested()
            }
            QQC2.Label {
                Layout.fillWidth: true
                visible: !root.titleOnOwnRow
                text: root.title
                font.pixelSize: Theme.fontTitle
                font.bold: true
                color: Theme.text
                elide: Text.ElideRight
            }
            Item {
                Layout.fillWidth: true
                visible: root.titleOnOwnRow
            }
            KioskButton {
                text: qsTr("Large text")
                primary: KioskSettings.largeText
                onClicked: KioskSettings.largeText = !KioskSettings.largeText
            }
            KioskButton {
                text: qsTr("High contrast")
                primary: KioskSettings.highContrast
                onClicked: KioskSettings.highContrast = !KioskSettings.highContrast
            }
            LanguageSwitch {}
        }
        QQC2.Label {
            Layout.fillWidth: true
            visible: root.titleOnOwnRow
            text: root.title
            font.pixelSize: Theme.fontTitle
            font.bold: true
            color: Theme.text
            wrapMode: Text.Wrap
        }
    }
}
