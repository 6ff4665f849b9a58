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

    implicitHeight: Theme.touchTarget + 2 * Theme.spacing
    color: Theme.surface

    Rectangle {
        anchors.bottom: parent.bottom
        width: parent.width
        height: Theme.borderWidth + 1
        color: Theme.border
    }

    RowLayout {
        anchors.fill: parent
        anchors.leftMargin: Theme.margin
        anchors.rightMargin: Theme.margin
        spacing: Theme.spacing

        KioskButton {
            visible: root.showBack
            text: qsTr("‹ Back")
            onClicked: root.backRequested()
        }
        QQC2.Label {
            Layout.fillWidth: true
            text: root.title
            font.pixelSize: Theme.fontTitle
            font.bold: true
            color: Theme.text
            elide: Text.ElideRight
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
}
