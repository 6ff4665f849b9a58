// SPDX-License-Identifier: Apache-2.0
#include "core/cert/CertificateIdentifier.h"

#include "core/Errors.h"

#include <algorithm>
#include <array>
#include <cstdint>

namespace wedreg::core::cert {

namespace {

constexpr std::string_view kAlphabet = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ";
constexpr int kModulus = 36; // M; the hybrid system also uses M + 1 = 37

constexpr std::array<std::int8_t, 256> makeValues()
{
    std::array<std::int8_t, 256> values{};
    values.fill(-1);
    for (std::size_t i = 0; i < kAlphabet.size(); ++i) {
        values[static_cast<unsigned char>(kAlphabet[i])] = static_cast<std::int8_t>(i);
    }
    return values;
}

// A table, not a search: every verified certificate checks its identifier.
constexpr auto kValues = makeValues();

int valueOf(char c)
{
    return kValues[static_cast<unsigned char>(c)];
}

bool allDigits(std::string_view part)
{
    for (const char c : part) {
        if (c < '0' || c > '9') {
            return false;
        }
    }
    return true;
}

bool allAlphanumeric(std::string_view part)
{
    for (const char c : part) {
        if (valueOf(c) < 0) {
            return false;
        }
    }
    return true;
}

// Dot-separated parts, at most kMaxParts of them (an identifier has 10; more is a format error and
// is reported as kMaxParts + 1 parts). Fixed storage: every verified certificate is split here.
constexpr std::size_t kMaxParts = 16;

struct Parts
{
    std::array<std::string_view, kMaxParts> items;
    std::size_t count = 0;

    std::size_t size() const { return count; }
    std::string_view operator[](std::size_t i) const { return items[i]; }
    const std::string_view* begin() const { return items.data(); }
    const std::string_view* end() const { return items.data() + std::min(count, kMaxParts); }
};

Parts split(std::string_view text)
{
    Parts parts;
    std::size_t start = 0;
    for (;;) {
        const auto dot = text.find('.', start);
        if (parts.count == kMaxParts) {
            ++parts.count;
            return parts;
        }
        parts.items[parts.count++] =
            text.substr(start, dot == std::string_view::npos ? std::string_view::npos : dot - start);
        if (dot == std::string_view::npos) {
            return parts;
        }
        start = dot + 1;
    }
}

} // namespace

char CertificateIdentifier::checkCharacter(std::string_view characters)
{
    // ISO/IEC 7064 hybrid system: P0 = M; S = (P + a) mod M, with 0 read as M; P = 2S mod (M + 1).
    // The check value c makes (P + c) mod M == 1, i.e. c = (M + 1 - P) mod M.
    int product = kModulus;
    for (const char c : characters) {
        const int value = valueOf(c);
        if (value < 0) {
            return '\0';
        }
        int sum = (product + value) % kModulus;
        if (sum == 0) {
            sum = kModulus;
        }
        product = (sum * 2) % (kModulus + 1);
    }
    return kAlphabet[static_cast<std::size_t>((kModulus + 1 - product) % kModulus)];
}

CertificateIdentifier CertificateIdentifier::make(std::string_view type, std::string_view issuer,
                                                  std::string_view serial, std::string_view version)
{
    std::string body = std::string(kRoot) + "." + std::string(type) + "." + std::string(issuer) + "."
        + std::string(serial) + "." + std::string(version);
    std::string compact;
    for (const char c : body) {
        if (c != '.') {
            compact += c;
        }
    }
    const char check = checkCharacter(compact);
    return parse(body + "." + (check == '\0' ? std::string("?") : std::string(1, check)));
}

std::optional<CertificateIdentifier> CertificateIdentifier::tryParse(std::string_view text, std::string* reason)
{
    const auto reject = [&](std::string_view code) -> std::optional<CertificateIdentifier> {
        if (reason) {
            *reason = code;
        }
        return std::nullopt;
    };
    const auto parts = split(text);
    const auto rootParts = split(kRoot);
    if (parts.size() != rootParts.size() + 5) {
        return reject(kReasonFormat);
    }
    for (const auto part : parts) {
        if (part.empty()) {
            return reject(kReasonFormat);
        }
    }
    for (std::size_t i = 0; i < rootParts.size(); ++i) {
        if (parts[i] != rootParts[i]) {
            return reject(kReasonRoot);
        }
    }
    const std::size_t base = rootParts.size();
    const auto type = parts[base];
    const auto issuer = parts[base + 1];
    const auto serial = parts[base + 2];
    const auto version = parts[base + 3];
    const auto check = parts[base + 4];
    if (!allDigits(type) || !allAlphanumeric(issuer) || !allAlphanumeric(serial) || !allDigits(version)
        || check.size() != 1 || valueOf(check[0]) < 0) {
        return reject(kReasonCharacter);
    }
    std::string compact;
    compact.reserve(text.size());
    for (const char c : text.substr(0, text.size() - 2)) {
        if (c != '.') {
            compact += c;
        }
    }
    if (checkCharacter(compact) != check[0]) {
        return reject(kReasonChecksum);
    }
    CertificateIdentifier out;
    out.m_text = std::string(text);
    out.m_type = std::string(type);
    out.m_issuer = std::string(issuer);
    out.m_serial = std::string(serial);
    out.m_version = std::string(version);
    return out;
}

CertificateIdentifier CertificateIdentifier::parse(std::string_view text)
{
    std::string reason;
    auto parsed = tryParse(text, &reason);
    if (!parsed) {
        throw InvalidField(std::string(kField), reason);
    }
    return *parsed;
}

} // namespace wedreg::core::cert
