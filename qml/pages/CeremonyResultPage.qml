// SPDX-License-Identifier: Apache-2.0
// Public journey, the end: a seat (session, sign-up number and the ticket QR to show at the door) or a
// place on the waitlist (its number; a message follows when a seat frees up).
pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Layouts
import QtQuick.Controls.Basic as QQC2
import WedReg.Backend
import WedReg.Ui

QQC2.Page {
    id: root

    required property CeremonySignup signup
    // The ceremony's title in the visitor's language (CeremonySessionModel.title).
    required property string ceremonyTitle

    signal doneRequested()

    objectName: "ceremonyResultPage"
    background: Rectangle {
        color: Theme.background
    }
    header: PageHeader {
        title: root.ceremonyTitle
        showBack: false
    }

    RowLayout {
        anchors.fill: parent
        anchors.margins: Theme.margin
        spacing: Theme.margin * 2

        ColumnLayout {
            Layout.fillWidth: true
            Layout.fillHeight: true
            spacing: Theme.spacing

            QQC2.Label {
                Layout.fillWidth: true
                text: root.signup.waitlisted ? qsTr("You are on the waitlist") : qsTr("You have a seat")
                font.pixelSize: Theme.fontHeadline
                font.bold: true
                color: root.signup.waitlisted ? Theme.checking : Theme.online
                wrapMode: Text.Wrap
            }
            QQC2.Label {
                objectName: "ceremonyResultDetail"
                Layout.fillWidth: true
                text: root.signup.waitlisted
                      ? qsTr("Every seat is taken. You are number %1 on the waitlist; we will send you a text message if a seat frees up.")
                            .arg(root.signup.waitlistPosition)
                      : qsTr("Session %1, sign-up number %2.").arg(root.signup.sessionPosition).arg(root.signup.sequence)
                font.pixelSize: Theme.fontTitle
                color: Theme.text
                wrapMode: Text.Wrap
            }
            QQC2.Label {
                Layout.fillWidth: true
                visible: !root.signup.waitlisted
                text: root.signup.ticket !== ""
                      ? qsTr("Photograph the ticket QR code and show it at the door. Please arrive 20 minutes early.")
                      : qsTr("Your ticket will be sent by text message. Please arrive 20 minutes early.")
                font.pixelSize: Theme.fontBody
                color: Theme.textMuted
                wrapMode: Text.Wrap
            }
            Item {
                Layout.fillHeight: true
            }
            RowLayout {
                Layout.fillWidth: true
                KioskButton {
                    primary: true
                    text: qsTr("Done")
                    onClicked: root.doneRequested()
                }
                Item {
                    Layout.fillWidth: true
                }
            }
        }

        Rectangle {
            Layout.alignment: Qt.AlignVCenter
            visible: root.signup.ticket !== ""
            implicitWidth: 400
            implicitHeight: 400
            color: "#ffffff"
            radius: Theme.radius
            border.color: Theme.border
            border.width: Theme.borderWidth

            QrCode {
                objectName: "ceremonyTicketQr"
                anchors.fill: parent
                anchors.margins: 10
                text: root.signup.ticket
            }
        }
    }
}
