// SPDX-License-Identifier: Apache-2.0
// How full a session is: the seated share of its capacity, and within it the share already checked in.
// Fractions come from the model (0..1); the bar only draws them.
pragma ComponentBehavior: Bound

import QtQuick
import WedReg.Ui

Rectangle {
    id: root

    property real fill: 0
    property real checkedIn: 0

    implicitHeight: 20
    radius: height / 2
    color: Theme.surfaceAlt
    border.color: Theme.border
    border.width: Theme.borderWidth

    Rectangle {
        objectName: "seatedPart"
        width: Math.max(0, Math.min(1, root.fill)) * parent.width
        height: parent.height
        radius: parent.radius
        color: Theme.gold
    }
    Rectangle {
        objectName: "checkedInPart"
        width: Math.max(0, Math.min(1, root.checkedIn)) * parent.width
        height: parent.height
        radius: parent.radius
        color: Theme.online
    }
}
