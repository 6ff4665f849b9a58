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
    <name>Availability</name>
    <message>
        <source>%1 left</source>
        <translation>余 %1</translation>
    </message>
    <message>
        <source>Full</source>
        <translation>已约满</translation>
    </message>
    <message>
        <source>Not open yet</source>
        <translation>尚未开放</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>不可预约</translation>
    </message>
</context>
<context>
    <name>BookingTimePage</name>
    <message>
        <source>Choose a day and time</source>
        <translation>选择日期和时段</translation>
    </message>
    <message>
        <source>Loading the free times…</source>
        <translation>正在加载可预约时段…</translation>
    </message>
    <message>
        <source>No times can be booked at this hall in the next two weeks.</source>
        <translation>该登记处未来两周没有可预约的时段。</translation>
    </message>
    <message>
        <source>Choose a day above to see its times.</source>
        <translation>请先在上方选择日期，查看当天的时段。</translation>
    </message>
</context>
<context>
    <name>CeremonyConfirmPage</name>
    <message>
        <source>Check and sign up</source>
        <translation>核对并报名</translation>
    </message>
    <message>
        <source>Ceremony</source>
        <translation>颁证活动</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>场次</translation>
    </message>
    <message>
        <source>Session %1 · %2</source>
        <translation>第 %1 场 · %2</translation>
    </message>
    <message>
        <source>Person 1</source>
        <translation>第一人</translation>
    </message>
    <message>
        <source>Person 2</source>
        <translation>第二人</translation>
    </message>
    <message>
        <source>You must already be registered, or have booked your registration at a hall for the same day. If the session is full you join its waitlist.</source>
        <translation>须已完成结婚登记，或已预约当天在登记处办理登记。所选场次已满时，将进入该场次的候补名单。</translation>
    </message>
    <message>
        <source>Choose another session</source>
        <translation>选择其他场次</translation>
    </message>
    <message>
        <source>Correct the details</source>
        <translation>修改信息</translation>
    </message>
    <message>
        <source>Signing up…</source>
        <translation>正在报名…</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>重试</translation>
    </message>
    <message>
        <source>Sign up</source>
        <translation>报名</translation>
    </message>
</context>
<context>
    <name>CeremonyListPage</name>
    <message>
        <source>Collective certificate ceremonies</source>
        <translation>集体颁证活动</translation>
    </message>
    <message>
        <source>Couples who are registered, or will register at a hall that day, can receive their certificates together at a ceremony.</source>
        <translation>已登记结婚，或预约当天在登记处登记的新人，可参加集体颁证，共同领取结婚证。</translation>
    </message>
    <message>
        <source>Sign-up opens %1</source>
        <translation>%1 开始报名</translation>
    </message>
    <message>
        <source>%1 places left</source>
        <translation>余 %1 个名额</translation>
    </message>
    <message>
        <source>Full: join the waitlist</source>
        <translation>已满，可报名候补</translation>
    </message>
    <message>
        <source>Loading the ceremonies…</source>
        <translation>正在加载颁证活动…</translation>
    </message>
    <message>
        <source>No ceremonies are open for sign-up at the moment.</source>
        <translation>目前没有可报名的集体颁证活动。</translation>
    </message>
</context>
<context>
    <name>CeremonyResultPage</name>
    <message>
        <source>You are on the waitlist</source>
        <translation>您已进入候补名单</translation>
    </message>
    <message>
        <source>You have a seat</source>
        <translation>您已获得席位</translation>
    </message>
    <message>
        <source>Every seat is taken. You are number %1 on the waitlist; we will send you a text message if a seat frees up.</source>
        <translation>席位已满。您是候补第 %1 位；有空位时我们会短信通知您。</translation>
    </message>
    <message>
        <source>Session %1, sign-up number %2.</source>
        <translation>第 %1 场，报名序号 %2。</translation>
    </message>
    <message>
        <source>Photograph the ticket QR code and show it at the door. Please arrive 20 minutes early.</source>
        <translation>请拍下入场券二维码，入场时出示。请提前 20 分钟到场。</translation>
    </message>
    <message>
        <source>Your ticket will be sent by text message. Please arrive 20 minutes early.</source>
        <translation>入场券将通过短信发送。请提前 20 分钟到场。</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>完成</translation>
    </message>
</context>
<context>
    <name>CeremonySessionsPage</name>
    <message>
        <source>Choose a session</source>
        <translation>选择场次</translation>
    </message>
    <message numerus="yes">
        <source>%1 · each couple may bring %n guest(s)</source>
        <translation>
            <numerusform>%1 · 每对新人可带 %n 位亲友</numerusform>
        </translation>
    </message>
    <message>
        <source>Session %1</source>
        <translation>第 %1 场</translation>
    </message>
    <message>
        <source>%1 places left</source>
        <translation>余 %1 个名额</translation>
    </message>
    <message>
        <source>Full: join the waitlist</source>
        <translation>已满，可报名候补</translation>
    </message>
    <message>
        <source>Loading the sessions…</source>
        <translation>正在加载场次…</translation>
    </message>
