// SPDX-License-Identifier: Apache-2.0
#include "server/service/Base64.h"

#include <Poco/Base64Decoder.h>
#include <Poco/Base64Encoder.h>

#include <sstream>

namespace wedreg::server::service {

std::string base64(const unsigned char* data, std::size_t size)
{
    std::ostringstream out;
    Poco::Base64Encoder encoder(out, Poco::BASE64_NO_PADDING);
    encoder.rdbuf()->setLineLength(0);
    encoder.write(reinterpret_cast<const char*>(data), static_cast<std::streamsize>(size));
    encoder.close();
    return out.str();
}

std::vector<unsigned char> unbase64(std::string_view text)
{
    std::istringstream in{std::string(text)};
    Poco::Base64Decoder decoder(in, Poco::BASE64_NO_PADDING);
    std::vector<unsigned char> out;
    char c;
    while (decoder.get(c))
        out.push_back(static_cast<unsigned char>(c));
    return out;
}

}  // namespace wedreg::server::service
