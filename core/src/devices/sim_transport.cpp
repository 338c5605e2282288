#include "poscore/devices/sim_transport.hpp"

#include <algorithm>
#include <stdexcept>

namespace poscore {

SimTransport::SimTransport(possdk::DeviceInfo info) : info_(std::move(info)) {}

possdk::Status SimTransport::open() {
  SimScript script;
  try {
    script = loadSimScript(info_.path);
  } catch (const std::invalid_argument& e) {
    return possdk::Status::fail(info_.id + ": " + e.what());
  }
  std::lock_guard lock(mutex_);
  script_ = std::move(script);
  open_ = true;
  next_ = 0;
  inbox_.clear();
  written_.clear();
  if (!script_.timed.empty()) nextDue_ = Clock::now() + script_.timed.front().after;
  return possdk::Status::ok();
}

void SimTransport::close() {
  {
    std::lock_guard lock(mutex_);
    open_ = false;
  }
  arrived_.notify_all();
}

bool SimTransport::isOpen() const {
  std::lock_guard lock(mutex_);
  return open_;
}

Bytes SimTransport::unmatched() const {
  std::lock_guard lock(mutex_);
  return written_;
}

possdk::Status SimTransport::write(std::span<const std::uint8_t> bytes) {
  {
    std::lock_guard lock(mutex_);
    if (!open_) return possdk::Status::fail(info_.id + ": write on a closed simulator; open() it first");
    written_.insert(written_.end(), bytes.begin(), bytes.end());
    answerWrites();
  }
  arrived_.notify_all();
  return possdk::Status::ok();
}

// Consumes every expectation found in what the host wrote, earliest first; writes split over
// several calls still match because unanswered bytes stay in written_.
void SimTransport::answerWrites() {
  for (;;) {
    auto earliest = written_.end();
    const SimAnswer* answer = nullptr;
    for (const auto& candidate : script_.answers) {
      auto at = std::search(written_.begin(), written_.end(), candidate.expect.begin(), candidate.expect.end());
      if (at < earliest) {
        earliest = at;
        answer = &candidate;
      }
    }
    if (!answer) return;
    written_.erase(earliest, earliest + static_cast<std::ptrdiff_t>(answer->expect.size()));
    inbox_.insert(inbox_.end(), answer->reply.begin(), answer->reply.end());
  }
}

void SimTransport::releaseDue(Clock::time_point now) {
  while (next_ < script_.timed.size() && nextDue_ <= now) {
    const auto& bytes = script_.timed[next_].bytes;
    inbox_.insert(inbox_.end(), bytes.begin(), bytes.end());
    ++next_;
    if (next_ == script_.timed.size() && script_.repeat) next_ = 0;
    if (next_ < script_.timed.size()) nextDue_ += script_.timed[next_].after;
  }
}

std::size_t SimTransport::take(std::span<std::uint8_t> buf) {
  const std::size_t n = std::min(buf.size(), inbox_.size());
  std::copy_n(inbox_.begin(), n, buf.begin());
  inbox_.erase(inbox_.begin(), inbox_.begin() + static_cast<std::ptrdiff_t>(n));
  return n;
}

possdk::Result<std::size_t> SimTransport::read(std::span<std::uint8_t> buf, std::chrono::milliseconds timeout) {
  using R = possdk::Result<std::size_t>;
  const auto deadline = Clock::now() + timeout;
  std::unique_lock lock(mutex_);
  for (;;) {
    if (!open_) return R::fail(info_.id + ": read on a closed simulator; open() it first");
    const auto now = Clock::now();
    releaseDue(now);
    if (!inbox_.empty()) return take(buf);
    if (now >= deadline) return std::size_t{0};
    const bool pending = next_ < script_.timed.size();
    arrived_.wait_until(lock, pending ? std::min(deadline, nextDue_) : deadline);
  }
}

}  // namespace poscore
