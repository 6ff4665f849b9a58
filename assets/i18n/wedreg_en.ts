<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>AttractPage</name>
    <message>
        <source>Marriage Registration</source>
        <translation>Marriage Registration</translation>
    </message>
    <message>
        <source>Registration hall</source>
        <translation>Registration hall</translation>
    </message>
    <message>
        <source>Touch the screen to start</source>
        <translation>Touch the screen to start</translation>
    </message>
</context>
<context>
    <name>Availability</name>
    <message>
        <source>%1 left</source>
        <translation>%1 left</translation>
    </message>
    <message>
        <source>Full</source>
        <translation>Full</translation>
    </message>
    <message>
        <source>Not open yet</source>
        <translation>Not open yet</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Closed</translation>
    </message>
</context>
<context>
    <name>BookingTimePage</name>
    <message>
        <source>Choose a day and time</source>
        <translation>Choose a day and time</translation>
    </message>
    <message>
        <source>Loading the free times…</source>
        <translation>Loading the free times…</translation>
    </message>
    <message>
        <source>No times can be booked at this hall in the next two weeks.</source>
        <translation>No times can be booked at this hall in the next two weeks.</translation>
    </message>
    <message>
        <source>Choose a day above to see its times.</source>
        <translation>Choose a day above to see its times.</translation>
    </message>
</context>
<context>
    <name>CeremonyConfirmPage</name>
    <message>
        <source>Check and sign up</source>
        <translation>Check and sign up</translation>
    </message>
    <message>
        <source>Ceremony</source>
        <translation>Ceremony</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Session</translation>
    </message>
    <message>
        <source>Session %1 · %2</source>
        <translation>Session %1 · %2</translation>
    </message>
    <message>
        <source>Person 1</source>
        <translation>Person 1</translation>
    </message>
    <message>
        <source>Person 2</source>
        <translation>Person 2</translation>
    </message>
    <message>
        <source>You must already be registered, or have booked your registration at a hall for the same day. If the session is full you join its waitlist.</source>
        <translation>You must already be registered, or have booked your registration at a hall for the same day. If the session is full you join its waitlist.</translation>
    </message>
    <message>
        <source>Choose another session</source>
        <translation>Choose another session</translation>
    </message>
    <message>
        <source>Correct the details</source>
        <translation>Correct the details</translation>
    </message>
    <message>
        <source>Signing up…</source>
        <translation>Signing up…</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Try again</translation>
    </message>
    <message>
        <source>Sign up</source>
        <translation>Sign up</translation>
    </message>
</context>
<context>
    <name>CeremonyListPage</name>
    <message>
        <source>Collective certificate ceremonies</source>
        <translation>Collective certificate ceremonies</translation>
    </message>
    <message>
        <source>Couples who are registered, or will register at a hall that day, can receive their certificates together at a ceremony.</source>
        <translation>Couples who are registered, or will register at a hall that day, can receive their certificates together at a ceremony.</translation>
    </message>
    <message>
        <source>Sign-up opens %1</source>
        <translation>Sign-up opens %1</translation>
    </message>
    <message>
        <source>%1 places left</source>
        <translation>%1 places left</translation>
    </message>
    <message>
        <source>Full: join the waitlist</source>
        <translation>Full: join the waitlist</translation>
    </message>
    <message>
        <source>Loading the ceremonies…</source>
        <translation>Loading the ceremonies…</translation>
    </message>
    <message>
        <source>No ceremonies are open for sign-up at the moment.</source>
        <translation>No ceremonies are open for sign-up at the moment.</translation>
    </message>
</context>
<context>
    <name>CeremonyResultPage</name>
    <message>
        <source>You are on the waitlist</source>
        <translation>You are on the waitlist</translation>
    </message>
    <message>
        <source>You have a seat</source>
        <translation>You have a seat</translation>
    </message>
    <message>
        <source>Every seat is taken. You are number %1 on the waitlist; we will send you a text message if a seat frees up.</source>
        <translation>Every seat is taken. You are number %1 on the waitlist; we will send you a text message if a seat frees up.</translation>
    </message>
    <message>
        <source>Session %1, sign-up number %2.</source>
        <translation>Session %1, sign-up number %2.</translation>
    </message>
    <message>
        <source>Photograph the ticket QR code and show it at the door. Please arrive 20 minutes early.</source>
        <translation>Photograph the ticket QR code and show it at the door. Please arrive 20 minutes early.</translation>
    </message>
    <message>
        <source>Your ticket will be sent by text message. Please arrive 20 minutes early.</source>
        <translation>Your ticket will be sent by text message. Please arrive 20 minutes early.</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Done</translation>
    </message>
</context>
<context>
    <name>CeremonySessionsPage</name>
    <message>
        <source>Choose a session</source>
        <translation>Choose a session</translation>
    </message>
    <message numerus="yes">
        <source>%1 · each couple may bring %n guest(s)</source>
        <translation>
            <numerusform>%1 · each couple may bring %n guest</numerusform>
            <numerusform>%1 · each couple may bring %n guests</numerusform>
        </translation>
    </message>
    <message>
        <source>Session %1</source>
        <translation>Session %1</translation>
    </message>
    <message>
        <source>%1 places left</source>
        <translation>%1 places left</translation>
    </message>
    <message>
        <source>Full: join the waitlist</source>
        <translation>Full: join the waitlist</translation>
    </message>
    <message>
        <source>Loading the sessions…</source>
        <translation>Loading the sessions…</translation>
    </message>
</context>
<context>
    <name>CeremonyStatusBadge</name>
    <message>
        <source>Draft</source>
        <translation>Draft</translation>
    </message>
    <message>
        <source>Open for sign-up</source>
        <translation>Open for sign-up</translation>
    </message>
    <message>
        <source>Sign-up closed</source>
        <translation>Sign-up closed</translation>
    </message>
    <message>
        <source>Held</source>
        <translation>Held</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>Archived</translation>
    </message>
