// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <string_view>

namespace wedreg::server::http {

// The languages the API answers in: Chinese first (the default), English on request.
enum class Language { Zh, En };

// RFC 9110 Accept-Language, reduced to what we speak: the highest-weighted of zh* / en*;
// anything else, or nothing, is Chinese.
Language negotiateLanguage(std::string_view acceptLanguage);
std::string_view contentLanguage(Language language);

}  // namespace wedreg::server::http
