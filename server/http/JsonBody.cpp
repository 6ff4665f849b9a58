// SPDX-License-Identifier: Apache-2.0
#include "server/http/JsonBody.h"

#include "core/Errors.h"
#include "server/http/Problem.h"
#include "server/http/RequestContext.h"
#include "core/Utf8.h"

#include <Poco/DateTimeParser.h>
#include <Poco/JSON/Array.h>
#include <Poco/JSON/JSONException.h>
#include <Poco/JSON/Parser.h>
#include <Poco/String.h>

#include <set>
#include <vector>

namespace wedreg::server::http {
namespace {

constexpr std::size_t kMaxDepth = 32;
using Status = Poco::Net::HTTPResponse::HTTPStatus;

std::string readBounded(RequestContext& ctx)
{
    const auto declared = ctx.request.getContentLength64();
    if (declared != Poco::Net::HTTPMessage::UNKNOWN_CONTENT_LENGTH &&
        declared > static_cast<Poco::Int64>(ctx.maxBodyBytes)) {
        ctx.response.setKeepAlive(false);  // we will not read the rest of it
        throw HttpError(Status::HTTP_REQUEST_ENTITY_TOO_LARGE, "payload-too-large");
    }
    std::string body;
    auto& in = ctx.request.stream();
    char buffer[8192];
    while (in) {
        in.read(buffer, sizeof buffer);
        body.append(buffer, static_cast<std::size_t>(in.gcount()));
        if (body.size() > ctx.maxBodyBytes) {
            ctx.response.setKeepAlive(false);
            throw HttpError(Status::HTTP_REQUEST_ENTITY_TOO_LARGE, "payload-too-large");
        }
    }
    return body;
}

// Walks strings and keys with a tiny state machine; enough to find structure without parsing values.
struct Scanner {
    const std::string& s;
    std::size_t i = 0;

