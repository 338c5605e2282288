#include "pin_input.hpp"

#include <termios.h>
#include <unistd.h>

#include <iostream>

namespace posctl {
namespace {

std::optional<std::string> readLine() {
  std::string line;
  if (!std::getline(std::cin, line)) return std::nullopt;
  if (!line.empty() && line.back() == '\r') line.pop_back();
  return line;
}

// Turns terminal echo off for its lifetime, so the PIN is not shown as it is typed.
class EchoOff {
 public:
  EchoOff() : active_(tcgetattr(STDIN_FILENO, &saved_) == 0) {
    if (!active_) return;
    termios quiet = saved_;
    quiet.c_lflag &= ~static_cast<tcflag_t>(ECHO);
    tcsetattr(STDIN_FILENO, TCSANOW, &quiet);
  }
  ~EchoOff() {
    if (active_) tcsetattr(STDIN_FILENO, TCSANOW, &saved_);
  }
  EchoOff(const EchoOff&) = delete;
  EchoOff& operator=(const EchoOff&) = delete;

 private:
  termios saved_{};
  bool active_;
};

std::optional<std::string> promptHidden(const std::string& prompt) {
  std::cerr << prompt << std::flush;
  EchoOff hidden;
  auto line = readLine();
  std::cerr << "\n";
  return line;
}

}  // namespace

std::optional<std::string> readPin(const std::string& prompt, bool plain) {
  if (plain || !isatty(STDIN_FILENO)) {
    auto line = readLine();
    if (!line) std::cerr << "posctl: no PIN on standard input; pipe it in, as in: echo 1234 | posctl ...\n";
    return line;
  }
  auto first = promptHidden(prompt);
  if (!first) return std::nullopt;
  auto again = promptHidden("Again: ");
  if (!again || *again != *first) {
    std::cerr << "posctl: the two PINs differ; nothing changed\n";
    return std::nullopt;
  }
  return first;
}

}  // namespace posctl