</context>
<context>
    <name>CertificatePage</name>
    <message>
        <source>Certificate issued</source>
        <translation>Certificate issued</translation>
    </message>
    <message>
        <source>Application received</source>
        <translation>Application received</translation>
    </message>
    <message>
        <source>Certificate number: %1</source>
        <translation>Certificate number: %1</translation>
    </message>
    <message>
        <source>Identifier: %1</source>
        <translation>Identifier: %1</translation>
    </message>
    <message>
        <source>Application number: %1</source>
        <translation>Application number: %1</translation>
    </message>
    <message>
        <source>Cooling-off period ends: %1. Both parties come back together by %2.</source>
        <translation>Cooling-off period ends: %1. Both parties come back together by %2.</translation>
    </message>
    <message>
        <source>Scan the QR code to check the certificate; print it for the couple.</source>
        <translation>Scan the QR code to check the certificate; print it for the couple.</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Print</translation>
    </message>
    <message>
        <source>Verify</source>
        <translation>Verify</translation>
    </message>
    <message>
        <source>Next couple</source>
        <translation>Next couple</translation>
    </message>
    <message>
        <source>Printed.</source>
        <translation>Printed.</translation>
    </message>
</context>
<context>
    <name>CheckInPage</name>
    <message>
        <source>Check in</source>
        <translation>Check in</translation>
    </message>
    <message>
        <source>You are checked in. Your number:</source>
        <translation>You are checked in. Your number:</translation>
    </message>
    <message>
        <source>Please wait to be called to counter %1.</source>
        <translation>Please wait to be called to counter %1.</translation>
    </message>
    <message>
        <source>Please wait to be called.</source>
        <translation>Please wait to be called.</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Done</translation>
    </message>
    <message>
        <source>Type the check-in code from your booking, or hold its QR code to the scanner.</source>
        <translation>Type the check-in code from your booking, or hold its QR code to the scanner.</translation>
    </message>
    <message>
        <source>Check-in code (from the QR code)</source>
        <translation>Check-in code (from the QR code)</translation>
    </message>
    <message>
        <source>Check-in code</source>
        <translation>Check-in code</translation>
    </message>
    <message>
        <source>8 digits</source>
        <translation>8 digits</translation>
    </message>
    <message>
        <source>ID number of either person</source>
        <translation>ID number of either person</translation>
    </message>
    <message>
        <source>18 characters</source>
        <translation>18 characters</translation>
    </message>
    <message>
        <source>No booking? You can still register today: please take a number at the counter and the staff will help you (walk-in).</source>
        <translation>No booking? You can still register today: please take a number at the counter and the staff will help you (walk-in).</translation>
    </message>
    <message>
        <source>Reading the card…</source>
        <translation>Reading the card…</translation>
    </message>
    <message>
        <source>Read ID card</source>
        <translation>Read ID card</translation>
    </message>
    <message>
        <source>Checking in…</source>
        <translation>Checking in…</translation>
    </message>
</context>
<context>
    <name>ConfirmationPage</name>
    <message>
        <source>Your appointment is booked</source>
        <translation>Your appointment is booked</translation>
    </message>
    <message>
        <source>Check-in code</source>
        <translation>Check-in code</translation>
    </message>
    <message>
        <source>Please photograph the QR code or note the code. Bring the original ID cards of everyone named and arrive 15 minutes early.</source>
        <translation>Please photograph the QR code or note the code. Bring the original ID cards of everyone named and arrive 15 minutes early.</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Done</translation>
    </message>
    <message>
        <source>Print slip</source>
        <translation>Print slip</translation>
    </message>
    <message>
        <source>Printed.</source>
        <translation>Printed.</translation>
    </message>
</context>
<context>
    <name>ConnectionIndicator</name>
    <message>
        <source>Connecting…</source>
        <translation>Connecting…</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>Online</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Offline</translation>
    </message>
</context>
<context>
    <name>DayCell</name>
    <message>
        <source>Busy</source>
        <translation>Busy</translation>
    </message>
</context>
<context>
    <name>DeclarationPage</name>
    <message>
        <source>Check and confirm</source>
        <translation>Check and confirm</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>Hall</source>
        <translation>Hall</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Person 1</source>
        <translation>Person 1</translation>
    </message>
    <message>
        <source>Person 2</source>
        <translation>Person 2</translation>
    </message>
    <message>
        <source>Choose another time</source>
        <translation>Choose another time</translation>
    </message>
    <message>
        <source>Correct the details</source>
        <translation>Correct the details</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Try again</translation>
    </message>
    <message>
        <source>Book</source>
        <translation>Book</translation>
    </message>
</context>
<context>
    <name>HallCard</name>
    <message>
        <source>Marriage registration</source>
        <translation>Marriage registration</translation>
    </message>
    <message>
        <source>Divorce registration</source>
        <translation>Divorce registration</translation>
    </message>
    <message>
        <source>Divorce application</source>
        <translation>Divorce application</translation>
    </message>
    <message>
        <source>Divorce certificate</source>
        <translation>Divorce certificate</translation>
    </message>
    <message>
        <source>Certificate reissue</source>
        <translation>Certificate reissue</translation>
    </message>
    <message>
        <source>Marriage counselling</source>
        <translation>Marriage counselling</translation>
    </message>
    <message>
        <source>Certificate ceremony</source>
        <translation>Certificate ceremony</translation>
    </message>
    <message>
        <source>You are here</source>
        <translation>You are here</translation>
    </message>
    <message>
        <source>Provincial-level office</source>
        <translation>Provincial-level office</translation>
    </message>
