// SPDX-License-Identifier: Apache-2.0
#include "server/http/Metrics.h"

#include <sstream>

namespace wedreg::server::http {

void Metrics::requestFinished(const std::string& method, const std::string& route, int status, double seconds)
{
    m_inFlight.fetch_sub(1, std::memory_order_relaxed);
    std::lock_guard lock(m_mutex);
    auto& c = m_requests[{method + " " + route, status}];
    ++c.count;
    c.seconds += seconds;
}

std::string Metrics::render(const std::string& version, const std::string& db) const
{
    std::ostringstream out;
    out << "# HELP wedreg_build_info Build and storage of this server.\n"
           "# TYPE wedreg_build_info gauge\n"
        << "wedreg_build_info{version=\"" << version << "\",db=\"" << db << "\"} 1\n"
        << "# HELP wedreg_http_requests_in_flight Requests being handled now.\n"
           "# TYPE wedreg_http_requests_in_flight gauge\n"
        << "wedreg_http_requests_in_flight " << m_inFlight.load() << "\n"
        << "# HELP wedreg_http_requests_total Requests answered, by route and status.\n"
           "# TYPE wedreg_http_requests_total counter\n";
    std::lock_guard lock(m_mutex);
    for (const auto& [key, c] : m_requests) {
        const auto space = key.first.find(' ');
        out << "wedreg_http_requests_total{method=\"" << key.first.substr(0, space) << "\",route=\""
            << key.first.substr(space + 1) << "\",status=\"" << key.second << "\"} " << c.count << "\n";
    }
    out << "# HELP wedreg_http_request_seconds_sum Time spent answering, by route and status.\n"
           "# TYPE wedreg_http_request_seconds_sum counter\n";
    for (const auto& [key, c] : m_requests) {
        const auto space = key.first.find(' ');
        out << "wedreg_http_request_seconds_sum{method=\"" << key.first.substr(0, space) << "\",route=\""
            << key.first.substr(space + 1) << "\",status=\"" << key.second << "\"} " << c.seconds << "\n";
    }
    return out.str();
}

}  // namespace wedreg::server::http
