// SPDX-License-Identifier: Apache-2.0
// The act is recorded: its electronic certificate (identifier, number, QR code) to print and to
// check by scanning; for a divorce application, the receipt with the cooling-off dates instead.
pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Layouts
import QtQuick.Controls.Basic as QQC2
import WedReg.Backend
import WedReg.Ui

QQC2.Page {
    id: root

    required property RegistrationAct act
    required property Printer printer
    property bool printed: false
    // Large text makes the header and buttons taller: the QR code gives up the room.
    readonly property int qrSize: Theme.largeText ? 300 : 400

    signal verifyRequested()
    signal doneRequested()

    objectName: "certificatePage"
    background: Rectangle {
        color: Theme.background
    }
    header: PageHeader {
        title: root.act.hasCertificate ? qsTr("Certificate issued") : qsTr("Application received")
        showBack: false
    }

    component InfoLine: QQC2.Label {
        Layout.fillWidth: true
        font.pixelSize: Theme.fontBody
        color: Theme.text
        wrapMode: Text.WrapAnywhere
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
                text: root.act.title
                font.pixelSize: Theme.fontHeadline
                font.bold: true
                color: Theme.accent
                wrapMode: Text.Wrap
            }
            QQC2.Label {
                objectName: "certificateNames"
                Layout.fillWidth: true
                text: root.act.partyNames
                font.pixelSize: Theme.fontTitle
                font.bold: true
                color: Theme.text
                wrapMode: Text.Wrap
            }
            InfoLine {
                visible: root.act.hasCertificate
                text: qsTr("Certificate number: %1").arg(root.act.certificateNumber)
            }
            InfoLine {
                objectName: "certificateIdentifier"
                visible: root.act.hasCertificate
                text: qsTr("Identifier: %1").arg(root.act.certificateIdentifier)
            }
            InfoLine {
                objectName: "applicationNumber"
                visible: !root.act.hasCertificate
                text: qsTr("Application number: %1").arg(root.act.registrationId)
            }
            InfoLine {
                visible: root.act.coolingOffEnds !== ""
                text: qsTr("Cooling-off period ends: %1. Both parties come back together by %2.")
                      .arg(root.act.coolingOffEnds).arg(root.act.windowEnds)
            }
            InfoLine {
                visible: root.act.hasCertificate
                text: qsTr("Scan the QR code to check the certificate; print it for the couple.")
                color: Theme.textMuted
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

        ColumnLayout {
            Layout.alignment: Qt.AlignTop
            Layout.maximumWidth: root.qrSize
            spacing: Theme.spacing

            Rectangle {
                visible: root.act.hasCertificate
                implicitWidth: root.qrSize
                implicitHeight: root.qrSize
                color: "#ffffff"
                radius: Theme.radius
                border.color: Theme.border
                border.width: Theme.borderWidth

                QrCode {
                    objectName: "certificateQr"
                    anchors.fill: parent
                    anchors.margins: 10
                    text: root.act.certificateQr
                }
            }
            RowLayout {
                Layout.fillWidth: true
                visible: root.act.hasCertificate
                spacing: Theme.spacing
                KioskButton {
                    objectName: "printCertificate"
                    Layout.fillWidth: true
                    Layout.preferredWidth: 1
                    text: qsTr("Print")
                    onClicked: root.printed = root.act.print(root.printer)
                }
                KioskButton {
                    objectName: "verifyCertificate"
                    Layout.fillWidth: true
                    Layout.preferredWidth: 1
                    text: qsTr("Verify")
                    onClicked: root.verifyRequested()
                }
            }
            KioskButton {
                objectName: "certificateDone"
                Layout.fillWidth: true
                primary: true
                text: qsTr("Next couple")
                onClicked: root.doneRequested()
            }
        }
    }
}
