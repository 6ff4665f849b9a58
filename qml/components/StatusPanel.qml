// SPDX-License-Identifier: Apache-2.0
// Loading / error / empty state for a list: a spinner or a message, and a retry button.
pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Layouts
import QtQuick.Controls.Basic as QQC2
import WedReg.Ui

ColumnLayout {
    id: root

    property string message
    property bool busy: false
    property bool showRetry: false
    property bool isError: false

    signal retryRequested()

    spacing: Theme.spacing * 2

    QQC2.BusyIndicator {
        Layout.alignment: Qt.AlignHCenter
        visible: root.busy
        running: root.busy
        implicitWidth: Theme.touchTarget
        implicitHeight: Theme.touchTarget
    }
    QQC2.Label {
        Layout.fillWidth: true
        Layout.alignment: Qt.AlignHCenter
        text: root.message
        font.pixelSize: Theme.fontTitle
        color: root.isError ? Theme.offline : Theme.textMuted
        horizontalAlignment: Text.AlignHCenter
        wrapMode: Text.Wrap
    }
    KioskButton {
        Layout.alignment: Qt.AlignHCenter
        visible: root.showRetry
        primary: true
        text: qsTr("Try again")
        onClicked: root.retryRequested()
    }
}