</context>
<context>
    <name>HallListPage</name>
    <message>
        <source>Registration halls</source>
        <translation>Registration halls</translation>
    </message>
    <message>
        <source>This list may be out of date: %1</source>
        <translation>This list may be out of date: %1</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Try again</translation>
    </message>
    <message>
        <source>Loading the registration halls…</source>
        <translation>Loading the registration halls…</translation>
    </message>
    <message>
        <source>No registration halls are listed yet.</source>
        <translation>No registration halls are listed yet.</translation>
    </message>
    <message>
        <source>Choose a registration hall</source>
        <translation>Choose a registration hall</translation>
    </message>
</context>
<context>
    <name>IdlePrompt</name>
    <message>
        <source>Still there?</source>
        <translation>Still there?</translation>
    </message>
    <message>
        <source>For your privacy, everything you entered will be erased in %1 s.</source>
        <translation>For your privacy, everything you entered will be erased in %1 s.</translation>
    </message>
    <message>
        <source>I&apos;m still here</source>
        <translation>I&apos;m still here</translation>
    </message>
</context>
<context>
    <name>KindBadge</name>
    <message>
        <source>Registration office</source>
        <translation>Registration office</translation>
    </message>
    <message>
        <source>Themed registration spot</source>
        <translation>Themed registration spot</translation>
    </message>
    <message>
        <source>Ceremony venue</source>
        <translation>Ceremony venue</translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <source>wedreg kiosk</source>
        <translation>wedreg kiosk</translation>
    </message>
    <message>
        <source>Marriage registration</source>
        <translation>Marriage registration</translation>
    </message>
    <message>
        <source>Divorce application</source>
        <translation>Divorce application</translation>
    </message>
    <message>
        <source>Certificate reissue</source>
        <translation>Certificate reissue</translation>
    </message>
    <message>
        <source>Marriage and family counselling</source>
        <translation>Marriage and family counselling</translation>
    </message>
</context>
<context>
    <name>NumericKeypad</name>
    <message>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
</context>
<context>
    <name>OrganiserCeremonyPage</name>
    <message>
        <source>Seated</source>
        <translation>Seated</translation>
    </message>
    <message>
        <source>Checked in</source>
        <translation>Checked in</translation>
    </message>
    <message>
        <source>Waitlist no. %1</source>
        <translation>Waitlist no. %1</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <source>Ceremony</source>
        <translation>Ceremony</translation>
    </message>
    <message>
        <source>Seats taken</source>
        <translation>Seats taken</translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation>Capacity</translation>
    </message>
    <message>
        <source>Waitlist</source>
        <translation>Waitlist</translation>
    </message>
    <message>
        <source>Session %1</source>
        <translation>Session %1</translation>
    </message>
    <message>
        <source>%1/%2 seated · %3 checked in · %4 waiting</source>
        <translation>%1/%2 seated · %3 checked in · %4 waiting</translation>
    </message>
    <message>
        <source>Loading the sessions…</source>
        <translation>Loading the sessions…</translation>
    </message>
    <message>
        <source>Sign-ups (%1)</source>
        <translation>Sign-ups (%1)</translation>
    </message>
    <message>
        <source>Session %1 · %2</source>
        <translation>Session %1 · %2</translation>
    </message>
    <message>
        <source>No sign-ups yet.</source>
        <translation>No sign-ups yet.</translation>
    </message>
    <message>
        <source>Presenters</source>
        <translation>Presenters</translation>
    </message>
    <message>
        <source>Running order</source>
        <translation>Running order</translation>
    </message>
</context>
<context>
    <name>OrganiserHomePage</name>
    <message>
        <source>Collective ceremonies</source>
        <translation>Collective ceremonies</translation>
    </message>
    <message>
        <source>Signed in as %1 (ceremony organiser)</source>
        <translation>Signed in as %1 (ceremony organiser)</translation>
    </message>
    <message>
        <source>Statistics</source>
        <translation>Statistics</translation>
    </message>
    <message>
        <source>Verify a certificate</source>
        <translation>Verify a certificate</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>Sign out</translation>
    </message>
    <message numerus="yes">
        <source>%n session(s) · %1/%2 seated</source>
        <translation>
            <numerusform>%n session · %1/%2 seated</numerusform>
            <numerusform>%n sessions · %1/%2 seated</numerusform>
        </translation>
    </message>
    <message>
        <source>Loading the ceremonies…</source>
        <translation>Loading the ceremonies…</translation>
    </message>
    <message>
        <source>No ceremonies are scheduled.</source>
        <translation>No ceremonies are scheduled.</translation>
    </message>
</context>
<context>
    <name>OrganiserPresentersPage</name>
    <message>
        <source>Session %1 · %2</source>
        <translation>Session %1 · %2</translation>
    </message>
    <message>
        <source>In this session</source>
        <translation>In this session</translation>
    </message>
    <message>
        <source>Turn %1</source>
        <translation>Turn %1</translation>
    </message>
    <message>
        <source>Take off</source>
        <translation>Take off</translation>
    </message>
    <message>
        <source>This server does not list a session&apos;s presenters yet. The running order shows who presents in each session.</source>
        <translation>This server does not list a session&apos;s presenters yet. The running order shows who presents in each session.</translation>
    </message>
    <message>
        <source>No presenter in this session yet: assign one from the roster.</source>
        <translation>No presenter in this session yet: assign one from the roster.</translation>
    </message>
    <message>
        <source>Roster</source>
        <translation>Roster</translation>
    </message>
    <message>
        <source>Free on the ceremony&apos;s day</source>
        <translation>Free on the ceremony&apos;s day</translation>
    </message>
    <message>
        <source>Not free on the ceremony&apos;s day</source>
        <translation>Not free on the ceremony&apos;s day</translation>
    </message>
    <message>
        <source>Assign</source>
        <translation>Assign</translation>
    </message>
    <message>
        <source>Loading the roster…</source>
        <translation>Loading the roster…</translation>
    </message>
    <message>
        <source>The roster is empty.</source>
        <translation>The roster is empty.</translation>
    </message>
    <message>
        <source>Presenters</source>
        <translation>Presenters</translation>
    </message>
