// SPDX-License-Identifier: Apache-2.0
// Check in for a booked appointment: the check-in code (keypad, or the booking's QR code held to the
// scanner) and one person's ID number (keypad or ID-card reader) → queue number and counter. No
// booking found: how to register without one. The checks and words come from CheckInForm.
pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Layouts
import QtQuick.Controls.Basic as QQC2
import WedReg.Backend
import WedReg.Ui

QQC2.Page {
    id: root

    required property CheckInForm form
    required property IdentityReader reader
    required property QrScanner scanner
    // Which field the keypad types into: "code" or "id".
    property string target: "code"

    signal backRequested()
    signal doneRequested()

    objectName: "checkInPage"
    background: Rectangle {
        color: Theme.background
    }
    header: PageHeader {
        title: qsTr("Check in")
        onBackRequested: root.backRequested()
    }

    Connections {
        target: root.reader
        enabled: root.QQC2.StackView.status === QQC2.StackView.Active
        function onCardRead(idNumber: string, name: string) {
            root.form.person.fillFromCard(idNumber, name)
        }
    }
    Connections {
        target: root.scanner
        enabled: root.QQC2.StackView.status === QQC2.StackView.Active
        function onScanned(text: string) {
            if (root.form.useScannedQr(text))
                root.target = "id"
        }
    }

    // The answer: queue number and counter in the largest print on the kiosk.
    ColumnLayout {
        anchors.fill: parent
        anchors.margins: Theme.margin
        visible: root.form.checkedIn
        spacing: Theme.spacing

        Item {
            Layout.fillHeight: true
        }
        QQC2.Label {
            Layout.fillWidth: true
            text: qsTr("You are checked in. Your number:")
            font.pixelSize: Theme.fontTitle
            color: Theme.text
            horizontalAlignment: Text.AlignHCenter
            wrapMode: Text.Wrap
        }
        QQC2.Label {
            objectName: "queueNumber"
            Layout.fillWidth: true
            text: String(root.form.queueNumber)
            // Not scaled with large text: already the largest print, and the rest must still fit.
            font.pixelSize: 120
            font.bold: true
            color: Theme.accent
            horizontalAlignment: Text.AlignHCenter
        }
        QQC2.Label {
            Layout.fillWidth: true
            text: root.form.counter > 0
                  ? qsTr("Please wait to be called to counter %1.").arg(root.form.counter)
                  : qsTr("Please wait to be called.")
            font.pixelSize: Theme.fontHeadline
            font.bold: true
            color: Theme.text
            horizontalAlignment: Text.AlignHCenter
            wrapMode: Text.Wrap
        }
        Item {
            Layout.fillHeight: true
        }
        KioskButton {
            Layout.alignment: Qt.AlignRight
            primary: true
            text: qsTr("Done")
            onClicked: root.doneRequested()
        }
    }

    RowLayout {
        anchors.fill: parent
        anchors.leftMargin: Theme.margin
        anchors.rightMargin: Theme.margin
        anchors.topMargin: Theme.spacing
        anchors.bottomMargin: Theme.spacing
        visible: !root.form.checkedIn
        spacing: Theme.margin * 2

        ColumnLayout {
            Layout.fillWidth: true
            Layout.alignment: Qt.AlignTop
            spacing: 8

            QQC2.Label {
                Layout.fillWidth: true
                text: qsTr("Type the check-in code from your booking, or hold its QR code to the scanner.")
                font.pixelSize: Theme.fontBody
                color: Theme.textMuted
                wrapMode: Text.Wrap
            }
            FieldBox {
                Layout.fillWidth: true
                objectName: "codeField"
                label: root.form.fromQr ? qsTr("Check-in code (from the QR code)") : qsTr("Check-in code")
                value: root.form.code
                placeholder: qsTr("8 digits")
                error: root.form.codeError
                current: root.target === "code"
                onActivated: root.target = "code"
            }
            FieldBox {
                Layout.fillWidth: true
                objectName: "checkInIdField"
                label: qsTr("ID number of either person")
                value: root.form.person.idNumber
                placeholder: qsTr("18 characters")
                error: root.form.person.idError
                current: root.target === "id"
                onActivated: root.target = "id"
            }
            // A refusal; with no booking, how to register without one.
            ErrorPanel {
                Layout.fillWidth: true
                visible: root.form.errorText !== ""
                message: root.form.walkInAdvised
                      ? root.form.errorText + "\n"
                        + qsTr("No booking? You can still register today: please take a number at the counter and the staff will help you (walk-in).")
                      : root.form.errorText
            }
        }

        ColumnLayout {
            Layout.alignment: Qt.AlignTop
            Layout.maximumWidth: keypad.implicitWidth
            spacing: Theme.spacing

            KioskButton {
                Layout.fillWidth: true
                text: root.reader.reading ? qsTr("Reading the card…") : qsTr("Read ID card")
                enabled: !root.reader.reading
                onClicked: {
                    root.target = "id"
                    root.reader.read()
                }
            }
            NumericKeypad {
                id: keypad
                objectName: "checkInKeypad"
                allowX: root.target === "id"
                onTyped: key => root.target === "id" ? root.form.person.typeIdCharacter(key)
                                                     : root.form.typeCodeDigit(key)
                onErased: root.target === "id" ? root.form.person.backspaceId() : root.form.backspaceCode()
            }
            KioskButton {
                objectName: "checkInSubmit"
                Layout.fillWidth: true
                primary: true
                enabled: !root.form.busy
                text: root.form.busy ? qsTr("Checking in…") : qsTr("Check in")
                onClicked: root.form.submit()
            }
        }
    }
}
