#pragma once
#include <cstdint>
#include <string>

#include "possdk/status.hpp"

#include "src/exit/exit_ports.hpp"

// The exit lane's BasketJudge on the plugin's tolerance model, with the lane's bag tare.
namespace weighing::exit {

class ToleranceJudge final : public BasketJudge {
 public:
  ToleranceJudge(ToleranceSettings settings, std::int64_t tareMg, std::int64_t tareSpreadMg)
      : settings_(settings), tareMg_(tareMg), tareSpreadMg_(tareSpreadMg) {}
  Expectation expect(std::span<const ItemWeight> items) override;
  Judgement judge(const Expectation& expectation, std::int64_t measuredMg) override;
  std::int64_t bagTareMg() const override { return tareMg_; }

 private:
  ToleranceSettings settings_;
  std::int64_t tareMg_;
  std::int64_t tareSpreadMg_;
};

// The model's settings for plugins.weighing.strictness ("strict", "normal", "lenient" or a number).
possdk::Result<ToleranceSettings> toleranceSettings(const std::string& strictness);

}  // namespace weighing::exit
