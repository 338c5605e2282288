#include "src/exit/tolerance_judge.hpp"

namespace weighing::exit {

Expectation ToleranceJudge::expect(std::span<const ItemWeight> items) {
  return expectedBand(items, tareMg_, tareSpreadMg_, settings_);
}

Judgement ToleranceJudge::judge(const Expectation& expectation, std::int64_t measuredMg) {
  return weighing::judge(expectation, measuredMg);
}

possdk::Result<ToleranceSettings> toleranceSettings(const std::string& strictness) {
  const auto deviations = parseStrictness(strictness);
  if (!deviations) {
    return possdk::Result<ToleranceSettings>::fail("plugins.weighing.strictness: '" + strictness +
                                                   "' is not a strictness; use strict, normal, lenient or a number from 1 to 6");
  }
  ToleranceSettings settings;
  settings.strictness = *deviations;
  return settings;
}

}  // namespace weighing::exit