</context>
<context>
    <name>CeremonyStatusBadge</name>
    <message>
        <source>Draft</source>
        <translation>草稿</translation>
    </message>
    <message>
        <source>Open for sign-up</source>
        <translation>报名中</translation>
    </message>
    <message>
        <source>Sign-up closed</source>
        <translation>报名已截止</translation>
    </message>
    <message>
        <source>Held</source>
        <translation>已举办</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>已归档</translation>
    </message>
</context>
<context>
    <name>CertificatePage</name>
    <message>
        <source>Certificate issued</source>
        <translation>证书已签发</translation>
    </message>
    <message>
        <source>Application received</source>
        <translation>申请已受理</translation>
    </message>
    <message>
        <source>Certificate number: %1</source>
        <translation>证书字号：%1</translation>
    </message>
    <message>
        <source>Identifier: %1</source>
        <translation>证照标识：%1</translation>
    </message>
    <message>
        <source>Application number: %1</source>
        <translation>申请编号：%1</translation>
    </message>
    <message>
        <source>Cooling-off period ends: %1. Both parties come back together by %2.</source>
        <translation>离婚冷静期至 %1 届满；届满后请双方于 %2 前共同到场办理。</translation>
    </message>
    <message>
        <source>Scan the QR code to check the certificate; print it for the couple.</source>
        <translation>扫描二维码可核验证书；请为当事人打印。</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>打印</translation>
    </message>
    <message>
        <source>Verify</source>
        <translation>核验</translation>
    </message>
    <message>
        <source>Next couple</source>
        <translation>下一对</translation>
    </message>
    <message>
        <source>Printed.</source>
        <translation>已打印。</translation>
    </message>
</context>
<context>
    <name>CheckInPage</name>
    <message>
        <source>Check in</source>
        <translation>签到</translation>
    </message>
    <message>
        <source>You are checked in. Your number:</source>
        <translation>签到成功，您的号码：</translation>
    </message>
    <message>
        <source>Please wait to be called to counter %1.</source>
        <translation>请到 %1 号窗口等候叫号。</translation>
    </message>
    <message>
        <source>Please wait to be called.</source>
        <translation>请等候叫号。</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>完成</translation>
    </message>
    <message>
        <source>Type the check-in code from your booking, or hold its QR code to the scanner.</source>
        <translation>请输入预约时获得的签到码，或将预约二维码对准扫描口。</translation>
    </message>
    <message>
        <source>Check-in code (from the QR code)</source>
        <translation>签到码（来自二维码）</translation>
    </message>
    <message>
        <source>Check-in code</source>
        <translation>签到码</translation>
    </message>
    <message>
        <source>8 digits</source>
        <translation>8 位数字</translation>
    </message>
    <message>
        <source>ID number of either person</source>
        <translation>任一方的身份证号码</translation>
    </message>
    <message>
        <source>18 characters</source>
        <translation>18 位</translation>
    </message>
    <message>
        <source>No booking? You can still register today: please take a number at the counter and the staff will help you (walk-in).</source>
        <translation>没有预约？今天仍可办理：请到窗口取号，工作人员会为您现场办理。</translation>
    </message>
    <message>
        <source>Reading the card…</source>
        <translation>正在读卡…</translation>
    </message>
    <message>
        <source>Read ID card</source>
        <translation>读取身份证</translation>
    </message>
    <message>
        <source>Checking in…</source>
        <translation>正在签到…</translation>
    </message>
</context>
<context>
    <name>ConfirmationPage</name>
    <message>
        <source>Your appointment is booked</source>
        <translation>预约成功</translation>
    </message>
    <message>
        <source>Check-in code</source>
        <translation>签到码</translation>
    </message>
    <message>
        <source>Please photograph the QR code or note the code. Bring the original ID cards of everyone named and arrive 15 minutes early.</source>
        <translation>请拍下二维码或记下签到码。办理当天请携带双方身份证原件，提前 15 分钟到达。</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>完成</translation>
    </message>
    <message>
        <source>Print slip</source>
        <translation>打印凭证</translation>
    </message>
    <message>
        <source>Printed.</source>
        <translation>已打印。</translation>
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
    <name>DayCell</name>
    <message>
        <source>Busy</source>
        <translation>热门</translation>
    </message>
</context>
<context>
    <name>DeclarationPage</name>
    <message>
        <source>Check and confirm</source>
        <translation>核对并确认</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>办理业务</translation>
    </message>
    <message>
        <source>Hall</source>
        <translation>登记处</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Person 1</source>
        <translation>第一人</translation>
    </message>
    <message>
        <source>Person 2</source>
        <translation>第二人</translation>
    </message>
    <message>
        <source>Choose another time</source>
        <translation>选择其他时间</translation>
    </message>
    <message>
        <source>Correct the details</source>
        <translation>修改信息</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>重试</translation>
    </message>
    <message>
        <source>Book</source>
        <translation>提交预约</translation>
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
    <message>
        <source>Choose a registration hall</source>
        <translation>选择婚姻登记处</translation>
    </message>
