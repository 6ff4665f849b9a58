// SPDX-License-Identifier: Apache-2.0
// Availability colours and words shared by the day grid and the slot list (keys come from
// DayListModel / SlotListModel: "plenty", "few", "full", "notOpen", "none").
pragma Singleton

import QtQuick
import WedReg.Ui

QtObject {
    function fill(availability: string): color {
        if (Theme.highContrast)
            return Theme.surface
        switch (availability) {
        case "plenty": return "#e5f4e7"
        case "few": return "#fff1d6"
        case "full": return "#eeeeee"
        case "notOpen": return "#e8eef8"
        default: return Theme.surfaceAlt
        }
    }
    function edge(availability: string): color {
        switch (availability) {
        case "plenty": return Theme.online
        case "few": return Theme.checking
        case "full": return Theme.border
        case "notOpen": return Theme.kindOffice
        default: return Theme.border
        }
    }
    function dayText(availability: string, available: int): string {
        switch (availability) {
        case "plenty":
        case "few": return qsTr("%1 left").arg(available)
        case "full": return qsTr("Full")
        case "notOpen": return qsTr("Not open yet")
        default: return qsTr("Closed")
        }
    }
}
