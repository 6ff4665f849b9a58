// SPDX-License-Identifier: Apache-2.0
// The yearly report at a glance: the year's totals by kind of act, and per month marriages against
// divorce-related acts (applications received + divorces). The numbers and the chart's shape come from
// StatisticsModel.
pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Layouts
import QtQuick.Controls.Basic as QQC2
import WedReg.Backend
import WedReg.Ui

QQC2.Page {
    id: root

    required property StatisticsModel statistics

    signal backRequested()

    objectName: "statisticsPage"
    background: Rectangle {
        color: Theme.background
    }
    header: PageHeader {
        title: qsTr("Statistics %1").arg(root.statistics.year)
        onBackRequested: root.backRequested()
    }
    Component.onCompleted: root.statistics.reload()

    // With large text the tiles take two rows: the page scrolls rather than squash the chart.
    Flickable {
        id: flick
        anchors.fill: parent
        contentHeight: content.height + 2 * Theme.margin
        clip: true
        boundsBehavior: Flickable.StopAtBounds

        ColumnLayout {
            id: content
            x: Theme.margin
            y: Theme.margin
            width: flick.width - 2 * Theme.margin
            height: Math.max(flick.height - 2 * Theme.margin, content.implicitHeight)
            spacing: Theme.spacing

            RowLayout {
                Layout.fillWidth: true
                spacing: Theme.spacing
                KioskButton {
                    objectName: "previousYear"
                    text: qsTr("‹ %1").arg(root.statistics.year - 1)
                    onClicked: {
                        root.statistics.year = root.statistics.year - 1
                        root.statistics.reload()
                    }
                }
                QQC2.Label {
                    Layout.fillWidth: true
                    horizontalAlignment: Text.AlignHCenter
                    text: qsTr("Registration acts in %1: %2").arg(root.statistics.year)
                          .arg(root.statistics.totalActs.toLocaleString(Qt.locale(), "f", 0))
                    font.pixelSize: Theme.fontTitle
                    font.bold: true
                    color: Theme.text
                    elide: Text.ElideRight
                }
                KioskButton {
                    objectName: "nextYear"
                    text: qsTr("%1 ›").arg(root.statistics.year + 1)
                    onClicked: {
                        root.statistics.year = root.statistics.year + 1
                        root.statistics.reload()
                    }
                }
            }

            Flow {
                Layout.fillWidth: true
                spacing: Theme.spacing
                StatTile {
                    objectName: "marriagesTotal"
                    label: qsTr("Marriages")
                    value: root.statistics.totalMarriages
                    tint: chart.marriageColour
                }
                StatTile {
                    label: qsTr("Divorce applications")
                    value: root.statistics.totalDivorceApplications
                    tint: chart.divorceColour
                }
                StatTile {
                    label: qsTr("Divorces")
                    value: root.statistics.totalDivorces
                    tint: chart.divorceColour
                }
                StatTile {
                    label: qsTr("Withdrawn")
                    value: root.statistics.totalWithdrawals
                }
                StatTile {
                    label: qsTr("Lapsed")
                    value: root.statistics.totalLapses
                }
                StatTile {
                    label: qsTr("Reissues")
                    value: root.statistics.totalReissues
                }
                StatTile {
                    label: qsTr("Record certificates")
                    value: root.statistics.totalRecordCertificates
                }
            }

            RowLayout {
                Layout.fillWidth: true
                spacing: Theme.spacing
                Rectangle {
                    implicitWidth: 24
                    implicitHeight: 24
                    color: chart.marriageColour
                }
                QQC2.Label {
                    text: qsTr("Marriages")
                    font.pixelSize: Theme.fontSmall
                    color: Theme.text
                }
                Rectangle {
                    Layout.leftMargin: Theme.spacing
                    implicitWidth: 24
                    implicitHeight: 24
                    color: chart.divorceColour
                }
                QQC2.Label {
                    text: qsTr("Divorce applications and divorces")
                    font.pixelSize: Theme.fontSmall
                    color: Theme.text
                }
                Item {
                    Layout.fillWidth: true
                }
            }

            MonthlyBarChart {
                id: chart
                objectName: "monthlyChart"
                Layout.fillWidth: true
                Layout.fillHeight: true
                Layout.minimumHeight: 320
                visible: root.statistics.ready
                model: root.statistics
            }

            StatusPanel {
                Layout.fillWidth: true
                Layout.fillHeight: true
                visible: !root.statistics.ready || root.statistics.errorText !== ""
                busy: root.statistics.loading
                isError: root.statistics.errorText !== ""
                showRetry: !root.statistics.loading && root.statistics.errorText !== ""
                message: root.statistics.loading ? qsTr("Loading the statistics…")
                         : root.statistics.errorText
                onRetryRequested: root.statistics.reload()
            }
        }
    }
}
