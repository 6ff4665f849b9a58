// SPDX-License-Identifier: Apache-2.0
// Public journey, step 1: the collective ceremonies a couple can still join (5·20, 七夕, National Day…),
// each with how many places are left; a full one still takes sign-ups for its waitlist.
pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Layouts
import QtQuick.Controls.Basic as QQC2
import WedReg.Backend
import WedReg.Ui

QQC2.Page {
    id: root

    required property CeremonyListModel ceremonies

    signal backRequested()
    signal ceremonyChosen(ceremonyId: string)

    objectName: "ceremonyListPage"
    background: Rectangle {
        color: Theme.background
    }
    header: PageHeader {
        title: qsTr("Collective certificate ceremonies")
        onBackRequested: root.backRequested()
    }
    Component.onCompleted: root.ceremonies.reload()

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: Theme.margin
        spacing: Theme.spacing

        QQC2.Label {
            Layout.fillWidth: true
            text: qsTr("Couples who are registered, or will register at a hall that day, can receive their certificates together at a ceremony.")
            font.pixelSize: Theme.fontBody
            color: Theme.textMuted
            wrapMode: Text.Wrap
        }

        ListView {
            id: list
            Layout.fillWidth: true
            Layout.fillHeight: true
            visible: root.ceremonies.count > 0
            model: root.ceremonies
            spacing: Theme.spacing
            clip: true
            delegate: QQC2.ItemDelegate {
                id: entry
                required property string ceremonyId
                required property string title
                required property string day
                required property int available
                required property bool open
                required property string opensAt
                objectName: "publicCeremony-" + entry.ceremonyId
                width: list.width
                enabled: entry.open
                implicitHeight: Math.max(Theme.touchTarget * 1.4, entry.implicitContentHeight + 2 * Theme.spacing)
                onClicked: root.ceremonyChosen(entry.ceremonyId)
                background: Rectangle {
                    radius: Theme.radius
                    color: entry.down ? Theme.surfaceAlt : Theme.surface
                    border.color: entry.open ? Theme.gold : Theme.border
                    border.width: Math.max(2, Theme.borderWidth)
                }
                contentItem: RowLayout {
                    spacing: Theme.spacing
                    ColumnLayout {
                        Layout.fillWidth: true
                        Layout.leftMargin: Theme.spacing
                        spacing: 4
                        QQC2.Label {
                            Layout.fillWidth: true
                            text: entry.title
                            font.pixelSize: Theme.fontTitle
                            font.bold: true
                            color: Theme.text
                            wrapMode: Text.Wrap
                        }
                        QQC2.Label {
                            text: entry.day
                            font.pixelSize: Theme.fontBody
                            color: Theme.textMuted
                        }
                    }
                    QQC2.Label {
                        Layout.rightMargin: Theme.spacing
                        text: !entry.open ? qsTr("Sign-up opens %1").arg(entry.opensAt)
                              : entry.available > 0 ? qsTr("%1 places left").arg(entry.available)
                              : qsTr("Full: join the waitlist")
                        font.pixelSize: Theme.fontBody
                        font.bold: true
                        color: !entry.open ? Theme.textMuted : entry.available > 0 ? Theme.online : Theme.checking
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
                     : qsTr("No ceremonies are open for sign-up at the moment.")
            onRetryRequested: root.ceremonies.reload()
        }
    }
}
