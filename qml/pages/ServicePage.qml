// SPDX-License-Identifier: Apache-2.0
// First step of a booking: what the visit is for. Offline, the choices are disabled and say why.
pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Layouts
import QtQuick.Controls.Basic as QQC2
import WedReg.Backend
import WedReg.Ui

QQC2.Page {
    id: root

    required property ConnectionStatus connection
    readonly property bool canBook: root.connection.online

    signal backRequested()
    signal serviceChosen(string service)
    signal staffRequested()
    signal verifyRequested()
    signal checkInRequested()
    signal ceremoniesRequested()

    objectName: "servicePage"
    background: Rectangle {
        color: Theme.background
    }
    header: PageHeader {
        title: qsTr("Choose a service")
        onBackRequested: root.backRequested()
    }

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: Theme.margin
        spacing: Theme.spacing * 2

        GridLayout {
            Layout.fillWidth: true
            Layout.fillHeight: true
            columns: 2
            rowSpacing: Theme.spacing * 2
            columnSpacing: Theme.spacing * 2

            Repeater {
                model: [
                    { key: "marriage", title: qsTr("Marriage registration"),
                      note: qsTr("Both of you come together") },
                    { key: "divorce_application", title: qsTr("Divorce application"),
                      note: qsTr("Both of you come together") },
                    { key: "reissue", title: qsTr("Certificate reissue"),
                      note: qsTr("One person may come") },
                    { key: "counselling", title: qsTr("Marriage and family counselling"),
                      note: qsTr("One person may come") }
                ]
                delegate: QQC2.Button {
                    id: choice
                    required property var modelData
                    Layout.fillWidth: true
                    Layout.fillHeight: true
                    // Equal columns whatever the titles' lengths (titles wrap instead).
                    Layout.preferredWidth: 1
                    Layout.minimumHeight: Theme.touchTarget * 1.5
                    enabled: root.canBook
                    objectName: "service-" + choice.modelData.key
                    focusPolicy: Qt.NoFocus
                    onClicked: root.serviceChosen(choice.modelData.key)
                    contentItem: ColumnLayout {
                        spacing: 8
                        QQC2.Label {
                            Layout.fillWidth: true
                            text: choice.modelData.title
                            // Already headline-sized: with large text a two-line English title would
                            // push its note out of the card, so the title stays at the title size.
                            font.pixelSize: Theme.largeText ? Theme.fontTitle : Theme.fontHeadline
                            font.bold: true
                            color: choice.enabled ? Theme.accent : Theme.textMuted
                            horizontalAlignment: Text.AlignHCenter
                            wrapMode: Text.Wrap
                        }
                        QQC2.Label {
                            Layout.fillWidth: true
                            text: choice.modelData.note
                            font.pixelSize: Theme.fontBody
                            color: Theme.textMuted
                            horizontalAlignment: Text.AlignHCenter
                            wrapMode: Text.Wrap
                        }
                    }
                    background: Rectangle {
                        radius: Theme.radius
                        color: choice.down ? Theme.surfaceAlt : Theme.surface
                        border.color: choice.enabled ? Theme.accent : Theme.border
                        border.width: Math.max(2, Theme.borderWidth)
                        opacity: choice.enabled ? 1 : 0.6
                    }
                }
            }
        }

        RowLayout {
            Layout.fillWidth: true
            spacing: Theme.spacing

            QQC2.Label {
                Layout.fillWidth: true
                text: root.canBook ? ""
                      : qsTr("Booking is paused while the registration server cannot be reached.")
                font.pixelSize: Theme.fontBody
                font.bold: true
                color: Theme.offline
                wrapMode: Text.Wrap
            }
            KioskButton {
                objectName: "checkInEntry"
                primary: true
                enabled: root.canBook
                text: qsTr("Check in")
                onClicked: root.checkInRequested()
            }
            KioskButton {
                objectName: "ceremoniesEntry"
                enabled: root.canBook
                text: qsTr("Collective ceremonies")
                onClicked: root.ceremoniesRequested()
            }
            // Works offline too: the signature is checked on the kiosk.
            KioskButton {
                objectName: "verifyEntry"
                text: qsTr("Verify a certificate")
                onClicked: root.verifyRequested()
            }
            KioskButton {
                text: qsTr("Staff")
                onClicked: root.staffRequested()
            }
        }
    }
}