</context>
<context>
    <name>IdlePrompt</name>
    <message>
        <source>Still there?</source>
        <translation>还在吗？</translation>
    </message>
    <message>
        <source>For your privacy, everything you entered will be erased in %1 s.</source>
        <translation>为保护您的隐私，%1 秒后将清除您填写的全部信息。</translation>
    </message>
    <message>
        <source>I&apos;m still here</source>
        <translation>我还在</translation>
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
    <message>
        <source>Marriage registration</source>
        <translation>结婚登记</translation>
    </message>
    <message>
        <source>Divorce application</source>
        <translation>离婚登记申请</translation>
    </message>
    <message>
        <source>Certificate reissue</source>
        <translation>补领婚姻登记证</translation>
    </message>
    <message>
        <source>Marriage and family counselling</source>
        <translation>婚姻家庭辅导</translation>
    </message>
</context>
<context>
    <name>NumericKeypad</name>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
</context>
<context>
    <name>OrganiserCeremonyPage</name>
    <message>
        <source>Seated</source>
        <translation>已获席位</translation>
    </message>
    <message>
        <source>Checked in</source>
        <translation>已签到</translation>
    </message>
    <message>
        <source>Waitlist no. %1</source>
        <translation>候补第 %1 位</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>Ceremony</source>
        <translation>颁证活动</translation>
    </message>
    <message>
        <source>Seats taken</source>
        <translation>已报名席位</translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation>总席位</translation>
    </message>
    <message>
        <source>Waitlist</source>
        <translation>候补</translation>
    </message>
    <message>
        <source>Session %1</source>
        <translation>第 %1 场</translation>
    </message>
    <message>
        <source>%1/%2 seated · %3 checked in · %4 waiting</source>
        <translation>已报 %1/%2 · 已签到 %3 · 候补 %4</translation>
    </message>
    <message>
        <source>Loading the sessions…</source>
        <translation>正在加载场次…</translation>
    </message>
    <message>
        <source>Sign-ups (%1)</source>
        <translation>报名（%1 对）</translation>
    </message>
    <message>
        <source>Session %1 · %2</source>
        <translation>第 %1 场 · %2</translation>
    </message>
    <message>
        <source>No sign-ups yet.</source>
        <translation>暂无报名。</translation>
    </message>
    <message>
        <source>Presenters</source>
        <translation>颁证嘉宾</translation>
    </message>
    <message>
        <source>Running order</source>
        <translation>仪式流程</translation>
    </message>
</context>
<context>
    <name>OrganiserHomePage</name>
    <message>
        <source>Collective ceremonies</source>
        <translation>集体颁证活动</translation>
    </message>
    <message>
        <source>Signed in as %1 (ceremony organiser)</source>
        <translation>已登录：%1（颁证活动组织者）</translation>
    </message>
    <message>
        <source>Statistics</source>
        <translation>统计</translation>
    </message>
    <message>
        <source>Verify a certificate</source>
        <translation>核验证书</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>退出登录</translation>
    </message>
    <message numerus="yes">
        <source>%n session(s) · %1/%2 seated</source>
        <translation>
            <numerusform>%n 场 · 已报 %1/%2</numerusform>
        </translation>
    </message>
    <message>
        <source>Loading the ceremonies…</source>
        <translation>正在加载颁证活动…</translation>
    </message>
    <message>
        <source>No ceremonies are scheduled.</source>
        <translation>暂无颁证活动安排。</translation>
    </message>
</context>
<context>
    <name>OrganiserPresentersPage</name>
    <message>
        <source>Session %1 · %2</source>
        <translation>第 %1 场 · %2</translation>
    </message>
    <message>
        <source>In this session</source>
        <translation>本场颁证嘉宾</translation>
    </message>
    <message>
        <source>Turn %1</source>
        <translation>第 %1 位</translation>
    </message>
    <message>
        <source>Take off</source>
        <translation>移出本场</translation>
    </message>
    <message>
        <source>This server does not list a session&apos;s presenters yet. The running order shows who presents in each session.</source>
        <translation>服务器暂不提供每场的颁证嘉宾名单；各场由谁颁证，可在仪式流程中查看。</translation>
    </message>
    <message>
        <source>No presenter in this session yet: assign one from the roster.</source>
        <translation>本场还没有颁证嘉宾，请从嘉宾名单中安排。</translation>
    </message>
    <message>
        <source>Roster</source>
        <translation>嘉宾名单</translation>
    </message>
    <message>
        <source>Free on the ceremony&apos;s day</source>
        <translation>仪式当天可出席</translation>
    </message>
    <message>
        <source>Not free on the ceremony&apos;s day</source>
        <translation>仪式当天不可出席</translation>
    </message>
    <message>
        <source>Assign</source>
        <translation>安排到本场</translation>
    </message>
    <message>
        <source>Loading the roster…</source>
        <translation>正在加载嘉宾名单…</translation>
    </message>
    <message>
        <source>The roster is empty.</source>
        <translation>嘉宾名单为空。</translation>
    </message>
    <message>
        <source>Presenters</source>
        <translation>颁证嘉宾</translation>
    </message>
