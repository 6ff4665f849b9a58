// SPDX-License-Identifier: Apache-2.0
// Where a collective ceremony stands: draft, open for sign-up, closed, held, archived.
pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls.Basic as QQC2
import WedReg.Ui

Rectangle {
    id: root

    property string status
    readonly property string label: root.status === "draft" ? qsTr("Draft")
                                    : root.status === "published" ? qsTr("Open for sign-up")
                                    : root.status === "closed" ? qsTr("Sign-up closed")
                                    : root.status === "held" ? qsTr("Held")
                                    : root.status === "archived" ? qsTr("Archived")
                                    : root.status
    readonly property color tint: root.status === "published" ? Theme.online
                                  : root.status === "draft" ? Theme.checking
                                  : Theme.textMuted

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
