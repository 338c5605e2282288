#pragma once
#include <functional>
#include <vector>

#include <wx/panel.h>

#include "poscore/plugins/plugin_record.hpp"
#include "poscore/theme/theme.hpp"
#include "shell_text.hpp"

class wxListCtrl;

namespace pos {

// Every plugin the host found: id, name, version, state, how long each step took, and the error
// that stopped it. For technicians at the lane (F12), the same facts `posctl plugins` prints.
class PluginsPanel final : public wxPanel {
 public:
  PluginsPanel(wxWindow* parent, std::function<void()> back);
  void set(const std::vector<poscore::PluginRecord>& plugins, const poscore::theme::Theme& theme, const Translate& tr);
  int rowCount() const;

 private:
  std::function<void()> back_;
  wxListCtrl* list_ = nullptr;
};

}  // namespace pos
