// SPDX-License-Identifier: Apache-2.0
// One ceremony for its organiser: each session's capacity, seats taken, live check-ins and waitlist
// (refreshed every few seconds while the page is up), and the sign-ups in order with the masked names
// the server gives. The sessions' presenters and the day's running order are one touch away.
pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Layouts
import QtQuick.Controls.Basic as QQC2
import WedReg.Backend
import WedReg.Ui

QQC2.Page {
    id: root

    required property CeremonySessionModel sessions
    required property SignupListModel signups
    property int refreshMs: 10000

    signal backRequested()
    signal presentersRequested()
    signal programmeRequested()

    function signupStatus(status: string, waitlistPosition: int): string {
        switch (status) {
        case "seated": return qsTr("Seated")
        case "checked_in": return qsTr("Checked in")
        case "waitlisted": return qsTr("Waitlist no. %1").arg(waitlistPosition)
        case "cancelled": return qsTr("Cancelled")
        default: return status
        }
    }

    objectName: "organiserCeremonyPage"
    background: Rectangle {
        color: Theme.background
    }
    header: PageHeader {
        title: root.sessions.title !== "" ? root.sessions.title : qsTr("Ceremony")
        onBackRequested: root.backRequested()
    }

    Timer {
        interval: root.refreshMs
        repeat: true
        running: root.QQC2.StackView.status === QQC2.StackView.Active
        onTriggered: root.sessions.reload()
    }

    RowLayout {
        anchors.fill: parent
        anchors.margins: Theme.margin
        spacing: Theme.margin

        ColumnLayout {
            Layout.fillWidth: true
            Layout.fillHeight: true
            Layout.preferredWidth: 3
            spacing: Theme.spacing

            // Wraps with large text: the day and status, then the two ways on.
            Flow {
                Layout.fillWidth: true
                spacing: Theme.spacing
                Row {
                    height: Theme.touchTarget
                    spacing: Theme.spacing
                    QQC2.Label {
                        anchors.verticalCenter: parent.verticalCenter
                        text: root.sessions.day
                        font.pixelSize: Theme.fontBody
                        font.bold: true
                        color: Theme.text
                    }
                    CeremonyStatusBadge {
                        anchors.verticalCenter: parent.verticalCenter
                        status: root.sessions.status
                    }
                }
                KioskButton {
                    objectName: "presentersEntry"
                    text: qsTr("Presenters")
                    enabled: root.sessions.count > 0
                    onClicked: root.presentersRequested()
                }
                KioskButton {
                    objectName: "programmeEntry"
                    text: qsTr("Running order")
                    enabled: root.sessions.count > 0
                    onClicked: root.programmeRequested()
                }
            }
            Flow {
                Layout.fillWidth: true
                spacing: Theme.spacing
                StatTile {
                    label: qsTr("Seats taken")
                    value: root.sessions.totalSeated
                }
                StatTile {
                    label: qsTr("Capacity")
                    value: root.sessions.totalCapacity
                }
                StatTile {
                    objectName: "checkedInTotal"
                    label: qsTr("Checked in")
                    value: root.sessions.totalCheckedIn
                    tint: Theme.online
                }
                StatTile {
                    label: qsTr("Waitlist")
                    value: root.sessions.totalWaitlisted
                    tint: Theme.checking
                }
            }

            ListView {
                id: sessionList
                objectName: "sessionList"
                Layout.fillWidth: true
                Layout.fillHeight: true
                model: root.sessions
                spacing: 8
                clip: true
                delegate: Rectangle {
                    id: sessionRow
                    required property int position
                    required property string time
                    required property int capacity
                    required property int seated
                    required property int checkedIn
                    required property int waitlisted
                    required property real fill
                    required property real checkInFill
                    width: sessionList.width
                    implicitHeight: sessionColumn.implicitHeight + Theme.spacing
                    radius: Theme.radius
                    color: Theme.surface
                    border.color: Theme.border
                    border.width: Theme.borderWidth
                    ColumnLayout {
                        id: sessionColumn
                        anchors.fill: parent
                        anchors.margins: Theme.spacing / 2
                        anchors.leftMargin: Theme.spacing
                        anchors.rightMargin: Theme.spacing
                        spacing: 4
                        RowLayout {
                            Layout.fillWidth: true
                            spacing: Theme.spacing
                            QQC2.Label {
                                text: qsTr("Session %1").arg(sessionRow.position)
                                font.pixelSize: Theme.fontBody
                                font.bold: true
                                color: Theme.text
                            }
                            QQC2.Label {
                                text: sessionRow.time
                                font.pixelSize: Theme.fontBody
                                color: Theme.text
                            }
                            QQC2.Label {
                                Layout.fillWidth: true
                                horizontalAlignment: Text.AlignRight
                                text: qsTr("%1/%2 seated · %3 checked in · %4 waiting")
                                      .arg(sessionRow.seated).arg(sessionRow.capacity)
                                      .arg(sessionRow.checkedIn).arg(sessionRow.waitlisted)
                                font.pixelSize: Theme.fontSmall
                                color: Theme.textMuted
                                wrapMode: Text.Wrap
                            }
                        }
                        CapacityBar {
                            Layout.fillWidth: true
                            fill: sessionRow.fill
                            checkedIn: sessionRow.checkInFill
                        }
                    }
                }
            }
            StatusPanel {
                Layout.fillWidth: true
                visible: root.sessions.errorText !== "" || (root.sessions.loading && root.sessions.count === 0)
                busy: root.sessions.loading
                isError: root.sessions.errorText !== ""
                showRetry: !root.sessions.loading && root.sessions.errorText !== ""
                message: root.sessions.errorText !== "" ? root.sessions.errorText : qsTr("Loading the sessions…")
                onRetryRequested: root.sessions.reload()
            }
        }

        ColumnLayout {
            Layout.fillWidth: true
            Layout.fillHeight: true
            Layout.preferredWidth: 2
            spacing: Theme.spacing

            QQC2.Label {
                Layout.fillWidth: true
                text: qsTr("Sign-ups (%1)").arg(root.signups.activeCount)
                font.pixelSize: Theme.fontTitle
                font.bold: true
                color: Theme.text
            }
            ListView {
                id: signupList
                objectName: "signupList"
                Layout.fillWidth: true
                Layout.fillHeight: true
                model: root.signups
                spacing: 4
                clip: true
                delegate: Rectangle {
                    id: signup
                    required property int sequence
                    required property string names
                    required property string status
                    required property int session
                    required property int waitlistPosition
                    width: signupList.width
                    implicitHeight: Math.max(56, signupRow.implicitHeight + 12)
                    radius: Theme.radius
                    color: Theme.surface
                    border.color: Theme.border
                    border.width: Theme.borderWidth
                    opacity: signup.status === "cancelled" ? 0.6 : 1
                    RowLayout {
                        id: signupRow
                        anchors.fill: parent
                        anchors.leftMargin: Theme.spacing
                        anchors.rightMargin: Theme.spacing
                        spacing: Theme.spacing
                        QQC2.Label {
                            text: "#" + signup.sequence
                            font.pixelSize: Theme.fontSmall
                            color: Theme.textMuted
                        }
                        QQC2.Label {
                            Layout.fillWidth: true
                            text: signup.names
                            font.pixelSize: Theme.fontBody
                            color: Theme.text
                            elide: Text.ElideRight
                        }
                        QQC2.Label {
                            text: signup.session > 0
                                  ? qsTr("Session %1 · %2").arg(signup.session)
                                        .arg(root.signupStatus(signup.status, signup.waitlistPosition))
                                  : root.signupStatus(signup.status, signup.waitlistPosition)
                            font.pixelSize: Theme.fontSmall
                            color: signup.status === "waitlisted" ? Theme.checking : Theme.textMuted
                        }
                    }
                }
            }
            QQC2.Label {
                Layout.fillWidth: true
                visible: root.signups.errorText !== "" || (!root.signups.loading && root.signups.count === 0)
                text: root.signups.errorText !== "" ? root.signups.errorText : qsTr("No sign-ups yet.")
                font.pixelSize: Theme.fontBody
                color: root.signups.errorText !== "" ? Theme.offline : Theme.textMuted
                wrapMode: Text.Wrap
            }
        }
    }
}