    bool readString(std::string* out)
    {
        ++i;  // opening quote
        while (i < s.size()) {
            const char c = s[i++];
            if (c == '"')
                return true;
            if (c == '\\' && i < s.size()) {
                if (out)
                    *out += c;
                if (out)
                    *out += s[i];
                ++i;
                continue;
            }
            if (out)
                *out += c;
        }
        return false;
    }
};

}  // namespace

bool hasDuplicateKeys(const std::string& json)
{
    Scanner sc{json};
    // One key set per open container; arrays get an unused placeholder.
    std::vector<std::set<std::string>> keys;
    std::vector<char> kinds;
    bool expectKey = false;
    while (sc.i < json.size()) {
        const char c = json[sc.i];
        if (c == '{') {
            keys.emplace_back();
            kinds.push_back('{');
            expectKey = true;
            ++sc.i;
        } else if (c == '[') {
            keys.emplace_back();
            kinds.push_back('[');
            expectKey = false;
            ++sc.i;
        } else if (c == '}' || c == ']') {
            if (!keys.empty()) {
                keys.pop_back();
                kinds.pop_back();
            }
            expectKey = false;
            ++sc.i;
        } else if (c == ',') {
            expectKey = !kinds.empty() && kinds.back() == '{';
            ++sc.i;
        } else if (c == '"') {
            if (expectKey) {
                std::string key;
                if (!sc.readString(&key))
                    return false;
                if (!keys.back().insert(key).second)
                    return true;
                expectKey = false;
            } else if (!sc.readString(nullptr)) {
                return false;
            }
        } else {
            ++sc.i;
        }
    }
    return false;
}

std::size_t nestingDepth(const std::string& json)
{
    Scanner sc{json};
    std::size_t depth = 0, deepest = 0;
    while (sc.i < json.size()) {
        const char c = json[sc.i];
        if (c == '"') {
            if (!sc.readString(nullptr))
                break;
            continue;
        }
        if (c == '{' || c == '[')
            deepest = std::max(deepest, ++depth);
        else if ((c == '}' || c == ']') && depth > 0)
            --depth;
        ++sc.i;
    }
    return deepest;
}

Poco::JSON::Object::Ptr readJsonObject(RequestContext& ctx)
{
    const auto& type = ctx.request.getContentType();
    if (!type.empty() && Poco::icompare(type.substr(0, type.find(';')), "application/json") != 0) {
        throw HttpError(Status::HTTP_UNSUPPORTED_MEDIA_TYPE, "unsupported-media-type");
    }
    const auto body = readBounded(ctx);
    if (!core::isValidUtf8(body))
        throw HttpError(Status::HTTP_BAD_REQUEST, "invalid-encoding");
    if (nestingDepth(body) > kMaxDepth)
        throw HttpError(Status::HTTP_BAD_REQUEST, "malformed-json", "too-deep");
    if (hasDuplicateKeys(body))
        throw HttpError(Status::HTTP_BAD_REQUEST, "malformed-json", "duplicate-key");
    Poco::Dynamic::Var parsed;
    try {
        Poco::JSON::Parser parser;
        parser.setDepth(kMaxDepth + 1);
        parsed = parser.parse(body);
    } catch (const Poco::Exception&) {
        throw HttpError(Status::HTTP_BAD_REQUEST, "malformed-json");
    }
    if (parsed.type() != typeid(Poco::JSON::Object::Ptr))
        throw HttpError(Status::HTTP_BAD_REQUEST, "malformed-json", "not-object");
    return parsed.extract<Poco::JSON::Object::Ptr>();
}

std::string requireString(const Poco::JSON::Object::Ptr& body, const std::string& field, std::size_t maxLength)
{
    if (!body->has(field) || body->isNull(field))
        throw core::InvalidField(field, "missing");
    const auto value = body->get(field);
    if (!value.isString())
        throw core::InvalidField(field, "wrong-type");
    auto text = value.extract<std::string>();
    if (text.empty())
        throw core::InvalidField(field, "empty");
    if (text.size() > maxLength)
        throw core::InvalidField(field, "too-long");
    return text;
}

bool requireBool(const Poco::JSON::Object::Ptr& body, const std::string& field)
{
    if (!body->has(field) || body->isNull(field))
        throw core::InvalidField(field, "missing");
    const auto value = body->get(field);
    if (value.type() != typeid(bool))
        throw core::InvalidField(field, "wrong-type");
    return value.extract<bool>();
}

std::string optionalString(const Poco::JSON::Object::Ptr& body, const std::string& field, std::size_t maxLength)
{
    if (!body->has(field) || body->isNull(field))
        return {};
    return requireString(body, field, maxLength);
}

bool optionalBool(const Poco::JSON::Object::Ptr& body, const std::string& field, bool fallback)
{
    if (!body->has(field) || body->isNull(field))
        return fallback;
    return requireBool(body, field);
}

std::vector<Poco::JSON::Object::Ptr> requireObjects(const Poco::JSON::Object::Ptr& body, const std::string& field,
                                                    std::size_t min, std::size_t max)
{
    if (!body->has(field) || body->isNull(field))
        throw core::InvalidField(field, "missing");
    const auto value = body->get(field);
    if (value.type() != typeid(Poco::JSON::Array::Ptr))
        throw core::InvalidField(field, "wrong-type");
    const auto array = value.extract<Poco::JSON::Array::Ptr>();
    if (array->size() < min || array->size() > max)
        throw core::InvalidField(field, "party-count");
    std::vector<Poco::JSON::Object::Ptr> out;
    for (std::size_t i = 0; i < array->size(); ++i) {
        const auto element = array->get(static_cast<unsigned>(i));
        if (element.type() != typeid(Poco::JSON::Object::Ptr))
            throw core::InvalidField(field + "[" + std::to_string(i) + "]", "wrong-type");
        out.push_back(element.extract<Poco::JSON::Object::Ptr>());
    }
    return out;
}

std::string memberString(const Poco::JSON::Object::Ptr& element, const std::string& arrayField, std::size_t index,
                         const std::string& key, std::size_t maxLength, bool required)
{
    try {
        return required ? requireString(element, key, maxLength) : optionalString(element, key, maxLength);
    } catch (const core::InvalidField& e) {
        throw core::InvalidField(arrayField + "[" + std::to_string(index) + "]." + key, e.reason());
    }
}

std::int64_t isoInstant(const std::string& text, const std::string& field)
{
    Poco::DateTime parsed;
    int tz = 0;
    if (text.size() < 20 || !Poco::DateTimeParser::tryParse(Poco::DateTimeFormat::ISO8601_FORMAT, text, parsed, tz))
        throw core::InvalidField(field, "format");
    return parsed.timestamp().epochTime() - tz;
}

}  // namespace wedreg::server::http
