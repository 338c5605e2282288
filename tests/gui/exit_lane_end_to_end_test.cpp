// The exit lane from the handheld to the gate: a pos-server process with the weighing module, the
// demo catalog published to it, a handheld order built and paid by pos-weighing-handheld, and the
// shell's frame in self-checkout mode on a real Runtime with the built weighing plugin in the exit
// role. The order's QR is typed into the frame as a keyboard-wedge scanner types it, the bag goes
// on a Toledo scale simulated behind a pseudo-terminal, and the outcome is read off the screen,
// the spoken prompts (WAV files) and the server.
#include <gtest/gtest.h>
#include <sys/wait.h>

#include <cctype>
#include <cstdio>
#include <fstream>
#include <iostream>
#include <map>

#include <Poco/JSON/Array.h>
#include <Poco/JSON/Object.h>
#include <Poco/JSON/Parser.h>
#include <wx/uiaction.h>

#include "counter_host.hpp"
#include "driver/sim/toledo_pty.hpp"
#include "frame_capture.hpp"
#include "gui_test_support.hpp"
#include "main_frame.hpp"
#include "poscore/runtime.hpp"
#include "rest_client.hpp"
#include "run_posctl.hpp"
#include "selfcheckout/self_checkout_host.hpp"
#include "server_process.hpp"
#include "wx_dispatcher.hpp"

namespace pos {
namespace {

namespace fs = std::filesystem;
using test::pumpFor;
using test::pumpUntil;
using namespace std::chrono_literals;

// Expected weights from app/pos/demo/catalog.csv.
constexpr const char* kColaCan = "6921270000016";    // 350 g, spread 4 g
constexpr const char* kSparkling = "6921270000153";  // 510 g, spread 5 g
constexpr std::int64_t kColaG = 350;
constexpr std::int64_t kSparklingG = 510;
constexpr std::int64_t kExtraItemG = 350;
// Generous: a loaded machine is slow, and each wait ends as soon as its condition holds.
constexpr auto kDeadline = 20s;

struct ToolRun {
  int exitCode = -1;
  std::string output;  // standard output only: the tools print their refusals on standard error
};

// Runs a program to the end; its standard error goes to `errFile`, read by the caller on failure.
ToolRun runProgram(const std::vector<std::string>& args, const fs::path& errFile) {
  const auto quote = [](const std::string& s) {
    std::string q = "'";
    for (char c : s) q += c == '\'' ? std::string("'\\''") : std::string(1, c);
    return q + "'";
  };
  std::string command;
  for (const auto& a : args) command += quote(a) + " ";
  command += "2>" + quote(errFile.string()) + " </dev/null";
  ToolRun run;
  FILE* pipe = popen(command.c_str(), "r");
  if (pipe == nullptr) return run;
  char buf[4096];
  while (const auto n = fread(buf, 1, sizeof buf, pipe)) run.output.append(buf, n);
  const int status = pclose(pipe);
  run.exitCode = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
  return run;
}

// The demo exit lane's settings (app/pos/demo/exit-lane.json) pointed at this test's server, scale
// port, prompt folder and the build's simulator scripts.
void writeSettings(const fs::path& dir, std::uint16_t serverPort) {
  std::ifstream demo(fs::path(POS_SOURCE_DIR) / "app/pos/demo/exit-lane.json");
  auto root = Poco::JSON::Parser().parse(demo).extract<Poco::JSON::Object::Ptr>();
  const auto scale = (dir / "scale").string();
  root->getObject("lane")->set("data_dir", (dir / "data").string());
  root->getObject("printer")->set("connection", "file:" + (dir / "receipts.bin").string());
  auto server = root->getObject("server");
  server->set("url", "http://127.0.0.1:" + std::to_string(serverPort));
  server->set("poll_seconds", 1);  // the queued exit result reaches the server within the wait
  auto seed = root->getObject("demo");
  seed->set("catalog", std::string(POS_SOURCE_DIR) + "/app/pos/demo/catalog.csv");
  seed->set("promotions", std::string(POS_SOURCE_DIR) + "/app/pos/demo/promotions.json");
  auto plugins = root->getObject("plugins");
  plugins->remove("paths");  // the Runtime is given the build's plugin folder
  plugins->getObject("weighing")->set("scale", "serial:" + scale);
  auto devices = root->getObject("devices");
  devices->getArray("serial")->getObject(0)->set("path", scale);
  auto simulators = devices->getArray("simulators");
  for (std::size_t i = 0; i < simulators->size(); ++i) {
    auto sim = simulators->getObject(static_cast<unsigned>(i));
    const auto script = fs::path(sim->getValue<std::string>("script")).filename();
    sim->set("script", (fs::path(POS_PLUGIN_DIR) / "weighing" / script).string());
    if (auto params = sim->getObject("params"); params && params->has("dir")) params->set("dir", (dir / "prompts").string());
  }
  std::ofstream out(dir / "exit-lane.json");
  root->stringify(out, 2);
}

class ExitLaneEndToEnd : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = test::freshTempDir("pos-exit-e2e");
    fs::create_directories(dir_ / "prompts");
    server_ = std::make_unique<postest::ServerProcess>(
        std::vector<std::string>{"--db", serverDb().string(), "--plugins", POS_PLUGIN_DIR, "--state-dir",
                                 (dir_ / "server-state").string()},
        dir_ / "server.log");
    writeSettings(dir_, server_->port());
    // 8N1 with the parity in the eighth bit, as the driver allows: a pseudo-terminal takes 7E1 line
    // settings only on its first open, and the lane opens the port twice (probe, then claim).
    ASSERT_TRUE(scale_.start(dir_ / "scale")) << "cannot open a pseudo-terminal";

