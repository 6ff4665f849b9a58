// SPDX-License-Identifier: Apache-2.0
// The dialogs and panels: the idle prompt, the status panel's retry, the capacity bar.
import QtQuick
import QtTest
import WedReg.Backend
import WedReg.Ui

// TestCase itself is not visible: what the tests click lives under this visible root.
Item {
    id: root
    width: 1280
    height: 800

    TestCase {
        id: testCase
        name: "Panels"
        when: windowShown

        Component {
            id: idleComponent
            IdlePrompt {
                anchors.fill: parent
                secondsLeft: 15
            }
        }
        Component {
            id: statusComponent
            StatusPanel {
                width: 800
                message: "无法连接服务器。"
            }
        }
        Component {
            id: barComponent
            CapacityBar {
                width: 400
            }
        }
        SignalSpy {
            id: spy
        }

        function init() {
            LanguageController.language = "zh_CN"
            spy.clear()
        }

        function findText(item, text) {
            if (item.visible === false)
                return null
            if (item.text === text)
                return item
            for (let i = 0; i < item.children.length; ++i) {
                const found = findText(item.children[i], text)
                if (found)
                    return found
            }
            return null
        }

        function test_idlePromptCountsDownAndOffersToStay() {
            const prompt = createTemporaryObject(idleComponent, root)
            verify(findText(prompt, "为保护您的隐私，15 秒后将清除您填写的全部信息。") !== null)
            prompt.secondsLeft = 3
            verify(findText(prompt, "为保护您的隐私，3 秒后将清除您填写的全部信息。") !== null)
            spy.target = prompt
            spy.signalName = "stayRequested"
            const stay = findText(prompt, "我还在")
            verify(stay !== null)
            verify(stay.height >= 72)
            mouseClick(stay)
            compare(spy.count, 1)
        }

        function test_statusPanelRetriesOnlyWhenOffered() {
            const panel = createTemporaryObject(statusComponent, root)
            verify(findText(panel, "重试") === null)
            panel.showRetry = true
            panel.isError = true
            const retry = findText(panel, "重试")
            verify(retry !== null)
            spy.target = panel
            spy.signalName = "retryRequested"
            mouseClick(retry)
            compare(spy.count, 1)
            verify(Qt.colorEqual(findText(panel, "无法连接服务器。").color, Theme.offline))
        }

        function test_capacityBarDrawsItsFractions() {
            const bar = createTemporaryObject(barComponent, root, { fill: 0.75, checkedIn: 0.25 })
            compare(bar.children[0].width, 300)
            compare(bar.children[1].width, 100)
            bar.fill = 1.7   // never wider than the bar
            compare(bar.children[0].width, 400)
            bar.checkedIn = -1
            compare(bar.children[1].width, 0)
        }
    }
}
