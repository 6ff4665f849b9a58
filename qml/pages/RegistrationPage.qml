// SPDX-License-Identifier: Apache-2.0
// The registrar completes an act at the counter: each party's ID card on the reader, what the act
// needs besides (the divorce application's number; which certificate to reissue), the declaration
// confirmed in front of the registrar, then "Complete". A refusal stays on this page in words,
// with the rule that failed.
pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Layouts
import QtQuick.Controls.Basic as QQC2
import WedReg.Backend
import WedReg.Ui

QQC2.Page {
    id: root

    required property RegistrationAct act
    required property IdentityReader reader
    // The couple called from the queue (its number and names); 0 for an act started by hand.
    property int calledNumber: 0
    property string calledNames
    // Which party the next card read fills.
    property int readingIndex: 0

    signal backRequested()

    objectName: "registrationPage"
    background: Rectangle {
        color: Theme.background
    }
    header: PageHeader {
        title: root.act.title
        onBackRequested: root.backRequested()
    }

    Connections {
        target: root.reader
        enabled: root.QQC2.StackView.status === QQC2.StackView.Active
        function onCardRead(idNumber: string, name: string) {
            const party = root.act.party(root.readingIndex)
            if (party)
                party.fillFromCard(idNumber, name)
        }
    }

    component PartyRow: RowLayout {
        id: row
        required property int index
        readonly property PartyForm party: root.act.party(row.index)
        Layout.fillWidth: true
        spacing: Theme.spacing

        FieldBox {
            Layout.fillWidth: true
            label: root.act.partyCount > 1 ? qsTr("Person %1").arg(row.index + 1) : qsTr("Applicant")
            value: row.party && row.party.idNumber !== "" ? row.party.name + "  " + row.party.idMasked : ""
            placeholder: qsTr("Not read yet")
        }
        KioskButton {
            objectName: "readCard" + row.index
            Layout.alignment: Qt.AlignBottom
            text: root.reader.reading && root.readingIndex === row.index ? qsTr("Reading the card…")
                                                                         : qsTr("Read ID card")
            enabled: !root.reader.reading && !root.act.submitting
            onClicked: {
                root.readingIndex = row.index
                root.reader.read()
            }
        }
    }

    component AppField: QQC2.TextField {
        id: field
        Layout.fillWidth: true
        implicitHeight: Theme.touchTarget
        font.pixelSize: Theme.fontTitle
        color: Theme.text
        placeholderTextColor: Theme.textMuted
        background: Rectangle {
            radius: Theme.radius
            color: Theme.surface
            border.color: field.activeFocus ? Theme.accent : Theme.border
            border.width: Math.max(2, Theme.borderWidth)
        }
    }

    QQC2.ScrollView {
        id: scroller
        anchors.fill: parent
        anchors.leftMargin: Theme.margin
        anchors.rightMargin: Theme.margin
        anchors.topMargin: Theme.spacing
        contentWidth: availableWidth

        ColumnLayout {
            width: scroller.availableWidth
            spacing: Theme.spacing

            QQC2.Label {
                objectName: "calledLine"
                Layout.fillWidth: true
                visible: root.calledNumber > 0
                text: qsTr("No. %1 · %2").arg(root.calledNumber).arg(root.calledNames)
                font.pixelSize: Theme.fontTitle
                font.bold: true
                color: Theme.accent
                wrapMode: Text.Wrap
            }

            PartyRow {
                index: 0
            }
            PartyRow {
                visible: root.act.partyCount > 1
                index: 1
            }
            QQC2.Label {
                Layout.fillWidth: true
                visible: root.reader.errorText !== ""
                text: root.reader.errorText
                font.pixelSize: Theme.fontBody
                color: Theme.offline
                wrapMode: Text.Wrap
            }

            // Divorce: the application it completes.
            QQC2.Label {
                Layout.fillWidth: true
                visible: root.act.kind === "divorce"
                text: qsTr("Divorce application number")
                font.pixelSize: Theme.fontBody
                font.bold: true
                color: Theme.text
            }
            AppField {
                id: applicationField
                objectName: "applicationField"
                visible: root.act.kind === "divorce"
                text: root.act.applicationId
                placeholderText: qsTr("As printed on the application receipt")
                onTextEdited: root.act.applicationId = applicationField.text
            }

            // Reissue: which certificate, and whether the applicant acts for someone else.
            RowLayout {
                Layout.fillWidth: true
                visible: root.act.kind === "reissue"
                spacing: Theme.spacing
                KioskButton {
                    objectName: "reissueMarriage"
                    Layout.fillWidth: true
                    Layout.preferredWidth: 1
                    primary: root.act.reissueOf === "marriage"
                    text: qsTr("Marriage certificate")
                    onClicked: root.act.reissueOf = "marriage"
                }
                KioskButton {
                    objectName: "reissueDivorce"
                    Layout.fillWidth: true
                    Layout.preferredWidth: 1
                    primary: root.act.reissueOf === "divorce"
                    text: qsTr("Divorce certificate")
                    onClicked: root.act.reissueOf = "divorce"
                }
            }
            DeclarationCheck {
                id: proxyCheck
                objectName: "proxyCheck"
                Layout.fillWidth: true
                visible: root.act.kind === "reissue"
                checked: root.act.byProxy
                onToggled: root.act.byProxy = proxyCheck.checked
                text: qsTr("Collected by a proxy with a notarised power of attorney")
            }

            DeclarationCheck {
                id: declaration
                objectName: "actDeclarationCheck"
                Layout.fillWidth: true
                visible: root.act.needsDeclaration
                checked: root.act.declarationAccepted
                onToggled: root.act.declarationAccepted = declaration.checked
                text: root.act.declarationText
            }

            ErrorPanel {
                objectName: "actError"
                Layout.fillWidth: true
                message: root.act.errorText
            }
            QQC2.Label {
                objectName: "actRules"
                Layout.fillWidth: true
                visible: root.act.rulesText !== ""
                text: qsTr("Rule: %1").arg(root.act.rulesText)
                font.pixelSize: Theme.fontSmall
                color: Theme.textMuted
                wrapMode: Text.Wrap
            }

            KioskButton {
                objectName: "completeAct"
                Layout.fillWidth: true
                Layout.bottomMargin: Theme.spacing
                primary: true
                enabled: !root.act.submitting
                text: root.act.submitting ? qsTr("Recording…") : qsTr("Complete the registration")
                onClicked: root.act.submit()
            }
        }
    }
}
