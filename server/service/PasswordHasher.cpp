// SPDX-License-Identifier: Apache-2.0
#include "server/service/PasswordHasher.h"

#include "server/service/Base64.h"

#include <openssl/crypto.h>
#include <openssl/evp.h>
#include <openssl/rand.h>

#include <Poco/StringTokenizer.h>

#include <sstream>
#include <stdexcept>
#include <vector>

namespace wedreg::server::service {
namespace {

constexpr std::size_t kSaltBytes = 16;
constexpr std::size_t kHashBytes = 32;

std::vector<unsigned char> derive(std::string_view password, const std::vector<unsigned char>& salt,
                                  const PasswordHasher::Cost& cost, std::size_t length)
{
    std::vector<unsigned char> out(length);
    // maxmem: 128 * N * r bytes plus headroom.
    const std::uint64_t maxmem = 128 * cost.n * cost.r * (cost.p + 1) + (1u << 20);
    if (EVP_PBE_scrypt(password.data(), password.size(), salt.data(), salt.size(), cost.n, cost.r, cost.p,
                       maxmem, out.data(), out.size()) != 1)
        throw std::runtime_error("scrypt failed");
    return out;
}

struct Parsed {
    PasswordHasher::Cost cost;
    std::vector<unsigned char> salt;
    std::vector<unsigned char> hash;
};

bool parse(std::string_view encoded, Parsed& out)
{
    Poco::StringTokenizer parts(std::string(encoded), "$");
    if (parts.count() != 6 || parts[0] != "scrypt")
        return false;
    try {
        out.cost.n = std::stoull(parts[1]);
        out.cost.r = std::stoull(parts[2]);
        out.cost.p = std::stoull(parts[3]);
        out.salt = unbase64(parts[4]);
        out.hash = unbase64(parts[5]);
    } catch (const std::exception&) {
        return false;
    }
    // Bound the work a corrupted or hostile row can ask of us.
    const bool sane = out.cost.n >= 2 && out.cost.n <= (1u << 20) && (out.cost.n & (out.cost.n - 1)) == 0 &&
                      out.cost.r >= 1 && out.cost.r <= 32 && out.cost.p >= 1 && out.cost.p <= 16 &&
                      !out.salt.empty() && out.hash.size() >= 16 && out.hash.size() <= 64;
    return sane;
}

}  // namespace

std::string PasswordHasher::hash(std::string_view password) const
{
    std::vector<unsigned char> salt(kSaltBytes);
    if (RAND_bytes(salt.data(), static_cast<int>(salt.size())) != 1)
        throw std::runtime_error("no randomness for a password salt");
    const auto derived = derive(password, salt, m_cost, kHashBytes);
    return "scrypt$" + std::to_string(m_cost.n) + "$" + std::to_string(m_cost.r) + "$" +
           std::to_string(m_cost.p) + "$" + base64(salt.data(), salt.size()) + "$" +
           base64(derived.data(), derived.size());
}

bool PasswordHasher::verify(std::string_view password, std::string_view encoded) const
{
    Parsed parsed;
    if (!parse(encoded, parsed))
        return false;
    const auto derived = derive(password, parsed.salt, parsed.cost, parsed.hash.size());
    return CRYPTO_memcmp(derived.data(), parsed.hash.data(), derived.size()) == 0;
}

bool PasswordHasher::needsRehash(std::string_view encoded) const
{
    Parsed parsed;
    if (!parse(encoded, parsed))
        return true;
    return parsed.cost.n < m_cost.n || parsed.cost.r < m_cost.r || parsed.cost.p < m_cost.p;
}

std::string PasswordHasher::randomPassword()
{
    static constexpr std::string_view kAlphabet = "abcdefghjkmnpqrstuvwxyzABCDEFGHJKMNPQRSTUVWXYZ23456789";
    // Rejection sampling: bytes past the last whole multiple of the alphabet would bias it.
    const unsigned limit = 256 - 256 % kAlphabet.size();
    std::string out;
    while (out.size() < 16) {
        unsigned char bytes[32];
        if (RAND_bytes(bytes, sizeof bytes) != 1)
            throw std::runtime_error("no randomness for a password");
        for (unsigned char b : bytes) {
            if (b < limit && out.size() < 16)
                out += kAlphabet[b % kAlphabet.size()];
        }
    }
    return out;
}

}  // namespace wedreg::server::service
