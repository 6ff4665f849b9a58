// SPDX-License-Identifier: Apache-2.0
#include "core/lottery/Draw.h"

#include "core/crypto/Bytes.h"
#include "core/crypto/Digest.h"

#include <algorithm>
#include <stdexcept>

namespace wedreg::core::lottery {
namespace {

Bytes fromHex(const std::string& hex)
{
    const auto nibble = [](char c) -> int {
        if (c >= '0' && c <= '9')
            return c - '0';
        if (c >= 'a' && c <= 'f')
            return c - 'a' + 10;
        if (c >= 'A' && c <= 'F')
            return c - 'A' + 10;
        return -1;
    };
    if (hex.empty() || hex.size() % 2 != 0)
        throw std::invalid_argument("seed: not an even-length hex string");
    Bytes out;
    for (std::size_t i = 0; i < hex.size(); i += 2) {
        const int hi = nibble(hex[i]), lo = nibble(hex[i + 1]);
        if (hi < 0 || lo < 0)
            throw std::invalid_argument("seed: not a hex string");
        out.push_back(static_cast<std::uint8_t>(hi << 4 | lo));
    }
    return out;
}

}  // namespace

std::string newSeedHex()
{
    return toHex(crypto::randomBytes(32));
}

std::string commitmentOf(const std::string& seedHex)
{
    const auto seed = fromHex(seedHex);
    return toHex(crypto::sha256(seed));
}

std::vector<std::string> rank(const std::string& seedHex, const std::vector<Application>& applications)
{
    const auto seed = fromHex(seedHex);
    std::vector<std::pair<std::string, std::string>> keyed;  // (HMAC hex, id)
    keyed.reserve(applications.size());
    for (const auto& a : applications)
        keyed.emplace_back(toHex(crypto::hmacSha256(seed, asBytes(a.id))), a.id);
    std::sort(keyed.begin(), keyed.end());
    std::vector<std::string> out;
    out.reserve(keyed.size());
    for (auto& k : keyed)
        out.push_back(std::move(k.second));
    return out;
}

std::vector<std::string> verify(const DrawRecord& record)
{
    std::vector<std::string> failures;
    try {
        if (commitmentOf(record.seedHex) != record.commitment)
            failures.emplace_back("seed-not-committed");
        if (rank(record.seedHex, record.applications) != record.ranking)
            failures.emplace_back("ranking-differs");
    } catch (const std::invalid_argument&) {
        failures.emplace_back("seed-not-committed");
        failures.emplace_back("ranking-differs");
    }
    for (const auto& a : record.applications) {
        if (a.appliedAt < record.committedAt) {
            failures.emplace_back("commitment-late");
            break;
        }
    }
    return failures;
}

}  // namespace wedreg::core::lottery
