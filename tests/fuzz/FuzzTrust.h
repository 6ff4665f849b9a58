// SPDX-License-Identifier: Apache-2.0
#pragma once

// Trust anchors for the fuzz targets. Keys are never in the repository: `fuzz_seed` makes them at run
// time and writes only certificates (public) to $WEDREG_FUZZ_TRUST_DIR, so seeds it signs reach the
// signature and claims layers. Without that directory the targets make a key of their own and the
// fuzzer still exercises everything up to kid lookup.

#include "core/crypto/Bytes.h"
#include "core/crypto/Keys.h"

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <string>
#include <vector>

namespace wedreg::fuzz {

inline core::Bytes readFile(const std::filesystem::path& path)
{
    std::ifstream in(path, std::ios::binary);
    return core::Bytes(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
}

inline std::filesystem::path trustDir()
{
    const char* dir = std::getenv("WEDREG_FUZZ_TRUST_DIR");
    return dir ? std::filesystem::path(dir) : std::filesystem::path();
}

// DER certificates in the trust directory whose file name starts with `prefix`.
inline std::vector<core::crypto::X509Ptr> trustedCertificates(const std::string& prefix)
{
    std::vector<core::crypto::X509Ptr> out;
    const auto dir = trustDir();
    if (dir.empty() || !std::filesystem::is_directory(dir)) {
        return out;
    }
    for (const auto& file : std::filesystem::directory_iterator(dir)) {
        if (file.path().filename().string().rfind(prefix, 0) == 0 && file.path().extension() == ".der") {
            out.push_back(core::crypto::parseCertificateDer(readFile(file.path())));
        }
    }
    return out;
}

} // namespace wedreg::fuzz
