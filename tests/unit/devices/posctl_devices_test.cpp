// posctl devices and posctl devices watch, run as the technician runs them.
#include <fcntl.h>
#include <poll.h>
#include <pty.h>
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <filesystem>

#include "test_support.hpp"

namespace {

using namespace devtest;
using ::testing::HasSubstr;
using ::testing::MatchesRegex;

// posctl (or another program of the suite) with its stdout on a pipe; killed and reaped if the
// test ends early.
class Posctl {
 public:
  explicit Posctl(std::vector<std::string> args, std::string program = POSCTL_PATH) {
    int fds[2];
    if (pipe2(fds, O_CLOEXEC) != 0) return;
    pid_ = fork();
    if (pid_ == 0) {
      dup2(fds[1], STDOUT_FILENO);
      dup2(fds[1], STDERR_FILENO);
      std::vector<char*> argv{program.data()};
      for (auto& a : args) argv.push_back(a.data());
      argv.push_back(nullptr);
      execv(program.c_str(), argv.data());
      _exit(127);
    }
    ::close(fds[1]);
    out_ = fds[0];
  }
  ~Posctl() {
    if (pid_ > 0) {
      kill(pid_, SIGKILL);
      waitpid(pid_, nullptr, 0);
    }
    if (out_ >= 0) ::close(out_);
  }
  Posctl(const Posctl&) = delete;
  Posctl& operator=(const Posctl&) = delete;

  // Reads output until it contains `text`; false if the output ends or the deadline passes first.
  bool waitFor(const std::string& text) {
    waitUntil([&] { return output_.find(text) != std::string::npos || !readSome(); });
    return output_.find(text) != std::string::npos;
  }
  void interrupt() const { kill(pid_, SIGINT); }
  // Reads the rest of the output and the exit code.
  int finish() {
    waitUntil([&] { return !readSome(); });
    int status = 0;
    waitpid(pid_, &status, 0);
    pid_ = -1;
    return WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
  }
  const std::string& output() const { return output_; }

 private:
  // False once the output has ended.
  bool readSome() {
    pollfd p{out_, POLLIN, 0};
    if (::poll(&p, 1, 50) <= 0) return true;
    char buf[4096];
    const ssize_t n = ::read(out_, buf, sizeof buf);
    if (n <= 0) return false;
    output_.append(buf, static_cast<std::size_t>(n));
    return true;
  }

  pid_t pid_ = -1;
  int out_ = -1;
  std::string output_;
};

class PosctlDevices : public ::testing::Test {
 protected:
  TempDir dir;
};

TEST_F(PosctlDevices, ListsASerialPortGivenOnTheCommandLine) {
  int master = -1, slave = -1;
  char name[128] = {};
  ASSERT_EQ(openpty(&master, &slave, name, nullptr, nullptr), 0);
  Posctl posctl({"--data-dir", (dir.path() / "data").string(), "--serial", name, "devices"});
  const int code = posctl.finish();
  ::close(master);
  ::close(slave);
  ASSERT_EQ(code, 0) << posctl.output();
  const auto& out = posctl.output();
  EXPECT_THAT(out, HasSubstr("ID"));
  EXPECT_THAT(out, MatchesRegex("(.|\n)*TRANSPORT +DRIVER +CLAIMANT +STATE +DESCRIPTION(.|\n)*"));
  EXPECT_THAT(out, MatchesRegex("(.|\n)*serial:" + std::string(name) + " +serial +- +- +closed(.|\n)*"));
  if (!std::filesystem::exists("/dev/bus/usb")) {
    EXPECT_THAT(out, HasSubstr("no USB: "));
  }
}

TEST_F(PosctlDevices, WatchPrintsEventsUntilInterrupted) {
  const auto plugins = std::filesystem::path(POS_PLUGIN_DIR);
  const auto script = dir.write("bell.json", R"({"repeat": true, "steps": [
      {"expect": "PING\r\n", "reply": "PONG\r\n"},
      {"after_ms": 100, "send": "PRESS\r\n"}]})");
  const auto config = dir.write("lane.json", R"({"plugins": {"paths": [")" + plugins.string() +
                                                 R"("]}, "devices": {"usb": false, "simulators": [
      {"id": "sim:hello-bell", "script": ")" + script.string() +
                                                 R"("}]}})");
  Posctl posctl({"--config", config.string(), "--data-dir", (dir.path() / "data").string(), "devices", "watch"});
  ASSERT_TRUE(posctl.waitFor("sim:hello-bell Data button.pressed")) << posctl.output();
  posctl.interrupt();
  EXPECT_EQ(posctl.finish(), 0) << posctl.output();
  EXPECT_THAT(posctl.output(), HasSubstr("watching sim:hello-bell"));
  EXPECT_THAT(posctl.output(), MatchesRegex("(.|\n)*[0-9][0-9]:[0-9][0-9]:[0-9][0-9]\\.[0-9][0-9][0-9] "
                                            "sim:hello-bell Data button\\.pressed(.|\n)*"));
}

TEST_F(PosctlDevices, WatchesASerialScaleNamedAfterWatch) {
  // The weighing plugin's Toledo 8217 driver probes the port; the simulator answers on a pty.
  const auto link = dir.path() / "scale";
  Posctl scale({"--link", link.string(), "--weight-g", "1234"}, POS_BINARY_DIR "/bin/pos-weighing-toledo-sim");
  ASSERT_TRUE(scale.waitFor("port " + link.string())) << scale.output();
  const auto config = dir.write("lane.json", R"({"plugins": {"paths": [")" + std::string(POS_PLUGIN_DIR) +
                                                 R"("]}, "devices": {"usb": false}})");
  Posctl posctl({"--config", config.string(), "--data-dir", (dir.path() / "data").string(), "devices", "watch",
                 "--serial", link.string()});
  ASSERT_TRUE(posctl.waitFor("weight.stable")) << posctl.output();
  posctl.interrupt();
  EXPECT_EQ(posctl.finish(), 0) << posctl.output();
  EXPECT_THAT(posctl.output(), HasSubstr("watching serial:" + link.string()));
  EXPECT_THAT(posctl.output(), MatchesRegex("(.|\n)*serial:" + link.string() +
                                            " Data weight\\.stable \\{[^\n]*\"grams\":1234,(.|\n)*"));
}

}  // namespace
