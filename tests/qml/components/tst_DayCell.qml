// SPDX-License-Identifier: Apache-2.0
import QtQuick
import QtTest
import WedReg.Backend
import WedReg.Ui

// TestCase itself is not visible: what the tests click lives under this visible root.
Item {
    id: root
    width: 600
    height: 400

    TestCase {
        id: testCase
        name: "DayCell"
        when: windowShown

        Component {
            id: cellComponent
            DayCell {
                width: 140
                dayLabel: "5月20日"
                weekday: "周三"
                availability: "plenty"
                available: 12
                hot: false
                selectable: true
                isoDate: "2026-05-20"
            }
        }
        SignalSpy {
            id: clickedSpy
            signalName: "clicked"
        }

        function init() {
            LanguageController.language = "zh_CN"
            clickedSpy.clear()
        }

        function texts(cell) {
            const out = []
            const labels = cell.contentItem.children
            for (let i = 0; i < labels.length; ++i)
                out.push(labels[i].text)
            return out
        }

        function test_namedByItsDate() {
            const cell = createTemporaryObject(cellComponent, root)
            compare(cell.objectName, "day-2026-05-20")
            verify(cell.height >= 72)
        }

        function test_selectableDayClicks() {
            const cell = createTemporaryObject(cellComponent, root)
            clickedSpy.target = cell
            mouseClick(cell)
            compare(clickedSpy.count, 1)
        }

        function test_fullOrClosedDayCannotBeChosen() {
            const cell = createTemporaryObject(cellComponent, root,
                                               { selectable: false, availability: "full", available: 0 })
            clickedSpy.target = cell
            verify(!cell.enabled)
            mouseClick(cell)
            compare(clickedSpy.count, 0)
        }

        function test_showsDateWeekdayAndAvailability() {
            const cell = createTemporaryObject(cellComponent, root)
            const shown = texts(cell)
            compare(shown[0], "5月20日")
            compare(shown[1], "周三")
            compare(shown[2], Availability.dayText("plenty", 12))
            verify(shown[2].length > 0)
        }

        function test_busyDayIsMarked() {
            const cell = createTemporaryObject(cellComponent, root, { hot: true })
            verify(texts(cell)[2].endsWith(" · 热门"), texts(cell)[2])
            LanguageController.language = "en"
            tryVerify(() => texts(cell)[2].endsWith(" · Busy"))
        }

        function test_selectedDayIsFilled() {
            const cell = createTemporaryObject(cellComponent, root)
            verify(!Qt.colorEqual(cell.background.color, Theme.accent))
            cell.selected = true
            verify(Qt.colorEqual(cell.background.color, Theme.accent))
            verify(Qt.colorEqual(cell.contentItem.children[0].color, Theme.textOnAccent))
        }
    }
}
