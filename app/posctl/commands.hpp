#pragma once
#include <string>
#include <vector>

namespace CLI {
class App;
}

namespace posctl {

// Options every command shares: which lane's settings, data and plugins to look at.
struct GlobalOptions {
  std::string config;
  std::string dataDir;
  std::vector<std::string> pluginDirs;
  std::vector<std::string> serialPorts;
  int exitCode = 0;  // set by the command that ran
};

void addPluginsCommands(CLI::App& app, GlobalOptions& options);
void addDevicesCommands(CLI::App& app, GlobalOptions& options);
void addBarcodeCommands(CLI::App& app, GlobalOptions& options);
void addStaffCommands(CLI::App& app, GlobalOptions& options);
void addReportCommands(CLI::App& app, GlobalOptions& options);
void addJournalCommands(CLI::App& app, GlobalOptions& options);
void addCatalogCommands(CLI::App& app, GlobalOptions& options);
void addServerCommands(CLI::App& app, GlobalOptions& options);

}  // namespace posctl