</context>
<context>
    <name>OrganiserProgrammePage</name>
    <message numerus="yes">
        <source>%1 · %n couple(s) · %2 checked in</source>
        <translation>
            <numerusform>%1 · 共 %n 对新人 · 已签到 %2 对</numerusform>
        </translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>打印</translation>
    </message>
    <message>
        <source>The running order went to the printer.</source>
        <translation>仪式流程已送往打印机。</translation>
    </message>
    <message>
        <source>The running order could not be printed.</source>
        <translation>仪式流程未能打印。</translation>
    </message>
    <message>
        <source>Session %1 · %2</source>
        <translation>第 %1 场 · %2</translation>
    </message>
    <message>
        <source>Presenter: %1</source>
        <translation>颁证嘉宾：%1</translation>
    </message>
    <message>
        <source>Presenter to be decided</source>
        <translation>颁证嘉宾待定</translation>
    </message>
    <message>
        <source>Checked in</source>
        <translation>已签到</translation>
    </message>
    <message>
        <source>Not yet checked in</source>
        <translation>未签到</translation>
    </message>
    <message>
        <source>Loading the running order…</source>
        <translation>正在加载仪式流程…</translation>
    </message>
    <message>
        <source>Nobody is seated yet, so the running order is empty.</source>
        <translation>还没有新人入座，仪式流程为空。</translation>
    </message>
    <message>
        <source>Running order</source>
        <translation>仪式流程</translation>
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
    <name>PartyPage</name>
    <message>
        <source>Your identity and phone</source>
        <translation>身份证与手机号</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>身份证号码</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>As on the ID card</source>
        <translation>与身份证一致</translation>
    </message>
    <message>
        <source>Mobile number</source>
        <translation>手机号码</translation>
    </message>
    <message>
        <source>11 digits</source>
        <translation>11 位数字</translation>
    </message>
    <message>
        <source>Reading the card…</source>
        <translation>正在读卡…</translation>
    </message>
    <message>
        <source>Read ID card</source>
        <translation>读取身份证</translation>
    </message>
    <message>
        <source>Next ›</source>
        <translation>下一步 ›</translation>
    </message>
    <message>
        <source>Person %1 of %2</source>
        <translation>第 %1 人（共 %2 人）</translation>
    </message>
    <message>
        <source>18 characters</source>
        <translation>18 位</translation>
    </message>
</context>
<context>
    <name>RegistrationPage</name>
    <message>
        <source>Person %1</source>
        <translation>第%1方</translation>
    </message>
    <message>
        <source>Applicant</source>
        <translation>申请人</translation>
    </message>
    <message>
        <source>Not read yet</source>
        <translation>尚未读卡</translation>
    </message>
    <message>
        <source>Reading the card…</source>
        <translation>正在读卡…</translation>
    </message>
    <message>
        <source>Read ID card</source>
        <translation>读取身份证</translation>
    </message>
    <message>
        <source>Divorce application number</source>
        <translation>离婚登记申请编号</translation>
    </message>
    <message>
        <source>As printed on the application receipt</source>
        <translation>见离婚登记申请受理回执</translation>
    </message>
    <message>
        <source>Marriage certificate</source>
        <translation>结婚证</translation>
    </message>
    <message>
        <source>Divorce certificate</source>
        <translation>离婚证</translation>
    </message>
    <message>
        <source>Collected by a proxy with a notarised power of attorney</source>
        <translation>由持经公证的委托书的代理人代为领取</translation>
    </message>
    <message>
        <source>Rule: %1</source>
        <translation>未满足的规则：%1</translation>
    </message>
    <message>
        <source>Recording…</source>
        <translation>正在登记…</translation>
    </message>
    <message>
        <source>Complete the registration</source>
        <translation>完成登记</translation>
    </message>
    <message>
        <source>No. %1 · %2</source>
        <translation>%1号 · %2</translation>
    </message>
</context>
<context>
    <name>ServicePage</name>
    <message>
        <source>Marriage registration</source>
        <translation>结婚登记</translation>
    </message>
    <message>
        <source>Both of you come together</source>
        <translation>须双方共同到场</translation>
    </message>
    <message>
        <source>Divorce application</source>
        <translation>离婚登记申请</translation>
    </message>
    <message>
        <source>Certificate reissue</source>
        <translation>补领婚姻登记证</translation>
    </message>
    <message>
        <source>One person may come</source>
        <translation>本人到场即可</translation>
    </message>
    <message>
        <source>Marriage and family counselling</source>
        <translation>婚姻家庭辅导</translation>
    </message>
    <message>
        <source>Booking is paused while the registration server cannot be reached.</source>
        <translation>无法连接婚姻登记服务器，预约暂停。</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>工作人员</translation>
    </message>
    <message>
        <source>Choose a service</source>
        <translation>请选择预约业务</translation>
    </message>
    <message>
        <source>Verify a certificate</source>
        <translation>核验证书</translation>
    </message>
    <message>
        <source>Check in</source>
        <translation>签到</translation>
    </message>
    <message>
        <source>Collective ceremonies</source>
        <translation>集体颁证</translation>
    </message>
