// SPDX-License-Identifier: Apache-2.0
// Twelve months, two bars each: marriages against divorce-related acts. The model (StatisticsModel)
// shapes the data: bar heights as fractions of a round axis top, and the axis ticks; this only draws.
pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls.Basic as QQC2
import WedReg.Backend
import WedReg.Ui

Item {
    id: root

    required property StatisticsModel model
    readonly property color marriageColour: Theme.accent
    readonly property color divorceColour: Theme.highContrast ? "#00e5ff" : "#5b6b7a"
    readonly property int axisWidth: 64
    readonly property int labelHeight: Theme.fontSmall + 12

    implicitHeight: 360

    // Tick lines and their numbers, bottom (0) to top (axisMax).
    Repeater {
        model: root.model.axisTicks
        delegate: Item {
            id: tick
            required property int modelData
            readonly property real fraction: root.model.axisMax > 0 ? tick.modelData / root.model.axisMax : 0
            x: 0
            width: root.width
            y: plot.y + plot.height * (1 - tick.fraction)
            Rectangle {
                x: root.axisWidth
                width: root.width - root.axisWidth
                height: 1
                color: Theme.border
            }
            QQC2.Label {
                width: root.axisWidth - 8
                y: -height / 2
                horizontalAlignment: Text.AlignRight
                text: tick.modelData
                font.pixelSize: Theme.fontSmall
                color: Theme.textMuted
            }
        }
    }

    Row {
        id: plot
        objectName: "chartPlot"
        x: root.axisWidth
        y: 8
        width: root.width - root.axisWidth
        height: root.height - root.labelHeight - 8

        Repeater {
            model: root.model
            delegate: Item {
                id: month
                required property int index
                required property int marriages
                required property int divorceRelated
                required property real marriageFraction
                required property real divorceFraction
                required property string monthLabel
                width: plot.width / 12
                height: plot.height

                Rectangle {
                    objectName: "marriageBar" + month.index
                    x: month.width * 0.16
                    width: month.width * 0.32
                    height: plot.height * month.marriageFraction
                    anchors.bottom: parent.bottom
                    color: root.marriageColour
                }
                Rectangle {
                    objectName: "divorceBar" + month.index
                    x: month.width * 0.52
                    width: month.width * 0.32
                    height: plot.height * month.divorceFraction
                    anchors.bottom: parent.bottom
                    color: root.divorceColour
                }
                QQC2.Label {
                    anchors.top: parent.bottom
                    anchors.topMargin: 4
                    anchors.horizontalCenter: parent.horizontalCenter
                    text: month.monthLabel
                    font.pixelSize: Theme.fontSmall
                    color: Theme.textMuted
                }
            }
        }
    }
}