    // The store: its catalog, the handheld and the exit lane enrolled with one-time codes.
    const auto published = posctl({"server", "publish-catalog", std::string(POS_SOURCE_DIR) + "/app/pos/demo/catalog.csv",
                                   "--admin-code", enrolCode({"--role", "admin"})});
    ASSERT_EQ(published.exitCode, 0) << published.output;
    const auto handheld = runHandheld({"enrol", enrolCode({"--role", "kiosk"})});
    ASSERT_EQ(handheld.exitCode, 0) << handheld.output << postest::readFile(dir_ / "tool.err");
    const auto lane = posctl({"server", "enrol", enrolCode({"--role", "lane", "--lane", "X01"})});
    ASSERT_EQ(lane.exitCode, 0) << lane.output;

    startLane();
  }
  void TearDown() override {
    if (frame_) {
      frame_->Close(true);
      EXPECT_TRUE(pumpUntil([&] { return runtime_ == nullptr; }, kDeadline)) << "the frame did not close";
    }
    scale_.stop();
    if (HasFailure() && server_) std::cerr << "pos-server's log:\n" << server_->log();
    server_.reset();
    fs::remove_all(dir_);
  }

  fs::path serverDb() const { return dir_ / "server.db"; }

  std::string enrolCode(std::vector<std::string> roleAndLane) {
    std::vector<std::string> args{POS_SERVER_PATH, "enrol-code", "--db", serverDb().string(), "--store", "S001"};
    args.insert(args.end(), roleAndLane.begin(), roleAndLane.end());
    auto run = runProgram(args, dir_ / "tool.err");
    EXPECT_EQ(run.exitCode, 0) << postest::readFile(dir_ / "tool.err");
    while (!run.output.empty() && std::isspace(static_cast<unsigned char>(run.output.back()))) run.output.pop_back();
    return run.output;
  }
  postest::PosctlRun posctl(std::vector<std::string> args) {
    args.insert(args.begin(), {"--config", (dir_ / "exit-lane.json").string()});
    return postest::runPosctl(args, "", dir_);
  }
  ToolRun runHandheld(const std::vector<std::string>& args) {
    std::vector<std::string> all{POS_WEIGHING_HANDHELD_PATH, "--server", "http://127.0.0.1:" + std::to_string(server_->port()),
                                 "--credential", (dir_ / "handheld.credential").string()};
    all.insert(all.end(), args.begin(), args.end());
    return runProgram(all, dir_ / "tool.err");
  }

  struct Order {
    std::int64_t id = 0;
    std::string qr;
  };
  // The handheld shops and pays; its output names the order's id ("order N: ...") and ends with
  // the exit pass ("QR <payload>").
  Order shop(const std::vector<std::string>& items) {
    std::vector<std::string> args{"shop"};
    for (const auto& item : items) args.insert(args.end(), {"--item", item});
    args.push_back("--pay");
    const auto run = runHandheld(args);
    EXPECT_EQ(run.exitCode, 0) << run.output << postest::readFile(dir_ / "tool.err");
    Order order;
    const auto at = run.output.find("order ");
    const auto qr = run.output.rfind("\nQR ");
    if (at == std::string::npos || qr == std::string::npos) {
      ADD_FAILURE() << "no order id or QR in the handheld's output:\n" << run.output;
      return order;
    }
    order.id = std::stoll(run.output.substr(at + 6));
    order.qr = run.output.substr(qr + 4, run.output.find('\n', qr + 4) - qr - 4);
    return order;
  }
  // The order as the server has it now, read with the handheld's own credential.
  std::string serverStatusOf(std::int64_t orderId) {
    std::string token = postest::readFile(dir_ / "handheld.credential");
    token = token.substr(0, token.find('\n'));
    postest::RestClient client(server_->port(), token);
    const auto answer = client.get("/api/v1/plugins/weighing/orders/" + std::to_string(orderId));
    if (answer.status != 200) return "HTTP " + std::to_string(answer.status) + " " + answer.body;
    return answer.json()->getValue<std::string>("status");
  }