</context>
<context>
    <name>OrganiserProgrammePage</name>
    <message numerus="yes">
        <source>%1 · %n couple(s) · %2 checked in</source>
        <translation>
            <numerusform>%1 · %n couple · %2 checked in</numerusform>
            <numerusform>%1 · %n couples · %2 checked in</numerusform>
        </translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Print</translation>
    </message>
    <message>
        <source>The running order went to the printer.</source>
        <translation>The running order went to the printer.</translation>
    </message>
    <message>
        <source>The running order could not be printed.</source>
        <translation>The running order could not be printed.</translation>
    </message>
    <message>
        <source>Session %1 · %2</source>
        <translation>Session %1 · %2</translation>
    </message>
    <message>
        <source>Presenter: %1</source>
        <translation>Presenter: %1</translation>
    </message>
    <message>
        <source>Presenter to be decided</source>
        <translation>Presenter to be decided</translation>
    </message>
    <message>
        <source>Checked in</source>
        <translation>Checked in</translation>
    </message>
    <message>
        <source>Not yet checked in</source>
        <translation>Not yet checked in</translation>
    </message>
    <message>
        <source>Loading the running order…</source>
        <translation>Loading the running order…</translation>
    </message>
    <message>
        <source>Nobody is seated yet, so the running order is empty.</source>
        <translation>Nobody is seated yet, so the running order is empty.</translation>
    </message>
    <message>
        <source>Running order</source>
        <translation>Running order</translation>
    </message>
</context>
<context>
    <name>PageHeader</name>
    <message>
        <source>‹ Back</source>
        <translation>‹ Back</translation>
    </message>
    <message>
        <source>Large text</source>
        <translation>Large text</translation>
    </message>
    <message>
        <source>High contrast</source>
        <translation>High contrast</translation>
    </message>
</context>
<context>
    <name>PartyPage</name>
    <message>
        <source>Your identity and phone</source>
        <translation>Your identity and phone</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>ID number</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>As on the ID card</source>
        <translation>As on the ID card</translation>
    </message>
    <message>
        <source>Mobile number</source>
        <translation>Mobile number</translation>
    </message>
    <message>
        <source>11 digits</source>
        <translation>11 digits</translation>
    </message>
    <message>
        <source>Reading the card…</source>
        <translation>Reading the card…</translation>
    </message>
    <message>
        <source>Read ID card</source>
        <translation>Read ID card</translation>
    </message>
    <message>
        <source>Next ›</source>
        <translation>Next ›</translation>
    </message>
    <message>
        <source>Person %1 of %2</source>
        <translation>Person %1 of %2</translation>
    </message>
    <message>
        <source>18 characters</source>
        <translation>18 characters</translation>
    </message>
</context>
<context>
    <name>RegistrationPage</name>
    <message>
        <source>Person %1</source>
        <translation>Person %1</translation>
    </message>
    <message>
        <source>Applicant</source>
        <translation>Applicant</translation>
    </message>
    <message>
        <source>Not read yet</source>
        <translation>Not read yet</translation>
    </message>
    <message>
        <source>Reading the card…</source>
        <translation>Reading the card…</translation>
    </message>
    <message>
        <source>Read ID card</source>
        <translation>Read ID card</translation>
    </message>
    <message>
        <source>Divorce application number</source>
        <translation>Divorce application number</translation>
    </message>
    <message>
        <source>As printed on the application receipt</source>
        <translation>As printed on the application receipt</translation>
    </message>
    <message>
        <source>Marriage certificate</source>
        <translation>Marriage certificate</translation>
    </message>
    <message>
        <source>Divorce certificate</source>
        <translation>Divorce certificate</translation>
    </message>
    <message>
        <source>Collected by a proxy with a notarised power of attorney</source>
        <translation>Collected by a proxy with a notarised power of attorney</translation>
    </message>
    <message>
        <source>Rule: %1</source>
        <translation>Rule: %1</translation>
    </message>
    <message>
        <source>Recording…</source>
        <translation>Recording…</translation>
    </message>
    <message>
        <source>Complete the registration</source>
        <translation>Complete the registration</translation>
    </message>
    <message>
        <source>No. %1 · %2</source>
        <translation>No. %1 · %2</translation>
    </message>
</context>
<context>
    <name>ServicePage</name>
    <message>
        <source>Marriage registration</source>
        <translation>Marriage registration</translation>
    </message>
    <message>
        <source>Both of you come together</source>
        <translation>Both of you come together</translation>
    </message>
    <message>
        <source>Divorce application</source>
        <translation>Divorce application</translation>
    </message>
    <message>
        <source>Certificate reissue</source>
        <translation>Certificate reissue</translation>
    </message>
    <message>
        <source>One person may come</source>
        <translation>One person may come</translation>
    </message>
    <message>
        <source>Marriage and family counselling</source>
        <translation>Marriage and family counselling</translation>
    </message>
    <message>
        <source>Booking is paused while the registration server cannot be reached.</source>
        <translation>Booking is paused while the registration server cannot be reached.</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>Staff</translation>
    </message>
    <message>
        <source>Choose a service</source>
        <translation>Choose a service</translation>
    </message>
    <message>
        <source>Verify a certificate</source>
        <translation>Verify a certificate</translation>
    </message>
    <message>
        <source>Check in</source>
        <translation>Check in</translation>
    </message>
    <message>
        <source>Collective ceremonies</source>
        <translation>Collective ceremonies</translation>
    </message>
