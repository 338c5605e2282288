#include "wx_dispatcher.hpp"

#include <mutex>

#include <wx/event.h>

namespace pos {

struct WxDispatcher::Gate {
  std::mutex mutex;
  wxEvtHandler* target = nullptr;
  bool open() {
    std::lock_guard lock(mutex);
    return target != nullptr;
  }
};

WxDispatcher::WxDispatcher(wxEvtHandler& target) : gate_(std::make_shared<Gate>()) { gate_->target = &target; }

WxDispatcher::~WxDispatcher() { close(); }

void WxDispatcher::post(std::function<void()> work) {
  std::lock_guard lock(gate_->mutex);
  if (!gate_->target) return;
  // The gate is checked again on the UI thread: close() may come between queueing and running.
  gate_->target->CallAfter([gate = gate_, work = std::move(work)] {
    if (gate->open()) work();
  });
}

void WxDispatcher::close() {
  std::lock_guard lock(gate_->mutex);
  gate_->target = nullptr;
}

}  // namespace pos
