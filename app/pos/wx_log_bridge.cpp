#include "wx_log_bridge.hpp"

#include "poscore/services/log.hpp"
#include "shell_text.hpp"

namespace pos {

namespace {
possdk::LogLevel levelOf(wxLogLevel level) {
  if (level <= wxLOG_Error) return possdk::LogLevel::Error;
  if (level == wxLOG_Warning) return possdk::LogLevel::Warning;
  if (level <= wxLOG_Info) return possdk::LogLevel::Info;
  return possdk::LogLevel::Debug;
}
}  // namespace

void WxLogBridge::DoLogTextAtLevel(wxLogLevel level, const wxString& message) {
  poscore::LogSink::instance().write(levelOf(level), "wx", fromWx(message));
}

}  // namespace pos
