// Fails in start after beginning work; the host must call stop() to undo it. It leaves a trace
// of each call in the file named by its "trace" setting.
#include <possdk/possdk.hpp>

#include <fstream>

namespace {
class StartFails final : public possdk::Plugin {
 public:
  possdk::Status init(possdk::Host& host) override {
    trace_ = host.settings().getString("trace", "");
    note("init");
    return possdk::Status::ok();
  }
  possdk::Status start() override {
    note("start");
    return possdk::Status::fail("the printer did not answer");
  }
  void stop() noexcept override { note("stop"); }
  ~StartFails() override { note("destroyed"); }

 private:
  void note(const char* what) {
    if (!trace_.empty()) std::ofstream(trace_, std::ios::app) << what << "\n";
  }
  std::string trace_;
};
}  // namespace

POSSDK_PLUGIN(StartFails)
