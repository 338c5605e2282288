#pragma once
#include <filesystem>
#include <optional>
#include <vector>

#include <wx/scrolwin.h>

#include "renderer/element_view.hpp"

class wxStaticText;

namespace pos {

// Renders a declarative Screen into wx controls styled with a theme. It knows nothing of the
// Runtime: events go to the sink it was given, after the handler that raised them has returned,
// so a plugin may show a new screen in response without pulling the control out from under it.
class ScreenView final : public wxScrolledWindow {
 public:
  ScreenView(wxWindow* parent, Translate tr);

  // Shows `screen`, whose events go to `sink`. The same screen again (same id, elements with the
  // same ids and kinds, same theme) is updated in place: texts, values and rows change, typed
  // input stays.
  void show(const possdk::Screen& screen, const poscore::theme::Theme& theme,
            const std::filesystem::path& imageBase, EventSink sink);
  // Makes the next show() build from scratch: the language changed, so did the renderer's words.
  void invalidate() { built_.reset(); }
  // Self-checkout lanes centre their screens; counters keep them to the left, near the keys.
  void setCentred(bool centred);

  const possdk::Screen* screen() const { return built_ ? &*built_ : nullptr; }
  // How many times controls were created from scratch; tests use it to tell in-place redraws.
  int builds() const { return builds_; }

 private:
  bool sameShape(const possdk::Screen& screen, const poscore::theme::Theme& theme,
                 const std::filesystem::path& imageBase) const;
  void build(const possdk::Screen& screen);
  void updateInPlace(const possdk::Screen& screen);
  void deliver(const possdk::UiEvent& event);

  EventSink sink_;
  Translate tr_;
  poscore::theme::Theme theme_;
  std::filesystem::path imageBase_;
  bool centred_ = false;
  std::optional<possdk::Screen> built_;
  wxStaticText* title_ = nullptr;
  std::vector<ElementView*> views_;
  int builds_ = 0;
};

}  // namespace pos