</context>
<context>
    <name>StaffHomePage</name>
    <message>
        <source>Registrar</source>
        <translation>登记员</translation>
    </message>
    <message>
        <source>Ceremony organiser</source>
        <translation>颁证活动组织者</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>管理员</translation>
    </message>
    <message>
        <source>Today&apos;s queue</source>
        <translation>今日队列</translation>
    </message>
    <message>
        <source>Ceremonies</source>
        <translation>颁证活动</translation>
    </message>
    <message>
        <source>Signed in as %1 (%2)</source>
        <translation>已登录：%1（%2）</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>退出登录</translation>
    </message>
    <message>
        <source>No. %1</source>
        <translation>%1 号</translation>
    </message>
    <message>
        <source>Ceremony events, sessions and sign-ups will be managed here; this screen is not available yet.</source>
        <translation>颁证活动、场次和报名将在此管理；此功能暂未开放。</translation>
    </message>
    <message>
        <source>Loading today&apos;s queue…</source>
        <translation>正在加载今日队列…</translation>
    </message>
    <message>
        <source>Today&apos;s queue is not available yet on this server.</source>
        <translation>该服务器暂不提供今日队列。</translation>
    </message>
    <message>
        <source>No appointments for today yet.</source>
        <translation>今天还没有预约。</translation>
    </message>
    <message>
        <source>Verify a certificate</source>
        <translation>核验证书</translation>
    </message>
    <message>
        <source>Call next couple</source>
        <translation>叫下一对</translation>
    </message>
    <message>
        <source>Divorce application</source>
        <translation>离婚登记申请</translation>
    </message>
    <message>
        <source>Divorce</source>
        <translation>离婚登记</translation>
    </message>
    <message>
        <source>Reissue</source>
        <translation>补领证件</translation>
    </message>
    <message>
        <source>Nobody checked in is waiting for this counter.</source>
        <translation>目前没有已签到、等候本窗口办理的当事人。</translation>
    </message>
    <message>
        <source>%1 · called to counter %2</source>
        <translation>%1 · 已叫至 %2 号窗口</translation>
    </message>
    <message>
        <source>%1 · waiting</source>
        <translation>%1 · 等候中</translation>
    </message>
    <message>
        <source>Booked, not checked in</source>
        <translation>已预约，未签到</translation>
    </message>
    <message>
        <source>No-show</source>
        <translation>未到场</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
</context>
<context>
    <name>StaffLoginPage</name>
    <message>
        <source>Staff sign-in</source>
        <translation>工作人员登录</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>用户名</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>正在登录…</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>登录</translation>
    </message>
</context>
<context>
    <name>StatisticsPage</name>
    <message>
        <source>Statistics %1</source>
        <translation>%1 年统计</translation>
    </message>
    <message>
        <source>‹ %1</source>
        <translation>‹ %1 年</translation>
    </message>
    <message>
        <source>Registration acts in %1: %2</source>
        <translation>%1 年办理婚姻登记业务 %2 件</translation>
    </message>
    <message>
        <source>%1 ›</source>
        <translation>%1 年 ›</translation>
    </message>
    <message>
        <source>Marriages</source>
        <translation>结婚登记</translation>
    </message>
    <message>
        <source>Divorce applications</source>
        <translation>离婚申请</translation>
    </message>
    <message>
        <source>Divorces</source>
        <translation>离婚登记</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>撤回申请</translation>
    </message>
    <message>
        <source>Lapsed</source>
        <translation>视为撤回</translation>
    </message>
    <message>
        <source>Reissues</source>
        <translation>补领证件</translation>
    </message>
    <message>
        <source>Record certificates</source>
        <translation>登记记录证明</translation>
    </message>
    <message>
        <source>Divorce applications and divorces</source>
        <translation>离婚申请与离婚登记</translation>
    </message>
    <message>
        <source>Loading the statistics…</source>
        <translation>正在加载统计数据…</translation>
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
    <name>VerifyPage</name>
    <message>
        <source>Verify a certificate</source>
        <translation>核验证书</translation>
    </message>
    <message>
        <source>Hold the certificate&apos;s QR code up to the camera</source>
        <translation>请将证书上的二维码对准摄像头</translation>
    </message>
    <message>
        <source>Fetching the list of trusted keys…</source>
        <translation>正在获取可信密钥列表…</translation>
    </message>
    <message>
        <source>The list of trusted keys is out of date (issued %1); answers are given with a warning.</source>
        <translation>可信密钥列表已过期（发布于%1），核验结果仅供参考。</translation>
    </message>
    <message>
        <source>Checked on this kiosk with the list of trusted keys issued %1.</source>
        <translation>在本机核验，使用%1发布的可信密钥列表。</translation>
    </message>
    <message>
        <source>Signature (checked on this kiosk, no network needed)</source>
        <translation>电子签名（本机核验，无需联网）</translation>
    </message>
    <message>
        <source>Checked %1</source>
        <translation>核验时间：%1</translation>
    </message>
    <message>
        <source>Warning: the list of trusted keys is out of date (issued %1).</source>
        <translation>注意：可信密钥列表已过期（发布于%1）。</translation>
    </message>
    <message>
        <source>Status now (asked of the registration server)</source>
        <translation>当前状态（向婚姻登记服务器查询）</translation>
    </message>
    <message>
        <source>Answer given %1</source>
        <translation>查询时间：%1</translation>
    </message>
    <message>
        <source>A later divorce or reissue cannot be seen offline.</source>
        <translation>离线时无法得知此后的离婚或补领情况。</translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation>证书</translation>
    </message>
    <message>
        <source>Identifier</source>
        <translation>证照标识</translation>
    </message>
    <message>
        <source>Registered on</source>
        <translation>登记日期</translation>
    </message>
    <message>
        <source>office %1</source>
        <translation>登记机关 %1</translation>
    </message>
    <message>
        <source>Check another certificate</source>
        <translation>核验另一张证书</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Person %1: %2 · born %3 · ID %4</source>
        <translation>当事人 %1：%2 · 出生 %3 · 身份证 %4</translation>
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
    <name>wedreg::kiosk::AppointmentDraft</name>
    <message>
        <source>Some details are missing or need checking.</source>
        <translation>有信息未填写或需要核对。</translation>
    </message>
    <message>
        <source>Please read the declaration and tick the box to confirm it.</source>
        <translation>请阅读声明并勾选确认。</translation>
    </message>
    <message>
        <source>The server sent an answer the kiosk cannot read.</source>
        <translation>服务器返回的内容无法识别。</translation>
    </message>
    <message>
        <source>We declare that neither of us has a spouse, that we are not related by direct blood or within three generations of collateral blood, and that the details above are true.</source>
        <translation>我们声明：双方均无配偶，双方没有直系血亲和三代以内旁系血亲关系，以上信息真实无误。</translation>
    </message>
    <message>
        <source>We declare that we are married to each other, that we both apply for divorce of our own free will, and that the details above are true.</source>
        <translation>我们声明：双方为夫妻关系，均自愿申请离婚，以上信息真实无误。</translation>
    </message>
    <message>
        <source>I declare that the details above are true.</source>
        <translation>本人声明：以上信息真实无误。</translation>
    </message>
    <message>
        <source>Check-in code: %1</source>
        <translation>签到码：%1</translation>
    </message>
    <message>
        <source>Appointment slip</source>
        <translation>预约凭证</translation>
    </message>
