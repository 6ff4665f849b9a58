// SPDX-License-Identifier: Apache-2.0
#include "server/http/Language.h"

#include <Poco/NumberParser.h>
#include <Poco/String.h>
#include <Poco/StringTokenizer.h>

namespace wedreg::server::http {

Language negotiateLanguage(std::string_view acceptLanguage)
{
    Language best = Language::Zh;
    double bestWeight = -1.0;
    Poco::StringTokenizer ranges(std::string(acceptLanguage), ",",
                                 Poco::StringTokenizer::TOK_TRIM | Poco::StringTokenizer::TOK_IGNORE_EMPTY);
    for (const auto& range : ranges) {
        Poco::StringTokenizer parts(range, ";", Poco::StringTokenizer::TOK_TRIM);
        const std::string tag = Poco::toLower(parts[0]);
        double weight = 1.0;
        for (std::size_t i = 1; i < parts.count(); ++i) {
            if (parts[i].rfind("q=", 0) == 0 && !Poco::NumberParser::tryParseFloat(parts[i].substr(2), weight))
                weight = 0.0;
        }
        Language candidate;
        if (tag == "zh" || tag.rfind("zh-", 0) == 0)
            candidate = Language::Zh;
        else if (tag == "en" || tag.rfind("en-", 0) == 0)
            candidate = Language::En;
        else
            continue;
        if (weight > bestWeight) {
            best = candidate;
            bestWeight = weight;
        }
    }
    return bestWeight > 0.0 ? best : Language::Zh;
}

std::string_view contentLanguage(Language language)
{
    return language == Language::En ? "en" : "zh-CN";
}

}  // namespace wedreg::server::http
