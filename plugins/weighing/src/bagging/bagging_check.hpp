#pragma once
#include <chrono>
#include <cstdint>
#include <functional>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "driver/scale_reading.hpp"
#include "possdk/clock.hpp"
#include "possdk/i18n.hpp"
#include "src/bagging/bag_target.hpp"
#include "src/bagging/bagging_payload.hpp"
#include "src/bagging/sale_event.hpp"
#include "src/tolerance/tolerance_model.hpp"

// The bagging-area checks at a self-checkout lane: every scanned item must arrive in the bag,
// nothing unscanned may, and nothing may leave it (docs/weighing.md, weighing.bagging).
namespace weighing {

struct BaggingSettings {
  ToleranceSettings tolerance;  // resolutionMg is replaced by what the scale reports, when it does
  std::chrono::milliseconds settleTimeout{8000};
};

// One unit's weight as it arrived in the bag, for the item statistics.
struct LearnedSample {
  std::string sku;
  std::int64_t mg = 0;
  bool approved = false;  // the attendant accepted it; otherwise it passed the band
};

// Learned stats of an item, or nullopt when the lane has none.
using LearnedStats = std::function<std::optional<WeightStats>(const std::string& sku)>;

// Fed with the host's sale events, the bagging scale's readings and timer calls; each feed answers
// the weighing.bagging payload to publish when what it says changed. Only stable and zero readings
// are judged; over, under and not ready count as motion, offline and fault as scale_offline. Not thread-safe: feed it from
// the UI thread, where the host delivers events and runs Host::schedule's work.
class BaggingCheck {
 public:
  BaggingCheck(const possdk::Clock& clock, const possdk::Translator& translator, BaggingSettings settings,
               LearnedStats learned = {});

  std::optional<std::string> onEvent(const SaleEvent& event);
  std::optional<std::string> onReading(const ScaleReading& reading);
  // Call once the deadline has passed (Host::schedule): a scanned item that has not arrived by
  // then is not_bagged, or needs the attendant when the weight never settled.
  std::optional<std::string> onTimer();

  std::optional<std::chrono::steady_clock::time_point> deadline() const { return deadline_; }
  BaggingState state() const { return state_; }
  // The samples learned since the last call, to store and send (POST /weights/samples).
  std::vector<LearnedSample> takeSamples();

 private:
  struct Line {
    ItemWeight item;           // quantity: as the sale now has it
    std::int64_t bagged = 0;   // units accepted in the bag
    bool byWeight = false;     // weighed at the counter: its weight is not a unit's
  };

  void startSale(const std::string& saleId);
  void endSale();
  void updateLine(const SaleLine& line);
  void voidLine(std::int64_t lineNo);
  void approve();
  void judge();
  void judgePending(std::int64_t weightMg);
  void judgeAtRest(std::int64_t weightMg);
  void accept(std::int64_t weightMg, bool approved);
  void armDeadline();
  void setState(BaggingState state, const char* message);
  bool hasPending() const;
  bool removalPending() const;  // a line has fewer units than were bagged
  bool approvable(std::int64_t weightMg) const;
  const Line* singleArrivedUnit() const;  // the one line that gained exactly one unit, if so
  std::vector<PendingItem> pending() const;
  Expectation target() const;  // what the bag should weigh once the pending items arrived or left
  Band restBand() const;        // the accepted weight, within what the scale's noise allows
  std::optional<std::string> publish();
  std::optional<std::string> apply(const LineAdded& e);
  std::optional<std::string> apply(const LineChanged& e);
  std::optional<std::string> apply(const LineVoided& e);
  std::optional<std::string> apply(const SaleEnded& e);
  std::optional<std::string> apply(const AttendantApproved& e);

  const possdk::Clock& clock_;
  const possdk::Translator& translator_;
  BaggingSettings settings_;
  LearnedStats learned_;

  std::string saleId_;
  std::map<std::int64_t, Line> lines_;
  std::int64_t lastLineNo_ = 0;
  std::int64_t acceptedMg_ = 0;             // what the bagging area was last accepted to weigh
  std::optional<std::int64_t> settledMg_;   // the last stable reading, nullopt while in motion
  std::int64_t lastSettledMg_ = 0;
  bool acceptOnSettle_ = false;             // approved while the weight was in motion
  BaggingState state_ = BaggingState::Idle;
  const char* message_ = "";                // an English msgid, translated when published
  BaggingState beforeOffline_ = BaggingState::Idle;
  const char* messageBeforeOffline_ = "";
  std::optional<std::chrono::steady_clock::time_point> deadline_;
  std::vector<LearnedSample> samples_;
  std::string published_;
};

}  // namespace weighing
