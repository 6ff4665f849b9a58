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
        name: "KioskButton"
        when: windowShown

        Component {
            id: buttonComponent
            KioskButton {
                text: "确认 Confirm"
            }
        }
        SignalSpy {
            id: clickedSpy
            signalName: "clicked"
        }

        function cleanup() {
            KioskSettings.largeText = false
            clickedSpy.clear()
        }

        function test_touchTargetAtLeast72() {
            const button = createTemporaryObject(buttonComponent, root, { text: "" })
            verify(button.height >= 72, "height " + button.height)
            verify(button.width >= 72, "width " + button.width)
        }

        function test_largeTextMakesItBigger() {
            const button = createTemporaryObject(buttonComponent, root)
            const before = button.height
            const fontBefore = button.font.pixelSize
            KioskSettings.largeText = true
            verify(button.height >= 88, "height " + button.height)
            verify(button.height > before)
            verify(button.font.pixelSize > fontBefore)
        }

        function test_clickEmitsOnce() {
            const button = createTemporaryObject(buttonComponent, root)
            clickedSpy.target = button
            mouseClick(button)
            compare(clickedSpy.count, 1)
        }

        function test_disabledButtonIgnoresClicks() {
            const button = createTemporaryObject(buttonComponent, root, { enabled: false })
            clickedSpy.target = button
            mouseClick(button)
            compare(clickedSpy.count, 0)
        }

        function test_primaryIsFilledWithTheAccent() {
            const plain = createTemporaryObject(buttonComponent, root)
            const primary = createTemporaryObject(buttonComponent, root, { primary: true })
            verify(Qt.colorEqual(primary.background.color, Theme.accent))
            verify(!Qt.colorEqual(plain.background.color, Theme.accent))
            verify(Qt.colorEqual(primary.contentItem.color, Theme.textOnAccent))
        }

        function test_longTextElidesInsteadOfOverflowing() {
            const button = createTemporaryObject(buttonComponent, root,
                                                 { text: "一个非常非常长的按钮文字 a very very long label", width: 200 })
            compare(button.contentItem.elide, Text.ElideRight)
            verify(button.contentItem.truncated)
        }
    }
}
