#pragma once
#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <vector>

// How much a bag of known items may weigh. The band is documented in README.md ("The tolerance
// model"); keep the two in step. Weights are integer milligrams at every edge; the statistics
// inside (mean, spread) are real numbers, since a spread is not an amount of anything.
namespace weighing {

// Running mean and spread of one item's weight (Welford), learned only from passed or
// attendant-approved checks (never from an alarm nobody resolved).
struct WeightStats {
  std::int64_t count = 0;
  double meanMg = 0;
  double m2 = 0;  // sum of squared differences from the mean

  void add(std::int64_t mg);
  double spreadMg() const;  // sample standard deviation; 0 below two samples
};

// One line of a basket: how many, and what is known about one of them.
struct ItemWeight {
  std::string sku;
  std::int64_t quantity = 1;
  std::optional<WeightStats> learned;  // from the server or the lane's own checks
  std::int64_t catalogMg = 0;          // the catalog's expected weight, 0 when unknown
  std::int64_t catalogSpreadMg = 0;    // the catalog's spread, 0 when unknown
};

struct ToleranceSettings {
  // How many standard deviations the band reaches either side: "strict" 2.5, "normal" 3.0,
  // "lenient" 4.0, or any number from 1 to 6 (settings key plugins.weighing.strictness).
  double strictness = 3.0;
  std::int64_t resolutionMg = 2000;       // one scale division
  std::int64_t minSamples = 5;            // learned stats count only from this many passes on
  double catalogRelativeSpread = 0.05;    // a catalog weight's own error, and its spread when it gives none
  std::int64_t minItemSpreadMg = 1000;    // no item is trusted to weigh more exactly than this
  // A learned spread counts as if this many more samples had shown the prior spread (the
  // catalog's, or catalogRelativeSpread of the mean): a few lucky samples must not narrow the band.
  std::int64_t priorSamples = 4;
  std::int64_t floorMg = 5000;            // the band is never narrower than this either side
};

struct Band {
  std::int64_t expectedMg = 0;
  std::int64_t minMg = 0;
  std::int64_t maxMg = 0;
  double spreadMg = 0;  // the basket's standard deviation, scale and tare included
};

// The band for a basket, or the items nobody knows the weight of (they go to the attendant
// instead of passing silently).
struct Expectation {
  std::optional<Band> band;
  std::vector<std::string> unknownSkus;
};

// tareMg and tareSpreadMg: what the bag itself weighs, and how much that varies.
//
// Each line's unit weight comes from its learned stats once they rest on minSamples weighings,
// otherwise from the catalog. The unit spread s is the catalog's (catalogSpreadMg, or
// catalogRelativeSpread of the weight when the catalog gives none) unless at least two weighings
// were learned: then the sample variance pooled with priorSamples samples at the catalog spread,
// times t / strictness, with t Student's quantile for (count - 1 + priorSamples) degrees of freedom
// at the normal tail beyond strictness (a spread from few samples is often far too small). No s is
// taken below minItemSpreadMg. The mean's own error e is s / sqrt(count) for a learned mean and
// catalogRelativeSpread of the weight for a catalog one. Then
//   expected = tare + sum(q * mean)
//   variance = sum(q * s^2 + q^2 * e^2) + tareSpread^2 + resolution^2 / 12
// (the mean's error repeats in every unit of a line, hence q^2). The band is expected -/+ half,
//   half = max(ceil(strictness * sqrt(variance)), floor) + resolution.
// A line with neither enough learned stats nor a catalog weight, or without a positive quantity,
// makes unknownSkus instead of a band.

Expectation expectedBand(std::span<const ItemWeight> items, std::int64_t tareMg, std::int64_t tareSpreadMg,
                         const ToleranceSettings& settings);

enum class Verdict { Pass, Alarm, Attendant };

struct Judgement {
  Verdict verdict = Verdict::Attendant;
  std::int64_t differenceMg = 0;  // measured minus expected; 0 without a band
  std::string reason;             // English, for the audit log and the attendant's screen
};

Judgement judge(const Expectation& expectation, std::int64_t measuredMg);

// "strict", "normal", "lenient" or a number in [1, 6]; nullopt otherwise.
std::optional<double> parseStrictness(const std::string& text);

}  // namespace weighing
