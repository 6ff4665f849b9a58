// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <Poco/Util/ServerApplication.h>

#include <string>

namespace wedreg::server::app {

struct ServerConfig;

// wedreg-server: reads the configuration, opens and migrates the database, optionally seeds the
// demo data, serves the API until SIGTERM/SIGINT, then drains connections and exits 0.
//
//   wedreg-server [--config FILE] [--set key=value ...] [--demo]
//   wedreg-server [--config FILE] [--set ...] --verify-audit   (checks the audit chain and exits)
class ServerApp final : public Poco::Util::ServerApplication {
protected:
    void initialize(Poco::Util::Application& self) override;
    void defineOptions(Poco::Util::OptionSet& options) override;
    int main(const std::vector<std::string>& args) override;

private:
    // --backup FILE: the online SQLite backup, then exit.
    int backup(const ServerConfig& cfg, const std::string& file);
    void handleHelp(const std::string& name, const std::string& value);
    void handleDemo(const std::string& name, const std::string& value);
    void handleSet(const std::string& name, const std::string& value);
    void handleVerifyAudit(const std::string& name, const std::string& value);

    bool m_helpRequested = false;
};

}  // namespace wedreg::server::app
