#pragma once
#include <cstdint>
#include <string>

#include "possdk/settings.hpp"
#include "possdk/status.hpp"
#include "src/exit/exit_lane.hpp"

// The plugin's settings (plugins.weighing.*, docs/weighing.md), read and checked once at start.
namespace weighing {

struct WeighingSettings {
  std::string role;  // "", "exit" or "bagging"
  std::string scale, easDeactivator, easGate, sound;  // device ids; empty when not configured
  std::string strictness = "normal";
  exit::ExitTimings timings;
  std::int64_t bagTareMg = 0;
  std::int64_t bagTareSpreadMg = 0;
};

// A failure names the key, what it holds and what it may hold.
possdk::Result<WeighingSettings> readWeighingSettings(const possdk::Settings& settings);

}  // namespace weighing