</context>
<context>
    <name>wedreg::kiosk::CameraQrScanner</name>
    <message>
        <source>No camera found: hold the QR code to the desk scanner, or use a picture of it.</source>
        <translation>未检测到摄像头：请将二维码对准桌面扫描器，或使用二维码图片。</translation>
    </message>
    <message>
        <source>The camera stopped working: use the desk scanner or a picture.</source>
        <translation>摄像头已停止工作：请使用桌面扫描器或二维码图片。</translation>
    </message>
</context>
<context>
    <name>wedreg::kiosk::CeremonySignup</name>
    <message>
        <source>Some details are missing or need checking.</source>
        <translation>有信息未填写或需要核对。</translation>
    </message>
    <message>
        <source>The server sent an answer the kiosk cannot read.</source>
        <translation>服务器返回的内容无法识别。</translation>
    </message>
</context>
<context>
    <name>wedreg::kiosk::CertificateCheck</name>
    <message>
        <source>just now</source>
        <translation>刚刚</translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s) ago</source>
        <translation>
            <numerusform>%n 分钟前</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s) ago</source>
        <translation>
            <numerusform>%n 小时前</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>%n 天前</numerusform>
        </translation>
    </message>
    <message>
        <source>Genuine: the signature is valid</source>
        <translation>真实：电子签名有效</translation>
    </message>
    <message>
        <source>Cannot be checked: this kiosk has no list of trusted keys yet</source>
        <translation>无法核验：本机尚未获得可信密钥列表</translation>
    </message>
    <message>
        <source>Not genuine: signed by a key this kiosk does not trust</source>
        <translation>不可信：签名密钥不在可信列表中</translation>
    </message>
    <message>
        <source>Not genuine: the signing key was revoked before this certificate was issued</source>
        <translation>不可信：签发前签名密钥已被撤销</translation>
    </message>
    <message>
        <source>Not genuine: the signature does not match</source>
        <translation>不可信：电子签名不符</translation>
    </message>
    <message>
        <source>Not valid at this time</source>
        <translation>当前时间不在有效期内</translation>
    </message>
    <message>
        <source>Not a wedreg certificate, or the code is damaged</source>
        <translation>不是婚姻登记电子证书，或二维码已损坏</translation>
    </message>
    <message>
        <source>Marriage certificate</source>
        <translation>结婚证</translation>
    </message>
    <message>
        <source>Divorce certificate</source>
        <translation>离婚证</translation>
    </message>
    <message>
        <source>Reissued certificate</source>
        <translation>补领的婚姻登记证</translation>
    </message>
    <message>
        <source>Marriage registration record</source>
        <translation>婚姻登记记录证明</translation>
    </message>
    <message>
        <source>Asking the registration server…</source>
        <translation>正在查询婚姻登记服务器…</translation>
    </message>
    <message>
        <source>Cannot check now: the registration server cannot be reached</source>
        <translation>暂时无法查询：无法连接婚姻登记服务器</translation>
    </message>
    <message>
        <source>In force</source>
        <translation>有效</translation>
    </message>
    <message>
        <source>No longer in force: the marriage was dissolved</source>
        <translation>已失效：婚姻关系已解除</translation>
    </message>
    <message>
        <source>Replaced by a reissued certificate</source>
        <translation>已被补领的证书取代</translation>
    </message>
    <message>
        <source>Revoked</source>
        <translation>已撤销</translation>
    </message>
    <message>
        <source>Not known to the registration server</source>
        <translation>婚姻登记服务器中无此证书</translation>
    </message>