</context>
<context>
    <name>StaffHomePage</name>
    <message>
        <source>Registrar</source>
        <translation>Registrar</translation>
    </message>
    <message>
        <source>Ceremony organiser</source>
        <translation>Ceremony organiser</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>Administrator</translation>
    </message>
    <message>
        <source>Today&apos;s queue</source>
        <translation>Today&apos;s queue</translation>
    </message>
    <message>
        <source>Ceremonies</source>
        <translation>Ceremonies</translation>
    </message>
    <message>
        <source>Signed in as %1 (%2)</source>
        <translation>Signed in as %1 (%2)</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>Sign out</translation>
    </message>
    <message>
        <source>No. %1</source>
        <translation>No. %1</translation>
    </message>
    <message>
        <source>Ceremony events, sessions and sign-ups will be managed here; this screen is not available yet.</source>
        <translation>Ceremony events, sessions and sign-ups will be managed here; this screen is not available yet.</translation>
    </message>
    <message>
        <source>Loading today&apos;s queue…</source>
        <translation>Loading today&apos;s queue…</translation>
    </message>
    <message>
        <source>Today&apos;s queue is not available yet on this server.</source>
        <translation>Today&apos;s queue is not available yet on this server.</translation>
    </message>
    <message>
        <source>No appointments for today yet.</source>
        <translation>No appointments for today yet.</translation>
    </message>
    <message>
        <source>Verify a certificate</source>
        <translation>Verify a certificate</translation>
    </message>
    <message>
        <source>Call next couple</source>
        <translation>Call next couple</translation>
    </message>
    <message>
        <source>Divorce application</source>
        <translation>Divorce application</translation>
    </message>
    <message>
        <source>Divorce</source>
        <translation>Divorce</translation>
    </message>
    <message>
        <source>Reissue</source>
        <translation>Reissue</translation>
    </message>
    <message>
        <source>Nobody checked in is waiting for this counter.</source>
        <translation>Nobody checked in is waiting for this counter.</translation>
    </message>
    <message>
        <source>%1 · called to counter %2</source>
        <translation>%1 · called to counter %2</translation>
    </message>
    <message>
        <source>%1 · waiting</source>
        <translation>%1 · waiting</translation>
    </message>
    <message>
        <source>Booked, not checked in</source>
        <translation>Booked, not checked in</translation>
    </message>
    <message>
        <source>No-show</source>
        <translation>No-show</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelled</translation>
    </message>
</context>
<context>
    <name>StaffLoginPage</name>
    <message>
        <source>Staff sign-in</source>
        <translation>Staff sign-in</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>User name</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Password</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>Signing in…</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Sign in</translation>
    </message>
</context>
<context>
    <name>StatisticsPage</name>
    <message>
        <source>Statistics %1</source>
        <translation>Statistics %1</translation>
    </message>
    <message>
        <source>‹ %1</source>
        <translation>‹ %1</translation>
    </message>
    <message>
        <source>Registration acts in %1: %2</source>
        <translation>Registration acts in %1: %2</translation>
    </message>
    <message>
        <source>%1 ›</source>
        <translation>%1 ›</translation>
    </message>
    <message>
        <source>Marriages</source>
        <translation>Marriages</translation>
    </message>
    <message>
        <source>Divorce applications</source>
        <translation>Divorce applications</translation>
    </message>
    <message>
        <source>Divorces</source>
        <translation>Divorces</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>Withdrawn</translation>
    </message>
    <message>
        <source>Lapsed</source>
        <translation>Lapsed</translation>
    </message>
    <message>
        <source>Reissues</source>
        <translation>Reissues</translation>
    </message>
    <message>
        <source>Record certificates</source>
        <translation>Record certificates</translation>
    </message>
    <message>
        <source>Divorce applications and divorces</source>
        <translation>Divorce applications and divorces</translation>
    </message>
    <message>
        <source>Loading the statistics…</source>
        <translation>Loading the statistics…</translation>
    </message>
</context>
<context>
    <name>StatusPanel</name>
    <message>
        <source>Try again</source>
        <translation>Try again</translation>
    </message>
</context>
<context>
    <name>VerifyPage</name>
    <message>
        <source>Verify a certificate</source>
        <translation>Verify a certificate</translation>
    </message>
    <message>
        <source>Hold the certificate&apos;s QR code up to the camera</source>
        <translation>Hold the certificate&apos;s QR code up to the camera</translation>
    </message>
    <message>
        <source>Fetching the list of trusted keys…</source>
        <translation>Fetching the list of trusted keys…</translation>
    </message>
    <message>
        <source>The list of trusted keys is out of date (issued %1); answers are given with a warning.</source>
        <translation>The list of trusted keys is out of date (issued %1); answers are given with a warning.</translation>
    </message>
    <message>
        <source>Checked on this kiosk with the list of trusted keys issued %1.</source>
        <translation>Checked on this kiosk with the list of trusted keys issued %1.</translation>
    </message>
    <message>
        <source>Signature (checked on this kiosk, no network needed)</source>
        <translation>Signature (checked on this kiosk, no network needed)</translation>
    </message>
    <message>
        <source>Checked %1</source>
        <translation>Checked %1</translation>
    </message>
    <message>
        <source>Warning: the list of trusted keys is out of date (issued %1).</source>
        <translation>Warning: the list of trusted keys is out of date (issued %1).</translation>
    </message>
    <message>
        <source>Status now (asked of the registration server)</source>
        <translation>Status now (asked of the registration server)</translation>
    </message>
    <message>
        <source>Answer given %1</source>
        <translation>Answer given %1</translation>
    </message>
    <message>
        <source>A later divorce or reissue cannot be seen offline.</source>
        <translation>A later divorce or reissue cannot be seen offline.</translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation>Certificate</translation>
    </message>
    <message>
        <source>Identifier</source>
        <translation>Identifier</translation>
    </message>
    <message>
        <source>Registered on</source>
        <translation>Registered on</translation>
    </message>
    <message>
        <source>office %1</source>
        <translation>office %1</translation>
    </message>
    <message>
        <source>Check another certificate</source>
        <translation>Check another certificate</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Person %1: %2 · born %3 · ID %4</source>
        <translation>Person %1: %2 · born %3 · ID %4</translation>
    </message>
