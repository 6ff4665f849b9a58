// SPDX-License-Identifier: Apache-2.0
// Booking step: the day (a grid of the next two weeks, coloured by places left) and then the time.
pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Layouts
import QtQuick.Controls.Basic as QQC2
import WedReg.Backend
import WedReg.Ui

QQC2.Page {
    id: root

    required property SlotListModel slotModel
    required property DayListModel days
    required property string hallName

    signal backRequested()
    signal slotChosen(string slotId)

    objectName: "bookingTimePage"
    background: Rectangle {
        color: Theme.background
    }
    header: PageHeader {
        title: qsTr("Choose a day and time")
        onBackRequested: root.backRequested()
    }

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: Theme.margin
        spacing: Theme.spacing

        QQC2.Label {
            Layout.fillWidth: true
            text: root.hallName
            font.pixelSize: Theme.fontBody
            color: Theme.textMuted
            elide: Text.ElideRight
        }

        GridLayout {
            Layout.fillWidth: true
            visible: root.days.count > 0
            columns: 7
            rowSpacing: 8
            columnSpacing: 8

            Repeater {
                model: root.days
                delegate: DayCell {
                    id: cell
                    Layout.fillWidth: true
                    Layout.preferredWidth: 1
                    selected: root.slotModel.dayIso === cell.isoDate
                    onClicked: root.slotModel.selectDay(cell.isoDate)
                }
            }
        }

        ListView {
            id: slotList
            Layout.fillWidth: true
            Layout.fillHeight: true
            visible: root.slotModel.count > 0
            model: root.slotModel
            spacing: 8
            clip: true
            boundsBehavior: Flickable.StopAtBounds
            QQC2.ScrollIndicator.vertical: QQC2.ScrollIndicator {
                active: true
            }
            delegate: SlotRow {
                id: slotRow
                width: slotList.width
                onClicked: root.slotChosen(slotRow.slotId)
            }
        }

        StatusPanel {
            Layout.fillWidth: true
            Layout.fillHeight: true
            visible: root.slotModel.count === 0
            busy: root.slotModel.loading
            isError: !root.slotModel.loading && root.slotModel.errorText !== ""
            showRetry: !root.slotModel.loading && root.slotModel.errorText !== ""
            message: root.slotModel.loading ? qsTr("Loading the free times…")
                     : root.slotModel.errorText !== "" ? root.slotModel.errorText
                     : root.days.count === 0 ? qsTr("No times can be booked at this hall in the next two weeks.")
                     : qsTr("Choose a day above to see its times.")
            onRetryRequested: root.slotModel.reload()
        }
    }
}
