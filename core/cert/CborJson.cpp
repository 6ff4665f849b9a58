// SPDX-License-Identifier: Apache-2.0
#include "core/cert/CborJson.h"

#include "core/cert/CertificateError.h"

#include <cbor.h>

namespace wedreg::core::cert {

namespace {

[[noreturn]] void fail(std::string detail)
{
    throw CertificateError(std::string(reason::kCbor), std::move(detail));
}

} // namespace

nlohmann::json cborToJson(const CborItem& item, int maxDepth)
{
    if (maxDepth < 0) {
        fail("depth");
    }
    cbor_item_t* raw = item.get();
    if (!raw) {
        return nullptr;
    }
    if (const auto value = item.asInteger()) {
        return *value;
    }
    if (cbor_isa_uint(raw)) {
        return cbor_get_int(raw); // above INT64_MAX
    }
    if (const auto text = item.asText()) {
        return *text;
    }
    if (const auto bytes = item.asBytes()) {
        return nlohmann::json::binary(*bytes);
    }
    if (const auto flag = item.asBoolean()) {
        return *flag;
    }
    if (item.isArray()) {
        auto out = nlohmann::json::array();
        for (std::size_t i = 0; i < item.arraySize(); ++i) {
            out.push_back(cborToJson(item.at(i), maxDepth - 1));
        }
        return out;
    }
    if (item.isMap()) {
        auto out = nlohmann::json::object();
        for (const auto& [key, value] : item.entries()) {
            std::string name;
            if (const auto text = key.asText()) {
                name = *text;
            } else if (const auto number = key.asInteger()) {
                name = std::to_string(*number);
            } else {
                fail("type");
            }
            out[name] = cborToJson(value, maxDepth - 1);
        }
        return out;
    }
    if (item.isTag()) {
        return cborToJson(item.taggedItem(), maxDepth - 1);
    }
    if (cbor_is_float(raw)) {
        return cbor_float_get_float(raw);
    }
    if (cbor_is_null(raw) || cbor_is_undef(raw)) {
        return nullptr;
    }
    fail("type");
}

} // namespace wedreg::core::cert
