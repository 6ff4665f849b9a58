// SPDX-License-Identifier: Apache-2.0
// The 5·20 rush as a load generator for bench/run-booking.
//   wedreg-bench-rush slots PORT HALL SERVICE          print the hot day's released slot ids, one a line
//   wedreg-bench-rush rush PORTS CLIENTS CONNECTIONS SLOTFILE   PORTS = 8080,8081 (round-robin)
// Logical clients vs connections: CLIENTS couples (default 2,000) all want a seat at the same moment;
// CONNECTIONS worker threads (default 64), each with one keep-alive connection, serve them from one
// queue ordered by "ready at". A worker takes the next ready couple, sends its booking and answers it:
// 201 done; 409 slot-full → try the next slot (at most 3, then give up: the day is sold out);
// 503 → back in the queue after an exponential backoff capped by Retry-After; anything else counted.
// So at most CONNECTIONS requests are in flight and the other couples are "waiting in line", as
// behind a real browser's connection limit. Prints key=value results for the script's table.

#include <Poco/JSON/Array.h>
#include <Poco/JSON/Object.h>
#include <Poco/JSON/Parser.h>
#include <Poco/Net/HTTPClientSession.h>
#include <Poco/Net/HTTPRequest.h>
#include <Poco/Net/HTTPResponse.h>
#include <Poco/StreamCopier.h>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <cstdio>
#include <fstream>
#include <iostream>
#include <mutex>
#include <queue>
#include <sstream>
#include <string>
#include <thread>
#include <vector>

