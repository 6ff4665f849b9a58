// SPDX-License-Identifier: Apache-2.0
// Sizes, colours and fonts for every screen. Screens never hard-code a colour or a font size: they
// read them here, so the large-text and high-contrast variants (KioskSettings) apply everywhere.
pragma Singleton

import QtQuick
import WedReg.Backend

QtObject {
    id: root

    readonly property bool largeText: KioskSettings.largeText
    readonly property bool highContrast: KioskSettings.highContrast
    readonly property real textScale: root.largeText ? 1.3 : 1.0

    // Touch: no target under 72 px (DESIGN.md §8), more with large text.
    readonly property int touchTarget: root.largeText ? 88 : 72
    readonly property int spacing: 16
    readonly property int margin: 32
    readonly property int radius: 12

    // Fonts (fonts-noto-cjk).
    readonly property string fontFamily: "Noto Sans CJK SC"
    readonly property int fontSmall: Math.round(18 * root.textScale)
    readonly property int fontBody: Math.round(22 * root.textScale)
    readonly property int fontButton: Math.round(24 * root.textScale)
    readonly property int fontTitle: Math.round(32 * root.textScale)
    readonly property int fontHeadline: Math.round(44 * root.textScale)
    readonly property int fontDisplay: Math.round(64 * root.textScale)
    readonly property int fontClock: 80  // already large: not scaled, so large text leaves room for the rest

    // Colours: warm ivory and registry red; high contrast is white/yellow on black.
    readonly property color background: root.highContrast ? "#000000" : "#fbf6ee"
    readonly property color surface: root.highContrast ? "#000000" : "#ffffff"
    readonly property color surfaceAlt: root.highContrast ? "#1a1a1a" : "#f3e9dc"
    readonly property color border: root.highContrast ? "#ffffff" : "#e2d3c1"
    readonly property int borderWidth: root.highContrast ? 3 : 1
    readonly property color text: root.highContrast ? "#ffffff" : "#2b1d16"
    readonly property color textMuted: root.highContrast ? "#ffffff" : "#6d5a4d"
    readonly property color accent: root.highContrast ? "#ffd400" : "#b71c1c"
    readonly property color accentPressed: root.highContrast ? "#c9a800" : "#8e1414"
    readonly property color textOnAccent: root.highContrast ? "#000000" : "#ffffff"
    readonly property color gold: root.highContrast ? "#ffd400" : "#b8892b"
    readonly property color online: root.highContrast ? "#00ff66" : "#2e7d32"
    readonly property color offline: root.highContrast ? "#ff5555" : "#c62828"
    readonly property color checking: root.highContrast ? "#ffd400" : "#a66a00"
    readonly property color errorBackground: root.highContrast ? "#000000" : "#fdecea"

    // Hall kinds (KindBadge).
    readonly property color kindOffice: root.highContrast ? "#ffffff" : "#1f5fa8"
    readonly property color kindThemed: root.highContrast ? "#ffd400" : "#b3366b"
    readonly property color kindCeremony: root.highContrast ? "#00e5ff" : "#8a5a00"
}
