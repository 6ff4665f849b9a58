// SPDX-License-Identifier: Apache-2.0
#include "server/http/Messages.h"

#include "server/http/Problem.h"

#include <map>
#include <string_view>

namespace wedreg::server::http {
namespace {

struct Pair {
    const char* zh;
    const char* en;
    std::string pick(Language l) const { return l == Language::En ? en : zh; }
};

const std::map<std::string_view, Pair>& titles()
{
    static const std::map<std::string_view, Pair> m = {
        {"not-found", {"未找到", "Not found"}},
        {"method-not-allowed", {"不支持该操作", "Method not allowed"}},
        {"malformed-json", {"请求格式错误", "Malformed request"}},
        {"invalid-encoding", {"文字编码错误", "Invalid text encoding"}},
        {"payload-too-large", {"请求内容过大", "Request too large"}},
        {"unsupported-media-type", {"不支持的内容类型", "Unsupported content type"}},
        {"invalid-field", {"填写的信息有误", "Invalid information"}},
        {"ineligible", {"不符合办理条件", "Not eligible"}},
        {"unauthenticated", {"需要登录", "Sign-in required"}},
        {"forbidden", {"无权操作", "Not permitted"}},
        {"rate-limited", {"请求过于频繁", "Too many requests"}},
        {"slot-full", {"该时段已约满", "Time slot full"}},
        {"already-booked", {"已有预约", "Already booked"}},
        {"not-open", {"尚未开放预约", "Not open yet"}},
        {"conflict", {"与当前状态冲突", "Conflict"}},
        {"slot-past", {"该时段已过", "Time slot has passed"}},
        {"not-active", {"预约已不可更改", "Appointment no longer active"}},
        {"not-today", {"不是预约当天", "Not the appointment's day"}},
        {"not-started", {"预约时间未到", "Appointment time not reached"}},
        {"nobody-waiting", {"没有等候的当事人", "Nobody waiting"}},
        {"idempotency-key-reused", {"重复的请求编号", "Idempotency key reused"}},
        {"calendar-unknown", {"节假日安排未公布", "Holiday calendar not published"}},
        {"not-checked-in", {"当事人尚未签到", "Not checked in"}},
        {"application-open", {"已有离婚登记申请", "Divorce application already open"}},
        {"application-closed", {"离婚登记申请已结束", "Application no longer open"}},
        {"cooling-off-over", {"冷静期已结束", "Cooling-off period over"}},
        {"already-signed-up", {"已报名", "Already signed up"}},
        {"ceremony-closed", {"报名已结束", "Sign-up closed"}},
        {"ceremony-status", {"仪式状态不允许此操作", "Not possible in the ceremony's status"}},
        {"presenter-unavailable", {"颁证嘉宾当天不可出席", "Presenter not available that day"}},
        {"presenter-busy", {"颁证嘉宾时间冲突", "Presenter already busy"}},
        {"presenter-assigned", {"已安排", "Already assigned"}},
        {"already-checked-in", {"已签到", "Already checked in"}},
        {"not-seated", {"没有座位", "No seat"}},
        {"lottery-day", {"该日为摇号预约日", "Lottery day"}},
        {"lottery-day-exists", {"该日已设为摇号预约日", "Already a lottery day"}},
        {"day-has-bookings", {"该日已有预约", "Day already has bookings"}},
        {"lottery-not-open", {"摇号申请尚未开始", "Applications not open yet"}},
        {"lottery-closed", {"摇号申请已截止", "Applications closed"}},
        {"already-applied", {"已申请摇号", "Already applied"}},
        {"lottery-window-open", {"摇号申请尚未截止", "Applications still open"}},
        {"lottery-drawn", {"已经摇号", "Already drawn"}},
        {"service-unavailable", {"服务暂时不可用", "Service unavailable"}},
        {"internal-error", {"系统内部错误", "Internal error"}},
    };
    return m;
}

const std::map<std::string_view, Pair>& details()
{
    // Keyed "slug" or "slug/code"; the most specific entry wins.
    static const std::map<std::string_view, Pair> m = {
        {"not-found", {"没有找到您要的内容，请返回重试。", "Nothing was found at this address."}},
        {"not-found/hall", {"没有这个登记处。", "There is no such registration hall."}},
        {"method-not-allowed", {"该地址不支持这种请求方式。", "This address does not accept this method."}},
        {"malformed-json", {"请求内容不是有效的 JSON。", "The request body is not valid JSON."}},
        {"malformed-json/not-object", {"请求内容必须是一个 JSON 对象。", "The request body must be a JSON object."}},
        {"malformed-json/too-deep", {"请求内容嵌套层级过多。", "The request body is nested too deeply."}},
        {"malformed-json/duplicate-key", {"请求内容中有重复的字段。", "The request body repeats a field."}},
        {"invalid-encoding", {"请求内容不是有效的 UTF-8 文字。", "The request body is not valid UTF-8 text."}},
        {"payload-too-large", {"请求内容超过了允许的大小。", "The request body is larger than allowed."}},
        {"unsupported-media-type", {"请以 application/json 格式发送。", "Send the body as application/json."}},
        {"invalid-field", {"“{field}”填写有误，请检查后重试。", "Please check “{field}” and try again."}},
        {"invalid-field/missing", {"请填写“{field}”。", "“{field}” is required."}},
        {"invalid-field/wrong-type", {"“{field}”的格式不对。", "“{field}” has the wrong type."}},
        {"invalid-field/empty", {"“{field}”不能为空。", "“{field}” must not be empty."}},
        {"invalid-field/too-long", {"“{field}”太长了。", "“{field}” is too long."}},
        {"invalid-field/not-a-date", {"“{field}”不是有效的日期（格式：年-月-日）。", "“{field}” is not a valid date (YYYY-MM-DD)."}},
        {"invalid-field/checksum", {"身份证号码校验位不正确，请核对。", "The ID number's check digit is wrong; please check it."}},
        {"invalid-field/birth-date", {"身份证号码中的出生日期无效。", "The birth date inside the ID number is not a real date."}},
        {"invalid-field/future-birth-date", {"身份证号码中的出生日期晚于今天。", "The birth date inside the ID number is in the future."}},
        {"invalid-field/province", {"身份证号码的地区代码无效。", "The ID number's region code is not valid."}},
        {"invalid-field/length", {"身份证号码应为18位。", "An ID number has 18 characters."}},
        {"invalid-field/fifteen-digit", {"15位旧身份证号码已停止使用，请使用18位号码。", "Old 15-digit ID numbers are no longer accepted; use the 18-character number."}},
        {"invalid-field/character", {"身份证号码只能包含数字，最后一位可以是 X。", "An ID number has only digits, with X allowed last."}},
        {"ineligible", {"不符合办理条件。", "The requirements for this service are not met."}},
        {"ineligible/man-under-22", {"男方在登记日尚未年满22周岁。", "The man will not yet be 22 on the registration date."}},
        {"ineligible/woman-under-20", {"女方在登记日尚未年满20周岁。", "The woman will not yet be 20 on the registration date."}},
        {"ineligible/same-sex", {"根据现行法律，暂不能办理同性婚姻登记。", "Under current law, same-sex marriages cannot be registered."}},
        {"ineligible/same-person", {"双方不能是同一个人。", "The two parties must be different people."}},
        {"ineligible/residence-permit-needs-provincial-office", {"持港澳台居民居住证的当事人请到省级涉外婚姻登记机关办理。", "Holders of Hong Kong, Macao or Taiwan residence permits must register at a provincial-level office."}},
        {"unauthenticated", {"请先登录。", "Please sign in."}},
        {"unauthenticated/credentials", {"用户名或密码不正确。", "Wrong username or password."}},
        {"unauthenticated/locked", {"登录失败次数过多，账户已暂时锁定，请稍后再试。", "Too many failed sign-ins; the account is locked for a while."}},
        {"unauthenticated/token", {"登录已过期，请重新登录。", "Your session has expired; please sign in again."}},
        {"forbidden", {"您的账户无权进行此操作。", "Your account may not do this."}},
        {"rate-limited", {"请求过于频繁，请稍后再试。", "Too many requests; please wait a moment and try again."}},
        {"rate-limited/client", {"本终端提交过于频繁，请稍后再试。", "Too many requests from this client; please wait a moment and try again."}},
        {"rate-limited/id", {"该身份证号码的预约尝试过于频繁，请稍后再试。", "Too many booking attempts for this ID number; please try again later."}},
        {"forbidden/kiosk-hall", {"本机只能为本登记处的预约签到，请到预约的登记处办理。", "This kiosk checks in only its own hall's appointments; please go to the hall you booked."}},
        {"forbidden/kiosk-scope", {"自助终端不能进行此操作，请到窗口办理。", "A kiosk may not do this; please ask at the counter."}},
        {"slot-full", {"该时段已约满，请选择其他时段。", "This time slot is full; please choose another."}},
        {"already-booked", {"您已有一个有效预约，如需更改请先取消。", "You already hold an active appointment; cancel it first to change."}},
        {"not-open", {"该时段尚未开放预约，请在开放时间后再试。", "This time slot is not open for booking yet."}},
        {"slot-past", {"该时段已经开始或结束，请选择其他时段。", "This time slot has already begun; please choose another."}},
        {"not-active", {"该预约已取消、已签到或已处理，不能再更改。", "This appointment was already cancelled, checked in or closed."}},
        {"not-today", {"只能在预约当天签到。", "Check-in is only possible on the day of the appointment."}},
        {"not-started", {"预约时间还没到，不能标记为未到场。", "The appointment has not begun yet, so it cannot be marked as a no-show."}},
        {"nobody-waiting", {"今天已签到的当事人都已叫号，暂时没有等候的当事人。", "Every couple checked in today has been called; nobody is waiting."}},
        {"idempotency-key-reused", {"该请求编号已用于另一个不同的请求，请使用新的编号。", "This Idempotency-Key was already used for a different request; use a new key."}},
        {"not-found/appointment", {"没有找到这个预约，请核对预约码和身份证号码。", "No such appointment; check the code and the ID number."}},
        {"not-found/slot", {"没有这个预约时段。", "There is no such time slot."}},
        {"not-found/registration", {"没有找到这项婚姻登记记录。", "No such registration."}},
        {"not-found/certificate", {"没有找到这份电子证照。", "No such certificate."}},
        {"not-checked-in", {"双方须在登记当天到场并完成签到后才能办理。", "Both parties must be present and checked in on the day before the registration."}},
        {"application-open", {"这段婚姻已有一份正在冷静期或待办理的离婚登记申请。", "This marriage already has an open divorce application."}},
        {"application-closed", {"该离婚登记申请已撤回、已视为撤回或已办结。", "This divorce application was withdrawn, lapsed or completed."}},
        {"cooling-off-over", {"离婚冷静期已经结束，不能再撤回；如不办理，期满后申请视为撤回。", "The cooling-off period is over, so it can no longer be withdrawn; if nobody returns, it lapses at the end of the window."}},
        {"ineligible/not-the-booked-couple", {"到场当事人与预约的当事人不一致。", "The people present are not the couple who booked."}},
        {"ineligible/not-married-to-each-other", {"登记系统中没有双方的有效婚姻登记记录。", "The registry has no marriage in force between these two people."}},
        {"ineligible/not-a-party", {"只有申请离婚的当事人本人才能撤回申请。", "Only one of the two applicants can withdraw the application."}},
        {"ineligible/not-the-applicants", {"到场当事人与离婚登记申请人不一致。", "The people present are not the two applicants."}},
        {"ineligible/other-office", {"请双方回到受理离婚登记申请的登记机关办理。", "Both must return to the office that received the application."}},
        {"ineligible/still-cooling-off", {"离婚冷静期尚未结束（自受理次日起30日），请期满后双方共同到场办理。", "The 30-day cooling-off period has not ended yet; come back together after it."}},
        {"ineligible/application-lapsed", {"未在冷静期满后30日内办理，离婚登记申请已视为撤回，如需办理请重新申请。", "Nobody came within 30 days after the cooling-off period, so the application counts as withdrawn; apply again if needed."}},
        {"ineligible/application-withdrawn", {"该离婚登记申请已撤回。", "This divorce application was withdrawn."}},
        {"ineligible/application-completed", {"该离婚登记申请已办结。", "This divorce application is already completed."}},
        {"ineligible/no-open-divorce-application", {"预约领取离婚证须先办理离婚登记申请；系统中没有双方正在办理中的申请。", "Booking a divorce certificate needs an open divorce application of both of you; there is none."}},
        {"ineligible/divorce-window-not-open", {"离婚冷静期尚未结束，请预约冷静期届满后30日内的时段。", "The cooling-off period has not ended on that day; choose a day in the 30 days after it."}},
        {"ineligible/divorce-window-closed", {"该日期已超过冷静期届满后的30日，申请届时将视为撤回。", "That day is after the 30-day window; by then the application counts as withdrawn."}},
        {"ineligible/no-record", {"登记系统中没有该当事人的相应婚姻登记记录，无法补领。", "The registry has no such record for this person, so nothing can be reissued."}},
        {"invalid-field/not-a-registration-hall", {"集体颁证场地不办理婚姻登记，请选择婚姻登记处。", "A ceremony-only venue does not register; choose a registration office."}},
        {"service-unavailable/signing-key", {"本登记机关的证照签名密钥未配置，暂不能签发电子证照。", "This office has no certificate signing key configured, so no certificate can be issued now."}},
        {"ineligible/already-married", {"当事人在婚姻登记系统中已有婚姻登记记录，不能再次办理结婚登记。", "A party is recorded as married in the registry and cannot register another marriage."}},
        {"invalid-field/unknown", {"“{field}”不存在，请重新选择。", "There is no such “{field}”; please choose again."}},
        {"invalid-field/party-count", {"当事人人数不符合该事项的要求（结婚、离婚须双方）。", "The number of parties does not fit this service (marriage and divorce need both people)."}},
        {"invalid-field/must-accept", {"请阅读并确认声明。", "Please read and accept the declaration."}},
        {"invalid-field/phone-format", {"“{field}”格式不正确。", "“{field}” is not a valid phone number."}},
        {"invalid-field/slot-mismatch", {"所选时段不是该办理事项的时段。", "The chosen time slot is for another service."}},
        {"invalid-field/other-hall", {"只能改约到同一登记处的其他时段。", "An appointment can only move to another slot of the same hall."}},
        {"invalid-field/same-slot", {"新时段与原时段相同。", "The new time slot is the one already booked."}},
        {"invalid-field/not-offered", {"该登记处不办理此事项。", "This hall does not offer this service."}},
        {"invalid-field/before-from", {"结束日期早于开始日期。", "The end date is before the start date."}},
        {"invalid-field/range-too-long", {"查询的日期范围过长，请缩短。", "The date range is too long; ask for fewer days."}},
        {"invalid-field/date-format", {"“{field}”不是有效的日期（格式：年-月-日）。", "“{field}” is not a valid date (YYYY-MM-DD)."}},
        {"invalid-field/format", {"“{field}”格式不正确。", "“{field}” is not in the expected format."}},
        {"conflict", {"操作与当前状态冲突，请刷新后重试。", "This conflicts with the current state; refresh and try again."}},
        {"calendar-unknown", {"该年度的法定节假日安排尚未公布，暂不能办理。", "The public-holiday calendar for that year has not been published yet."}},
        {"ineligible/ceremony-not-registered", {"集体颁证仅限已登记结婚的新人，或当天已预约在婚姻登记处办理结婚登记的新人。颁证仪式本身不是婚姻登记。", "A collective ceremony is for couples who are already registered as married, or who are booked to register at a registration office that day. The ceremony itself is not a registration."}},
        {"already-signed-up", {"你们已报名这场集体颁证（或在候补名单中），每对新人只能占一个名额。", "You already hold a seat (or a waitlist place) at this ceremony; one per couple."}},
        {"ceremony-closed", {"这场集体颁证目前不接受报名。", "This ceremony is not taking sign-ups."}},
        {"ceremony-status", {"仪式当前的状态不能改为所选状态（草稿→发布→截止→举行→归档）。", "The ceremony cannot move to that status from its current one (draft → published → closed → held → archived)."}},
        {"presenter-unavailable", {"该颁证嘉宾在仪式当天不可出席。", "This presenter is not available on the ceremony's day."}},
        {"presenter-busy", {"该颁证嘉宾已安排在时间重叠的另一场仪式。", "This presenter is already assigned to an overlapping session."}},
        {"presenter-assigned", {"该嘉宾已在本场，或该出场顺序已被占用。", "This presenter is already in the session, or that turn is taken."}},
        {"already-checked-in", {"这对新人已经签到。", "This couple has already checked in."}},
        {"not-seated", {"这个报名没有座位（已取消或仍在候补），不能签到。", "This sign-up holds no seat (cancelled or still waitlisted) and cannot check in."}},
        {"not-found/ceremony", {"没有这场集体颁证。", "There is no such ceremony."}},
        {"not-found/ceremony-signup", {"没有找到这个报名。", "No such sign-up."}},
        {"not-found/ceremony-session", {"这场仪式没有该场次。", "The ceremony has no such session."}},
        {"not-found/presenter", {"没有这位颁证嘉宾。", "No such presenter."}},
        {"not-found/presenter-assignment", {"这位颁证嘉宾不在该场次。", "This presenter is not assigned to that session."}},
        {"not-found/lottery", {"这场仪式不采用抽签分配。", "This ceremony does not allocate seats by lottery."}},
        {"invalid-field/time-format", {"“{field}”不是有效的时间（格式：时:分）。", "“{field}” is not a valid time (HH:MM)."}},
        {"invalid-field/before-start", {"结束时间必须晚于开始时间。", "The end must be after the start."}},
        {"invalid-field/out-of-range", {"“{field}”超出允许范围。", "“{field}” is out of range."}},
        {"invalid-field/session-count", {"每场仪式须有1至12个场次。", "A ceremony needs 1 to 12 sessions."}},
        {"invalid-field/overlaps-previous", {"场次时间与上一场重叠。", "A session overlaps the previous one."}},
        {"invalid-field/no-consent", {"未经本人同意，不能保存联系方式。", "A contact cannot be kept without consent."}},
        {"invalid-field/ticket-invalid", {"入场券验证失败：签名无效或内容被改动，请到服务台核实。", "The ticket does not verify: the signature is invalid or it was altered. Please see the desk."}},
        {"invalid-field/other-event", {"这张入场券属于另一场仪式。", "This ticket is for another ceremony."}},
        {"lottery-day", {"该日该事项采用摇号分配（热门日期），不接受先到先得的预约或改约；请在申请期内提交摇号申请。", "This day is allocated by a verifiable lottery (a hot day): first-come booking and rescheduling into it are closed; apply for the lottery during its window instead."}},
        {"lottery-day-exists", {"该登记处该日该事项已设为摇号预约日。", "This hall already has a lottery for that service and day."}},
        {"day-has-bookings", {"该日已有先到先得的预约，不能再改为摇号分配。", "That day already has first-come bookings, so it can no longer be made a lottery day."}},
        {"lottery-not-open", {"摇号申请期尚未开始，请在申请期开始后再提交。", "The lottery's application window has not opened yet; apply once it opens."}},
        {"lottery-closed", {"摇号申请期已结束（或已经摇号），不再接受申请。", "The lottery's application window has closed (or the draw was made); no more applications."}},
        {"already-applied", {"当事人已提交过该日的摇号申请，每人每个摇号日只能申请一次。", "A party has already applied for this lottery day; one application per person."}},
        {"lottery-window-open", {"申请期尚未结束，不能提前摇号。", "The application window is still open, so the draw cannot be made yet."}},
        {"lottery-drawn", {"该摇号日已经摇号，结果已公布。", "This lottery day has already been drawn; the result is published."}},
        {"not-found/lottery-day", {"没有这个摇号预约日。", "There is no such lottery day."}},
        {"not-found/lottery-application", {"没有找到这份摇号申请。", "No such lottery application."}},
        {"invalid-field/before-window-closes", {"摇号时间不能早于申请截止时间。", "The draw cannot be before the application window closes."}},
        {"invalid-field/not-before-day", {"摇号须在预约日之前完成。", "The draw must be before the day itself."}},
        {"invalid-field/in-the-past", {"“{field}”已经过去。", "“{field}” is in the past."}},
        {"service-unavailable/busy", {"预约人数过多，请稍候几秒再试。", "Too many bookings at this moment; please try again in a few seconds."}},
        {"service-unavailable", {"服务繁忙，请稍后再试。", "The service is busy; please try again shortly."}},
        {"internal-error", {"系统出现错误，请稍后再试或联系工作人员。", "Something went wrong; try again or ask the staff."}},
    };
    return m;
}

const std::map<std::string_view, Pair>& fields()
{
    static const std::map<std::string_view, Pair> m = {
        {"id_number", {"身份证号码", "ID number"}},
        {"name", {"姓名", "name"}},
        {"phone", {"手机号码", "phone number"}},
        {"username", {"用户名", "username"}},
        {"password", {"密码", "password"}},
        {"slot_id", {"预约时段", "time slot"}},
        {"service", {"办理事项", "service"}},
        {"from", {"开始日期", "start date"}},
        {"to", {"结束日期", "end date"}},
        {"parties", {"当事人", "parties"}},
        {"declaration_accepted", {"声明确认", "declaration"}},
        {"check_in_code", {"预约码", "check-in code"}},
        {"qr", {"二维码", "QR code"}},
        {"date", {"日期", "date"}},
        {"title", {"标题", "title"}},
        {"title_en", {"英文标题", "English title"}},
        {"day", {"日期", "day"}},
        {"venue_id", {"仪式场地", "venue"}},
        {"sessions", {"场次", "sessions"}},
        {"status", {"状态", "status"}},
        {"session_id", {"场次", "session"}},
        {"ticket", {"入场券", "ticket"}},
        {"presenter_id", {"颁证嘉宾", "presenter"}},
        {"position", {"出场顺序", "turn"}},
        {"honour", {"荣誉称号", "honour"}},
        {"contact", {"联系方式", "contact"}},
        {"allocation", {"分配方式", "allocation"}},
        {"guests_per_couple", {"每对新人的亲友人数", "guests per couple"}},
        {"couples_per_session", {"每场新人数", "couples per session"}},
        {"signup_opens_at", {"报名开始时间", "sign-up opening time"}},
        {"format", {"格式", "format"}},
        {"Idempotency-Key", {"请求编号", "Idempotency-Key"}},
        {"appointment_id", {"预约", "appointment"}},
        {"application_id", {"离婚登记申请", "divorce application"}},
        {"hall_id", {"登记处", "hall"}},
        {"kind", {"办理类别", "kind"}},
        {"of", {"补领证件类别", "certificate to reissue"}},
        {"by_proxy", {"委托办理", "by proxy"}},
        {"kid", {"签名密钥标识", "key id"}},
        {"hash", {"状态码", "status hash"}},
        {"nationality", {"国籍", "nationality"}},
        {"name_latin", {"姓名拼音", "name in Latin letters"}},
        {"window_opens_at", {"申请开始时间", "application window opening"}},
        {"window_closes_at", {"申请截止时间", "application window closing"}},
        {"draw_at", {"摇号时间", "draw time"}},
    };
    return m;
}

void replaceAll(std::string& text, std::string_view what, const std::string& with)
{
    for (auto pos = text.find(what); pos != std::string::npos; pos = text.find(what, pos + with.size()))
        text.replace(pos, what.size(), with);
}

}  // namespace

std::string fieldLabel(const std::string& field, Language language)
{
    // "parties[1].id_number" → "第2位当事人的身份证号码" / "party 2's ID number".
    if (field.starts_with("parties[")) {
        const auto close = field.find("].");
        if (close != std::string::npos) {
            const auto number = std::to_string(std::stoi(field.substr(8, close - 8)) + 1);
            const auto inner = fieldLabel(field.substr(close + 2), language);
            return language == Language::En ? "party " + number + "'s " + inner : "第" + number + "位当事人的" + inner;
        }
    }
    const auto it = fields().find(field);
    return it == fields().end() ? field : it->second.pick(language);
}

ProblemText describe(const Problem& problem, Language language)
{
    ProblemText text;
    const auto title = titles().find(problem.slug);
    text.title = title != titles().end() ? title->second.pick(language) : problem.slug;

    const auto& d = details();
    auto detail = d.end();
    if (!problem.code.empty())
        detail = d.find(problem.slug + "/" + problem.code);
    if (detail == d.end())
        detail = d.find(problem.slug);
    text.detail = detail != d.end() ? detail->second.pick(language) : text.title;

    if (problem.slug == "ineligible" && problem.rules.size() > 1) {
        // Say every failed rule, not only the first.
        std::string all;
        for (const auto& rule : problem.rules) {
            const auto it = d.find("ineligible/" + rule);
            if (it != d.end())
                all += (all.empty() ? "" : " ") + it->second.pick(language);
        }
        if (!all.empty())
            text.detail = all;
    }
    replaceAll(text.detail, "{field}", fieldLabel(problem.field, language));
    return text;
}

}  // namespace wedreg::server::http
