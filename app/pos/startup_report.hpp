#pragma once
#include <chrono>
#include <ostream>
#include <vector>

#include "poscore/plugins/plugin_record.hpp"

namespace pos {

// For --exit-after-first-screen: "first_screen_ms=<ms>", then one line per plugin,
// "plugin_ms id=<id> load=<ms> init=<ms> start=<ms>", in a form scripts can grep.
void printStartupReport(std::ostream& out, std::chrono::milliseconds firstScreen,
                        const std::vector<poscore::PluginRecord>& plugins);

}  // namespace pos
