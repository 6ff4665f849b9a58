// SPDX-License-Identifier: Apache-2.0
// The kiosk window: one StackView of pages over the shared models. Pages get their data as required
// properties and ask for navigation with signals; only this file pushes and pops, and only this file
// wipes a visit (idle prompt unanswered, "Done", staff lock).
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

    // Service keys in the visitor's language (the summary and confirmation screens).
    function serviceLabel(key: string): string {
        switch (key) {
        case "marriage": return qsTr("Marriage registration")
        case "divorce_application": return qsTr("Divorce application")
        case "reissue": return qsTr("Certificate reissue")
        case "counselling": return qsTr("Marriage and family counselling")
        default: return key
        }
    }
    function showServices() {
        if (stack.depth === 1)
            stack.push(serviceComponent)
    }
    function showVerify() {
        certificateCheck.clear()
        stack.push(verifyComponent)
    }
    function popTo(objectName: string) {
        const page = stack.find(item => item.objectName === objectName)
        if (page)
            stack.pop(page)
    }
    // Back to the attract page for the next visitor: every field, model, image and token forgotten,
    // display preferences off.
    function resetForNextVisitor() {
        stack.pop(null)
        bookingDraft.clear()
        slotListModel.clear()
        queueModel.clear()
        hallModel.service = ""
        staff.lock()
        identityReader.cancel()
        slipPrinter.clear()
        certificateCheck.clear()
        checkInForm.clear()
        registrationAct.clear()
        publicCeremonies.clear()
        publicSessions.clear()
        ceremonySignup.clear()
        organiserCeremonies.clear()
        organiserSessions.clear()
        organiserSignups.clear()
        presenterRoster.clear()
        sessionPresenters.clear()
        sessionPresenters.sessionId = ""
        programmeModel.clear()
        statisticsModel.clear()
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
        objectName: "hallModel"
        ownHallId: KioskSettings.hallId
        language: LanguageController.language
        Component.onCompleted: hallModel.reload()
    }
    SlotListModel {
        id: slotListModel
        objectName: "slotModel"
    }
    DayListModel {
        id: dayModel
        objectName: "dayModel"
        slotModel: slotListModel
    }
    AppointmentDraft {
        id: bookingDraft
        objectName: "bookingDraft"
        onSubmitted: ok => {
            if (ok)
                stack.push(confirmationComponent)
        }
    }
    StaffSession {
        id: staff
        objectName: "staffSession"
        onSessionChanged: {
            if (staff.signedIn && root.currentPage === "staffLoginPage")
                stack.replace(staff.role === "organiser" ? organiserHomeComponent : staffHomeComponent)
        }
    }
    QueueModel {
        id: queueModel
        objectName: "queueModel"
        session: staff
        hallId: staff.hallId !== "" ? staff.hallId : KioskSettings.hallId
    }
    // Public ceremony journey: the ceremonies a couple can join, one's sessions, the sign-up.
    CeremonyListModel {
        id: publicCeremonies
        objectName: "publicCeremonies"
        upcomingOnly: true
        language: LanguageController.language
    }
    CeremonySessionModel {
        id: publicSessions
        objectName: "publicSessions"
        language: LanguageController.language
    }
    CeremonySignup {
        id: ceremonySignup
        objectName: "ceremonySignup"
        onSubmitted: ok => {
            if (ok)
                stack.push(ceremonyResultComponent)
        }
    }
    // Organiser mode: ceremonies (drafts too, with the token), one ceremony's sessions and sign-ups,
    // the yearly statistics.
    CeremonyListModel {
        id: organiserCeremonies
        objectName: "organiserCeremonies"
        session: staff
        language: LanguageController.language
    }
    CeremonySessionModel {
        id: organiserSessions
        objectName: "organiserSessions"
        session: staff
        language: LanguageController.language
    }
    SignupListModel {
        id: organiserSignups
        objectName: "organiserSignups"
        session: staff
    }
    // A ceremony's presenters per session (names from the roster) and its running order.
    PresenterRosterModel {
        id: presenterRoster
        objectName: "presenterRoster"
        session: staff
        language: LanguageController.language
        day: organiserSessions.day
    }
    SessionPresenterModel {
        id: sessionPresenters
        objectName: "sessionPresenters"
        session: staff
        roster: presenterRoster
    }
    ProgrammeModel {
        id: programmeModel
        objectName: "programme"
        session: staff
    }
    StatisticsModel {
        id: statisticsModel
        objectName: "statistics"
        session: staff
        language: LanguageController.language
    }
    SimulatedIdentityReader {
        id: identityReader
        objectName: "identityReader"
    }
    PdfPrinter {
        id: slipPrinter
        objectName: "printer"
    }
    // The registrar's act at the counter (staff mode).
    RegistrationAct {
        id: registrationAct
        objectName: "registrationAct"
        session: staff
        onSubmitted: ok => {
            if (ok)
                stack.push(certificateComponent)
        }
    }

    ConnectionStatus {
        id: connectionStatus
        objectName: "connectionStatus"
        intervalMs: KioskSettings.healthIntervalMs
        // Back online after a failed load: fetch the halls again without waiting for a touch.
        onOnlineChanged: {
            if (connectionStatus.online && hallModel.status === HallListModel.Error)
                hallModel.reload()
            if (connectionStatus.online)
                trustListCache.refresh()
        }
    }

    // Offline certificate checks: the trust list is fetched at start, whenever the server comes back
    // and every ten minutes; the last good one stays while the server is away.
    TrustListCache {
        id: trustListCache
        objectName: "trustList"
        Component.onCompleted: trustListCache.refresh()
    }
    Timer {
        interval: 10 * 60 * 1000
        running: true
        repeat: true
        onTriggered: trustListCache.refresh()
    }
    CertificateCheck {
        id: certificateCheck
        objectName: "certificateCheck"
        trustList: trustListCache
    }
    CheckInForm {
        id: checkInForm
        objectName: "checkInForm"
    }
    // Desk scanners and tests hand the kiosk a picture of the QR code.
    ImageFileQrSource {
        id: imageScanner
        objectName: "imageScanner"
    }
    // The camera, on only while the verify screen is up; with no camera it says so and the picture
    // source above is what scans.
    CameraQrScanner {
        id: cameraScanner
        objectName: "cameraScanner"
        active: root.currentPage === "verifyPage"
    }

    IdleMonitor {
        id: idle
        objectName: "idleMonitor"
        active: stack.depth > 1 || KioskSettings.largeText || KioskSettings.highContrast
        idleMs: (staff.signedIn ? KioskSettings.staffLockSeconds : KioskSettings.idleTimeoutSeconds) * 1000
        promptMs: KioskSettings.idlePromptSeconds * 1000
        onTimedOut: root.resetForNextVisitor()
    }

    footer: OfflineBanner {
        objectName: "offlineBanner"
        status: connectionStatus
        visible: stack.depth > 1 && connectionStatus.checked && !connectionStatus.online
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
            onStartRequested: root.showServices()
            onStaffRequested: stack.push(staffLoginComponent)
        }
    }

    Component {
        id: serviceComponent
        ServicePage {
            connection: connectionStatus
            onBackRequested: root.resetForNextVisitor()
            onStaffRequested: stack.push(staffLoginComponent)
            onVerifyRequested: root.showVerify()
            onCheckInRequested: {
                checkInForm.clear()
                stack.push(checkInComponent)
            }
            onCeremoniesRequested: {
                ceremonySignup.clear()
                stack.push(ceremonyListComponent)
            }
            onServiceChosen: service => {
                bookingDraft.chooseService(service)
                hallModel.service = service
                stack.push(hallListComponent)
            }
        }
    }

    Component {
        id: hallListComponent
        HallListPage {
            halls: hallModel
            selectable: true
            onBackRequested: stack.pop()
            onHallChosen: (hallId, name) => {
                bookingDraft.chooseHall(hallId, name)
                slotListModel.hallId = hallId
                slotListModel.service = bookingDraft.service
                slotListModel.selectDay("")
                slotListModel.reload()
                stack.push(bookingTimeComponent)
            }
        }
    }

    Component {
        id: bookingTimeComponent
        BookingTimePage {
            slotModel: slotListModel
            days: dayModel
            hallName: bookingDraft.hallName
            onBackRequested: stack.pop()
            onSlotChosen: slotId => {
                bookingDraft.chooseSlotFrom(slotListModel, slotId)
                stack.push(partyComponent, { partyIndex: 0 })
            }
        }
    }

    Component {
        id: partyComponent
        PartyPage {
            id: partyPage
            draft: bookingDraft
            reader: identityReader
            onBackRequested: stack.pop()
            onNextRequested: {
                if (partyPage.partyIndex + 1 < bookingDraft.partyCount)
                    stack.push(partyComponent, { partyIndex: partyPage.partyIndex + 1 })
                else
                    stack.push(declarationComponent)
            }
        }
    }

    Component {
        id: declarationComponent
        DeclarationPage {
            draft: bookingDraft
            serviceLabel: root.serviceLabel(bookingDraft.service)
            online: connectionStatus.online
            onBackRequested: stack.pop()
            onChangeSlotRequested: {
                slotListModel.reload()
                root.popTo("bookingTimePage")
            }
            onChangePartiesRequested: root.popTo("partyPage0")
        }
    }

    Component {
        id: confirmationComponent
        ConfirmationPage {
            draft: bookingDraft
            printer: slipPrinter
            serviceLabel: root.serviceLabel(bookingDraft.service)
            onDoneRequested: root.resetForNextVisitor()
        }
    }

    Component {
        id: staffLoginComponent
        StaffLoginPage {
            session: staff
            onBackRequested: stack.pop()
        }
    }

    Component {
        id: staffHomeComponent
        StaffHomePage {
            session: staff
            queue: queueModel
            onVerifyRequested: root.showVerify()
            onCallNextRequested: queueModel.callNext()
            onActRequested: kind => {
                if (registrationAct.start(kind))
                    stack.push(registrationComponent)
            }
            onSignOutRequested: {
                staff.signOut()
                root.resetForNextVisitor()
            }
        }
    }

    // "Call next": the queue answers, and a couple with an act to complete goes to the act's page.
    Connections {
        target: queueModel
        function onCallFinished(called: bool) {
            const home = stack.find(item => item.objectName === "staffHomePage")
            if (home)
                home.nobodyWaiting = !called
            if (called && registrationAct.start(queueModel.calledService, queueModel.calledId))
                stack.push(registrationComponent, {
                    calledNumber: queueModel.calledNumber,
                    calledNames: queueModel.calledNames
                })
        }
    }

    Component {
        id: registrationComponent
        RegistrationPage {
            act: registrationAct
            reader: identityReader
            onBackRequested: {
                identityReader.cancel()
                registrationAct.clear()
                stack.pop()
            }
        }
    }

    Component {
        id: certificateComponent
        CertificatePage {
            act: registrationAct
            printer: slipPrinter
            onVerifyRequested: root.showVerify()
            onDoneRequested: {
                registrationAct.clear()
                slipPrinter.clear()
                root.popTo("staffHomePage")
                queueModel.reload()
            }
        }
    }

    Component {
        id: ceremonyListComponent
        CeremonyListPage {
            ceremonies: publicCeremonies
            onBackRequested: stack.pop()
            onCeremonyChosen: ceremonyId => {
                ceremonySignup.chooseCeremony(ceremonyId)
                publicSessions.clear()
                publicSessions.ceremonyId = ceremonyId
                publicSessions.reload()
                stack.push(ceremonySessionsComponent)
            }
        }
    }

    Component {
        id: ceremonySessionsComponent
        CeremonySessionsPage {
            sessions: publicSessions
            onBackRequested: stack.pop()
            onSessionChosen: (sessionId, position, time) => {
                ceremonySignup.chooseSession(sessionId, position, time)
                stack.push(ceremonyPartyComponent, { partyIndex: 0 })
            }
        }
    }

    Component {
        id: ceremonyPartyComponent
        PartyPage {
            id: ceremonyPartyPage
            draft: ceremonySignup
            reader: identityReader
            onBackRequested: stack.pop()
            onNextRequested: {
                if (ceremonyPartyPage.partyIndex === 0)
                    stack.push(ceremonyPartyComponent, { partyIndex: 1 })
                else
                    stack.push(ceremonyConfirmComponent)
            }
        }
    }

    Component {
        id: ceremonyConfirmComponent
        CeremonyConfirmPage {
            signup: ceremonySignup
            ceremonyTitle: publicSessions.title
            online: connectionStatus.online
            onBackRequested: stack.pop()
            onChangeSessionRequested: {
                publicSessions.reload()
                root.popTo("ceremonySessionsPage")
            }
            onChangePartiesRequested: root.popTo("partyPage0")
        }
    }

    Component {
        id: ceremonyResultComponent
        CeremonyResultPage {
            signup: ceremonySignup
            ceremonyTitle: publicSessions.title
            onDoneRequested: root.resetForNextVisitor()
        }
    }

    Component {
        id: organiserHomeComponent
        OrganiserHomePage {
            session: staff
            ceremonies: organiserCeremonies
            onVerifyRequested: root.showVerify()
            onStatisticsRequested: stack.push(statisticsComponent)
            onCeremonyChosen: ceremonyId => {
                organiserSessions.clear()
                organiserSignups.clear()
                organiserSessions.ceremonyId = ceremonyId
                organiserSignups.ceremonyId = ceremonyId
                organiserSessions.reload()
                organiserSignups.reload()
                stack.push(organiserCeremonyComponent)
            }
            onSignOutRequested: {
                staff.signOut()
                root.resetForNextVisitor()
            }
        }
    }

    Component {
        id: organiserCeremonyComponent
        OrganiserCeremonyPage {
            sessions: organiserSessions
            signups: organiserSignups
            onBackRequested: stack.pop()
            onPresentersRequested: {
                sessionPresenters.clear()
                sessionPresenters.sessionId = ""
                sessionPresenters.ceremonyId = organiserSessions.ceremonyId
                sessionPresenters.reload()
                presenterRoster.reload()
                stack.push(organiserPresentersComponent)
            }
            onProgrammeRequested: {
                programmeModel.clear()
                programmeModel.ceremonyId = organiserSessions.ceremonyId
                programmeModel.reload()
                stack.push(organiserProgrammeComponent)
            }
        }
    }

    Component {
        id: organiserPresentersComponent
        OrganiserPresentersPage {
            sessions: organiserSessions
            assigned: sessionPresenters
            roster: presenterRoster
            onBackRequested: stack.pop()
        }
    }

    Component {
        id: organiserProgrammeComponent
        OrganiserProgrammePage {
            programme: programmeModel
            printer: slipPrinter
            ceremonyTitle: organiserSessions.title
            day: organiserSessions.day
            onBackRequested: {
                slipPrinter.clear()
                programmeModel.clear()
                stack.pop()
            }
        }
    }

    Component {
        id: statisticsComponent
        StatisticsPage {
            statistics: statisticsModel
            onBackRequested: stack.pop()
        }
    }

    Component {
        id: verifyComponent
        VerifyPage {
            check: certificateCheck
            trustList: trustListCache
            scanner: imageScanner
            camera: cameraScanner
            onBackRequested: {
                certificateCheck.clear()
                stack.pop()
            }
        }
    }

    Component {
        id: checkInComponent
        CheckInPage {
            form: checkInForm
            reader: identityReader
            scanner: imageScanner
            onBackRequested: {
                checkInForm.clear()
                stack.pop()
            }
            onDoneRequested: root.resetForNextVisitor()
        }
    }

    IdlePrompt {
        anchors.fill: parent
        z: 500
        visible: idle.prompting
        secondsLeft: idle.secondsLeft
        onStayRequested: idle.poke()
    }

    // Any press anywhere restarts the idle countdown; the press itself goes on to what is under it.
    MouseArea {
        anchors.fill: parent
        z: 1000
        onPressed: mouse => {
            idle.poke()
            mouse.accepted = false
        }
    }
}
