// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <Poco/JSON/Object.h>

#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

namespace wedreg::server::http {

struct RequestContext;

// Reads the request body as one JSON object: bounded size (413), UTF-8 (400), syntax (400),
// bounded nesting (400), no repeated keys (400), an object at the top (400).
Poco::JSON::Object::Ptr readJsonObject(RequestContext& ctx);

// Field accessors that name the field in the 422 they throw (core::InvalidField).
std::string requireString(const Poco::JSON::Object::Ptr& body, const std::string& field, std::size_t maxLength);
bool requireBool(const Poco::JSON::Object::Ptr& body, const std::string& field);
// Absent or null → empty / std::nullopt / the fallback; present → checked like the require* ones.
std::string optionalString(const Poco::JSON::Object::Ptr& body, const std::string& field, std::size_t maxLength);
bool optionalBool(const Poco::JSON::Object::Ptr& body, const std::string& field, bool fallback);
// The array `field` of `min`..`max` JSON objects; elements are named "field[i]" in errors.
std::vector<Poco::JSON::Object::Ptr> requireObjects(const Poco::JSON::Object::Ptr& body, const std::string& field,
                                                    std::size_t min, std::size_t max);
// ISO 8601 with an offset ("2027-09-01T09:00:00+08:00") → Unix seconds; InvalidField{field, "format"}.
std::int64_t isoInstant(const std::string& text, const std::string& field);
// A string member of one of those objects, named "field[i].key" in errors.
std::string memberString(const Poco::JSON::Object::Ptr& element, const std::string& arrayField, std::size_t index,
                         const std::string& key, std::size_t maxLength, bool required = true);

// Structural checks on raw JSON text that Poco's parser does not make.
bool hasDuplicateKeys(const std::string& json);
std::size_t nestingDepth(const std::string& json);

}  // namespace wedreg::server::http
