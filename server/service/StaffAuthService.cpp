// SPDX-License-Identifier: Apache-2.0
#include "server/service/StaffAuthService.h"

#include "server/service/AuthErrors.h"
#include "server/service/Clock.h"
#include "server/store/StaffRepository.h"

#include <openssl/evp.h>
#include <openssl/rand.h>

#include <array>
#include <stdexcept>

namespace wedreg::server::service {
namespace {

std::string hex(const unsigned char* data, std::size_t size)
{
    static constexpr char kDigits[] = "0123456789abcdef";
    std::string out;
    out.reserve(size * 2);
    for (std::size_t i = 0; i < size; ++i) {
        out += kDigits[data[i] >> 4];
        out += kDigits[data[i] & 0xf];
    }
    return out;
}

std::string newToken()
{
    std::array<unsigned char, 32> bytes{};
    if (RAND_bytes(bytes.data(), static_cast<int>(bytes.size())) != 1)
        throw std::runtime_error("no randomness for a session token");
    return hex(bytes.data(), bytes.size());
}

}  // namespace

StaffAuthService::StaffAuthService(store::StaffRepository& staff, const Clock& clock, PasswordHasher hasher,
                                   AuthPolicy policy)
    : m_staff(staff)
    , m_clock(clock)
    , m_hasher(hasher)
    , m_policy(policy)
    , m_dummyHash(m_hasher.hash(PasswordHasher::randomPassword()))
{
}

std::string StaffAuthService::hashToken(const std::string& token)
{
    unsigned char digest[EVP_MAX_MD_SIZE];
    unsigned int size = 0;
    EVP_Digest(token.data(), token.size(), digest, &size, EVP_sha256(), nullptr);
    return hex(digest, size);
}

IssuedSession StaffAuthService::login(const std::string& username, const std::string& password)
{
    const auto now = m_clock.nowSeconds();
    const auto account = m_staff.findAccount(username);
    if (!account) {
        m_hasher.verify(password, m_dummyHash);
        throw Unauthenticated("credentials");
    }
    if (account->lockedUntil > now)
        throw Unauthenticated("locked");
    if (!m_hasher.verify(password, account->passwordHash)) {
        m_staff.recordFailedLogin(username, m_policy.lockoutThreshold, now + m_policy.lockoutSeconds);
        throw Unauthenticated("credentials");
    }
    if (account->failedAttempts > 0 || account->lockedUntil > 0)
        m_staff.resetFailedLogins(username);
    if (m_hasher.needsRehash(account->passwordHash))
        m_staff.updatePassword(username, m_hasher.hash(password));

    IssuedSession issued;
    issued.token = newToken();
    issued.role = account->role;
    issued.expiresAt = now + m_policy.sessionSeconds;
    m_staff.insertSession(model::StaffSession{hashToken(issued.token), username, account->role, now, issued.expiresAt});
    return issued;
}

model::StaffPrincipal StaffAuthService::authenticate(const std::string& token)
{
    if (token.size() != 64)
        throw Unauthenticated("token");
    auto principal = m_staff.findLiveSession(hashToken(token), m_clock.nowSeconds());
    if (!principal)
        throw Unauthenticated("token");
    return *principal;
}

void StaffAuthService::logout(const std::string& token)
{
    m_staff.revokeSession(hashToken(token));
}

void StaffAuthService::createAccount(model::StaffAccount account, const std::string& password)
{
    account.passwordHash = m_hasher.hash(password);
    account.createdAt = m_clock.nowSeconds();
    m_staff.insertAccount(account);
}

}  // namespace wedreg::server::service
