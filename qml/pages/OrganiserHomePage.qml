// SPDX-License-Identifier: Apache-2.0
// A signed-in organiser's start screen: every collective ceremony (drafts too) with its status and
// how full it is; a ceremony opens its sessions and live counts. Statistics and certificate checks
// are one touch away.
pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Layouts
import QtQuick.Controls.Basic as QQC2
import WedReg.Backend
import WedReg.Ui

QQC2.Page {
    id: root

    required property StaffSession session
    required property CeremonyListModel ceremonies

    signal ceremonyChosen(ceremonyId: string)
    signal statisticsRequested()
    signal verifyRequested()
    signal signOutRequested()

    objectName: "organiserHomePage"
    background: Rectangle {
        color: Theme.background
    }
    header: PageHeader {
        title: qsTr("Collective ceremonies")
        showBack: false
    }
    Component.onCompleted: root.ceremonies.reload()

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: Theme.margin
        spacing: Theme.spacing

        RowLayout {
            Layout.fillWidth: true
            spacing: Theme.spacing
            QQC2.Label {
                Layout.fillWidth: true
                text: qsTr("Signed in as %1 (ceremony organiser)").arg(root.session.username)
                font.pixelSize: Theme.fontBody
                color: Theme.text
                elide: Text.ElideRight
            }
            KioskButton {
                objectName: "statisticsEntry"
                text: qsTr("Statistics")
                primary: true
                onClicked: root.statisticsRequested()
            }
            KioskButton {
                text: qsTr("Verify a certificate")
                onClicked: root.verifyRequested()
            }
            KioskButton {
                text: qsTr("Refresh")
                onClicked: root.ceremonies.reload()
            }
            KioskButton {
                text: qsTr("Sign out")
                onClicked: root.signOutRequested()
            }
        }

        ListView {
            id: list
            objectName: "ceremonyList"
            Layout.fillWidth: true
            Layout.fillHeight: true
            visible: root.ceremonies.count > 0
            model: root.ceremonies
            spacing: 8
            clip: true
            delegate: QQC2.ItemDelegate {
                id: entry
                required property string ceremonyId
                required property string title
                required property string day
                required property string status
                required property int sessionCount
                required property int capacity
                required property int seated
                width: list.width
                implicitHeight: Math.max(Theme.touchTarget, entry.implicitContentHeight + Theme.spacing)
                objectName: "ceremony-" + entry.ceremonyId
                onClicked: root.ceremonyChosen(entry.ceremonyId)
                background: Rectangle {
                    radius: Theme.radius
                    color: entry.down ? Theme.surfaceAlt : Theme.surface
                    border.color: Theme.border
                    border.width: Theme.borderWidth
                }
                contentItem: RowLayout {
                    spacing: Theme.spacing
                    QQC2.Label {
                        Layout.leftMargin: Theme.spacing
                        text: entry.day
                        font.pixelSize: Theme.fontBody
                        font.bold: true
                        color: Theme.text
                    }
                    QQC2.Label {
                        Layout.fillWidth: true
                        text: entry.title
                        font.pixelSize: Theme.fontBody
                        color: Theme.text
                        wrapMode: Text.Wrap
                        maximumLineCount: 2
                        elide: Text.ElideRight
                    }
                    CeremonyStatusBadge {
                        status: entry.status
                    }
                    QQC2.Label {
                        Layout.rightMargin: Theme.spacing
                        text: qsTr("%n session(s) · %1/%2 seated", "", entry.sessionCount)
                              .arg(entry.seated).arg(entry.capacity)
                        font.pixelSize: Theme.fontSmall
                        color: Theme.textMuted
                    }
                }
            }
        }

        StatusPanel {
            Layout.fillWidth: true
            Layout.fillHeight: true
            visible: !list.visible
            busy: root.ceremonies.loading
            isError: root.ceremonies.errorText !== ""
            showRetry: !root.ceremonies.loading && root.ceremonies.errorText !== ""
            message: root.ceremonies.loading ? qsTr("Loading the ceremonies…")
                     : root.ceremonies.errorText !== "" ? root.ceremonies.errorText
                     : qsTr("No ceremonies are scheduled.")
            onRetryRequested: root.ceremonies.reload()
        }
    }
}