namespace {

using Clock = std::chrono::steady_clock;

struct Reply {
    int status = 0;
    std::string body;
    std::string retryAfter;
};

Reply send(Poco::Net::HTTPClientSession& session, const std::string& method, const std::string& path,
           const std::string& body)
{
    Poco::Net::HTTPRequest request(method, path, Poco::Net::HTTPMessage::HTTP_1_1);
    request.setKeepAlive(true);
    if (!body.empty()) {
        request.setContentType("application/json");
        request.setContentLength(static_cast<std::streamsize>(body.size()));
    }
    session.sendRequest(request) << body;
    Poco::Net::HTTPResponse response;
    auto& in = session.receiveResponse(response);
    Reply r;
    r.status = static_cast<int>(response.getStatus());
    Poco::StreamCopier::copyToString(in, r.body);
    r.retryAfter = response.get("Retry-After", "");
    return r;
}

// Test identities only (this is a benchmark tool, not product code): valid 18-character numbers.
std::string residentId(const std::string& region, int birthOffsetDays, int sequence)
{
    using namespace std::chrono;
    const year_month_day d{sys_days{year{1990} / January / 1} + days{birthOffsetDays}};
    char first17[32];
    std::snprintf(first17, sizeof first17, "%s%04d%02u%02u%03d", region.c_str(), static_cast<int>(d.year()),
                  static_cast<unsigned>(d.month()), static_cast<unsigned>(d.day()), sequence % 1000);
    static const int weights[17] = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    int sum = 0;
    for (int i = 0; i < 17; ++i)
        sum += (first17[i] - '0') * weights[i];
    return std::string(first17) + "10X98765432"[sum % 11];
}

std::string bookingBody(const std::string& slotId, int couple)
{
    // 500 couples per birth date, so every person is distinct.
    const auto man = residentId("370102", couple / 500, (couple % 500) * 2 + 1);
    const auto woman = residentId("370103", couple / 500, (couple % 500) * 2);
    return "{\"slot_id\":\"" + slotId + "\",\"service\":\"marriage\",\"parties\":[{\"id_number\":\"" + man +
           "\",\"name\":\"甲\",\"phone\":\"13800000000\"},{\"id_number\":\"" + woman +
           "\",\"name\":\"乙\",\"phone\":\"13800000000\"}],\"declaration_accepted\":true}";
}

int listSlots(unsigned short port, const std::string& hall, const std::string& service)
{
    Poco::Net::HTTPClientSession session("127.0.0.1", port);
    const auto today = std::chrono::floor<std::chrono::days>(std::chrono::system_clock::now() + std::chrono::hours(8));
    const auto iso = [](std::chrono::sys_days d) {
        const std::chrono::year_month_day ymd{d};
        char s[16];
        std::snprintf(s, sizeof s, "%04d-%02u-%02u", static_cast<int>(ymd.year()), static_cast<unsigned>(ymd.month()),
                      static_cast<unsigned>(ymd.day()));
        return std::string(s);
    };
    const auto reply = send(session, "GET",
                            "/api/v1/halls/" + hall + "/slots?service=" + service + "&from=" + iso(today) +
                                "&to=" + iso(today + std::chrono::days(30)),
                            {});
    if (reply.status != 200) {
        std::cerr << "slots: HTTP " << reply.status << " " << reply.body << "\n";
        return 1;
    }
    Poco::JSON::Parser parser;
    const auto array = parser.parse(reply.body).extract<Poco::JSON::Array::Ptr>();
    // The hot day: the first day from the day after tomorrow with slots released by now (Shanghai time).
    const auto tomorrow = iso(today + std::chrono::days(2));
    const auto shanghaiNow = std::chrono::floor<std::chrono::seconds>(std::chrono::system_clock::now() + std::chrono::hours(8));
    const std::chrono::hh_mm_ss tod{shanghaiNow - std::chrono::floor<std::chrono::days>(shanghaiNow)};
    char clock[16];
    std::snprintf(clock, sizeof clock, "T%02d:%02d:%02d", static_cast<int>(tod.hours().count()),
                  static_cast<int>(tod.minutes().count()), static_cast<int>(tod.seconds().count()));
    const auto nowIso = iso(today) + clock;
    std::string day;
    for (std::size_t i = 0; i < array->size(); ++i) {
        const auto s = array->getObject(static_cast<unsigned>(i));
        const auto start = s->getValue<std::string>("start");
        const auto opens = s->getValue<std::string>("opens_at");
        if (start.substr(0, 10) < tomorrow || opens.substr(0, 19) > nowIso)
            continue;
        if (day.empty())
            day = start.substr(0, 10);
        if (start.substr(0, 10) == day)
            std::cout << s->getValue<std::string>("id") << "\n";
    }
    return day.empty() ? 1 : 0;
}

struct Couple {
    int index = 0;
    int slotCursor = 0;
    int triedSlots = 0;
    int backoffMs = 5;
    Clock::time_point readyAt;
    bool operator>(const Couple& o) const { return readyAt > o.readyAt; }
};

int rush(const std::vector<unsigned short>& ports, int clients, int connections, const std::vector<std::string>& slots)
{
    std::mutex mutex;
    std::priority_queue<Couple, std::vector<Couple>, std::greater<>> line;
    const auto start = Clock::now();
    for (int i = 0; i < clients; ++i)
        line.push({i, i % static_cast<int>(slots.size()), 0, 5, start});
    std::atomic<int> remaining{clients};
    std::atomic<long> confirmed{0}, soldOut{0}, shed{0}, other5xx{0}, other{0}, requests{0}, ioErrors{0};
    std::atomic<long long> lastConfirmedUs{0};
    std::vector<std::vector<double>> latencies(static_cast<std::size_t>(connections));

    std::vector<std::thread> workers;
    for (int w = 0; w < connections; ++w) {
        workers.emplace_back([&, w] {
            Poco::Net::HTTPClientSession session("127.0.0.1", ports[static_cast<std::size_t>(w) % ports.size()]);
            session.setKeepAlive(true);
            session.setTimeout(Poco::Timespan(30, 0));
            auto& mine = latencies[static_cast<std::size_t>(w)];
            while (remaining.load() > 0) {
                Couple c;
                {
                    std::lock_guard lock(mutex);
                    if (line.empty() || line.top().readyAt > Clock::now()) {
                        c.index = -1;
                    } else {
                        c = line.top();
                        line.pop();
                    }
                }
                if (c.index < 0) {
                    std::this_thread::sleep_for(std::chrono::milliseconds(1));
                    continue;
                }
                const auto t0 = Clock::now();
                Reply r;
                try {
                    r = send(session, "POST", "/api/v1/appointments",
                             bookingBody(slots[static_cast<std::size_t>(c.slotCursor)], c.index));
                } catch (const Poco::Exception&) {
                    ++ioErrors;
                    session.reset();
                    std::lock_guard lock(mutex);
                    c.readyAt = Clock::now() + std::chrono::milliseconds(10);
                    line.push(c);
                    continue;
                }
                const auto t1 = Clock::now();
                ++requests;
                if (r.status != 503)  // the latency of answers; the fast refusals are counted apart
                    mine.push_back(std::chrono::duration<double, std::milli>(t1 - t0).count());
                bool done = true;
                if (r.status == 201) {
                    ++confirmed;
                    const auto us = std::chrono::duration_cast<std::chrono::microseconds>(t1 - start).count();
                    for (auto seen = lastConfirmedUs.load(); us > seen && !lastConfirmedUs.compare_exchange_weak(seen, us);) {
                    }
                } else if (r.status == 409 && r.body.find("slot-full") != std::string::npos) {
                    if (++c.triedSlots < 3) {
                        c.slotCursor = (c.slotCursor + 1) % static_cast<int>(slots.size());
                        c.readyAt = t1;
                        done = false;
                    } else {
                        ++soldOut;
                    }
                } else if (r.status == 503) {
                    ++shed;
                    const int cap = r.retryAfter.empty() ? 1000 : std::max(1, std::atoi(r.retryAfter.c_str())) * 1000;
                    c.backoffMs = std::min(c.backoffMs * 2, cap);
                    c.readyAt = t1 + std::chrono::milliseconds(c.backoffMs / 2 + (c.index * 7919) % (c.backoffMs / 2 + 1));
                    done = false;
                } else if (r.status >= 500) {
                    ++other5xx;
                    std::cerr << "HTTP " << r.status << " " << r.body << "\n";
                } else {
                    ++other;
                    if (other < 5)
                        std::cerr << "HTTP " << r.status << " " << r.body << "\n";
                }
                if (done) {
                    --remaining;
                } else {
                    std::lock_guard lock(mutex);
                    line.push(c);
                }
            }
        });
    }
    for (auto& t : workers)
        t.join();
    const double elapsed = std::chrono::duration<double>(Clock::now() - start).count();
    std::vector<double> all;
    for (const auto& l : latencies)
        all.insert(all.end(), l.begin(), l.end());
    std::sort(all.begin(), all.end());
    const auto pct = [&](double p) { return all.empty() ? 0.0 : all[static_cast<std::size_t>(p * static_cast<double>(all.size() - 1))]; };
    const double untilLast = static_cast<double>(lastConfirmedUs.load()) / 1e6;
    std::printf("confirmed=%ld sold_out=%ld shed_503=%ld other_5xx=%ld other=%ld io_errors=%ld requests=%ld "
                "seconds=%.3f confirm_seconds=%.3f bookings_per_s=%.1f requests_per_s=%.1f p50_ms=%.1f p99_ms=%.1f\n",
                confirmed.load(), soldOut.load(), shed.load(), other5xx.load(), other.load(), ioErrors.load(),
                requests.load(), elapsed, untilLast, untilLast > 0 ? static_cast<double>(confirmed.load()) / untilLast : 0.0,
                static_cast<double>(requests.load()) / elapsed, pct(0.50), pct(0.99));
    return 0;
}

}  // namespace

int main(int argc, char** argv)
{
    const std::vector<std::string> args(argv + 1, argv + argc);
    try {
        if (args.size() == 4 && args[0] == "slots")
            return listSlots(static_cast<unsigned short>(std::stoi(args[1])), args[2], args[3]);
        if (args.size() == 5 && args[0] == "rush") {
            std::vector<unsigned short> ports;
            std::stringstream list(args[1]);
            for (std::string p; std::getline(list, p, ',');)
                ports.push_back(static_cast<unsigned short>(std::stoi(p)));
            std::vector<std::string> slots;
            std::ifstream file(args[4]);
            for (std::string id; std::getline(file, id);)
                if (!id.empty())
                    slots.push_back(id);
            if (ports.empty() || slots.empty())
                throw std::invalid_argument("no ports or no slots");
            return rush(ports, std::stoi(args[2]), std::stoi(args[3]), slots);
        }
    } catch (const std::exception& e) {
        std::cerr << "wedreg-bench-rush: " << e.what() << "\n";
        return 1;
    }
    std::cerr << "usage: wedreg-bench-rush slots PORT HALL SERVICE | rush PORTS CLIENTS CONNECTIONS SLOTFILE\n";
    return 2;
}
