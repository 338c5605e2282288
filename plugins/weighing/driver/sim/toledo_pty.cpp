#include "driver/sim/toledo_pty.hpp"

#include <fcntl.h>
#include <poll.h>
#include <termios.h>
#include <unistd.h>

#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <system_error>

namespace weighing {

ToledoPty::ToledoPty(ToledoSimulator simulator) : simulator_(std::move(simulator)) {}

ToledoPty::~ToledoPty() { stop(); }

possdk::Status ToledoPty::start(const std::filesystem::path& link) {
  stop();
  master_ = posix_openpt(O_RDWR | O_NOCTTY | O_CLOEXEC);
  if (master_ < 0 || grantpt(master_) != 0 || unlockpt(master_) != 0) {
    const int error = errno;
    stop();
    return possdk::Status::fail(std::string("cannot open a pseudo-terminal: ") + std::strerror(error));
  }
  char name[128] = {};
  if (ptsname_r(master_, name, sizeof name) != 0) {
    stop();
    return possdk::Status::fail("cannot name the pseudo-terminal's slave");
  }
  slavePath_ = name;
  slave_ = ::open(name, O_RDWR | O_NOCTTY | O_CLOEXEC);
  termios tio{};
  if (slave_ < 0 || tcgetattr(slave_, &tio) != 0) {
    stop();
    return possdk::Status::fail("cannot open the pseudo-terminal's slave " + slavePath_);
  }
  cfmakeraw(&tio);  // no echo of replies back into the simulator before the host sets the line up
  tcsetattr(slave_, TCSANOW, &tio);
  if (!link.empty()) {
    std::error_code ec;
    std::filesystem::remove(link, ec);
    std::filesystem::create_symlink(slavePath_, link, ec);
    if (ec) {
      stop();
      return possdk::Status::fail("cannot link " + link.string() + " to " + name + ": " + ec.message());
    }
  }
  running_ = true;
  server_ = std::thread([this] { serve(); });
  return possdk::Status::ok();
}

void ToledoPty::stop() {
  running_ = false;
  if (server_.joinable()) server_.join();
  if (slave_ >= 0) ::close(slave_);
  if (master_ >= 0) ::close(master_);
  slave_ = master_ = -1;
}

void ToledoPty::update(const std::function<void(ToledoSimulator&)>& change) {
  std::lock_guard lock(mutex_);
  change(simulator_);
}

void ToledoPty::serve() {
  char buf[64];
  while (running_) {
    pollfd p{master_, POLLIN, 0};
    if (::poll(&p, 1, 50) != 1 || !(p.revents & POLLIN)) continue;
    const ssize_t n = ::read(master_, buf, sizeof buf);
    if (n <= 0) continue;
    std::string replies;
    {
      std::lock_guard lock(mutex_);
      replies = simulator_.receive({buf, static_cast<std::size_t>(n)});
    }
    std::size_t done = 0;
    while (done < replies.size()) {
      const ssize_t w = ::write(master_, replies.data() + done, replies.size() - done);
      if (w <= 0) break;
      done += static_cast<std::size_t>(w);
    }
  }
}

}  // namespace weighing
