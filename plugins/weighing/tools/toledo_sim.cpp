// pos-weighing-toledo-sim: a Mettler Toledo 8217 scale on a pseudo-terminal, for demos and tests
// without the hardware. It prints the port to use, then reads control lines from --script and
// from standard input (weight G, motion on|off, over on|off, under on|off, sleep MS) until
// Ctrl-C or SIGTERM.
#include <CLI/CLI.hpp>
#include <csignal>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <string>
#include <thread>

#include "driver/sim/toledo_pty.hpp"

namespace {

volatile std::sig_atomic_t stopping = 0;

extern "C" void onStop(int) { stopping = 1; }

// Applies each line of `in`; a bad line is reported with its source and line number and skipped.
void play(std::istream& in, const std::string& source, weighing::ToledoPty& scale) {
  std::string line;
  for (int number = 1; !stopping && std::getline(in, line); ++number) {
    possdk::Result<std::chrono::milliseconds> wait = std::chrono::milliseconds(0);
    scale.update([&](weighing::ToledoSimulator& s) { wait = s.apply(line); });
    if (!wait) {
      std::cerr << source << ":" << number << ": " << wait.error() << std::endl;
      continue;
    }
    std::this_thread::sleep_for(wait.value());
    std::cout << "ok " << line << std::endl;
  }
}

}  // namespace

int main(int argc, char** argv) {
  CLI::App app{"Mettler Toledo 8217 scale simulator on a pseudo-terminal (9600 7E1, kilograms)"};
  std::string link;
  std::string script;
  long long grams = 0;
  long long capacity = 30000;
  app.add_option("--link", link, "Make this path a symlink to the pty's slave (the port to open)");
  app.add_option("--weight-g", grams, "Weight on the platter at the start, in grams")->check(CLI::Range(0LL, 99999LL));
  app.add_option("--capacity-g", capacity, "Capacity in grams; above it the scale says over capacity")
      ->check(CLI::Range(1LL, 99999LL));
  app.add_option("--script", script, "Control lines to play before standard input")->check(CLI::ExistingFile);
  CLI11_PARSE(app, argc, argv);

  // No SA_RESTART: a signal must end a read of standard input that is waiting for a line.
  struct sigaction action {};
  action.sa_handler = onStop;
  sigemptyset(&action.sa_mask);
  sigaction(SIGINT, &action, nullptr);
  sigaction(SIGTERM, &action, nullptr);
  weighing::ToledoPty scale(weighing::ToledoSimulator(grams, capacity));
  if (auto s = scale.start(link); !s) {
    std::cerr << "pos-weighing-toledo-sim: " << s.error() << std::endl;
    return 1;
  }
  std::cout << "port " << (link.empty() ? scale.slavePath() : link) << " (" << scale.slavePath() << ")" << std::endl;
  if (!script.empty()) {
    std::ifstream in(script);
    play(in, script, scale);
  }
  play(std::cin, "stdin", scale);
  while (!stopping) std::this_thread::sleep_for(std::chrono::milliseconds(50));
  scale.stop();
  // A simulator started since then may own the link now.
  std::error_code ec;
  if (!link.empty() && std::filesystem::read_symlink(link, ec) == scale.slavePath()) std::filesystem::remove(link, ec);
  return 0;
}