</context>
<context>
    <name>wedreg::kiosk::CheckInForm</name>
    <message>
        <source>This is not the QR code of a booking. Please scan the code on your booking confirmation, or type the check-in code.</source>
        <translation>这不是预约二维码。请扫描预约凭证上的二维码，或输入签到码。</translation>
    </message>
    <message>
        <source>Please enter the 8-digit check-in code from your booking.</source>
        <translation>请输入预约时获得的 8 位签到码。</translation>
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
<context>
    <name>wedreg::kiosk::ImageFileQrSource</name>
    <message>
        <source>The picture cannot be opened.</source>
        <translation>无法打开图片。</translation>
    </message>
    <message>
        <source>No QR code was found in the picture.</source>
        <translation>图片中未找到二维码。</translation>
    </message>
</context>
<context>
    <name>wedreg::kiosk::PartyDraft</name>
    <message>
        <source>Both people have the same ID number; please enter the second person&apos;s.</source>
        <translation>两人的身份证号码相同，请输入第二人的号码。</translation>
    </message>
</context>
<context>
    <name>wedreg::kiosk::PartyForm</name>
    <message>
        <source>Please enter the ID number.</source>
        <translation>请输入身份证号码。</translation>
    </message>
    <message>
        <source>This is an old 15-digit number; please use the 18-digit number on the current card.</source>
        <translation>这是旧的 15 位号码，请使用现行身份证上的 18 位号码。</translation>
    </message>
    <message>
        <source>An ID number has 18 characters.</source>
        <translation>身份证号码应为 18 位。</translation>
    </message>
    <message>
        <source>Only digits, and X as the last character, can appear in an ID number.</source>
        <translation>身份证号码只能包含数字，最后一位可以是 X。</translation>
    </message>
    <message>
        <source>The first digits do not name a province; please check the number.</source>
        <translation>号码开头不是有效的地区代码，请核对。</translation>
    </message>
    <message>
        <source>The birth date inside the number is not a real date; please check the number.</source>
        <translation>号码中的出生日期无效，请核对。</translation>
    </message>
    <message>
        <source>The last character does not match the rest; please check each digit.</source>
        <translation>最后一位校验码与前面的数字不符，请逐位核对。</translation>
    </message>
    <message>
        <source>This ID number cannot be right; please check it.</source>
        <translation>身份证号码有误，请核对。</translation>
    </message>
    <message>
        <source>Please enter the name as it is on the ID card.</source>
        <translation>请按身份证填写姓名。</translation>
    </message>
    <message>
        <source>The name is too long.</source>
        <translation>姓名过长。</translation>
    </message>
    <message>
        <source>Please enter a mobile number.</source>
        <translation>请输入手机号码。</translation>
    </message>
    <message>
        <source>A mobile number has 11 digits and starts with 1.</source>
        <translation>手机号码为以 1 开头的 11 位数字。</translation>
    </message>
</context>
<context>
    <name>wedreg::kiosk::PdfPrinter</name>
    <message>
        <source>The printer cannot be used right now.</source>
        <translation>打印机暂时无法使用。</translation>
    </message>
</context>
<context>
    <name>wedreg::kiosk::ProgrammeModel</name>
    <message>
        <source>Session %1 · %2</source>
        <translation>第 %1 场 · %2</translation>
    </message>
    <message>
        <source>presenter to be decided</source>
        <translation>颁证嘉宾待定</translation>
    </message>
    <message>
        <source>checked in</source>
        <translation>已签到</translation>
    </message>
    <message>
        <source>not yet checked in</source>
        <translation>未签到</translation>
    </message>
    <message>
        <source>%1 · %2 · running order</source>
        <translation>%1 · %2 · 仪式流程</translation>
    </message>
