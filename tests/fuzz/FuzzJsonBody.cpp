// SPDX-License-Identifier: Apache-2.0
// libFuzzer target: any bytes as a JSON request body, through the same checks in the same order as
// server/http/JsonBody.cpp readJsonObject (UTF-8, nesting depth, duplicate keys, then Poco's parser
// with the same depth limit). Only Poco::Exception may come out of the parser.

#include "server/http/JsonBody.h"
#include "core/Utf8.h"

#include <Poco/Exception.h>
#include <Poco/JSON/Parser.h>

#include <cstdint>
#include <string>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    using namespace wedreg::server::http;
    constexpr std::size_t kMaxDepth = 32; // readJsonObject's limit
    const std::string body(reinterpret_cast<const char*>(data), size);
    if (!wedreg::core::isValidUtf8(body)) {
        return 0;
    }
    const std::size_t depth = nestingDepth(body);
    const bool duplicates = hasDuplicateKeys(body);
    if (depth > kMaxDepth || duplicates) {
        return 0;
    }
    try {
        Poco::JSON::Parser parser;
        parser.setDepth(static_cast<int>(kMaxDepth + 1));
        (void)parser.parse(body);
    } catch (const Poco::Exception&) {
    }
    return 0;
}
