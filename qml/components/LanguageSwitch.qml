// SPDX-License-Identifier: Apache-2.0
// 中文 | English, on every screen. Each language is named in itself, so anyone can find theirs.
pragma ComponentBehavior: Bound

import QtQuick
import WedReg.Backend
import WedReg.Ui

Row {
    id: root

    spacing: 8

    KioskButton {
        text: "中文"
        primary: LanguageController.language === "zh_CN"
        Accessible.name: "中文 (Chinese)"
        onClicked: LanguageController.language = "zh_CN"
    }
    KioskButton {
        text: "English"
        primary: LanguageController.language === "en"
        Accessible.name: "English"
        onClicked: LanguageController.language = "en"
    }
}
