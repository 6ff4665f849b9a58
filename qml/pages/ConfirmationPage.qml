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
                font.pixelSize: Theme.fontDisplay
                font.bold: true
                font.letterSpacing: 6
                color: Theme.accent
            }
            QQC2.Label {
                Layout.fillWidth: true
                text: root.serviceLabel + " · " + root.draft.hallName
                font.pixelSize: Theme.fontTitle
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
                Layout.topMargin: Theme.spacing
                text: qsTr("Please photograph the QR code or note the code. Bring the original ID cards "
                           + "of everyone named and arrive 15 minutes early.")
                font.pixelSize: Theme.fontBody
                color: Theme.text
                wrapMode: Text.Wrap
            }
            KioskButton {
                Layout.topMargin: Theme.spacing * 2
                primary: true
                text: qsTr("Done")
                onClicked: root.doneRequested()
            }
        }

        Rectangle {
            Layout.alignment: Qt.AlignTop
            implicitWidth: 420
            implicitHeight: 420
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
    }
}
