#pragma once
#include <sys/wait.h>

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

namespace postest {

struct PosctlRun {
  int exitCode = -1;
  std::string output;  // stdout and stderr together
};

// Runs posctl to the end with `input` on its standard input (not a terminal).
inline PosctlRun runPosctl(const std::vector<std::string>& args, const std::string& input,
                           const std::filesystem::path& scratchDir) {
  const auto inputFile = scratchDir / "posctl-stdin.txt";
  std::ofstream(inputFile, std::ios::binary) << input;
  const auto quote = [](const std::string& s) {
    std::string q = "'";
    for (char c : s) q += c == '\'' ? std::string("'\\''") : std::string(1, c);
    return q + "'";
  };
  std::string command = quote(POSCTL_PATH);
  for (const auto& a : args) command += " " + quote(a);
  command += " < " + quote(inputFile.string()) + " 2>&1";
  PosctlRun run;
  FILE* pipe = popen(command.c_str(), "r");
  if (!pipe) return run;
  char buf[4096];
  while (auto n = fread(buf, 1, sizeof buf, pipe)) run.output.append(buf, n);
  const int status = pclose(pipe);
  run.exitCode = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
  return run;
}

}  // namespace postest
