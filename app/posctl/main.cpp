// posctl: the technician's and the store manager's command line.
#include <CLI/CLI.hpp>
#include <exception>
#include <iostream>

#include "commands.hpp"

int main(int argc, char** argv) {
  CLI::App app{"posctl: inspect and manage a point-of-sale lane"};
  app.require_subcommand(1);
  posctl::GlobalOptions options;
  app.add_option("--config", options.config, "Lane settings file (JSON)");
  app.add_option("--data-dir", options.dataDir, "Lane data folder (database, safe-mode state)");
  app.add_option("--plugins", options.pluginDirs, "Extra plugin folders to search");
  app.add_option("--serial", options.serialPorts, "Serial port to probe for devices (repeatable)");
  posctl::addPluginsCommands(app, options);
  posctl::addDevicesCommands(app, options);
  posctl::addBarcodeCommands(app, options);
  posctl::addStaffCommands(app, options);
  posctl::addReportCommands(app, options);
  posctl::addJournalCommands(app, options);
  posctl::addCatalogCommands(app, options);
  posctl::addServerCommands(app, options);
  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    return app.exit(e);
  } catch (const std::exception& e) {
    std::cerr << "posctl: " << e.what() << "\n";
    return 2;
  }
  return options.exitCode;
}
