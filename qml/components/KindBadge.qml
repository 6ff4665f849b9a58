// SPDX-License-Identifier: Apache-2.0
// What kind of place a hall is: registration office, themed registration spot, ceremony venue.
pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls.Basic as QQC2
import WedReg.Ui

Rectangle {
    id: root

    property string kind
    readonly property string label: root.kind === "office" ? qsTr("Registration office")
                                    : root.kind === "themed" ? qsTr("Themed registration spot")
                                    : root.kind === "ceremony_venue" ? qsTr("Ceremony venue")
                                    : root.kind
    readonly property color tint: root.kind === "office" ? Theme.kindOffice
                                  : root.kind === "themed" ? Theme.kindThemed
                                  : Theme.kindCeremony

    visible: root.label !== ""
    implicitWidth: badgeText.implicitWidth + 2 * Theme.spacing
    implicitHeight: badgeText.implicitHeight + Theme.spacing / 2
    radius: height / 2
    color: Theme.highContrast ? "transparent" : Qt.rgba(root.tint.r, root.tint.g, root.tint.b, 0.12)
    border.color: root.tint
    border.width: Math.max(1, Theme.borderWidth)

    QQC2.Label {
        id: badgeText
        anchors.centerIn: parent
        text: root.label
        font.pixelSize: Theme.fontSmall
        font.bold: true
        color: root.tint
    }
}
