// SPDX-License-Identifier: Apache-2.0
// Booking step: one person's ID number (keypad or ID-card reader), name and mobile number. The
// checks and their words come from PartyForm / AppointmentDraft; this page only shows them.
pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Layouts
import QtQuick.Controls.Basic as QQC2
import WedReg.Backend
import WedReg.Ui

QQC2.Page {
    id: root

    required property PartyDraft draft
    required property int partyIndex
    required property IdentityReader reader
    readonly property PartyForm party: root.partyIndex === 0 ? root.draft.first : root.draft.second
    // Which field the keypad types into: "id" or "phone".
    property string target: "id"

    signal backRequested()
    signal nextRequested()

    objectName: "partyPage" + root.partyIndex
    background: Rectangle {
        color: Theme.background
    }
    header: PageHeader {
        title: root.draft.partyCount > 1
               ? qsTr("Person %1 of %2").arg(root.partyIndex + 1).arg(root.draft.partyCount)
               : qsTr("Your identity and phone")
        onBackRequested: root.backRequested()
    }

    Connections {
        target: root.reader
        enabled: root.QQC2.StackView.status === QQC2.StackView.Active
        function onCardRead(idNumber: string, name: string) {
            root.party.fillFromCard(idNumber, name)
            root.target = "phone"
        }
    }

    RowLayout {
        anchors.fill: parent
        anchors.leftMargin: Theme.margin
        anchors.rightMargin: Theme.margin
        anchors.topMargin: Theme.spacing
        anchors.bottomMargin: Theme.spacing
        spacing: Theme.margin * 2

        // Top to bottom, sized to fit 1280×800 with large text and every field's error shown.
        ColumnLayout {
            Layout.fillWidth: true
            Layout.alignment: Qt.AlignTop
            spacing: 8

            FieldBox {
                Layout.fillWidth: true
                objectName: "idField"
                label: qsTr("ID number")
                value: root.party.idNumber
                placeholder: qsTr("18 characters")
                error: root.party.idError
                current: root.target === "id"
                onActivated: root.target = "id"
            }
            QQC2.Label {
                Layout.fillWidth: true
                text: qsTr("Name")
                font.pixelSize: Theme.fontBody
                font.bold: true
                color: Theme.text
            }
            QQC2.TextField {
                id: nameField
                objectName: "nameField"
                Layout.fillWidth: true
                implicitHeight: Theme.touchTarget
                text: root.party.name
                placeholderText: qsTr("As on the ID card")
                font.pixelSize: Theme.fontTitle
                color: Theme.text
                placeholderTextColor: Theme.textMuted
                onTextEdited: root.party.name = nameField.text
                background: Rectangle {
                    radius: Theme.radius
                    color: Theme.surface
                    border.color: root.party.nameError !== "" ? Theme.offline
                                  : nameField.activeFocus ? Theme.accent : Theme.border
                    border.width: Math.max(2, Theme.borderWidth)
                }
            }
            QQC2.Label {
                Layout.fillWidth: true
                visible: root.party.nameError !== ""
                text: root.party.nameError
                font.pixelSize: Theme.fontSmall
                color: Theme.offline
                wrapMode: Text.Wrap
            }
            FieldBox {
                Layout.fillWidth: true
                objectName: "phoneField"
                label: qsTr("Mobile number")
                value: root.party.phone
                placeholder: qsTr("11 digits")
                error: root.party.phoneError
                current: root.target === "phone"
                onActivated: root.target = "phone"
            }
        }

        ColumnLayout {
            Layout.alignment: Qt.AlignTop
            Layout.maximumWidth: keypad.implicitWidth
            spacing: Theme.spacing

            // The card reader first: the quickest way, and it fills number and name at once.
            KioskButton {
                Layout.fillWidth: true
                primary: true
                text: root.reader.reading ? qsTr("Reading the card…") : qsTr("Read ID card")
                enabled: !root.reader.reading
                onClicked: root.reader.read()
            }
            QQC2.Label {
                Layout.fillWidth: true
                Layout.maximumWidth: keypad.implicitWidth
                visible: root.reader.errorText !== ""
                text: root.reader.errorText
                font.pixelSize: Theme.fontSmall
                color: Theme.offline
                wrapMode: Text.Wrap
            }
            NumericKeypad {
                id: keypad
                objectName: "keypad"
                allowX: root.target === "id"
                onTyped: key => root.target === "id" ? root.party.typeIdCharacter(key)
                                                     : root.party.typePhoneDigit(key)
                onErased: root.target === "id" ? root.party.backspaceId() : root.party.backspacePhone()
            }
            KioskButton {
                Layout.fillWidth: true
                primary: true
                text: qsTr("Next ›")
                onClicked: {
                    if (root.draft.validateParty(root.partyIndex))
                        root.nextRequested()
                }
            }
        }
    }
}
