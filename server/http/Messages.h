// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "server/http/Language.h"

#include <string>

namespace wedreg::server::http {

struct Problem;

struct ProblemText {
    std::string title;
    std::string detail;
};

// The user-facing words for every problem the API can send, in Chinese and English. Written for
// the couple or clerk reading the kiosk, not for the programmer: say what is wrong and what to do.
ProblemText describe(const Problem& problem, Language language);

// The request field's name as people say it ("身份证号码" / "ID number").
std::string fieldLabel(const std::string& field, Language language);

}  // namespace wedreg::server::http
