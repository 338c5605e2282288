#pragma once
#include <fcntl.h>
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <cstdint>
#include <filesystem>
#include <stdexcept>
#include <string>
#include <thread>
#include <vector>

#include "temp_dir.hpp"

// pos-server (POS_SERVER_PATH) as a child process, for the tests where a process must die: its
// standard output and error go to a log file, from which the port it listens on is read.
namespace postest {

class ServerProcess {
 public:
  // Starts `pos-server --listen 127.0.0.1:0 <args>` and waits until it says where it listens.
  ServerProcess(const std::vector<std::string>& args, std::filesystem::path logFile) : logFile_(std::move(logFile)) {
    std::vector<std::string> all{POS_SERVER_PATH, "--listen", "127.0.0.1:0"};
    all.insert(all.end(), args.begin(), args.end());
    std::vector<char*> argv;
    for (auto& arg : all) argv.push_back(arg.data());
    argv.push_back(nullptr);
    pid_ = ::fork();
    if (pid_ < 0) throw std::runtime_error("cannot fork pos-server");
    if (pid_ == 0) {
      const int log = ::open(logFile_.c_str(), O_WRONLY | O_CREAT | O_APPEND, 0644);
      ::dup2(log, 1);
      ::dup2(log, 2);
      ::execv(argv[0], argv.data());
      ::_exit(127);
    }
    port_ = awaitPort();
  }
  ~ServerProcess() {
    if (pid_ > 0) {
      ::kill(pid_, SIGKILL);
      (void)wait();
    }
  }
  ServerProcess(const ServerProcess&) = delete;
  ServerProcess& operator=(const ServerProcess&) = delete;

  std::uint16_t port() const { return port_; }
  pid_t pid() const { return pid_; }
  void signal(int number) const { ::kill(pid_, number); }

  // Waits for the process to end: its exit code, or minus the signal that ended it.
  int wait() {
    int status = 0;
    ::waitpid(pid_, &status, 0);
    pid_ = -1;
    return WIFEXITED(status) ? WEXITSTATUS(status) : -WTERMSIG(status);
  }

  std::string log() const { return readFile(logFile_); }

 private:
  std::uint16_t awaitPort() {
    // Bounded: a server that neither listens nor dies within a minute is a failure, not a hang.
    const auto giveUp = std::chrono::steady_clock::now() + std::chrono::seconds(60);
    while (std::chrono::steady_clock::now() < giveUp) {
      const auto text = std::filesystem::exists(logFile_) ? readFile(logFile_) : std::string();
      const auto at = text.find("listening on ");
      const auto with = text.find(" with ", at);
      if (at != std::string::npos && with != std::string::npos) {
        const auto colon = text.rfind(':', with);
        return static_cast<std::uint16_t>(std::stoi(text.substr(colon + 1, with - colon - 1)));
      }
      int status = 0;
      if (::waitpid(pid_, &status, WNOHANG) == pid_) {
        pid_ = -1;
        throw std::runtime_error("pos-server ended before listening:\n" + text);
      }
      std::this_thread::sleep_for(std::chrono::milliseconds(20));
    }
    throw std::runtime_error("pos-server did not listen within a minute:\n" + readFile(logFile_));
  }

  std::filesystem::path logFile_;
  pid_t pid_ = -1;
  std::uint16_t port_ = 0;
};

}  // namespace postest
