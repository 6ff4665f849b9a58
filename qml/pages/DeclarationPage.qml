// SPDX-License-Identifier: Apache-2.0
// Booking step: what will be booked, the declaration to accept, and "Book". A refusal is shown in the
// server's own words with the button that fixes it; everything typed so far stays.
pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Layouts
import QtQuick.Controls.Basic as QQC2
import WedReg.Backend
import WedReg.Ui

QQC2.Page {
    id: root

    required property AppointmentDraft draft
    required property string serviceLabel
    required property bool online

    signal backRequested()
    signal changeSlotRequested()
    signal changePartiesRequested()

    objectName: "declarationPage"
    background: Rectangle {
        color: Theme.background
    }
    header: PageHeader {
        title: qsTr("Check and confirm")
        onBackRequested: root.backRequested()
    }

    component SummaryLine: RowLayout {
        id: line
        property string label
        property string value
        Layout.fillWidth: true
        spacing: Theme.spacing
        QQC2.Label {
            Layout.preferredWidth: 220
            text: line.label
            font.pixelSize: Theme.fontBody
            color: Theme.textMuted
        }
        QQC2.Label {
            Layout.fillWidth: true
            text: line.value
            font.pixelSize: Theme.fontBody
            font.bold: true
            color: Theme.text
            wrapMode: Text.Wrap
        }
    }

    QQC2.ScrollView {
        anchors.fill: parent
        anchors.margins: Theme.margin
        contentWidth: availableWidth

        ColumnLayout {
            width: parent.width
            spacing: Theme.spacing

            SummaryLine {
                label: qsTr("Service")
                value: root.serviceLabel
            }
            SummaryLine {
                label: qsTr("Hall")
                value: root.draft.hallName
            }
            SummaryLine {
                label: qsTr("Time")
                value: root.draft.slotLabel
            }
            SummaryLine {
                label: qsTr("Person 1")
                value: root.draft.first.name + "  " + root.draft.first.idMasked
            }
            SummaryLine {
                visible: root.draft.partyCount > 1
                label: qsTr("Person 2")
                value: root.draft.second.name + "  " + root.draft.second.idMasked
            }

            DeclarationCheck {
                id: declaration
                objectName: "declarationCheck"
                Layout.fillWidth: true
                Layout.topMargin: Theme.spacing
                checked: root.draft.declarationAccepted
                onToggled: root.draft.declarationAccepted = declaration.checked
                text: root.draft.declarationText
            }

            ErrorPanel {
                objectName: "bookingError"
                Layout.fillWidth: true
                message: root.draft.errorText
            }

            RowLayout {
                Layout.fillWidth: true
                Layout.topMargin: Theme.spacing
                spacing: Theme.spacing

                KioskButton {
                    visible: root.draft.fix === "slot"
                    text: qsTr("Choose another time")
                    onClicked: root.changeSlotRequested()
                }
                KioskButton {
                    visible: root.draft.fix === "parties"
                    text: qsTr("Correct the details")
                    onClicked: root.changePartiesRequested()
                }
                Item {
                    Layout.fillWidth: true
                }
                QQC2.BusyIndicator {
                    visible: root.draft.submitting
                    running: root.draft.submitting
                    implicitWidth: Theme.touchTarget
                    implicitHeight: Theme.touchTarget
                }
                KioskButton {
                    primary: true
                    enabled: root.online && !root.draft.submitting
                    text: root.draft.fix === "retry" ? qsTr("Try again") : qsTr("Book")
                    onClicked: root.draft.submit()
                }
            }
        }
    }
}
