// SPDX-License-Identifier: Apache-2.0
// Public journey, step 4: check the ceremony, the session and both people, then sign up. A refusal is
// shown in the server's words with the one thing to do about it (fix a detail, choose another session,
// try again).
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
    required property bool online

    signal backRequested()
    signal changeSessionRequested()
    signal changePartiesRequested()

    objectName: "ceremonyConfirmPage"
    background: Rectangle {
        color: Theme.background
    }
    header: PageHeader {
        title: qsTr("Check and sign up")
        onBackRequested: root.backRequested()
    }

    component SummaryRow: RowLayout {
        id: row
        property string label
        property string value
        Layout.fillWidth: true
        spacing: Theme.spacing
        QQC2.Label {
            Layout.preferredWidth: 200
            text: row.label
            font.pixelSize: Theme.fontBody
            color: Theme.textMuted
        }
        QQC2.Label {
            Layout.fillWidth: true
            text: row.value
            font.pixelSize: Theme.fontBody
            font.bold: true
            color: Theme.text
            wrapMode: Text.Wrap
        }
    }

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: Theme.margin
        spacing: Theme.spacing

        SummaryRow {
            label: qsTr("Ceremony")
            value: root.ceremonyTitle
        }
        SummaryRow {
            label: qsTr("Session")
            value: qsTr("Session %1 · %2").arg(root.signup.chosenPosition).arg(root.signup.chosenTime)
        }
        SummaryRow {
            label: qsTr("Person 1")
            value: root.signup.first.name + " · " + root.signup.first.idMasked
        }
        SummaryRow {
            label: qsTr("Person 2")
            value: root.signup.second.name + " · " + root.signup.second.idMasked
        }
        QQC2.Label {
            Layout.fillWidth: true
            text: qsTr("You must already be registered, or have booked your registration at a hall for the same day. If the session is full you join its waitlist.")
            font.pixelSize: Theme.fontBody
            color: Theme.textMuted
            wrapMode: Text.Wrap
        }

        ErrorPanel {
            objectName: "ceremonySignupError"
            Layout.fillWidth: true
            visible: root.signup.errorText !== ""
            message: root.signup.errorText
        }

        Item {
            Layout.fillHeight: true
        }

        RowLayout {
            Layout.fillWidth: true
            spacing: Theme.spacing
            Item {
                Layout.fillWidth: true
            }
            KioskButton {
                visible: root.signup.fix === "session"
                text: qsTr("Choose another session")
                onClicked: root.changeSessionRequested()
            }
            KioskButton {
                visible: root.signup.fix === "parties"
                text: qsTr("Correct the details")
                onClicked: root.changePartiesRequested()
            }
            KioskButton {
                objectName: "ceremonySignupButton"
                primary: true
                enabled: root.online && !root.signup.submitting
                text: root.signup.submitting ? qsTr("Signing up…")
                      : root.signup.fix === "retry" ? qsTr("Try again") : qsTr("Sign up")
                onClicked: root.signup.submit()
            }
        }
    }
}
