// SPDX-License-Identifier: Apache-2.0
// A ceremony day's running order (仪式流程) as the server prints it: each session's couples in order
// with their time on stage, the presenter who hands them the certificate and whether they have
// checked in at the door; printed on the kiosk's printer with one touch.
pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Layouts
import QtQuick.Controls.Basic as QQC2
import WedReg.Backend
import WedReg.Ui

QQC2.Page {
    id: root

    required property ProgrammeModel programme
    required property Printer printer
    required property string ceremonyTitle
    required property string day

    // The last print went out (cleared by the next try).
    property bool printed: false
    property bool printFailed: false

    signal backRequested()

    objectName: "organiserProgrammePage"
    background: Rectangle {
        color: Theme.background
    }
    header: PageHeader {
        title: qsTr("Running order")
        onBackRequested: root.backRequested()
    }

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: Theme.margin
        spacing: Theme.spacing

        RowLayout {
            Layout.fillWidth: true
            spacing: Theme.spacing
            ColumnLayout {
                Layout.fillWidth: true
                spacing: 4
                QQC2.Label {
                    Layout.fillWidth: true
                    text: root.ceremonyTitle
                    font.pixelSize: Theme.fontBody
                    font.bold: true
                    color: Theme.text
                    wrapMode: Text.Wrap
                }
                QQC2.Label {
                    Layout.fillWidth: true
                    text: qsTr("%1 · %n couple(s) · %2 checked in", "", root.programme.count).arg(root.day)
                          .arg(root.programme.checkedInCount)
                    font.pixelSize: Theme.fontBody
                    color: Theme.text
                    wrapMode: Text.Wrap
                }
            }
            KioskButton {
                text: qsTr("Refresh")
                onClicked: root.programme.reload()
            }
            KioskButton {
                objectName: "printProgramme"
                text: qsTr("Print")
                primary: true
                enabled: root.programme.count > 0
                onClicked: {
                    root.printed = root.programme.print(root.printer, root.ceremonyTitle, root.day)
                    root.printFailed = !root.printed
                }
            }
        }
        QQC2.Label {
            objectName: "programmePrinted"
            Layout.fillWidth: true
            visible: root.printed || root.printFailed
            text: root.printed ? qsTr("The running order went to the printer.")
                               : root.printer.errorText !== "" ? root.printer.errorText
                               : qsTr("The running order could not be printed.")
            font.pixelSize: Theme.fontBody
            color: root.printed ? Theme.online : Theme.offline
            wrapMode: Text.Wrap
        }

        ListView {
            id: list
            objectName: "programmeList"
            Layout.fillWidth: true
            Layout.fillHeight: true
            visible: root.programme.count > 0
            model: root.programme
            spacing: 4
            clip: true
            // A session's heading above its first couple (no section delegates: Qt 6.4 cannot give
            // them required properties).
            delegate: ColumnLayout {
                id: couple
                required property int session
                required property string sessionTime
                required property bool firstInSession
                required property int order
                required property string time
                required property string couple
                required property string presenter
                required property string status
                width: list.width
                spacing: 4
                Rectangle {
                    Layout.fillWidth: true
                    Layout.topMargin: couple.session > 1 ? Theme.spacing / 2 : 0
                    visible: couple.firstInSession
                    implicitHeight: headingLabel.implicitHeight + Theme.spacing
                    color: Theme.surfaceAlt
                    radius: Theme.radius
                    QQC2.Label {
                        id: headingLabel
                        anchors.left: parent.left
                        anchors.right: parent.right
                        anchors.verticalCenter: parent.verticalCenter
                        anchors.leftMargin: Theme.spacing
                        text: qsTr("Session %1 · %2").arg(couple.session).arg(couple.sessionTime)
                        font.pixelSize: Theme.fontBody
                        font.bold: true
                        color: Theme.text
                    }
                }
                Rectangle {
                    Layout.fillWidth: true
                    implicitHeight: Math.max(56, coupleRow.implicitHeight + 12)
                    radius: Theme.radius
                    color: Theme.surface
                    border.color: Theme.border
                    border.width: Theme.borderWidth
                    RowLayout {
                        id: coupleRow
                        anchors.fill: parent
                        anchors.leftMargin: Theme.spacing
                        anchors.rightMargin: Theme.spacing
                        spacing: Theme.spacing
                        QQC2.Label {
                            text: couple.order + "."
                            font.pixelSize: Theme.fontSmall
                            color: Theme.textMuted
                        }
                        QQC2.Label {
                            text: couple.time
                            font.pixelSize: Theme.fontBody
                            color: Theme.text
                        }
                        QQC2.Label {
                            Layout.fillWidth: true
                            Layout.preferredWidth: 3
                            text: couple.couple
                            font.pixelSize: Theme.fontBody
                            color: Theme.text
                            elide: Text.ElideRight
                        }
                        QQC2.Label {
                            Layout.fillWidth: true
                            Layout.preferredWidth: 2
                            text: couple.presenter !== "" ? qsTr("Presenter: %1").arg(couple.presenter)
                                                          : qsTr("Presenter to be decided")
                            font.pixelSize: Theme.fontSmall
                            color: Theme.textMuted
                            elide: Text.ElideRight
                        }
                        QQC2.Label {
                            // One width for both words, so the presenter column lines up.
                            Layout.preferredWidth: Theme.fontSmall * 9
                            horizontalAlignment: Text.AlignRight
                            text: couple.status === "checked_in" ? qsTr("Checked in") : qsTr("Not yet checked in")
                            font.pixelSize: Theme.fontSmall
                            color: couple.status === "checked_in" ? Theme.online : Theme.checking
                        }
                    }
                }
            }
        }

        StatusPanel {
            Layout.fillWidth: true
            Layout.fillHeight: true
            visible: !list.visible
            busy: root.programme.loading
            isError: root.programme.errorText !== ""
            showRetry: !root.programme.loading && root.programme.errorText !== ""
            message: root.programme.loading ? qsTr("Loading the running order…")
                     : root.programme.errorText !== "" ? root.programme.errorText
                     : qsTr("Nobody is seated yet, so the running order is empty.")
            onRetryRequested: root.programme.reload()
        }
    }
}
