// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace wedreg::server::service {

// Standard base64 without padding or line breaks (stored hashes and ciphertexts).
std::string base64(const unsigned char* data, std::size_t size);
std::vector<unsigned char> unbase64(std::string_view text);

}  // namespace wedreg::server::service
