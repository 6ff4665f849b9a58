// SPDX-License-Identifier: Apache-2.0
#include "core/cert/Base45.h"

#include "core/cert/CertificateError.h"

#include <array>

namespace wedreg::core::cert {

namespace {

constexpr std::array<int, 256> makeReverse()
{
    std::array<int, 256> table{};
    for (auto& value : table) {
        value = -1;
    }
    for (std::size_t i = 0; i < Base45::kAlphabet.size(); ++i) {
        table[static_cast<unsigned char>(Base45::kAlphabet[i])] = static_cast<int>(i);
    }
    return table;
}

constexpr auto kReverse = makeReverse();

[[noreturn]] void fail(std::string_view detail)
{
    throw CertificateError(std::string(reason::kBase45), std::string(detail));
}

} // namespace

std::string Base45::encode(ByteView data)
{
    std::string out;
    out.reserve(data.size() / 2 * 3 + 2);
    std::size_t i = 0;
    for (; i + 1 < data.size(); i += 2) {
        unsigned value = data[i] * 256u + data[i + 1];
        out += kAlphabet[value % 45];
        value /= 45;
        out += kAlphabet[value % 45];
        out += kAlphabet[value / 45];
    }
    if (i < data.size()) {
        const unsigned value = data[i];
        out += kAlphabet[value % 45];
        out += kAlphabet[value / 45];
    }
    return out;
}

Bytes Base45::decode(std::string_view text)
{
    if (text.size() % 3 == 1) {
        fail(kInvalidLength);
    }
    Bytes out(text.size() / 3 * 2 + (text.size() % 3 == 2 ? 1 : 0));
    const auto digit = [](char c) { return kReverse[static_cast<unsigned char>(c)]; };
    std::size_t i = 0;
    std::size_t o = 0;
    for (; i + 2 < text.size(); i += 3) {
        const int a = digit(text[i]);
        const int b = digit(text[i + 1]);
        const int c = digit(text[i + 2]);
        if ((a | b | c) < 0) {
            fail(kInvalidCharacter); // one check per triplet: every invalid character maps to -1
        }
        const unsigned value = static_cast<unsigned>(a + b * 45 + c * 45 * 45);
        if (value > 0xffff) {
            fail(kValueTooLarge);
        }
        out[o++] = static_cast<std::uint8_t>(value >> 8);
        out[o++] = static_cast<std::uint8_t>(value & 0xff);
    }
    if (i < text.size()) {
        const int a = digit(text[i]);
        const int b = digit(text[i + 1]);
        if ((a | b) < 0) {
            fail(kInvalidCharacter);
        }
        const unsigned value = static_cast<unsigned>(a + b * 45);
        if (value > 0xff) {
            fail(kValueTooLarge);
        }
        out[o] = static_cast<std::uint8_t>(value);
    }
    return out;
}

} // namespace wedreg::core::cert
