#include "src/bagging/bagging_check.hpp"

#include <utility>
#include <variant>

#include "server/item_weights.hpp"

namespace weighing {

namespace {

constexpr const char* kPlaceItem = "Place the item in the bagging area.";
constexpr const char* kScanNext = "Scan your next item or pay.";
constexpr const char* kUnexpected = "Unexpected item in the bagging area. Take it out, or scan it.";
constexpr const char* kNotBagged = "Please place the scanned item in the bagging area.";
constexpr const char* kDifferent =
    "The weight in the bagging area does not match your items. Check the bag, or call an attendant.";
constexpr const char* kRemoved = "An item was taken out of the bagging area. Put it back, or call an attendant.";
constexpr const char* kUnknownItem = "An attendant will check this item. Please wait.";
constexpr const char* kNeverSettles = "The bagging area does not keep still. Please wait for an attendant.";
constexpr const char* kOffline = "The bagging scale is not working. Please wait for an attendant.";

bool settled(ScaleStatus status) { return status == ScaleStatus::Stable || status == ScaleStatus::Zero; }
bool gone(ScaleStatus status) { return status == ScaleStatus::Offline || status == ScaleStatus::Fault; }

}  // namespace

BaggingCheck::BaggingCheck(const possdk::Clock& clock, const possdk::Translator& translator, BaggingSettings settings,
                           LearnedStats learned)
    : clock_(clock), translator_(translator), settings_(settings), learned_(std::move(learned)) {}

std::optional<std::string> BaggingCheck::onEvent(const SaleEvent& event) {
  return std::visit([this](const auto& e) { return apply(e); }, event);
}

std::optional<std::string> BaggingCheck::apply(const LineAdded& e) {
  if (e.saleId != saleId_) startSale(e.saleId);
  updateLine(e);
  judge();
  return publish();
}

std::optional<std::string> BaggingCheck::apply(const LineChanged& e) { return apply(LineAdded{e}); }

std::optional<std::string> BaggingCheck::apply(const LineVoided& e) {
  if (e.saleId != saleId_) return std::nullopt;
  voidLine(e.lineNo);
  judge();
  return publish();
}

std::optional<std::string> BaggingCheck::apply(const SaleEnded& e) {
  if (e.saleId != saleId_) return std::nullopt;
  endSale();
  return publish();
}

std::optional<std::string> BaggingCheck::apply(const AttendantApproved&) {
  approve();
  return publish();
}

std::optional<std::string> BaggingCheck::onReading(const ScaleReading& shown) {
  const auto reading = grossOnly(shown);
  if (reading.resolutionMg > 0) settings_.tolerance.resolutionMg = reading.resolutionMg;
  if (gone(reading.status)) {
    if (state_ != BaggingState::ScaleOffline) {
      beforeOffline_ = state_;
      messageBeforeOffline_ = message_;
      setState(BaggingState::ScaleOffline, kOffline);
    }
    deadline_.reset();
    settledMg_.reset();
    return publish();
  }
  if (state_ == BaggingState::ScaleOffline) {
    setState(beforeOffline_, messageBeforeOffline_);
    // The customer could not bag while the scale was away: a fresh settle time.
    if (hasPending()) armDeadline();
  }
  if (settled(reading.status)) {
    settledMg_ = reading.milligrams;
    lastSettledMg_ = reading.milligrams;
    if (saleId_.empty()) acceptedMg_ = reading.milligrams;
  } else {
    settledMg_.reset();
  }
  judge();
  return publish();
}

std::optional<std::string> BaggingCheck::onTimer() {
  if (!deadline_ || clock_.monotonic() < *deadline_) return std::nullopt;
  deadline_.reset();
  if (state_ == BaggingState::Expecting) {
    if (settledMg_) {
      setState(BaggingState::NotBagged, kNotBagged);
    } else {
      setState(BaggingState::NeedsAttendant, kNeverSettles);
    }
  }
  return publish();
}

std::vector<LearnedSample> BaggingCheck::takeSamples() { return std::exchange(samples_, {}); }

void BaggingCheck::startSale(const std::string& saleId) {
  saleId_ = saleId;
  lines_.clear();
  acceptOnSettle_ = false;
  acceptedMg_ = settledMg_.value_or(lastSettledMg_);
}

void BaggingCheck::endSale() {
  saleId_.clear();
  lines_.clear();
  lastLineNo_ = 0;
  deadline_.reset();
  acceptOnSettle_ = false;
  acceptedMg_ = settledMg_.value_or(lastSettledMg_);
  if (state_ == BaggingState::ScaleOffline) {
    beforeOffline_ = BaggingState::Idle;
    messageBeforeOffline_ = "";
  } else {
    setState(BaggingState::Idle, "");
  }
}

void BaggingCheck::updateLine(const SaleLine& sale) {
  auto& line = lines_[sale.lineNo];
  line.item.sku = sale.sku;
  line.item.quantity = sale.quantity;
  line.byWeight = sale.weightGrams > 0;
  if (line.byWeight) {
    // Weighed at the counter: that weight, as exact as a reading.
    line.item.catalogMg = sale.weightGrams * 1000;
    line.item.catalogSpreadMg = settings_.tolerance.resolutionMg;
    line.item.learned.reset();
  } else {
    line.item.catalogMg = sale.expectedGrams * 1000;
    line.item.catalogSpreadMg = sale.spreadGrams * 1000;
    line.item.learned = learned_ ? learned_(sale.sku) : std::nullopt;
  }
  lastLineNo_ = sale.lineNo;
  if (hasPending()) armDeadline();
}

void BaggingCheck::voidLine(std::int64_t lineNo) {
  const auto found = lines_.find(lineNo);
  if (found == lines_.end()) return;
  found->second.item.quantity = 0;
  if (found->second.bagged == 0) lines_.erase(found);
  lastLineNo_ = lineNo;
  if (hasPending()) armDeadline();
}

void BaggingCheck::approve() {
  if (saleId_.empty() || state_ == BaggingState::ScaleOffline) return;
  if (!settledMg_) {
    acceptOnSettle_ = true;
  } else if (approvable(*settledMg_)) {
    accept(*settledMg_, true);
  }
}

// Voiding a line is the attendant's approval of its removal, yet the item must still leave the
// bag: no approval accepts a weight that has not gone down while a removal is pending.
bool BaggingCheck::approvable(std::int64_t weightMg) const { return !removalPending() || weightMg < restBand().minMg; }

void BaggingCheck::judge() {
  if (saleId_.empty() || state_ == BaggingState::ScaleOffline) return;
  if (!target().band) {
    setState(BaggingState::NeedsAttendant, kUnknownItem);
    if (acceptOnSettle_ && settledMg_ && approvable(*settledMg_)) accept(*settledMg_, true);
    return;
  }
  if (!settledMg_) {
    if (hasPending() && (state_ == BaggingState::Ok || state_ == BaggingState::Idle)) {
      setState(BaggingState::Expecting, kPlaceItem);
    }
    return;
  }
  if (acceptOnSettle_ && approvable(*settledMg_)) {
    accept(*settledMg_, true);
    return;
  }
  acceptOnSettle_ = false;
  if (hasPending()) {
    judgePending(*settledMg_);
  } else {
    judgeAtRest(*settledMg_);
  }
}

void BaggingCheck::judgePending(std::int64_t weightMg) {
  const auto band = *target().band;
  if (weightMg >= band.minMg && weightMg <= band.maxMg) {
    accept(weightMg, false);
    return;
  }
  const auto rest = restBand();
  if (weightMg < rest.minMg) {
    setState(BaggingState::Mismatch, kRemoved);
  } else if (weightMg > rest.maxMg) {
    setState(BaggingState::Mismatch, kDifferent);
  } else if (state_ != BaggingState::NotBagged) {
    setState(BaggingState::Expecting, kPlaceItem);
    if (!deadline_) armDeadline();
  }
}

void BaggingCheck::judgeAtRest(std::int64_t weightMg) {
  const auto rest = restBand();
  if (weightMg > rest.maxMg) {
    setState(BaggingState::UnexpectedItem, kUnexpected);
  } else if (weightMg < rest.minMg) {
    setState(BaggingState::Mismatch, kRemoved);
  } else {
    setState(BaggingState::Ok, kScanNext);
  }
}

// A sample is one unit's weight: learned only when exactly one unit of one line (not weighed at
// the counter) arrived, and, when approved, only if something did arrive; and only within the
// range the lane's and the server's statistics take, so one odd weight never refuses a batch.
void BaggingCheck::accept(std::int64_t weightMg, bool approved) {
  const auto increase = weightMg - acceptedMg_;
  const auto rest = restBand();
  const auto* unit = singleArrivedUnit();
  const bool inRange = increase >= server::kMinSampleMg && increase <= server::kMaxSampleMg;
  if (unit && !unit->byWeight && inRange && (!approved || weightMg > rest.maxMg)) {
    samples_.push_back({unit->item.sku, increase, approved});
  }
  for (auto it = lines_.begin(); it != lines_.end();) {
    it->second.bagged = it->second.item.quantity;
    it = it->second.item.quantity == 0 ? lines_.erase(it) : std::next(it);
  }
  acceptedMg_ = weightMg;
  acceptOnSettle_ = false;
  deadline_.reset();
  setState(BaggingState::Ok, kScanNext);
}

// No settle time runs while the scale is away; it starts when readings return.
void BaggingCheck::armDeadline() {
  if (state_ != BaggingState::ScaleOffline) deadline_ = clock_.monotonic() + settings_.settleTimeout;
}

void BaggingCheck::setState(BaggingState state, const char* message) {
  state_ = state;
  message_ = message;
}

const BaggingCheck::Line* BaggingCheck::singleArrivedUnit() const {
  const Line* found = nullptr;
  for (const auto& [no, line] : lines_) {
    const auto change = line.item.quantity - line.bagged;
    if (change == 0) continue;
    if (found || change != 1) return nullptr;
    found = &line;
  }
  return found;
}

bool BaggingCheck::hasPending() const {
  for (const auto& [no, line] : lines_) {
    if (line.bagged != line.item.quantity) return true;
  }
  return false;
}

bool BaggingCheck::removalPending() const {
  for (const auto& [no, line] : lines_) {
    if (line.item.quantity < line.bagged) return true;
  }
  return false;
}

std::vector<PendingItem> BaggingCheck::pending() const {
  std::vector<PendingItem> items;
  for (const auto& [no, line] : lines_) {
    const auto change = line.item.quantity - line.bagged;
    if (change == 0) continue;
    PendingItem p{line.item, change < 0};
    p.item.quantity = change < 0 ? -change : change;
    items.push_back(std::move(p));
  }
  return items;
}

Band BaggingCheck::restBand() const { return *bagTarget(acceptedMg_, {}, settings_.tolerance).band; }

Expectation BaggingCheck::target() const { return bagTarget(acceptedMg_, pending(), settings_.tolerance); }

std::optional<std::string> BaggingCheck::publish() {
  BaggingView view;
  view.state = state_;
  view.lineNo = lastLineNo_;
  view.weightMg = lastSettledMg_;
  if (state_ != BaggingState::Idle) {
    if (const auto band = target().band) {
      view.expectedMg = band->expectedMg;
      view.minMg = band->minMg;
      view.maxMg = band->maxMg;
    }
  }
  view.message = *message_ ? translator_.tr(message_) : std::string();
  auto payload = toPayload(view);
  if (payload == published_) return std::nullopt;
  published_ = payload;
  return payload;
}

}  // namespace weighing