</context>
<context>
    <name>wedreg::kiosk::RegistrationAct</name>
    <message>
        <source>Marriage registration</source>
        <translation>结婚登记</translation>
    </message>
    <message>
        <source>Divorce application</source>
        <translation>离婚登记申请</translation>
    </message>
    <message>
        <source>Divorce registration</source>
        <translation>离婚登记</translation>
    </message>
    <message>
        <source>Certificate reissue</source>
        <translation>补领婚姻登记证</translation>
    </message>
    <message>
        <source>Both parties declare, in front of the registrar, that neither has a spouse, that they are not related by direct blood or within three generations of collateral blood, and that they marry of their own free will.</source>
        <translation>双方当事人当着登记员的面声明：双方均无配偶，双方没有直系血亲和三代以内旁系血亲关系，系完全自愿结婚。</translation>
    </message>
    <message>
        <source>Both parties declare, in front of the registrar, that they divorce of their own free will and have agreed on their children, property and debts.</source>
        <translation>双方当事人当着登记员的面声明：双方系自愿离婚，并已对子女抚养、财产及债务处理等事项协商一致。</translation>
    </message>
    <message>
        <source>Choose what to register first.</source>
        <translation>请先选择要办理的业务。</translation>
    </message>
    <message>
        <source>Please sign in again.</source>
        <translation>请重新登录。</translation>
    </message>
    <message>
        <source>Read the ID card first.</source>
        <translation>请先读取身份证。</translation>
    </message>
    <message>
        <source>Read both parties&apos; ID cards first.</source>
        <translation>请先读取双方的身份证。</translation>
    </message>
    <message>
        <source>Person %1: %2</source>
        <translation>第%1方：%2</translation>
    </message>
    <message>
        <source>Person %1: the name as it is on the ID card is needed.</source>
        <translation>第%1方：需要与身份证一致的姓名。</translation>
    </message>
    <message>
        <source>The two parties must be different people.</source>
        <translation>双方不能是同一个人。</translation>
    </message>
    <message>
        <source>Enter the number of the divorce application.</source>
        <translation>请输入离婚登记申请编号。</translation>
    </message>
    <message>
        <source>Both parties must confirm the declaration.</source>
        <translation>须双方确认声明。</translation>
    </message>
    <message>
        <source>The server sent an answer the kiosk cannot read.</source>
        <translation>服务器返回的内容无法识别。</translation>
    </message>
    <message>
        <source>Registration date: %1</source>
        <translation>登记日期：%1</translation>
    </message>
    <message>
        <source>Certificate number: %1</source>
        <translation>证书字号：%1</translation>
    </message>
    <message>
        <source>Identifier: %1</source>
        <translation>证照标识：%1</translation>
    </message>
    <message>
        <source>Electronic certificate</source>
        <translation>电子证照</translation>
    </message>
</context>
<context>
    <name>wedreg::kiosk::RemoteListModel</name>
    <message>
        <source>The server sent an answer the kiosk cannot read.</source>
        <translation>服务器返回的内容无法识别。</translation>
    </message>
</context>
<context>
    <name>wedreg::kiosk::SessionPresenterModel</name>
    <message>
        <source>%1 will hand out certificates in this session.</source>
        <translation>%1 将在本场颁发结婚证。</translation>
    </message>
    <message>
        <source>%1 is no longer in this session.</source>
        <translation>%1 已不在本场。</translation>
    </message>
    <message>
        <source>This server cannot change a session&apos;s presenters this way yet.</source>
        <translation>服务器暂不支持这样调整本场的颁证嘉宾。</translation>
    </message>
</context>
<context>
    <name>wedreg::kiosk::SimulatedIdentityReader</name>
    <message>
        <source>No card on the reader. Place the ID card flat on the reader and try again.</source>
        <translation>读卡器上没有证件，请将身份证平放在读卡器上再试。</translation>
    </message>
</context>
<context>
    <name>wedreg::kiosk::SlotListModel</name>
    <message>
        <source>Opens in %1 d %2</source>
        <translation>%1 天 %2 后开放</translation>
    </message>
    <message>
        <source>Opens in %1</source>
        <translation>%1 后开放</translation>
    </message>
    <message>
        <source>The server sent an answer the kiosk cannot read.</source>
        <translation>服务器返回的内容无法识别。</translation>
    </message>
</context>
<context>
    <name>wedreg::kiosk::StaffSession</name>
    <message>
        <source>Please enter your user name and password.</source>
        <translation>请输入用户名和密码。</translation>
    </message>
    <message>
        <source>The server sent an answer the kiosk cannot read.</source>
        <translation>服务器返回的内容无法识别。</translation>
    </message>
</context>
<context>
    <name>wedreg::kiosk::StatisticsModel</name>
    <message>
        <source>The server sent an answer the kiosk cannot read.</source>
        <translation>服务器返回的内容无法识别。</translation>
    </message>
</context>
<context>
    <name>wedreg::kiosk::TrustListCache</name>
    <message>
        <source>This kiosk has no trusted root certificate, so certificates cannot be checked.</source>
        <translation>本机未配置可信根证书，无法核验证书。</translation>
    </message>
    <message>
        <source>This kiosk&apos;s trusted root certificate cannot be read, so certificates cannot be checked.</source>
        <translation>无法读取本机的可信根证书，无法核验证书。</translation>
    </message>
    <message>
        <source>The server offered an older list of trusted keys; the newer one is kept.</source>
        <translation>服务器提供的可信密钥列表较旧，继续使用较新的列表。</translation>
    </message>
    <message>
        <source>The list of trusted keys from the server did not pass its checks; the last good one is kept.</source>
        <translation>服务器提供的可信密钥列表未通过校验，继续使用上一份有效列表。</translation>
    </message>
    <message>
        <source>The list of trusted keys could not be updated: %1 The last good one is kept.</source>
        <translation>无法更新可信密钥列表：%1 继续使用上一份有效列表。</translation>
    </message>
    <message>
        <source>The list of trusted keys could not be fetched: %1</source>
        <translation>无法获取可信密钥列表：%1</translation>
    </message>
</context>
</TS>
