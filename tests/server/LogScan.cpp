// SPDX-License-Identifier: Apache-2.0
// wedreg-log-scan DIR: fails (exit 1) when any file under DIR holds an 18-character resident ID
// number, naming the file and line and showing the ID masked. Run by CTest after every suite that
// starts a server (fixture server_logs, cleanup test log_hygiene.scan) over the servers' logs.

#include "support/ResidentIdScanner.h"

#include <filesystem>
#include <fstream>
#include <iostream>

int main(int argc, char** argv)
{
    if (argc != 2) {
        std::cerr << "usage: wedreg-log-scan DIR\n";
        return 2;
    }
    namespace fs = std::filesystem;
    const fs::path dir(argv[1]);
    if (!fs::is_directory(dir)) {
        std::cout << "no logs in " << dir << ": nothing to scan\n";
        return 0;
    }
    std::size_t files = 0, lines = 0, hits = 0;
    for (const auto& entry : fs::recursive_directory_iterator(dir)) {
        if (!entry.is_regular_file())
            continue;
        ++files;
        std::ifstream in(entry.path(), std::ios::binary);
        std::string line;
        for (std::size_t number = 1; std::getline(in, line); ++number) {
            ++lines;
            for (const auto& id : wedreg::tests::findResidentIds(line)) {
                ++hits;
                std::cout << entry.path().string() << ":" << number << ": resident ID "
                          << wedreg::tests::maskResidentId(id) << " in a log\n";
            }
        }
    }
    std::cout << "scanned " << files << " log files, " << lines << " lines: " << hits << " resident IDs\n";
    return hits == 0 ? 0 : 1;
}
