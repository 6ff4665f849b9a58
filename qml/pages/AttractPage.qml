// SPDX-License-Identifier: Apache-2.0
// What the kiosk shows while nobody uses it: who we are, where this is, the time, whether the server
// is there, and "touch to start". A touch anywhere but on the language switch starts.
pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Layouts
import QtQuick.Controls.Basic as QQC2
import WedReg.Backend
import WedReg.Ui

QQC2.Page {
    id: root

    required property string hallName
    required property ConnectionStatus connection
    property date now: new Date()
    readonly property var displayLocale: Qt.locale(LanguageController.language)

    signal startRequested()
    // A long press on the "wedreg" mark: the discreet way in for staff.
    signal staffRequested()

    objectName: "attractPage"
    background: Rectangle {
        color: Theme.background
    }

    Timer {
        interval: 1000
        running: root.visible
        repeat: true
        triggeredOnStart: true
        onTriggered: root.now = new Date()
    }

    // Below every control: a touch that no control takes starts the visit.
    MouseArea {
        anchors.fill: parent
        onClicked: root.startRequested()
    }

    // One column top to bottom, so nothing can overlap whatever the text size or the hall's name.
    ColumnLayout {
        anchors.fill: parent
        anchors.margins: Theme.margin
        spacing: Theme.spacing

        RowLayout {
            Layout.fillWidth: true
            spacing: Theme.spacing

            QQC2.Label {
                Layout.fillWidth: true
                text: "wedreg"
                font.pixelSize: Theme.fontTitle
                font.letterSpacing: 4
                font.bold: true
                color: Theme.gold

                MouseArea {
                    objectName: "staffEntry"
                    width: Math.max(parent.contentWidth, Theme.touchTarget * 2)
                    height: Math.max(parent.height, Theme.touchTarget)
                    anchors.verticalCenter: parent.verticalCenter
                    pressAndHoldInterval: 1500
                    onPressAndHold: root.staffRequested()
                }
            }
            LanguageSwitch {}
        }

        Item {
            Layout.fillHeight: true
        }

        QQC2.Label {
            Layout.fillWidth: true
            Layout.leftMargin: Theme.margin
            Layout.rightMargin: Theme.margin
            text: qsTr("Marriage Registration")
            font.pixelSize: Theme.fontDisplay
            font.bold: true
            color: Theme.accent
            horizontalAlignment: Text.AlignHCenter
            wrapMode: Text.Wrap
        }
        QQC2.Label {
            Layout.fillWidth: true
            Layout.leftMargin: Theme.margin
            Layout.rightMargin: Theme.margin
            Layout.topMargin: Theme.spacing
            text: root.hallName !== "" ? root.hallName : qsTr("Registration hall")
            font.pixelSize: Theme.fontHeadline
            color: Theme.text
            horizontalAlignment: Text.AlignHCenter
            wrapMode: Text.Wrap
        }
        Rectangle {
            id: startPill
            Layout.alignment: Qt.AlignHCenter
            Layout.topMargin: Theme.spacing * 3
            Layout.maximumWidth: root.width - Theme.margin * 2
            implicitWidth: startText.implicitWidth + Theme.margin * 3
            implicitHeight: Math.max(Theme.touchTarget * 1.5, startText.implicitHeight + Theme.spacing * 2)
            radius: height / 2
            color: Theme.accent

            QQC2.Label {
                id: startText
                anchors.centerIn: parent
                width: Math.min(implicitWidth, startPill.width - Theme.margin * 2)
                text: qsTr("Touch the screen to start")
                font.pixelSize: Theme.fontHeadline
                font.bold: true
                color: Theme.textOnAccent
                horizontalAlignment: Text.AlignHCenter
                elide: Text.ElideRight
            }
        }

        Item {
            Layout.fillHeight: true
        }

        RowLayout {
            Layout.fillWidth: true
            spacing: Theme.margin

            ColumnLayout {
                Layout.fillWidth: true
                Layout.alignment: Qt.AlignBottom
                spacing: 8

                ConnectionIndicator {
                    // Without fillWidth the column's maximum width is the indicator's, and the
                    // clock would drift to the middle.
                    Layout.fillWidth: true
                    status: root.connection
                }
                QQC2.Label {
                    Layout.fillWidth: true
                    visible: root.connection.checked && !root.connection.online
                    text: root.connection.message
                    font.pixelSize: Theme.fontBody
                    color: Theme.text
                    wrapMode: Text.Wrap
                }
            }
            ColumnLayout {
                Layout.alignment: Qt.AlignBottom | Qt.AlignRight
                spacing: 0

                QQC2.Label {
                    Layout.alignment: Qt.AlignRight
                    text: root.now.toLocaleTimeString(root.displayLocale, "HH:mm")
                    font.pixelSize: Theme.fontClock
                    font.weight: Font.Light
                    color: Theme.text
                }
                QQC2.Label {
                    Layout.alignment: Qt.AlignRight
                    text: root.now.toLocaleDateString(root.displayLocale, Locale.LongFormat)
                    font.pixelSize: Theme.fontBody
                    color: Theme.textMuted
                }
            }
        }
    }
}
