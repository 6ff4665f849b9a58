// SPDX-License-Identifier: Apache-2.0
// The kiosk window: one StackView of pages over the shared models. Pages get their data as required
// properties and ask for navigation with signals; only this file pushes and pops.
pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls.Basic as QQC2
import WedReg.Backend
import WedReg.Ui

QQC2.ApplicationWindow {
    id: root

    // Read by `wedreg-kiosk --screenshots` and the UI tests: the hall list has loaded or failed.
    readonly property bool hallsSettled: hallModel.status === HallListModel.Ready
                                         || hallModel.status === HallListModel.Error
    readonly property string currentPage: stack.currentItem ? stack.currentItem.objectName : ""
    // A page transition is running (input is ignored until it ends).
    readonly property bool navigating: stack.busy

    function showHallList() {
        if (stack.depth === 1)
            stack.push(hallListComponent)
    }
    // Back to the attract page for the next visitor: display preferences off, no open screens.
    function resetForNextVisitor() {
        stack.pop(null)
        KioskSettings.resetVisitorPreferences()
    }

    width: 1280
    height: 800
    visible: true
    title: qsTr("wedreg kiosk")
    color: Theme.background
    font.family: Theme.fontFamily
    font.pixelSize: Theme.fontBody

    HallListModel {
        id: hallModel
        ownHallId: KioskSettings.hallId
        language: LanguageController.language
        Component.onCompleted: hallModel.reload()
    }

    ConnectionStatus {
        id: connectionStatus
        intervalMs: KioskSettings.healthIntervalMs
        // Back online after a failed load: fetch the halls again without waiting for a touch.
        onOnlineChanged: {
            if (connectionStatus.online && hallModel.status === HallListModel.Error)
                hallModel.reload()
        }
    }

    Timer {
        id: idleTimer
        interval: KioskSettings.idleTimeoutSeconds * 1000
        running: stack.depth > 1 || KioskSettings.largeText || KioskSettings.highContrast
        onTriggered: root.resetForNextVisitor()
    }

    QQC2.StackView {
        id: stack
        anchors.fill: parent
        initialItem: attractComponent
    }

    Component {
        id: attractComponent
        AttractPage {
            hallName: hallModel.ownHallName
            connection: connectionStatus
            onStartRequested: root.showHallList()
        }
    }

    Component {
        id: hallListComponent
        HallListPage {
            halls: hallModel
            onBackRequested: stack.pop()
        }
    }

    // Any press anywhere restarts the idle countdown; the press itself goes on to what is under it.
    MouseArea {
        anchors.fill: parent
        z: 1000
        onPressed: mouse => {
            if (idleTimer.running)
                idleTimer.restart()
            mouse.accepted = false
        }
    }
}
