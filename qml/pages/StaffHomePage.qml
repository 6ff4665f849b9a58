// SPDX-License-Identifier: Apache-2.0
// A signed-in staff member's start screen. Registrars see today's queue for this hall (or a plain
// "not available yet" when the server has no queue yet). Organisers start on OrganiserHomePage instead.
pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Layouts
import QtQuick.Controls.Basic as QQC2
import WedReg.Backend
import WedReg.Ui

QQC2.Page {
    id: root

    required property StaffSession session
    required property QueueModel queue
    readonly property bool registrar: root.session.role === "registrar" || root.session.role === "admin"

    signal signOutRequested()
    signal verifyRequested()
    // Registrar: the next checked-in couple (the queue model calls it), or an act started by hand.
    signal callNextRequested()
    signal actRequested(string kind)
    // Registrar: set when "call next" found nobody waiting.
    property bool nobodyWaiting: false

    // One queue row's state in words: its number and whether a counter has called it.
    function entryState(status: string, queueNumber: int, calledCounter: string): string {
        switch (status) {
        case "checked_in": {
            const number = qsTr("No. %1").arg(queueNumber)
            return calledCounter.length > 0 ? qsTr("%1 · called to counter %2").arg(number).arg(calledCounter)
                                            : qsTr("%1 · waiting").arg(number)
        }
        case "booked": return qsTr("Booked, not checked in")
        case "no_show": return qsTr("No-show")
        case "cancelled": return qsTr("Cancelled")
        default: return status
        }
    }

    function roleLabel(role: string): string {
        switch (role) {
        case "registrar": return qsTr("Registrar")
        case "organiser": return qsTr("Ceremony organiser")
        case "admin": return qsTr("Administrator")
        default: return role
        }
    }

    objectName: "staffHomePage"
    background: Rectangle {
        color: Theme.background
    }
    header: PageHeader {
        title: root.registrar ? qsTr("Today's queue") : qsTr("Ceremonies")
        showBack: false
    }
    Component.onCompleted: {
        if (root.registrar)
            root.queue.reload()
    }

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: Theme.margin
        spacing: Theme.spacing

        RowLayout {
            Layout.fillWidth: true
            spacing: Theme.spacing
            QQC2.Label {
                Layout.fillWidth: true
                text: qsTr("Signed in as %1 (%2)").arg(root.session.username).arg(root.roleLabel(root.session.role))
                font.pixelSize: Theme.fontBody
                color: Theme.text
                elide: Text.ElideRight
            }
            KioskButton {
                objectName: "staffVerifyEntry"
                text: qsTr("Verify a certificate")
                onClicked: root.verifyRequested()
            }
            KioskButton {
                visible: root.registrar
                text: qsTr("Refresh")
                onClicked: root.queue.reload()
            }
            KioskButton {
                text: qsTr("Sign out")
                onClicked: root.signOutRequested()
            }
        }

        // Registrar: call the next couple, or start an act for people without an appointment.
        RowLayout {
            Layout.fillWidth: true
            visible: root.registrar
            spacing: Theme.spacing
            KioskButton {
                objectName: "callNextButton"
                primary: true
                text: qsTr("Call next couple")
                enabled: !root.queue.loading
                onClicked: {
                    root.nobodyWaiting = false
                    root.callNextRequested()
                }
            }
            KioskButton {
                objectName: "startDivorceApplication"
                text: qsTr("Divorce application")
                onClicked: root.actRequested("divorce_application")
            }
            KioskButton {
                objectName: "startDivorce"
                text: qsTr("Divorce")
                onClicked: root.actRequested("divorce")
            }
            KioskButton {
                objectName: "startReissue"
                text: qsTr("Reissue")
                onClicked: root.actRequested("reissue")
            }
        }
        QQC2.Label {
            objectName: "nobodyWaiting"
            Layout.fillWidth: true
            visible: root.registrar && root.nobodyWaiting
            text: qsTr("Nobody checked in is waiting for this counter.")
            font.pixelSize: Theme.fontBody
            color: Theme.textMuted
            wrapMode: Text.Wrap
        }

        ListView {
            id: list
            Layout.fillWidth: true
            Layout.fillHeight: true
            visible: root.registrar && root.queue.count > 0
            model: root.queue
            spacing: 8
            clip: true
            delegate: Rectangle {
                id: entry
                required property string time
                required property string names
                required property string status
                required property int queueNumber
                required property string calledCounter
                width: list.width
                implicitHeight: Theme.touchTarget
                radius: Theme.radius
                color: Theme.surface
                border.color: Theme.border
                border.width: Theme.borderWidth
                RowLayout {
                    anchors.fill: parent
                    anchors.leftMargin: Theme.spacing
                    anchors.rightMargin: Theme.spacing
                    spacing: Theme.spacing
                    QQC2.Label {
                        text: entry.time
                        font.pixelSize: Theme.fontTitle
                        font.bold: true
                        color: Theme.text
                    }
                    QQC2.Label {
                        Layout.fillWidth: true
                        text: entry.names
                        font.pixelSize: Theme.fontBody
                        color: Theme.text
                        elide: Text.ElideRight
                    }
                    QQC2.Label {
                        text: root.entryState(entry.status, entry.queueNumber, entry.calledCounter)
                        font.pixelSize: Theme.fontBody
                        color: Theme.textMuted
                    }
                }
            }
        }

        StatusPanel {
            Layout.fillWidth: true
            Layout.fillHeight: true
            visible: !list.visible
            busy: root.registrar && root.queue.loading
            isError: root.queue.errorText !== ""
            showRetry: root.registrar && !root.queue.loading && root.queue.errorText !== ""
            message: !root.registrar
                     ? qsTr("Ceremony events, sessions and sign-ups will be managed here; this screen is not available yet.")
                     : root.queue.loading ? qsTr("Loading today's queue…")
                     : root.queue.errorText !== "" ? root.queue.errorText
                     : !root.queue.supported ? qsTr("Today's queue is not available yet on this server.")
                     : qsTr("No appointments for today yet.")
            onRetryRequested: root.queue.reload()
        }
    }
}
