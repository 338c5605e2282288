#include "startup_report.hpp"

#include <iomanip>

namespace pos {

namespace {
struct Ms {
  std::chrono::microseconds took;
};
std::ostream& operator<<(std::ostream& out, Ms ms) {
  return out << std::fixed << std::setprecision(3) << static_cast<double>(ms.took.count()) / 1000.0;
}
}  // namespace

void printStartupReport(std::ostream& out, std::chrono::milliseconds firstScreen,
                        const std::vector<poscore::PluginRecord>& plugins) {
  out << "first_screen_ms=" << firstScreen.count() << "\n";
  for (const auto& p : plugins) {
    out << "plugin_ms id=" << p.id << " load=" << Ms{p.loadTime} << " init=" << Ms{p.initTime}
        << " start=" << Ms{p.startTime} << "\n";
  }
  out.flush();
}

}  // namespace pos
