// The screen renderer on its own: no Runtime, events go to a recording sink.
#include <gtest/gtest.h>

#include <wx/button.h>
#include <wx/frame.h>
#include <wx/grid.h>
#include <wx/stattext.h>
#include <wx/textctrl.h>
#include <wx/uiaction.h>

#include "frame_capture.hpp"
#include "gui_test_support.hpp"
#include "poscore/theme/theme_loader.hpp"
#include "renderer/screen_view.hpp"

namespace pos {
namespace {

using namespace possdk::ui;
using possdk::UiEvent;
using possdk::UiEventKind;
using test::findDescendant;
using test::pumpUntil;

class Renderer : public ::testing::Test {
 protected:
  void SetUp() override {
    frame_ = new wxFrame(nullptr, wxID_ANY, "renderer", wxPoint(0, 0), wxSize(1000, 760));
    view_ = new ScreenView(frame_, [](const std::string& s) { return s; });
    frame_->Show();
    theme_ = poscore::theme::loadNamedTheme(POS_THEMES_DIR, "classic").theme;
  }
  void TearDown() override { frame_->Destroy(); }

  void show(const possdk::Screen& s) {
    view_->show(s, theme_, {}, [this](const UiEvent& e) { events_.push_back(e); });
    frame_->Layout();
    view_->Layout();
    test::pumpFor(std::chrono::milliseconds(100));
  }
  wxWindow* labelled(const std::string& label) { return wxWindow::FindWindowByLabel(label, view_); }
  void press(wxWindow* button) {
    ASSERT_NE(button, nullptr);
    wxCommandEvent click(wxEVT_BUTTON, button->GetId());
    click.SetEventObject(button);
    button->ProcessWindowEvent(click);
  }
  // Scrolls the screen so `window` is at the top, where simulated mouse events can reach it.
  void scrollTo(wxWindow* window) {
    int unitX = 0, unitY = 0;
    wxScrolledWindow* content = view_->content();
    content->GetScrollPixelsPerUnit(&unitX, &unitY);
    content->Scroll(0, content->CalcUnscrolledPosition(window->GetPosition()).y / std::max(1, unitY));
    test::pumpFor(std::chrono::milliseconds(150));
  }
  bool waitForEvents(std::size_t n) {
    return pumpUntil([&] { return events_.size() >= n; });
  }

