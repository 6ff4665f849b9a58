// SPDX-License-Identifier: Apache-2.0
// The on-screen keypad for ID and phone numbers: 0-9, X (ID numbers only) and delete. It only says
// which key was pressed; PartyForm decides what a field accepts. A quick second tap on the same key
// arrives as a double click (Qt then sends no second `clicked`): it types the key again.
pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Layouts
import WedReg.Ui

GridLayout {
    id: root

    property bool allowX: true
    // The minimum touch target even with large text: four rows must fit under the large-text header.
    readonly property int keyHeight: 72

    signal typed(string key)
    signal erased()

    columns: 3
    rowSpacing: 8
    columnSpacing: 8

    Repeater {
        model: ["1", "2", "3", "4", "5", "6", "7", "8", "9"]
        delegate: KioskButton {
            required property string modelData
            Layout.preferredWidth: Theme.touchTarget * 1.4
            Layout.preferredHeight: root.keyHeight
            text: modelData
            onClicked: root.typed(modelData)
            onDoubleClicked: root.typed(modelData)
        }
    }
    KioskButton {
        Layout.preferredWidth: Theme.touchTarget * 1.4
        Layout.preferredHeight: root.keyHeight
        text: "X"
        enabled: root.allowX
        opacity: root.allowX ? 1 : 0.3
        onClicked: root.typed("X")
        onDoubleClicked: root.typed("X")
    }
    KioskButton {
        Layout.preferredWidth: Theme.touchTarget * 1.4
        Layout.preferredHeight: root.keyHeight
        text: "0"
        onClicked: root.typed("0")
        onDoubleClicked: root.typed("0")
    }
    KioskButton {
        Layout.preferredWidth: Theme.touchTarget * 1.4
        Layout.preferredHeight: root.keyHeight
        text: "⌫"
        Accessible.name: qsTr("Delete")
        onClicked: root.erased()
        onDoubleClicked: root.erased()
    }
}
