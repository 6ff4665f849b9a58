// SPDX-License-Identifier: Apache-2.0
#include "server/http/OpenApiDocument.h"

#include <utility>
#include <vector>

namespace wedreg::server {
// Generated from server/openapi/ by cmake/EmbedFiles.cmake.
const std::vector<std::pair<std::string_view, std::string_view>>& embeddedDocuments();
}  // namespace wedreg::server

namespace wedreg::server::http {

std::string_view openApiDocument()
{
    for (const auto& [name, text] : embeddedDocuments())
        if (name == "openapi.json")
            return text;
    return "{}";
}

}  // namespace wedreg::server::http
