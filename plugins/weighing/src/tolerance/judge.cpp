#include "src/tolerance/grams.hpp"
#include "src/tolerance/tolerance_model.hpp"

namespace weighing {

namespace {

std::string unknownReason(const std::vector<std::string>& skus) {
  std::string list;
  for (const auto& sku : skus) list += (list.empty() ? "" : ", ") + sku;
  return "no known weight for " + list + "; the attendant checks the bag";
}

}  // namespace

Judgement judge(const Expectation& expectation, std::int64_t measuredMg) {
  if (!expectation.band) return {Verdict::Attendant, 0, unknownReason(expectation.unknownSkus)};
  const auto& band = *expectation.band;
  const auto difference = measuredMg - band.expectedMg;
  const auto range = " (expected " + gramsText(band.expectedMg) + ", allowed " + gramsText(band.minMg) + " to " +
                     gramsText(band.maxMg) + ")";
  if (measuredMg < band.minMg) {
    return {Verdict::Alarm, difference, "the bag weighs " + gramsText(-difference) + " less than expected" + range};
  }
  if (measuredMg > band.maxMg) {
    return {Verdict::Alarm, difference, "the bag weighs " + gramsText(difference) + " more than expected" + range};
  }
  return {Verdict::Pass, difference, "the bag weighs " + gramsText(measuredMg) + range};
}

}  // namespace weighing
