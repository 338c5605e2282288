#pragma once
#include <chrono>
#include <cstdint>
#include <filesystem>
#include <string>
#include <vector>

namespace poscore {

using Bytes = std::vector<std::uint8_t>;

// What a simulated device sends by itself: `bytes`, `after` the previous timed step (or the open).
struct SimEmission {
  std::chrono::milliseconds after{0};
  Bytes bytes;
};

// A standing answer: whenever the host has written `expect`, the device sends `reply`.
struct SimAnswer {
  Bytes expect;
  Bytes reply;
};

// A simulator script (format in docs/devices.md): timed emissions, played in order and looped
// when `repeat`, and standing answers to what the host writes.
struct SimScript {
  std::vector<SimEmission> timed;
  std::vector<SimAnswer> answers;
  bool repeat = false;
};

// Throws std::invalid_argument naming `source` (the file) and the step index, e.g.
// "bell.json: steps[2].send_hex: expected pairs of hex digits, e.g. \"1b 40\"".
SimScript parseSimScript(const std::string& jsonText, const std::string& source);
SimScript loadSimScript(const std::filesystem::path& file);

}  // namespace poscore