  void startLane() {
    poscore::RuntimeOptions options;
    options.configFile = dir_ / "exit-lane.json";
    options.dataDir = dir_ / "data";
    options.localeDir = POS_LOCALE_DIR;
    options.pluginRoots = {POS_PLUGIN_DIR};
    options.mode = "self-checkout";
    dispatcher_ = std::make_unique<WxDispatcher>(*wxTheApp);
    runtime_ = std::make_unique<poscore::Runtime>(options, *dispatcher_, model_);
    runtime_->start();
    for (const auto& p : runtime_->plugins().plugins()) {
      if (p.id == "weighing") {
        ASSERT_EQ(p.state, poscore::PluginState::Running) << p.error;
      }
    }
    layout_.themes = POS_THEMES_DIR;
    layout_.locale = POS_LOCALE_DIR;
    FrameSettings settings;
    settings.mode = Mode::SelfCheckout;
    settings.size = wxSize(1024, 720);
    // The simulator waits for each key to be taken before the next (about 60 ms apart here), and an
    // exit pass is some 200 characters: the gap leaves room for a loaded machine.
    settings.wedge.maxGap = 300ms;
    settings.wedge.minLength = 8;
    frame_ = new MainFrame(*runtime_, model_, layout_, settings);
    frame_->Move(0, 0);
    // As the shell builds a self-checkout lane: the counter and the customer's session beneath the
    // plugin's exit screen.
    counter_ = std::make_unique<CounterHost>(*runtime_);
    ASSERT_NE(counter_->session(), nullptr) << counter_->problem();
    selfCheckout_ = std::make_unique<SelfCheckoutHost>(*runtime_, *dispatcher_, *counter_->session());
    ASSERT_NE(selfCheckout_->session(), nullptr) << selfCheckout_->problem();
    frame_->onClosing([this] {
      selfCheckout_.reset();
      counter_.reset();
      dispatcher_->close();
      runtime_.reset();
    });
    frame_->setCounterSession(counter_->session());
    frame_->setSelfCheckoutSession(selfCheckout_->session());
    frame_->Show();
    frame_->Raise();
    ASSERT_TRUE(pumpUntil([&] { return has("qr"); }, kDeadline)) << "the exit screen did not show: " << shownId();
  }

  std::string shownId() const { return frame_->shownScreen() ? frame_->shownScreen()->id : "(none)"; }
  // The exit screen's element `id`, when it shows.
  const possdk::Element* element(const std::string& id) const {
    const auto* screen = frame_->shownScreen();
    if (screen == nullptr || screen->id != "weighing-exit") return nullptr;
    for (const auto& e : screen->elements) {
      if (e.id == id) return &e;
    }
    return nullptr;
  }
  bool has(const std::string& id) const { return element(id) != nullptr; }
  bool resultIs(possdk::AlertLevel level) const {
    const auto* result = element("result");
    return result != nullptr && result->kind == possdk::ElementKind::Alert && result->level == level;
  }
  std::string describeScreen() const {
    std::string text = shownId() + ":";
    if (const auto* screen = frame_->shownScreen()) {
      for (const auto& e : screen->elements) text += " [" + e.id + "] " + e.text;
    }
    return text;
  }

  // A keyboard-wedge scanner: the whole code in one fast burst of keys, ended by Enter.
  void scan(const std::string& code) {
    frame_->Raise();
    sim_.Text(code.c_str());
    sim_.Char(WXK_RETURN);
  }
  void put(std::int64_t grams) {
    scale_.update([grams](weighing::ToledoSimulator& s) { s.setGrams(grams); });
  }
  // The prompt files, "<n>-<lang>.wav", by n: the order they were spoken in.
  std::map<int, std::string> prompts() const {
    std::map<int, std::string> files;
    for (const auto& f : fs::directory_iterator(dir_ / "prompts")) {
      const auto name = f.path().filename().string();
      files.emplace(std::stoi(name), name);
    }
    return files;
  }
  // The prompt files added since `before`, each checked to be a RIFF WAVE file with sound in it.
  std::vector<std::string> newPrompts(const std::map<int, std::string>& before) const {
    std::vector<std::string> added;
    for (const auto& [n, name] : prompts()) {
      if (before.count(n)) continue;
      const auto bytes = postest::readFile(dir_ / "prompts" / name);
      EXPECT_GT(bytes.size(), 44u + 1000u) << name << " holds no speech";
      EXPECT_EQ(bytes.substr(0, 4), "RIFF") << name;
      EXPECT_EQ(bytes.substr(8, 4), "WAVE") << name;
      added.push_back(name.substr(name.find('-') + 1));  // "<n>-zh.wav" -> "zh.wav"
    }
    return added;
  }
  bool awaitPrompts(const std::map<int, std::string>& before, std::size_t count) {
    return pumpUntil([&] { return prompts().size() >= before.size() + count; }, kDeadline);
  }
  void screenshot(const std::string& file) {
    pumpFor(300ms);  // the new screen painted
    fs::create_directories(POS_GUI_SCREENSHOT_DIR);
    ASSERT_TRUE(savePng(captureFrame(*frame_), fs::path(POS_GUI_SCREENSHOT_DIR) / file).isOk());
  }

