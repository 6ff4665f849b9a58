// SPDX-License-Identifier: Apache-2.0
import QtQuick
import QtTest
import WedReg.Ui

// TestCase itself is not visible: what the tests click lives under this visible root.
Item {
    id: root
    width: 600
    height: 500

    TestCase {
        id: testCase
        name: "NumericKeypad"
        when: windowShown

        Component {
            id: keypadComponent
            NumericKeypad {}
        }
        SignalSpy {
            id: typedSpy
            signalName: "typed"
        }
        SignalSpy {
            id: erasedSpy
            signalName: "erased"
        }

        function init() {
            typedSpy.clear()
            erasedSpy.clear()
        }

        // The key showing `label` (a KioskButton child of the grid).
        function key(keypad, label) {
            for (let i = 0; i < keypad.children.length; ++i) {
                const child = keypad.children[i]
                if (child.text === label)
                    return child
            }
            return null
        }

        function test_twelveKeysAllTouchSized() {
            const keypad = createTemporaryObject(keypadComponent, root)
            for (const label of ["0", "1", "2", "3", "4", "5", "6", "7", "8", "9", "X", "⌫"]) {
                const button = key(keypad, label)
                verify(button !== null, "key " + label)
                verify(button.height >= 72 && button.width >= 72, label + " is " + button.width + "×" + button.height)
            }
        }

        function test_digitsTypeThemselvesInOrder() {
            const keypad = createTemporaryObject(keypadComponent, root)
            typedSpy.target = keypad
            for (const label of ["4", "4", "0", "5"])
                mouseClick(key(keypad, label))
            compare(typedSpy.count, 4)
            compare(typedSpy.signalArguments.map(args => args[0]).join(""), "4405")
        }

        function test_backspaceErases() {
            const keypad = createTemporaryObject(keypadComponent, root)
            typedSpy.target = keypad
            erasedSpy.target = keypad
            mouseClick(key(keypad, "⌫"))
            compare(erasedSpy.count, 1)
            compare(typedSpy.count, 0)
        }

        function test_xOnlyWhenAllowed() {
            const keypad = createTemporaryObject(keypadComponent, root, { allowX: false })
            typedSpy.target = keypad
            mouseClick(key(keypad, "X"))
            compare(typedSpy.count, 0)
            keypad.allowX = true
            mouseClick(key(keypad, "X"))
            compare(typedSpy.count, 1)
            compare(typedSpy.signalArguments[0][0], "X")
        }

        function test_quickRepeatedTapsAllCount() {
            // Two taps in quick succession are a double click to Qt: both must type.
            const keypad = createTemporaryObject(keypadComponent, root)
            typedSpy.target = keypad
            mouseDoubleClickSequence(key(keypad, "1"))
            compare(typedSpy.count, 2)
        }
    }
}
