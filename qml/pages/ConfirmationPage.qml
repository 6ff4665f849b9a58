// SPDX-License-Identifier: Apache-2.0
// The booking is made: the check-in code in large print and the QR code to show at check-in.
pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Layouts
import QtQuick.Controls.Basic as QQC2
import WedReg.Backend
import WedReg.Ui

QQC2.Page {
    id: root

    required property AppointmentDraft draft
    required property string serviceLabel
    required property Printer printer
    property bool printed: false

    signal doneRequested()

    objectName: "confirmationPage"
    background: Rectangle {
        color: Theme.background
    }
    header: PageHeader {
        title: qsTr("Your appointment is booked")
        showBack: false
    }

    RowLayout {
        anchors.fill: parent
        anchors.margins: Theme.margin
        spacing: Theme.margin * 2

        ColumnLayout {
            Layout.fillWidth: true
            Layout.alignment: Qt.AlignTop
            spacing: Theme.spacing

            QQC2.Label {
                Layout.fillWidth: true
                text: qsTr("Check-in code")
                font.pixelSize: Theme.fontBody
                color: Theme.textMuted
            }
            QQC2.Label {
                objectName: "checkInCode"
                Layout.fillWidth: true
                text: root.draft.checkInCode
                // Already large: not scaled further, so large text leaves room for the rest.
                font.pixelSize: 64
                font.bold: true
                font.letterSpacing: 6
                color: Theme.accent
            }
            QQC2.Label {
                Layout.fillWidth: true
                text: root.serviceLabel + " · " + root.draft.hallName
                font.pixelSize: Theme.fontBody
                color: Theme.text
                wrapMode: Text.Wrap
            }
            QQC2.Label {
                Layout.fillWidth: true
                text: root.draft.slotLabel
                font.pixelSize: Theme.fontTitle
                font.bold: true
                color: Theme.text
                wrapMode: Text.Wrap
            }
            QQC2.Label {
                Layout.fillWidth: true
                text: qsTr("Please photograph the QR code or note the code. Bring the original ID cards "
                           + "of everyone named and arrive 15 minutes early.")
                font.pixelSize: Theme.fontBody
                color: Theme.text
                wrapMode: Text.Wrap
            }
        }

        // The QR code and the actions stay on the right, where large text cannot push them off screen.
        ColumnLayout {
            Layout.alignment: Qt.AlignTop
            Layout.maximumWidth: 400
            spacing: Theme.spacing

            Rectangle {
                implicitWidth: 400
                implicitHeight: 400
                color: "#ffffff"
                radius: Theme.radius
                border.color: Theme.border
                border.width: Theme.borderWidth

                QrCode {
                    objectName: "bookingQr"
                    anchors.fill: parent
                    anchors.margins: 10
                    text: root.draft.qrText
                }
            }
            RowLayout {
                Layout.fillWidth: true
                spacing: Theme.spacing
                KioskButton {
                    Layout.fillWidth: true
                    Layout.preferredWidth: 1
                    text: qsTr("Print slip")
                    onClicked: root.printed = root.draft.printConfirmation(root.printer, root.serviceLabel)
                }
                KioskButton {
                    Layout.fillWidth: true
                    Layout.preferredWidth: 1
                    primary: true
                    text: qsTr("Done")
                    onClicked: root.doneRequested()
                }
            }
            QQC2.Label {
                Layout.fillWidth: true
                visible: root.printed || root.printer.errorText !== ""
                text: root.printer.errorText !== "" ? root.printer.errorText : qsTr("Printed.")
                font.pixelSize: Theme.fontBody
                color: root.printer.errorText !== "" ? Theme.offline : Theme.online
                wrapMode: Text.Wrap
            }
        }
    }
}
