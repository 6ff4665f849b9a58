// SPDX-License-Identifier: Apache-2.0
// Staff sign-in: user name and password; a refusal ("wrong password", "locked") in the server's words.
pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Layouts
import QtQuick.Controls.Basic as QQC2
import WedReg.Backend
import WedReg.Ui

QQC2.Page {
    id: root

    required property StaffSession session

    signal backRequested()

    objectName: "staffLoginPage"
    background: Rectangle {
        color: Theme.background
    }
    header: PageHeader {
        title: qsTr("Staff sign-in")
        onBackRequested: root.backRequested()
    }

    component LoginField: QQC2.TextField {
        id: field
        Layout.fillWidth: true
        implicitHeight: Theme.touchTarget
        font.pixelSize: Theme.fontTitle
        color: Theme.text
        placeholderTextColor: Theme.textMuted
        background: Rectangle {
            radius: Theme.radius
            color: Theme.surface
            border.color: field.activeFocus ? Theme.accent : Theme.border
            border.width: Math.max(2, Theme.borderWidth)
        }
    }

    ColumnLayout {
        anchors.centerIn: parent
        width: Math.min(parent.width - 2 * Theme.margin, 640)
        spacing: Theme.spacing

        QQC2.Label {
            Layout.fillWidth: true
            text: qsTr("User name")
            font.pixelSize: Theme.fontBody
            font.bold: true
            color: Theme.text
        }
        LoginField {
            id: username
            objectName: "usernameField"
            inputMethodHints: Qt.ImhNoAutoUppercase | Qt.ImhNoPredictiveText
        }
        QQC2.Label {
            Layout.fillWidth: true
            text: qsTr("Password")
            font.pixelSize: Theme.fontBody
            font.bold: true
            color: Theme.text
        }
        LoginField {
            id: password
            objectName: "passwordField"
            echoMode: TextInput.Password
            onAccepted: root.session.signIn(username.text, password.text)
        }
        ErrorPanel {
            objectName: "staffError"
            Layout.fillWidth: true
            message: root.session.errorText
        }
        KioskButton {
            Layout.fillWidth: true
            Layout.topMargin: Theme.spacing
            primary: true
            enabled: !root.session.busy
            text: root.session.busy ? qsTr("Signing in…") : qsTr("Sign in")
            onClicked: {
                root.session.signIn(username.text, password.text)
                password.clear()
            }
        }
    }
}
