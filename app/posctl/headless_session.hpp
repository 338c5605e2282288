#pragma once
#include <memory>
#include <string>

#include "commands.hpp"
#include "poscore/dispatcher.hpp"
#include "poscore/runtime.hpp"
#include "poscore/ui_backend.hpp"

namespace posctl {

// The lane posctl looks at: the options given, else this installation's plugins and data folder.
poscore::RuntimeOptions runtimeOptions(const GlobalOptions& options);

// A Runtime without a screen: plugins run up to init so their drivers register, screens go nowhere,
// and device events wait in a queue until the command drains it.
class HeadlessSession {
 public:
  HeadlessSession(const GlobalOptions& options, const std::string& lastStep);
  ~HeadlessSession();
  poscore::Runtime& runtime() { return *runtime_; }
  poscore::QueueDispatcher& dispatcher() { return dispatcher_; }

 private:
  struct NoScreen final : poscore::UiBackend {
    void addAction(const std::string&, const possdk::Action&) override {}
    void show(const std::string&, const possdk::Screen&) override {}
    void close(const std::string&, const std::string&) override {}
    void removePlugin(const std::string&) override {}
  };
  poscore::QueueDispatcher dispatcher_;
  NoScreen ui_;
  std::unique_ptr<poscore::Runtime> runtime_;
};

}  // namespace posctl
