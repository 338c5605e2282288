#pragma once
#include <filesystem>
#include <optional>
#include <vector>

#include <wx/panel.h>
#include <wx/scrolwin.h>

#include "renderer/element_view.hpp"

class wxStaticText;

namespace pos {

// Renders a declarative Screen into wx controls styled with a theme. It knows nothing of the
// Runtime: events go to the sink it was given, after the handler that raised them has returned,
// so a plugin may show a new screen in response without pulling the control out from under it.
// The screen's buttons sit in a strip below the content, which scrolls: however long the content,
// the buttons stay on screen.
class ScreenView final : public wxPanel {
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
  // The part above the buttons, which scrolls when the screen is taller than the view.
  wxScrolledWindow* content() const { return content_; }
  // Ids of the screen's buttons that are not wholly inside the view (cut off or scrolled away).
  std::vector<std::string> buttonsOutOfView() const;
  // How many times controls were created from scratch; tests use it to tell in-place redraws.
  int builds() const { return builds_; }

 private:
  bool sameShape(const possdk::Screen& screen, const poscore::theme::Theme& theme,
                 const std::filesystem::path& imageBase) const;
  void build(const possdk::Screen& screen);
  void updateInPlace(const possdk::Screen& screen);
  void deliver(const possdk::UiEvent& event);
  void fitWidth();

  EventSink sink_;
  Translate tr_;
  poscore::theme::Theme theme_;
  std::filesystem::path imageBase_;
  bool centred_ = false;
  std::optional<possdk::Screen> built_;
  wxScrolledWindow* content_ = nullptr;
  wxPanel* strip_ = nullptr;
  int fittedWidth_ = 0;
  int sizedTo_ = 0;
  wxStaticText* title_ = nullptr;
  std::vector<ElementView*> views_;
  int builds_ = 0;
};

}  // namespace pos
