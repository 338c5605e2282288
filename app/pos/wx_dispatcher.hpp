#pragma once
#include <functional>
#include <memory>

#include "poscore/dispatcher.hpp"

class wxEvtHandler;

namespace pos {

// Runs the host's work on the wx UI thread by queueing it into the event loop (CallAfter, which
// is safe from any thread). After close(), work still queued or posted later is dropped, so
// nothing runs against a frame or runtime that is being torn down.
class WxDispatcher final : public poscore::Dispatcher {
 public:
  explicit WxDispatcher(wxEvtHandler& target);
  ~WxDispatcher() override;
  WxDispatcher(const WxDispatcher&) = delete;
  WxDispatcher& operator=(const WxDispatcher&) = delete;

  void post(std::function<void()> work) override;
  void close();

 private:
  struct Gate;
  std::shared_ptr<Gate> gate_;
};

}  // namespace pos
