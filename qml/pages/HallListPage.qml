// SPDX-License-Identifier: Apache-2.0
// The registration halls (this one first), with what kind of place each is. Loading, failure and an
// empty list each say so plainly; a failed reload keeps the halls already shown.
pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Layouts
import QtQuick.Controls.Basic as QQC2
import WedReg.Backend
import WedReg.Ui

QQC2.Page {
    id: root

    required property HallListModel halls
    // On the booking journey: tapping a hall chooses it (hallChosen); otherwise a list to read.
    property bool selectable: false

    signal backRequested()
    signal hallChosen(string hallId, string name)

    objectName: "hallListPage"
    background: Rectangle {
        color: Theme.background
    }
    header: PageHeader {
        title: root.selectable ? qsTr("Choose a registration hall") : qsTr("Registration halls")
        onBackRequested: root.backRequested()
    }

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: Theme.margin
        spacing: Theme.spacing

        // A failed refresh while older halls are still shown.
        Rectangle {
            Layout.fillWidth: true
            visible: root.halls.errorText !== "" && root.halls.count > 0
            implicitHeight: Math.max(Theme.touchTarget, staleText.implicitHeight) + Theme.spacing
            radius: Theme.radius
            color: Theme.errorBackground
            border.color: Theme.offline
            border.width: Theme.borderWidth

            RowLayout {
                anchors.fill: parent
                anchors.leftMargin: Theme.spacing
                anchors.rightMargin: 8
                spacing: Theme.spacing

                QQC2.Label {
                    id: staleText
                    Layout.fillWidth: true
                    text: qsTr("This list may be out of date: %1").arg(root.halls.errorText)
                    font.pixelSize: Theme.fontBody
                    color: Theme.text
                    wrapMode: Text.Wrap
                }
                KioskButton {
                    text: qsTr("Try again")
                    onClicked: root.halls.reload()
                }
            }
        }

        ListView {
            id: list
            Layout.fillWidth: true
            Layout.fillHeight: true
            visible: root.halls.count > 0
            model: root.halls
            spacing: Theme.spacing
            clip: true
            boundsBehavior: Flickable.StopAtBounds
            // Always shown: a visitor should see at a glance that the list goes on below.
            QQC2.ScrollIndicator.vertical: QQC2.ScrollIndicator {
                active: true
            }
            delegate: HallCard {
                id: card
                width: list.width
                selectable: root.selectable
                onChosen: root.hallChosen(card.hallId, card.name)
            }
        }

        StatusPanel {
            Layout.fillWidth: true
            Layout.fillHeight: true
            visible: root.halls.count === 0
            busy: root.halls.loading
            isError: !root.halls.loading && root.halls.errorText !== ""
            showRetry: !root.halls.loading
            message: root.halls.loading ? qsTr("Loading the registration halls…")
                     : root.halls.errorText !== "" ? root.halls.errorText
                     : qsTr("No registration halls are listed yet.")
            onRetryRequested: root.halls.reload()
        }
    }
}
