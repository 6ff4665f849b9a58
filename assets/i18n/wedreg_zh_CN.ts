<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>AttractPage</name>
    <message>
        <source>Marriage Registration</source>
        <translation>婚姻登记</translation>
    </message>
    <message>
        <source>Registration hall</source>
        <translation>婚姻登记处</translation>
    </message>
    <message>
        <source>Touch the screen to start</source>
        <translation>触摸屏幕开始</translation>
    </message>
</context>
<context>
    <name>ConnectionIndicator</name>
    <message>
        <source>Connecting…</source>
        <translation>正在连接…</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>已联网</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>未联网</translation>
    </message>
</context>
<context>
    <name>HallCard</name>
    <message>
        <source>Marriage registration</source>
        <translation>结婚登记</translation>
    </message>
    <message>
        <source>Divorce registration</source>
        <translation>离婚登记</translation>
    </message>
    <message>
        <source>Divorce application</source>
        <translation>离婚登记申请</translation>
    </message>
    <message>
        <source>Divorce certificate</source>
        <translation>领取离婚证</translation>
    </message>
    <message>
        <source>Certificate reissue</source>
        <translation>补领婚姻登记证</translation>
    </message>
    <message>
        <source>Marriage counselling</source>
        <translation>婚姻家庭辅导</translation>
    </message>
    <message>
        <source>Certificate ceremony</source>
        <translation>颁证仪式</translation>
    </message>
    <message>
        <source>You are here</source>
        <translation>您在此处</translation>
    </message>
    <message>
        <source>Provincial-level office</source>
        <translation>省级婚姻登记机关</translation>
    </message>
</context>
<context>
    <name>HallListPage</name>
    <message>
        <source>Registration halls</source>
        <translation>婚姻登记处一览</translation>
    </message>
    <message>
        <source>This list may be out of date: %1</source>
        <translation>列表可能不是最新的：%1</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>重试</translation>
    </message>
    <message>
        <source>Loading the registration halls…</source>
        <translation>正在加载婚姻登记处…</translation>
    </message>
    <message>
        <source>No registration halls are listed yet.</source>
        <translation>暂无婚姻登记处信息。</translation>
    </message>
</context>
<context>
    <name>KindBadge</name>
    <message>
        <source>Registration office</source>
        <translation>婚姻登记处</translation>
    </message>
    <message>
        <source>Themed registration spot</source>
        <translation>特色婚姻登记点</translation>
    </message>
    <message>
        <source>Ceremony venue</source>
        <translation>颁证仪式场地</translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <source>wedreg kiosk</source>
        <translation>婚姻登记自助终端</translation>
    </message>
</context>
<context>
    <name>PageHeader</name>
    <message>
        <source>‹ Back</source>
        <translation>‹ 返回</translation>
    </message>
    <message>
        <source>Large text</source>
        <translation>大字</translation>
    </message>
    <message>
        <source>High contrast</source>
        <translation>高对比度</translation>
    </message>
</context>
<context>
    <name>StatusPanel</name>
    <message>
        <source>Try again</source>
        <translation>重试</translation>
    </message>
</context>
<context>
    <name>wedreg::kiosk::ApiClient</name>
    <message>
        <source>The server did not answer in time.</source>
        <translation>服务器响应超时。</translation>
    </message>
    <message>
        <source>The server cannot be reached.</source>
        <translation>无法连接服务器。</translation>
    </message>
    <message>
        <source>The server had a problem (HTTP %1). Please try again later.</source>
        <translation>服务器出现问题（HTTP %1），请稍后再试。</translation>
    </message>
    <message>
        <source>The server refused the request (HTTP %1).</source>
        <translation>服务器拒绝了请求（HTTP %1）。</translation>
    </message>
    <message>
        <source>The server sent an answer the kiosk cannot read.</source>
        <translation>服务器返回的内容无法识别。</translation>
    </message>
</context>
<context>
    <name>wedreg::kiosk::ConnectionStatus</name>
    <message>
        <source>Connecting to the registration server…</source>
        <translation>正在连接婚姻登记服务器…</translation>
    </message>
    <message>
        <source>Connected to the registration server.</source>
        <translation>已连接婚姻登记服务器。</translation>
    </message>
    <message>
        <source>The registration server cannot be reached. Bookings and check-in are paused; please ask the staff at the counter.</source>
        <translation>暂时无法连接婚姻登记服务器，预约和签到已暂停，请到窗口咨询工作人员。</translation>
    </message>
</context>
<context>
    <name>wedreg::kiosk::HallListModel</name>
    <message>
        <source>The server sent an answer the kiosk cannot read.</source>
        <translation>服务器返回的内容无法识别。</translation>
    </message>
</context>
</TS>
