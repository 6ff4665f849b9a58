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
    <name>StatusPanel</name>
    <message>
        <source>Try again</source>
        <translation>Try again</translation>
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
</TS>