</context>
<context>
    <name>wedreg::kiosk::ApiClient</name>
    <message>
        <source>The server did not answer in time.</source>
        <translation>The server did not answer in time.</translation>
    </message>
    <message>
        <source>The server cannot be reached.</source>
        <translation>The server cannot be reached.</translation>
    </message>
    <message>
        <source>The server had a problem (HTTP %1). Please try again later.</source>
        <translation>The server had a problem (HTTP %1). Please try again later.</translation>
    </message>
    <message>
        <source>The server refused the request (HTTP %1).</source>
        <translation>The server refused the request (HTTP %1).</translation>
    </message>
    <message>
        <source>The server sent an answer the kiosk cannot read.</source>
        <translation>The server sent an answer the kiosk cannot read.</translation>
    </message>
</context>
<context>
    <name>wedreg::kiosk::AppointmentDraft</name>
    <message>
        <source>Some details are missing or need checking.</source>
        <translation>Some details are missing or need checking.</translation>
    </message>
    <message>
        <source>Please read the declaration and tick the box to confirm it.</source>
        <translation>Please read the declaration and tick the box to confirm it.</translation>
    </message>
    <message>
        <source>The server sent an answer the kiosk cannot read.</source>
        <translation>The server sent an answer the kiosk cannot read.</translation>
    </message>
    <message>
        <source>We declare that neither of us has a spouse, that we are not related by direct blood or within three generations of collateral blood, and that the details above are true.</source>
        <translation>We declare that neither of us has a spouse, that we are not related by direct blood or within three generations of collateral blood, and that the details above are true.</translation>
    </message>
    <message>
        <source>We declare that we are married to each other, that we both apply for divorce of our own free will, and that the details above are true.</source>
        <translation>We declare that we are married to each other, that we both apply for divorce of our own free will, and that the details above are true.</translation>
    </message>
    <message>
        <source>I declare that the details above are true.</source>
        <translation>I declare that the details above are true.</translation>
    </message>
    <message>
        <source>Check-in code: %1</source>
        <translation>Check-in code: %1</translation>
    </message>
    <message>
        <source>Appointment slip</source>
        <translation>Appointment slip</translation>
    </message>
</context>
<context>
    <name>wedreg::kiosk::CameraQrScanner</name>
    <message>
        <source>No camera found: hold the QR code to the desk scanner, or use a picture of it.</source>
        <translation>No camera found: hold the QR code to the desk scanner, or use a picture of it.</translation>
    </message>
    <message>
        <source>The camera stopped working: use the desk scanner or a picture.</source>
        <translation>The camera stopped working: use the desk scanner or a picture.</translation>
    </message>
</context>
<context>
    <name>wedreg::kiosk::CeremonySignup</name>
    <message>
        <source>Some details are missing or need checking.</source>
        <translation>Some details are missing or need checking.</translation>
    </message>
    <message>
        <source>The server sent an answer the kiosk cannot read.</source>
        <translation>The server sent an answer the kiosk cannot read.</translation>
    </message>
</context>
<context>
    <name>wedreg::kiosk::CertificateCheck</name>
    <message>
        <source>just now</source>
        <translation>just now</translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s) ago</source>
        <translation>
            <numerusform>%n minute ago</numerusform>
            <numerusform>%n minutes ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s) ago</source>
        <translation>
            <numerusform>%n hour ago</numerusform>
            <numerusform>%n hours ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>%n day ago</numerusform>
            <numerusform>%n days ago</numerusform>
        </translation>
    </message>
    <message>
        <source>Genuine: the signature is valid</source>
        <translation>Genuine: the signature is valid</translation>
    </message>
    <message>
        <source>Cannot be checked: this kiosk has no list of trusted keys yet</source>
        <translation>Cannot be checked: this kiosk has no list of trusted keys yet</translation>
    </message>
    <message>
        <source>Not genuine: signed by a key this kiosk does not trust</source>
        <translation>Not genuine: signed by a key this kiosk does not trust</translation>
    </message>
    <message>
        <source>Not genuine: the signing key was revoked before this certificate was issued</source>
        <translation>Not genuine: the signing key was revoked before this certificate was issued</translation>
    </message>
    <message>
        <source>Not genuine: the signature does not match</source>
        <translation>Not genuine: the signature does not match</translation>
    </message>
    <message>
        <source>Not valid at this time</source>
        <translation>Not valid at this time</translation>
    </message>
    <message>
        <source>Not a wedreg certificate, or the code is damaged</source>
        <translation>Not a wedreg certificate, or the code is damaged</translation>
    </message>
    <message>
        <source>Marriage certificate</source>
        <translation>Marriage certificate</translation>
    </message>
    <message>
        <source>Divorce certificate</source>
        <translation>Divorce certificate</translation>
    </message>
    <message>
        <source>Reissued certificate</source>
        <translation>Reissued certificate</translation>
    </message>
    <message>
        <source>Marriage registration record</source>
        <translation>Marriage registration record</translation>
    </message>
    <message>
        <source>Asking the registration server…</source>
        <translation>Asking the registration server…</translation>
    </message>
    <message>
        <source>Cannot check now: the registration server cannot be reached</source>
        <translation>Cannot check now: the registration server cannot be reached</translation>
    </message>
    <message>
        <source>In force</source>
        <translation>In force</translation>
    </message>
    <message>
        <source>No longer in force: the marriage was dissolved</source>
        <translation>No longer in force: the marriage was dissolved</translation>
    </message>
    <message>
        <source>Replaced by a reissued certificate</source>
        <translation>Replaced by a reissued certificate</translation>
    </message>
    <message>
        <source>Revoked</source>
        <translation>Revoked</translation>
    </message>
    <message>
        <source>Not known to the registration server</source>
        <translation>Not known to the registration server</translation>
    </message>
