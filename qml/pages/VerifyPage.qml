// SPDX-License-Identifier: Apache-2.0
// Verify any certificate by holding its QR code to the camera (or a desk scanner / picture). Two
// answers side by side, each with its age: the signature, checked on this kiosk with no network, and
// the status the registration server gives now. Offline the first still works and the second says it
// cannot be checked. The certificate's content is shown only when the signature is genuine.
pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Layouts
import QtQuick.Controls.Basic as QQC2
import WedReg.Backend
import WedReg.Ui

QQC2.Page {
    id: root

    required property CertificateCheck check
    required property TrustListCache trustList
    // Where QR texts come from (image file / desk scanner; the camera when there is one).
    required property QrScanner scanner
    property QrScanner camera: null

    signal backRequested()

    function partyLine(index: int): string {
        if (index >= root.check.parties.length)
            return ""
        const party = root.check.parties[index]
        // Certificates from the ID-card reader carry no Latin name: then the name stands alone.
        const name = party.latinName.length > 0 ? qsTr("%1 (%2)").arg(party.name).arg(party.latinName)
                                                : party.name
        return qsTr("Person %1: %2 · born %3 · ID %4").arg(index + 1).arg(name)
            .arg(party.birthDate).arg(party.maskedId)
    }

    objectName: "verifyPage"
    background: Rectangle {
        color: Theme.background
    }
    header: PageHeader {
        title: qsTr("Verify a certificate")
        onBackRequested: root.backRequested()
    }

    Connections {
        target: root.scanner
        enabled: root.QQC2.StackView.status === QQC2.StackView.Active
        function onScanned(text: string) {
            root.check.check(text)
        }
    }
    Connections {
        target: root.camera
        enabled: root.camera !== null
        function onScanned(text: string) {
            root.check.check(text)
        }
    }

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: Theme.margin
        spacing: Theme.spacing

        // Before a scan: what to do, and how current this kiosk's list of trusted keys is.
        ColumnLayout {
            Layout.fillWidth: true
            Layout.fillHeight: true
            visible: !root.check.checked
            spacing: Theme.spacing * 2

            Item {
                Layout.fillHeight: true
            }
            Rectangle {
                Layout.alignment: Qt.AlignHCenter
                implicitWidth: 220
                implicitHeight: 220
                radius: Theme.radius
                color: "transparent"
                border.color: Theme.accent
                border.width: 6
                QQC2.Label {
                    anchors.centerIn: parent
                    text: "QR"
                    font.pixelSize: Theme.fontDisplay
                    font.bold: true
                    color: Theme.accent
                }
            }
            QQC2.Label {
                Layout.fillWidth: true
                text: qsTr("Hold the certificate's QR code up to the camera")
                font.pixelSize: Theme.fontHeadline
                font.bold: true
                color: Theme.text
                horizontalAlignment: Text.AlignHCenter
                wrapMode: Text.Wrap
            }
            QQC2.Label {
                objectName: "trustListState"
                Layout.fillWidth: true
                text: !root.trustList.ready
                      ? (root.trustList.errorText !== "" ? root.trustList.errorText
                                                         : qsTr("Fetching the list of trusted keys…"))
                      : root.trustList.stale
                        ? qsTr("The list of trusted keys is out of date (issued %1); answers are given with a warning.")
                              .arg(root.check.trustListAgeText)
                        : qsTr("Checked on this kiosk with the list of trusted keys issued %1.")
                              .arg(root.check.trustListAgeText)
                font.pixelSize: Theme.fontBody
                color: root.trustList.ready && !root.trustList.stale ? Theme.textMuted : Theme.offline
                horizontalAlignment: Text.AlignHCenter
                wrapMode: Text.Wrap
            }
            // No camera (or it failed): say so; the desk scanner / picture source still works.
            QQC2.Label {
                objectName: "cameraState"
                Layout.fillWidth: true
                visible: root.camera !== null && root.camera.errorText !== ""
                text: root.camera ? root.camera.errorText : ""
                font.pixelSize: Theme.fontBody
                color: Theme.textMuted
                horizontalAlignment: Text.AlignHCenter
                wrapMode: Text.Wrap
            }
            QQC2.Label {
                Layout.fillWidth: true
                visible: root.scanner.errorText !== ""
                text: root.scanner.errorText
                font.pixelSize: Theme.fontBody
                color: Theme.offline
                horizontalAlignment: Text.AlignHCenter
                wrapMode: Text.Wrap
            }
            Item {
                Layout.fillHeight: true
            }
        }

        // After a scan: the two answers side by side, then what the certificate says. Scrolls when
        // large text makes it taller than the screen, so the button below always stays in view.
        Flickable {
            id: results
            Layout.fillWidth: true
            Layout.fillHeight: true
            visible: root.check.checked
            contentWidth: width
            contentHeight: details.implicitHeight
            boundsBehavior: Flickable.StopAtBounds
            clip: true

            ColumnLayout {
                id: details
                width: results.width
                spacing: Theme.spacing

                RowLayout {
                    Layout.fillWidth: true
                    visible: root.check.checked
                    spacing: Theme.spacing

                    AnswerPanel {
                        objectName: "signatureAnswer"
                        Layout.fillWidth: true
                        Layout.preferredWidth: 1
                        Layout.alignment: Qt.AlignTop
                        heading: qsTr("Signature (checked on this kiosk, no network needed)")
                        verdict: root.check.signatureText
                        tone: root.check.signatureState === CertificateCheck.SignatureState.Valid
                              ? (root.check.trustListStale ? AnswerPanel.Warning : AnswerPanel.Good)
                              : AnswerPanel.Bad
                        age: root.check.signatureAgeText !== ""
                             ? qsTr("Checked %1").arg(root.check.signatureAgeText) : ""
                        note: root.check.trustListStale
                              ? qsTr("Warning: the list of trusted keys is out of date (issued %1).")
                                    .arg(root.check.trustListAgeText)
                              : ""
                    }
                    AnswerPanel {
                        objectName: "statusAnswer"
                        Layout.fillWidth: true
                        Layout.preferredWidth: 1
                        Layout.alignment: Qt.AlignTop
                        visible: root.check.signatureState === CertificateCheck.SignatureState.Valid
                        heading: qsTr("Status now (asked of the registration server)")
                        verdict: root.check.statusText
                        tone: root.check.statusState !== CertificateCheck.StatusState.Known ? AnswerPanel.Neutral
                              : root.check.status === "valid" ? AnswerPanel.Good
                              : AnswerPanel.Bad
                        age: root.check.statusAgeText !== ""
                             ? qsTr("Answer given %1").arg(root.check.statusAgeText) : ""
                        note: root.check.statusState === CertificateCheck.StatusState.Unavailable
                              ? qsTr("A later divorce or reissue cannot be seen offline.") : ""
                    }
                }

                GridLayout {
                    objectName: "certificateDetails"
                    Layout.fillWidth: true
                    visible: root.check.signatureState === CertificateCheck.SignatureState.Valid
                    columns: 2
                    columnSpacing: Theme.margin
                    rowSpacing: 6

                    QQC2.Label {
                        text: qsTr("Certificate")
                        font.pixelSize: Theme.fontBody
                        color: Theme.textMuted
                    }
                    QQC2.Label {
                        Layout.fillWidth: true
                        text: root.check.kindText
                        font.pixelSize: Theme.fontBody
                        font.bold: true
                        color: Theme.text
                        wrapMode: Text.Wrap
                    }
                    QQC2.Label {
                        text: qsTr("Identifier")
                        font.pixelSize: Theme.fontBody
                        color: Theme.textMuted
                    }
                    QQC2.Label {
                        Layout.fillWidth: true
                        text: root.check.identifier
                        font.pixelSize: Theme.fontBody
                        color: Theme.text
                        wrapMode: Text.WrapAnywhere
                    }
                    QQC2.Label {
                        text: qsTr("Registered on")
                        font.pixelSize: Theme.fontBody
                        color: Theme.textMuted
                    }
                    QQC2.Label {
                        Layout.fillWidth: true
                        text: root.check.registrationDate + " · " + qsTr("office %1").arg(root.check.office)
                        font.pixelSize: Theme.fontBody
                        color: Theme.text
                        wrapMode: Text.Wrap
                    }
                }

                // The people named, as the certificate carries them (masked ID numbers only).
                ColumnLayout {
                    Layout.fillWidth: true
                    visible: root.check.signatureState === CertificateCheck.SignatureState.Valid
                    spacing: 6
                    // At most two people on a certificate: two fixed labels (a Repeater here, rebuilt by the
                    // language switch's retranslate() during a layout pass, crashes Qt 6.4's layouts).
                    QQC2.Label {
                        objectName: "party1"
                        Layout.fillWidth: true
                        visible: root.check.parties.length > 0
                        text: root.partyLine(0)
                        font.pixelSize: Theme.fontBody
                        color: Theme.text
                        wrapMode: Text.Wrap
                    }
                    QQC2.Label {
                        objectName: "party2"
                        Layout.fillWidth: true
                        visible: root.check.parties.length > 1
                        text: root.partyLine(1)
                        font.pixelSize: Theme.fontBody
                        color: Theme.text
                        wrapMode: Text.Wrap
                    }
                }
            }
        }

        RowLayout {
            Layout.fillWidth: true
            visible: root.check.checked
            spacing: Theme.spacing
            Item {
                Layout.fillWidth: true
            }
            KioskButton {
                objectName: "scanAgain"
                primary: true
                text: qsTr("Check another certificate")
                onClicked: root.check.clear()
            }
        }
    }
}
