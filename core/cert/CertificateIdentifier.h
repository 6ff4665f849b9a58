// SPDX-License-Identifier: Apache-2.0
#pragma once

// The national e-licence identifier (GB/T 36904-2018):
//   1.2.156.3005.2.{type}.{issuer}.{serial}.{version}.{check}
// where check is the ISO/IEC 7064 MOD 37,36 (hybrid system, alphabet 0-9A-Z) check character over
// all preceding parts with the dots removed. It catches every single-character error, so a registrar
// typing an identifier by hand learns at once that it is wrong.

#include <optional>
#include <string>
#include <string_view>

namespace wedreg::core::cert {

class CertificateIdentifier
{
public:
    static constexpr std::string_view kRoot = "1.2.156.3005.2";
    static constexpr std::string_view kField = "identifier";

    // Reason codes of InvalidField{"identifier", reason}.
    static constexpr std::string_view kReasonFormat = "format"; // wrong number of parts or empty part
    static constexpr std::string_view kReasonRoot = "root"; // does not start with kRoot
    static constexpr std::string_view kReasonCharacter = "character"; // outside 0-9A-Z (type, version: 0-9)
    static constexpr std::string_view kReasonChecksum = "checksum";

    // Builds an identifier with its check character. Parts: type and version digits, issuer and serial
    // 0-9A-Z. Throws InvalidField{"identifier", reason}.
    static CertificateIdentifier make(std::string_view type, std::string_view issuer, std::string_view serial,
                                      std::string_view version);

    static CertificateIdentifier parse(std::string_view text);
    static std::optional<CertificateIdentifier> tryParse(std::string_view text, std::string* reason = nullptr);

    // MOD 37,36 check character for `characters` (0-9A-Z only); '\0' if any character is outside.
    static char checkCharacter(std::string_view characters);

    const std::string& text() const noexcept { return m_text; }
    const std::string& type() const noexcept { return m_type; }
    const std::string& issuer() const noexcept { return m_issuer; }
    const std::string& serial() const noexcept { return m_serial; }
    const std::string& version() const noexcept { return m_version; }
    char check() const noexcept { return m_text.back(); }

    friend bool operator==(const CertificateIdentifier& a, const CertificateIdentifier& b) noexcept
    {
        return a.m_text == b.m_text;
    }

private:
    CertificateIdentifier() = default;

    std::string m_text;
    std::string m_type;
    std::string m_issuer;
    std::string m_serial;
    std::string m_version;
};

} // namespace wedreg::core::cert