</context>
<context>
    <name>wedreg::kiosk::CheckInForm</name>
    <message>
        <source>This is not the QR code of a booking. Please scan the code on your booking confirmation, or type the check-in code.</source>
        <translation>This is not the QR code of a booking. Please scan the code on your booking confirmation, or type the check-in code.</translation>
    </message>
    <message>
        <source>Please enter the 8-digit check-in code from your booking.</source>
        <translation>Please enter the 8-digit check-in code from your booking.</translation>
    </message>
    <message>
        <source>The server sent an answer the kiosk cannot read.</source>
        <translation>The server sent an answer the kiosk cannot read.</translation>
    </message>
</context>
<context>
    <name>wedreg::kiosk::ConnectionStatus</name>
    <message>
        <source>Connecting to the registration server…</source>
        <translation>Connecting to the registration server…</translation>
    </message>
    <message>
        <source>Connected to the registration server.</source>
        <translation>Connected to the registration server.</translation>
    </message>
    <message>
        <source>The registration server cannot be reached. Bookings and check-in are paused; please ask the staff at the counter.</source>
        <translation>The registration server cannot be reached. Bookings and check-in are paused; please ask the staff at the counter.</translation>
    </message>
</context>
<context>
    <name>wedreg::kiosk::HallListModel</name>
    <message>
        <source>The server sent an answer the kiosk cannot read.</source>
        <translation>The server sent an answer the kiosk cannot read.</translation>
    </message>
</context>
<context>
    <name>wedreg::kiosk::ImageFileQrSource</name>
    <message>
        <source>The picture cannot be opened.</source>
        <translation>The picture cannot be opened.</translation>
    </message>
    <message>
        <source>No QR code was found in the picture.</source>
        <translation>No QR code was found in the picture.</translation>
    </message>
</context>
<context>
    <name>wedreg::kiosk::PartyDraft</name>
    <message>
        <source>Both people have the same ID number; please enter the second person&apos;s.</source>
        <translation>Both people have the same ID number; please enter the second person&apos;s.</translation>
    </message>
</context>
<context>
    <name>wedreg::kiosk::PartyForm</name>
    <message>
        <source>Please enter the ID number.</source>
        <translation>Please enter the ID number.</translation>
    </message>
    <message>
        <source>This is an old 15-digit number; please use the 18-digit number on the current card.</source>
        <translation>This is an old 15-digit number; please use the 18-digit number on the current card.</translation>
    </message>
    <message>
        <source>An ID number has 18 characters.</source>
        <translation>An ID number has 18 characters.</translation>
    </message>
    <message>
        <source>Only digits, and X as the last character, can appear in an ID number.</source>
        <translation>Only digits, and X as the last character, can appear in an ID number.</translation>
    </message>
    <message>
        <source>The first digits do not name a province; please check the number.</source>
        <translation>The first digits do not name a province; please check the number.</translation>
    </message>
    <message>
        <source>The birth date inside the number is not a real date; please check the number.</source>
        <translation>The birth date inside the number is not a real date; please check the number.</translation>
    </message>
    <message>
        <source>The last character does not match the rest; please check each digit.</source>
        <translation>The last character does not match the rest; please check each digit.</translation>
    </message>
    <message>
        <source>This ID number cannot be right; please check it.</source>
        <translation>This ID number cannot be right; please check it.</translation>
    </message>
    <message>
        <source>Please enter the name as it is on the ID card.</source>
        <translation>Please enter the name as it is on the ID card.</translation>
    </message>
    <message>
        <source>The name is too long.</source>
        <translation>The name is too long.</translation>
    </message>
    <message>
        <source>Please enter a mobile number.</source>
        <translation>Please enter a mobile number.</translation>
    </message>
    <message>
        <source>A mobile number has 11 digits and starts with 1.</source>
        <translation>A mobile number has 11 digits and starts with 1.</translation>
    </message>
</context>
<context>
    <name>wedreg::kiosk::PdfPrinter</name>
    <message>
        <source>The printer cannot be used right now.</source>
        <translation>The printer cannot be used right now.</translation>
    </message>
</context>
<context>
    <name>wedreg::kiosk::ProgrammeModel</name>
    <message>
        <source>Session %1 · %2</source>
        <translation>Session %1 · %2</translation>
    </message>
    <message>
        <source>presenter to be decided</source>
        <translation>presenter to be decided</translation>
    </message>
    <message>
        <source>checked in</source>
        <translation>checked in</translation>
    </message>
    <message>
        <source>not yet checked in</source>
        <translation>not yet checked in</translation>
    </message>
    <message>
        <source>%1 · %2 · running order</source>
        <translation>%1 · %2 · running order</translation>
    </message>