  wxFrame* frame_ = nullptr;
  ScreenView* view_ = nullptr;
  poscore::theme::Theme theme_;
  std::vector<UiEvent> events_;
};

possdk::Screen everyKind() {
  possdk::Screen s;
  s.id = "all";
  s.title = "Every element";
  s.add(text("t", "Plain text"))
      .add(image("img", "nope.png"))
      .add(video("cam", "camera:0"))
      .add(button("b", "Press me", "primary"))
      .add(keypad("pad", "Amount", "minor"))
      .add(textEntry("entry", "Type here"))
      .add(table("tbl", {"Item", "Price"}, {{"Apple", "1.20"}, {"Pear", "0.80"}, {"Plum", "2.10"}}))
      .add(touchPad("touch", "Press the stamp here"))
      .add(weightGauge("scale", "Bag", 512, 480, 530))
      .add(alert("warn", "Bagging area unexpected item", possdk::AlertLevel::Warning));
  return s;
}

TEST_F(Renderer, RendersEveryElementKind) {
  show(everyKind());
  ASSERT_NE(view_->screen(), nullptr);
  EXPECT_EQ(view_->screen()->id, "all");
  EXPECT_NE(labelled("Every element"), nullptr);
  EXPECT_NE(labelled("Plain text"), nullptr);
  EXPECT_NE(labelled("Image not found: nope.png"), nullptr);
  EXPECT_NE(labelled("Press me"), nullptr);
  EXPECT_NE(labelled("Amount"), nullptr);
  EXPECT_NE(labelled("0.00"), nullptr) << "keypad display in minor units";
  EXPECT_NE(findDescendant<wxTextCtrl>(view_), nullptr);
  auto* grid = findDescendant<wxGrid>(view_);
  ASSERT_NE(grid, nullptr);
  EXPECT_EQ(grid->GetNumberRows(), 3);
  EXPECT_EQ(grid->GetColLabelValue(1), "Price");
  EXPECT_EQ(grid->GetCellValue(1, 0), "Pear");
  EXPECT_NE(wxWindow::FindWindowByLabel(wxString::FromUTF8("\u26a0  Bagging area unexpected item"), view_), nullptr);
  for (const char* id : {"t", "img", "cam", "b", "pad", "entry", "tbl", "touch", "scale", "warn"}) {
    EXPECT_NE(wxWindow::FindWindowByName(id, view_), nullptr) << id;
  }
}

// Pictures of every element in each shipped theme, for people reviewing the renderer.
TEST_F(Renderer, SavesAPictureOfEveryElementInEachTheme) {
  for (const char* name : {"classic", "self-checkout"}) {
    theme_ = poscore::theme::loadNamedTheme(POS_THEMES_DIR, name).theme;
    show(everyKind());
    const auto file = std::filesystem::path(POS_GUI_OUTPUT_DIR) / (std::string("every-element-") + name + ".png");
    EXPECT_TRUE(savePng(captureFrame(*frame_), file).isOk()) << file;
    EXPECT_TRUE(sameColour(dominantColour(captureFrame(*frame_)), theme_.palette.background)) << name;
  }
}

TEST_F(Renderer, ButtonsAreThemedAndAtLeastATouchTargetTall) {
  theme_ = poscore::theme::loadNamedTheme(POS_THEMES_DIR, "self-checkout").theme;
  show(everyKind());
  auto* b = labelled("Press me");
  ASSERT_NE(b, nullptr);
  EXPECT_GE(b->GetSize().y, theme_.touchTarget);
  EXPECT_EQ(b->GetBackgroundColour(), wxColour(theme_.palette.accent.r, theme_.palette.accent.g, theme_.palette.accent.b));
  EXPECT_EQ(view_->GetBackgroundColour(),
            wxColour(theme_.palette.background.r, theme_.palette.background.g, theme_.palette.background.b));
}

TEST_F(Renderer, ButtonRaisesPressed) {
  show(everyKind());
  press(labelled("Press me"));
  ASSERT_TRUE(waitForEvents(1));
  EXPECT_EQ(events_[0].screen, "all");
  EXPECT_EQ(events_[0].element, "b");
  EXPECT_EQ(events_[0].kind, UiEventKind::Pressed);
}

TEST_F(Renderer, TextEntrySubmitsItsValue) {
  show(everyKind());
  auto* entry = findDescendant<wxTextCtrl>(view_);
  ASSERT_NE(entry, nullptr);
  entry->ChangeValue("4006381333931");
  wxCommandEvent enter(wxEVT_TEXT_ENTER, entry->GetId());
  enter.SetEventObject(entry);
  entry->ProcessWindowEvent(enter);
  ASSERT_TRUE(waitForEvents(1));
  EXPECT_EQ(events_[0].element, "entry");
  EXPECT_EQ(events_[0].kind, UiEventKind::Submitted);
  EXPECT_EQ(events_[0].value, "4006381333931");
}

TEST_F(Renderer, KeypadShowsAndSubmitsMinorUnits) {
  show(everyKind());
  for (const char* key : {"1", "2", "0", "5"}) press(labelled(key));
  EXPECT_NE(labelled("12.05"), nullptr);
  press(labelled("Enter"));
  ASSERT_TRUE(waitForEvents(1));
  EXPECT_EQ(events_[0].element, "pad");
  EXPECT_EQ(events_[0].kind, UiEventKind::Submitted);
  EXPECT_EQ(events_[0].value, "1205");
  EXPECT_NE(labelled("0.00"), nullptr) << "the display clears after submitting";
}

TEST_F(Renderer, TappingATableRowRaisesPressedWithItsIndex) {
  show(everyKind());
  auto* grid = findDescendant<wxGrid>(view_);
  ASSERT_NE(grid, nullptr);
  EXPECT_GE(grid->GetRowSize(2), theme_.touchTarget) << "rows are tall enough to tap";
  scrollTo(grid);
  const wxRect cell = grid->CellToRect(2, 0);
  const wxPoint inside = grid->CalcScrolledPosition(cell.GetPosition() + wxPoint(10, cell.height / 2));
  wxUIActionSimulator sim;
  sim.MouseMove(grid->GetGridWindow()->ClientToScreen(inside));
  sim.MouseClick();
  ASSERT_TRUE(waitForEvents(1));
  EXPECT_EQ(events_[0].element, "tbl");
  EXPECT_EQ(events_[0].kind, UiEventKind::Pressed);
  EXPECT_EQ(events_[0].value, "2");
}

TEST_F(Renderer, EnterOnTheCursorRowRaisesPressed) {
  show(everyKind());
  auto* grid = findDescendant<wxGrid>(view_);
  ASSERT_NE(grid, nullptr);
  grid->SetGridCursor(1, 0);
  wxKeyEvent enter(wxEVT_KEY_DOWN);
  enter.m_keyCode = WXK_RETURN;
  enter.SetEventObject(grid);
  grid->ProcessWindowEvent(enter);
  ASSERT_TRUE(waitForEvents(1));
  EXPECT_EQ(events_[0].value, "1");
}

TEST_F(Renderer, TouchPadReportsWhereItWasPressedAndLifted) {
  show(everyKind());
  wxWindow* pad = wxWindow::FindWindowByName("touch", view_);
  ASSERT_NE(pad, nullptr);
  scrollTo(pad);
  wxUIActionSimulator sim;
  sim.MouseMove(pad->ClientToScreen(wxPoint(30, 40)));
  sim.MouseDown();
  sim.MouseMove(pad->ClientToScreen(wxPoint(100, 80)));
  sim.MouseUp();
  ASSERT_TRUE(waitForEvents(1));
  const auto& e = events_[0];
  EXPECT_EQ(e.element, "touch");
  EXPECT_EQ(e.kind, UiEventKind::Touched);
  ASSERT_EQ(e.touches.size(), 2u);
  EXPECT_EQ(e.touches[0].x, 30);
  EXPECT_EQ(e.touches[0].y, 40);
  EXPECT_EQ(e.touches[1].x, 100);
  EXPECT_EQ(e.touches[1].y, 80);
}

TEST_F(Renderer, ShowingTheSameScreenAgainRedrawsInPlace) {
  possdk::Screen s;
  s.id = "weigh";
  s.add(text("msg", "Place the bag")).add(weightGauge("scale", "Bag", 100, 480, 530)).add(textEntry("note", "Note"));
  show(s);
  auto* entry = findDescendant<wxTextCtrl>(view_);
  ASSERT_NE(entry, nullptr);
  entry->ChangeValue("typed by hand");
  s.elements[0].text = "Weighing...";
  s.elements[1].value = 505;
  show(s);
  EXPECT_EQ(view_->builds(), 1);
  EXPECT_EQ(findDescendant<wxTextCtrl>(view_), entry);
  EXPECT_EQ(entry->GetValue(), "typed by hand");
  EXPECT_NE(labelled("Weighing..."), nullptr);
  EXPECT_EQ(view_->screen()->elements[1].value, 505);

  s.add(button("done", "Done"));
  show(s);
  EXPECT_EQ(view_->builds(), 2) << "a different set of elements is built anew";
  EXPECT_NE(labelled("Done"), nullptr);
}

// wx takes "&" for a mnemonic marker and hides it; plugin and data text must show it as written.
TEST_F(Renderer, AmpersandsShowAsWritten) {
  const std::string name = "M&M's & Co";
  possdk::Screen s;
  s.id = "amp";
  s.title = name;
  s.add(text("t", name)).add(button("b", name)).add(keypad("pad", name, "minor"));
  show(s);
  const auto seen = [this](const std::string& id) {
    auto* w = dynamic_cast<wxControl*>(wxWindow::FindWindowByName(id, view_));
    return w ? std::string(w->GetLabelText().utf8_str()) : std::string("<missing>");
  };
  EXPECT_EQ(seen("t"), name);
  EXPECT_EQ(seen("b"), name);
  auto* caption = findDescendant<wxStaticText>(wxWindow::FindWindowByName("pad", view_));
  ASSERT_NE(caption, nullptr);
  EXPECT_EQ(std::string(caption->GetLabelText().utf8_str()), name);
  auto* title = findDescendant<wxStaticText>(view_);
  ASSERT_NE(title, nullptr);
  EXPECT_EQ(std::string(title->GetLabelText().utf8_str()), name);

  s.elements[0].text = "Salt & Pepper";
  s.elements[1].text = "Salt & Pepper";
  show(s);
  EXPECT_EQ(view_->builds(), 1);
  EXPECT_EQ(seen("t"), "Salt & Pepper") << "updated in place, still as written";
  EXPECT_EQ(seen("b"), "Salt & Pepper");

  s.add(alert("a", name, possdk::AlertLevel::Info));
  show(s);
  auto* band = findDescendant<wxStaticText>(wxWindow::FindWindowByName("a", view_));
  ASSERT_NE(band, nullptr);
  EXPECT_NE(std::string(band->GetLabelText().utf8_str()).find(name), std::string::npos);
}

TEST_F(Renderer, AnotherThemeOrInvalidateBuildsAnew) {
  show(everyKind());
  theme_ = poscore::theme::loadNamedTheme(POS_THEMES_DIR, "self-checkout").theme;
  show(everyKind());
  EXPECT_EQ(view_->builds(), 2);
  view_->invalidate();
  show(everyKind());
  EXPECT_EQ(view_->builds(), 3);
}

TEST_F(Renderer, EventsGoToTheSinkOfTheScreenShowingWhenRaised) {
  show(everyKind());
  press(labelled("Press me"));
  std::vector<UiEvent> other;
  view_->show(everyKind(), theme_, {}, [&](const UiEvent& e) { other.push_back(e); });
  ASSERT_TRUE(waitForEvents(1));
  EXPECT_TRUE(other.empty());
}

}  // namespace
}  // namespace pos
