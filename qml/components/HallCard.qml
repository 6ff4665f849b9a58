// SPDX-License-Identifier: Apache-2.0
// One hall in the hall list: name, kind badge, where it is, and what can be done there.
pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Layouts
import QtQuick.Controls.Basic as QQC2
import WedReg.Ui

Rectangle {
    id: root

    required property string name
    required property string kind
    required property string city
    required property string address
    required property bool provincialLevel
    required property list<string> services
    required property bool isOwnHall
    required property string hallId
    // On the booking journey the card is a button: a tap chooses the hall.
    property bool selectable: false

    signal chosen()

    // Service keys from the API, in the visitor's language; unknown keys are shown as they are.
    function serviceLabel(key: string): string {
        switch (key) {
        case "marriage": return qsTr("Marriage registration")
        case "divorce": return qsTr("Divorce registration")
        case "divorce_application": return qsTr("Divorce application")
        case "divorce_certificate": return qsTr("Divorce certificate")
        case "reissue": return qsTr("Certificate reissue")
        case "counselling": return qsTr("Marriage counselling")
        case "ceremony": return qsTr("Certificate ceremony")
        default: return key
        }
    }

    implicitHeight: Math.max(Theme.touchTarget, content.implicitHeight + 2 * Theme.spacing + 8)
    radius: Theme.radius
    color: Theme.surface
    border.color: root.isOwnHall ? Theme.accent : Theme.border
    border.width: root.isOwnHall ? Math.max(3, Theme.borderWidth) : Theme.borderWidth
    implicitWidth: Theme.touchTarget

    MouseArea {
        anchors.fill: parent
        enabled: root.selectable
        onClicked: root.chosen()
    }

    ColumnLayout {
        id: content
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.verticalCenter: parent.verticalCenter
        anchors.leftMargin: Theme.spacing * 2
        anchors.rightMargin: Theme.spacing * 2
        spacing: 8

        RowLayout {
            Layout.fillWidth: true
            spacing: Theme.spacing

            QQC2.Label {
                Layout.fillWidth: true
                text: root.name
                font.pixelSize: Theme.fontTitle
                font.bold: true
                color: Theme.text
                wrapMode: Text.Wrap
            }
            QQC2.Label {
                visible: root.isOwnHall
                text: qsTr("You are here")
                font.pixelSize: Theme.fontSmall
                font.bold: true
                color: Theme.accent
            }
            KindBadge {
                kind: root.kind
            }
        }
        QQC2.Label {
            Layout.fillWidth: true
            text: root.city !== "" && root.address !== "" ? root.city + " · " + root.address
                                                          : root.city + root.address
            visible: text !== ""
            font.pixelSize: Theme.fontBody
            color: Theme.textMuted
            wrapMode: Text.Wrap
        }
        QQC2.Label {
            Layout.fillWidth: true
            visible: text !== ""
            text: {
                const parts = root.services.map(key => root.serviceLabel(key))
                if (root.provincialLevel)
                    parts.unshift(qsTr("Provincial-level office"))
                return parts.join("  ·  ")
            }
            font.pixelSize: Theme.fontSmall
            color: Theme.text
            wrapMode: Text.Wrap
        }
    }
}
