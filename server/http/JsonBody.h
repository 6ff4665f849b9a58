// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <Poco/JSON/Object.h>

#include <cstddef>
#include <string>

namespace wedreg::server::http {

struct RequestContext;

// Reads the request body as one JSON object: bounded size (413), UTF-8 (400), syntax (400),
// bounded nesting (400), no repeated keys (400), an object at the top (400).
Poco::JSON::Object::Ptr readJsonObject(RequestContext& ctx);

// Field accessors that name the field in the 422 they throw (core::InvalidField).
std::string requireString(const Poco::JSON::Object::Ptr& body, const std::string& field, std::size_t maxLength);
bool requireBool(const Poco::JSON::Object::Ptr& body, const std::string& field);

// Structural checks on raw JSON text that Poco's parser does not make.
bool hasDuplicateKeys(const std::string& json);
std::size_t nestingDepth(const std::string& json);

}  // namespace wedreg::server::http
