// SPDX-License-Identifier: Apache-2.0
// The honoured presenters (颁证嘉宾) of a ceremony's sessions: pick a session, see who hands out the
// certificates there in turn order and take one off; assign anyone from the roster, which marks who
// said they are free on the ceremony's day. The server has the last word: a presenter who is not free
// that day, or already in an overlapping session, is refused in its words above the lists.
pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Layouts
import QtQuick.Controls.Basic as QQC2
import WedReg.Backend
import WedReg.Ui

QQC2.Page {
    id: root

    required property CeremonySessionModel sessions
    required property SessionPresenterModel assigned
    required property PresenterRosterModel roster

    signal backRequested()

    objectName: "organiserPresentersPage"
    background: Rectangle {
        color: Theme.background
    }
    header: PageHeader {
        title: qsTr("Presenters")
        onBackRequested: root.backRequested()
    }

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: Theme.margin
        spacing: Theme.spacing

        QQC2.Label {
            Layout.fillWidth: true
            text: root.sessions.title + " · " + root.sessions.day
            font.pixelSize: Theme.fontBody
            font.bold: true
            color: Theme.text
            wrapMode: Text.Wrap
        }
        // One button per session; the chosen one is filled.
        Flow {
            Layout.fillWidth: true
            spacing: Theme.spacing
            Repeater {
                model: root.sessions
                delegate: KioskButton {
                    id: chip
                    required property int index
                    required property string sessionId
                    required property int position
                    required property string time
                    objectName: "sessionChip" + chip.position
                    text: qsTr("Session %1 · %2").arg(chip.position).arg(chip.time)
                    primary: root.assigned.sessionId === chip.sessionId
                    onClicked: root.assigned.sessionId = chip.sessionId
                    // The first session is shown until another is chosen.
                    Component.onCompleted: {
                        if (chip.index === 0 && root.assigned.sessionId === "")
                            root.assigned.sessionId = chip.sessionId
                    }
                }
            }
        }

        ErrorPanel {
            objectName: "presenterRefusal"
            Layout.fillWidth: true
            message: root.assigned.actionError
        }
        QQC2.Label {
            objectName: "presenterNotice"
            Layout.fillWidth: true
            visible: root.assigned.actionNotice !== ""
            text: root.assigned.actionNotice
            font.pixelSize: Theme.fontBody
            color: Theme.online
            wrapMode: Text.Wrap
        }

        RowLayout {
            Layout.fillWidth: true
            Layout.fillHeight: true
            spacing: Theme.margin

            // Who hands out the certificates in the chosen session.
            ColumnLayout {
                Layout.fillWidth: true
                Layout.fillHeight: true
                Layout.preferredWidth: 1
                spacing: Theme.spacing

                QQC2.Label {
                    Layout.fillWidth: true
                    text: qsTr("In this session")
                    font.pixelSize: Theme.fontTitle
                    font.bold: true
                    color: Theme.text
                }
                // The list and, over it when empty, why (no visibility changes inside the layout:
                // Qt 6.4's layouts here did not always lay out again after one).
                Item {
                    Layout.fillWidth: true
                    Layout.fillHeight: true
                    ListView {
                        id: assignedList
                        objectName: "assignedList"
                        anchors.fill: parent
                        model: root.assigned
                        spacing: 8
                        clip: true
                        delegate: Rectangle {
                            id: turn
                            required property string presenterId
                            required property int position
                            required property string name
                            required property string honour
                            width: assignedList.width
                            implicitHeight: turnRow.implicitHeight + Theme.spacing
                            radius: Theme.radius
                            color: Theme.surface
                            border.color: Theme.border
                            border.width: Theme.borderWidth
                            RowLayout {
                                id: turnRow
                                // Not anchors.fill: the row's height follows its wrapped text, and the
                                // card's follows the row (filling would make a polish loop).
                                anchors.left: parent.left
                                anchors.right: parent.right
                                anchors.verticalCenter: parent.verticalCenter
                                anchors.leftMargin: Theme.spacing
                                anchors.rightMargin: Theme.spacing / 2
                                spacing: Theme.spacing
                                QQC2.Label {
                                    text: qsTr("Turn %1").arg(turn.position)
                                    font.pixelSize: Theme.fontSmall
                                    color: Theme.textMuted
                                }
                                ColumnLayout {
                                    Layout.fillWidth: true
                                    spacing: 2
                                    QQC2.Label {
                                        Layout.fillWidth: true
                                        text: turn.name
                                        font.pixelSize: Theme.fontBody
                                        font.bold: true
                                        color: Theme.text
                                        elide: Text.ElideRight
                                    }
                                    QQC2.Label {
                                        Layout.fillWidth: true
                                        text: turn.honour
                                        font.pixelSize: Theme.fontSmall
                                        color: Theme.textMuted
                                        elide: Text.ElideRight
                                    }
                                }
                                KioskButton {
                                    objectName: "unassign-" + turn.presenterId
                                    text: qsTr("Take off")
                                    enabled: !root.assigned.busy
                                    onClicked: root.assigned.unassign(turn.presenterId)
                                }
                            }
                        }
                    }
                    QQC2.Label {
                        objectName: "assignedEmpty"
                        anchors.left: parent.left
                        anchors.right: parent.right
                        anchors.top: parent.top
                        visible: root.assigned.count === 0 && !root.assigned.loading
                        text: root.assigned.errorText !== "" ? root.assigned.errorText
                              : !root.assigned.supported
                                ? qsTr("This server does not list a session's presenters yet. The running order shows who presents in each session.")
                                : qsTr("No presenter in this session yet: assign one from the roster.")
                        font.pixelSize: Theme.fontBody
                        color: root.assigned.errorText !== "" ? Theme.offline : Theme.textMuted
                        wrapMode: Text.Wrap
                    }
                }
            }

            // The roster: anyone can be chosen; the server refuses who cannot come.
            ColumnLayout {
                Layout.fillWidth: true
                Layout.fillHeight: true
                Layout.preferredWidth: 1
                spacing: Theme.spacing

                QQC2.Label {
                    Layout.fillWidth: true
                    text: qsTr("Roster")
                    font.pixelSize: Theme.fontTitle
                    font.bold: true
                    color: Theme.text
                }
                Item {
                    Layout.fillWidth: true
                    Layout.fillHeight: true
                    ListView {
                        id: rosterList
                        objectName: "rosterList"
                        anchors.fill: parent
                        model: root.roster
                        spacing: 8
                        clip: true
                        delegate: Rectangle {
                            id: person
                            required property string presenterId
                            required property string name
                            required property string honour
                            required property bool available
                            width: rosterList.width
                            implicitHeight: personRow.implicitHeight + Theme.spacing
                            radius: Theme.radius
                            color: Theme.surface
                            border.color: Theme.border
                            border.width: Theme.borderWidth
                            RowLayout {
                                id: personRow
                                // Not anchors.fill: the row's height follows its wrapped text, and the
                                // card's follows the row (filling would make a polish loop).
                                anchors.left: parent.left
                                anchors.right: parent.right
                                anchors.verticalCenter: parent.verticalCenter
                                anchors.leftMargin: Theme.spacing
                                anchors.rightMargin: Theme.spacing / 2
                                spacing: Theme.spacing
                                ColumnLayout {
                                    Layout.fillWidth: true
                                    spacing: 2
                                    QQC2.Label {
                                        Layout.fillWidth: true
                                        text: person.name
                                        font.pixelSize: Theme.fontBody
                                        font.bold: true
                                        color: Theme.text
                                        elide: Text.ElideRight
                                    }
                                    QQC2.Label {
                                        Layout.fillWidth: true
                                        text: person.honour
                                        font.pixelSize: Theme.fontSmall
                                        color: Theme.textMuted
                                        wrapMode: Text.Wrap
                                    }
                                    QQC2.Label {
                                        Layout.fillWidth: true
                                        text: person.available ? qsTr("Free on the ceremony's day")
                                                               : qsTr("Not free on the ceremony's day")
                                        font.pixelSize: Theme.fontSmall
                                        color: person.available ? Theme.online : Theme.checking
                                        wrapMode: Text.Wrap
                                    }
                                }
                                KioskButton {
                                    objectName: "assign-" + person.presenterId
                                    text: qsTr("Assign")
                                    primary: person.available
                                    enabled: !root.assigned.busy && root.assigned.sessionId !== ""
                                    onClicked: root.assigned.assign(person.presenterId)
                                }
                            }
                        }
                    }
                    StatusPanel {
                        anchors.left: parent.left
                        anchors.right: parent.right
                        anchors.top: parent.top
                        visible: root.roster.errorText !== "" || root.roster.loading || root.roster.count === 0
                        busy: root.roster.loading
                        isError: root.roster.errorText !== ""
                        showRetry: !root.roster.loading && root.roster.errorText !== ""
                        message: root.roster.loading ? qsTr("Loading the roster…")
                                 : root.roster.errorText !== "" ? root.roster.errorText
                                 : qsTr("The roster is empty.")
                        onRetryRequested: root.roster.reload()
                    }
                }
            }
        }
    }
}
