// SPDX-License-Identifier: Apache-2.0
#include "server/http/handlers/StatsHandler.h"

#include "core/Errors.h"
#include "server/http/ApiServices.h"
#include "server/http/JsonResponse.h"
#include "server/service/StatsService.h"

#include <nlohmann/json.hpp>

namespace wedreg::server::http::handlers {
namespace {

nlohmann::json rowJson(const service::StatsRow& row)
{
    nlohmann::json out;
    if (!row.hallId.empty()) {
        out["hall_id"] = row.hallId;
        out["month"] = row.month;
    }
    for (std::size_t i = 0; i < service::StatsRow::kMetrics.size(); ++i)
        out[service::StatsRow::kMetrics[i]] = row.counts[i];
    out["acts"] = row.acts();
    return out;
}

std::string csvLine(const std::string& hall, const std::string& month, const service::StatsRow& row)
{
    std::string line = hall + "," + month;
    for (const auto count : row.counts)
        line += "," + std::to_string(count);
    return line + "," + std::to_string(row.acts()) + "\r\n";
}

bool wantsCsv(RequestContext& ctx)
{
    if (ctx.queryValue("format").value_or("") == "csv")
        return true;
    return ctx.request.get("Accept", "").find("text/csv") != std::string::npos;
}

std::string required(RequestContext& ctx, const std::string& name)
{
    auto value = ctx.queryValue(name);
    if (!value || value->empty())
        throw core::InvalidField(name, "missing");
    return *value;
}

}  // namespace

Handler stats(ApiServices& s)
{
    return [&s](RequestContext& ctx) {
        const auto from = required(ctx, "from");
        const auto to = required(ctx, "to");
        auto hall = ctx.queryValue("hall");
        if (hall && hall->empty())
            hall.reset();
        const auto report = s.stats.report(*ctx.principal, from, to, hall);
        ctx.response.set("Cache-Control", "no-store");
        if (wantsCsv(ctx)) {
            // Hall ids are [a-z0-9-] and months digits: nothing to quote.
            std::string csv = "\xEF\xBB\xBFhall_id,month";
            for (const auto* metric : service::StatsRow::kMetrics)
                csv += std::string(",") + metric;
            csv += ",acts\r\n";
            for (const auto& row : report.rows)
                csv += csvLine(row.hallId, row.month, row);
            csv += csvLine("total", "", report.totals);
            ctx.response.set("Content-Disposition", "attachment; filename=\"wedreg-stats-" + from + "-" + to + ".csv\"");
            sendText(ctx, csv, "text/csv; charset=utf-8");
            return;
        }
        nlohmann::json rows = nlohmann::json::array();
        for (const auto& row : report.rows)
            rows.push_back(rowJson(row));
        const nlohmann::json out{{"from", report.from},
                                 {"to", report.to},
                                 {"hall", report.hallId ? nlohmann::json(*report.hallId) : nlohmann::json(nullptr)},
                                 {"rows", rows},
                                 {"totals", rowJson(report.totals)}};
        sendText(ctx, out.dump(), "application/json; charset=utf-8");
    };
}

}  // namespace wedreg::server::http::handlers
