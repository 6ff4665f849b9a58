// SPDX-License-Identifier: Apache-2.0
// Public journey, step 2: one ceremony's notes and its sessions with the places left. A full session
// can still be chosen: the couple then waits for a seat in it.
pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Layouts
import QtQuick.Controls.Basic as QQC2
import WedReg.Backend
import WedReg.Ui

QQC2.Page {
    id: root

    required property CeremonySessionModel sessions

    signal backRequested()
    signal sessionChosen(sessionId: string, position: int, time: string)

    objectName: "ceremonySessionsPage"
    background: Rectangle {
        color: Theme.background
    }
    header: PageHeader {
        title: root.sessions.title !== "" ? root.sessions.title : qsTr("Choose a session")
        onBackRequested: root.backRequested()
    }

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: Theme.margin
        spacing: Theme.spacing

        QQC2.Label {
            Layout.fillWidth: true
            text: qsTr("%1 · each couple may bring %n guest(s)", "", root.sessions.guestsPerCouple).arg(root.sessions.day)
            font.pixelSize: Theme.fontBody
            font.bold: true
            color: Theme.text
            wrapMode: Text.Wrap
        }
        QQC2.Label {
            Layout.fillWidth: true
            visible: root.sessions.notes !== ""
            text: root.sessions.notes
            font.pixelSize: Theme.fontBody
            color: Theme.textMuted
            wrapMode: Text.Wrap
        }
        QQC2.Label {
            Layout.fillWidth: true
            text: qsTr("Choose a session")
            font.pixelSize: Theme.fontTitle
            font.bold: true
            color: Theme.text
        }

        ListView {
            id: list
            Layout.fillWidth: true
            Layout.fillHeight: true
            visible: root.sessions.count > 0
            model: root.sessions
            spacing: Theme.spacing
            clip: true
            delegate: QQC2.ItemDelegate {
                id: session
                required property string sessionId
                required property int position
                required property string time
                required property int available
                objectName: "publicSession-" + session.sessionId
                width: list.width
                implicitHeight: Math.max(Theme.touchTarget, session.implicitContentHeight + Theme.spacing)
                onClicked: root.sessionChosen(session.sessionId, session.position, session.time)
                background: Rectangle {
                    radius: Theme.radius
                    color: session.down ? Theme.surfaceAlt : Theme.surface
                    border.color: session.available > 0 ? Theme.gold : Theme.border
                    border.width: Math.max(2, Theme.borderWidth)
                }
                contentItem: RowLayout {
                    spacing: Theme.spacing
                    QQC2.Label {
                        Layout.leftMargin: Theme.spacing
                        text: qsTr("Session %1").arg(session.position)
                        font.pixelSize: Theme.fontTitle
                        font.bold: true
                        color: Theme.text
                    }
                    QQC2.Label {
                        Layout.fillWidth: true
                        text: session.time
                        font.pixelSize: Theme.fontTitle
                        color: Theme.text
                    }
                    QQC2.Label {
                        Layout.rightMargin: Theme.spacing
                        text: session.available > 0 ? qsTr("%1 places left").arg(session.available)
                                                    : qsTr("Full: join the waitlist")
                        font.pixelSize: Theme.fontBody
                        font.bold: true
                        color: session.available > 0 ? Theme.online : Theme.checking
                    }
                }
            }
        }

        StatusPanel {
            Layout.fillWidth: true
            Layout.fillHeight: true
            visible: !list.visible
            busy: root.sessions.loading
            isError: root.sessions.errorText !== ""
            showRetry: !root.sessions.loading && root.sessions.errorText !== ""
            message: root.sessions.loading ? qsTr("Loading the sessions…") : root.sessions.errorText
            onRetryRequested: root.sessions.reload()
        }
    }
}