  fs::path dir_;
  std::unique_ptr<postest::ServerProcess> server_;
  weighing::ToledoPty scale_{weighing::ToledoSimulator{}};
  PluginUiModel model_;
  std::unique_ptr<WxDispatcher> dispatcher_;
  std::unique_ptr<poscore::Runtime> runtime_;
  std::unique_ptr<CounterHost> counter_;
  std::unique_ptr<SelfCheckoutHost> selfCheckout_;
  poscore::Layout layout_;
  MainFrame* frame_ = nullptr;
  wxUIActionSimulator sim_;
};

TEST_F(ExitLaneEndToEnd, APaidOrderPassesAndABagWithAnExtraItemAlarms) {
  // 1. Two cans and a peach water, paid on the handheld; the bag weighs what the catalog says.
  const auto paid = shop({std::string(kColaCan) + "x2", kSparkling});
  ASSERT_FALSE(paid.qr.empty());
  EXPECT_EQ(serverStatusOf(paid.id), "paid");
  scan(paid.qr);
  ASSERT_TRUE(pumpUntil([&] { return has("gauge"); }, kDeadline)) << "no weighing stage: " << describeScreen();
  const auto beforePass = prompts();
  put(2 * kColaG + kSparklingG);
  // The pass screen holds for 4 s only: caught at once, photographed at once.
  ASSERT_TRUE(pumpUntil([&] { return resultIs(possdk::AlertLevel::Success); }, kDeadline)) << describeScreen();
  EXPECT_FALSE(has("notice")) << "the EAS deactivator did not take the pulse: " << describeScreen();
  EXPECT_FALSE(has("devices")) << "an optional device is missing: " << describeScreen();
  screenshot("exit-e2e-1-pass.png");
  EXPECT_TRUE(resultIs(possdk::AlertLevel::Success)) << "the photo shows the pass screen: " << describeScreen();
  ASSERT_TRUE(awaitPrompts(beforePass, 2)) << "the thank-you was not spoken";
  EXPECT_EQ(newPrompts(beforePass), (std::vector<std::string>{"zh.wav", "en.wav"})) << "Chinese first, then English";
  EXPECT_TRUE(pumpUntil([&] { return serverStatusOf(paid.id) == "exited"; }, kDeadline))
      << "the server has the order as " << serverStatusOf(paid.id);

  // 2. One can and a peach water paid, and an unpaid can in the bag as well.
  put(0);
  const auto cheated = shop({kColaCan, kSparkling});
  ASSERT_FALSE(cheated.qr.empty());
  ASSERT_TRUE(pumpUntil([&] { return has("qr"); }, kDeadline)) << "not back to scanning: " << describeScreen();
  scan(cheated.qr);
  ASSERT_TRUE(pumpUntil([&] { return has("gauge"); }, kDeadline)) << "no weighing stage: " << describeScreen();
  const auto beforeAlarm = prompts();
  put(kColaG + kSparklingG + kExtraItemG);
  ASSERT_TRUE(pumpUntil([&] { return resultIs(possdk::AlertLevel::Error) && has("attendant"); }, kDeadline))
      << describeScreen();
  ASSERT_NE(element("measured"), nullptr);
  EXPECT_NE(element("measured")->text.find(std::to_string(kColaG + kSparklingG + kExtraItemG) + " g"), std::string::npos)
      << element("measured")->text;
  screenshot("exit-e2e-2-alarm.png");
  ASSERT_TRUE(awaitPrompts(beforeAlarm, 2)) << "the alarm was not spoken";
  EXPECT_EQ(newPrompts(beforeAlarm), (std::vector<std::string>{"zh.wav", "en.wav"}));
  EXPECT_TRUE(resultIs(possdk::AlertLevel::Error)) << "the alarm stays until an attendant decides: " << describeScreen();
  // Only pass and approved are posted: nothing waits to be sent, and the server still has it paid.
  EXPECT_EQ(runtime_->outbox().backlog(), 0u);
  EXPECT_EQ(serverStatusOf(cheated.id), "paid") << "an alarm lets nobody out";
}

}  // namespace
}  // namespace pos