</context>
<context>
    <name>wedreg::kiosk::RegistrationAct</name>
    <message>
        <source>Marriage registration</source>
        <translation>Marriage registration</translation>
    </message>
    <message>
        <source>Divorce application</source>
        <translation>Divorce application</translation>
    </message>
    <message>
        <source>Divorce registration</source>
        <translation>Divorce registration</translation>
    </message>
    <message>
        <source>Certificate reissue</source>
        <translation>Certificate reissue</translation>
    </message>
    <message>
        <source>Both parties declare, in front of the registrar, that neither has a spouse, that they are not related by direct blood or within three generations of collateral blood, and that they marry of their own free will.</source>
        <translation>Both parties declare, in front of the registrar, that neither has a spouse, that they are not related by direct blood or within three generations of collateral blood, and that they marry of their own free will.</translation>
    </message>
    <message>
        <source>Both parties declare, in front of the registrar, that they divorce of their own free will and have agreed on their children, property and debts.</source>
        <translation>Both parties declare, in front of the registrar, that they divorce of their own free will and have agreed on their children, property and debts.</translation>
    </message>
    <message>
        <source>Choose what to register first.</source>
        <translation>Choose what to register first.</translation>
    </message>
    <message>
        <source>Please sign in again.</source>
        <translation>Please sign in again.</translation>
    </message>
    <message>
        <source>Read the ID card first.</source>
        <translation>Read the ID card first.</translation>
    </message>
    <message>
        <source>Read both parties&apos; ID cards first.</source>
        <translation>Read both parties&apos; ID cards first.</translation>
    </message>
    <message>
        <source>Person %1: %2</source>
        <translation>Person %1: %2</translation>
    </message>
    <message>
        <source>Person %1: the name as it is on the ID card is needed.</source>
        <translation>Person %1: the name as it is on the ID card is needed.</translation>
    </message>
    <message>
        <source>The two parties must be different people.</source>
        <translation>The two parties must be different people.</translation>
    </message>
    <message>
        <source>Enter the number of the divorce application.</source>
        <translation>Enter the number of the divorce application.</translation>
    </message>
    <message>
        <source>Both parties must confirm the declaration.</source>
        <translation>Both parties must confirm the declaration.</translation>
    </message>
    <message>
        <source>The server sent an answer the kiosk cannot read.</source>
        <translation>The server sent an answer the kiosk cannot read.</translation>
    </message>
    <message>
        <source>Registration date: %1</source>
        <translation>Registration date: %1</translation>
    </message>
    <message>
        <source>Certificate number: %1</source>
        <translation>Certificate number: %1</translation>
    </message>
    <message>
        <source>Identifier: %1</source>
        <translation>Identifier: %1</translation>
    </message>
    <message>
        <source>Electronic certificate</source>
        <translation>Electronic certificate</translation>
    </message>
</context>
<context>
    <name>wedreg::kiosk::RemoteListModel</name>
    <message>
        <source>The server sent an answer the kiosk cannot read.</source>
        <translation>The server sent an answer the kiosk cannot read.</translation>
    </message>
</context>
<context>
    <name>wedreg::kiosk::SessionPresenterModel</name>
    <message>
        <source>%1 will hand out certificates in this session.</source>
        <translation>%1 will hand out certificates in this session.</translation>
    </message>
    <message>
        <source>%1 is no longer in this session.</source>
        <translation>%1 is no longer in this session.</translation>
    </message>
    <message>
        <source>This server cannot change a session&apos;s presenters this way yet.</source>
        <translation>This server cannot change a session&apos;s presenters this way yet.</translation>
    </message>
</context>
<context>
    <name>wedreg::kiosk::SimulatedIdentityReader</name>
    <message>
        <source>No card on the reader. Place the ID card flat on the reader and try again.</source>
        <translation>No card on the reader. Place the ID card flat on the reader and try again.</translation>
    </message>
</context>
<context>
    <name>wedreg::kiosk::SlotListModel</name>
    <message>
        <source>Opens in %1 d %2</source>
        <translation>Opens in %1 d %2</translation>
    </message>
    <message>
        <source>Opens in %1</source>
        <translation>Opens in %1</translation>
    </message>
    <message>
        <source>The server sent an answer the kiosk cannot read.</source>
        <translation>The server sent an answer the kiosk cannot read.</translation>
    </message>
</context>
<context>
    <name>wedreg::kiosk::StaffSession</name>
    <message>
        <source>Please enter your user name and password.</source>
        <translation>Please enter your user name and password.</translation>
    </message>
    <message>
        <source>The server sent an answer the kiosk cannot read.</source>
        <translation>The server sent an answer the kiosk cannot read.</translation>
    </message>
</context>
<context>
    <name>wedreg::kiosk::StatisticsModel</name>
    <message>
        <source>The server sent an answer the kiosk cannot read.</source>
        <translation>The server sent an answer the kiosk cannot read.</translation>
    </message>
</context>
<context>
    <name>wedreg::kiosk::TrustListCache</name>
    <message>
        <source>This kiosk has no trusted root certificate, so certificates cannot be checked.</source>
        <translation>This kiosk has no trusted root certificate, so certificates cannot be checked.</translation>
    </message>
    <message>
        <source>This kiosk&apos;s trusted root certificate cannot be read, so certificates cannot be checked.</source>
        <translation>This kiosk&apos;s trusted root certificate cannot be read, so certificates cannot be checked.</translation>
    </message>
    <message>
        <source>The server offered an older list of trusted keys; the newer one is kept.</source>
        <translation>The server offered an older list of trusted keys; the newer one is kept.</translation>
    </message>
    <message>
        <source>The list of trusted keys from the server did not pass its checks; the last good one is kept.</source>
        <translation>The list of trusted keys from the server did not pass its checks; the last good one is kept.</translation>
    </message>
    <message>
        <source>The list of trusted keys could not be updated: %1 The last good one is kept.</source>
        <translation>The list of trusted keys could not be updated: %1 The last good one is kept.</translation>
    </message>
    <message>
        <source>The list of trusted keys could not be fetched: %1</source>
        <translation>The list of trusted keys could not be fetched: %1</translation>
    </message>
</context>
</TS>
