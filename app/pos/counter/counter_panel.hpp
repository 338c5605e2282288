#pragma once
#include <functional>
#include <optional>
#include <string>

#include <wx/panel.h>
#include <wx/weakref.h>

#include "counter/counter_keys.hpp"
#include "counter/counter_settings.hpp"
#include "counter/message_strip.hpp"
#include "poscore/counter/counter_session.hpp"
#include "poscore/theme/theme.hpp"
#include "shell_text.hpp"

class wxStaticText;
class wxTextCtrl;

namespace pos {

class CustomerDisplay;
class FunctionKeyBar;
class SaleLinesView;
class SignOnView;
class TotalsView;

// The counter screen, driven entirely through a CounterSession: who is signed on and the printer,
// messages, the sale's lines and totals, the scan field and the counter's function keys. The scan
// field keeps the focus through every update, click and dialog, so a scan always lands there.
class CounterPanel final : public wxPanel {
 public:
  struct Hooks {
    std::function<void(const std::string& code)> manualCode;  // a code typed into the scan field
    std::function<void()> switchLanguage;
  };
  CounterPanel(wxWindow* parent, poscore::counter::CounterSession& session, CounterSettings settings, Hooks hooks);
  ~CounterPanel() override;

  // Redraws every word and colour, after a theme or language switch.
  void restyle(const poscore::theme::Theme& theme, const Translate& tr, const std::string& language);
  // A function key chord ("F2", "Shift+F4"); false when the counter has nothing on it.
  bool pressKey(const std::string& key);
  void run(CounterCommand command);
  // A code from the scanner or the scan field.
  void scanned(const std::string& code);
  // Esc at the counter: clears the error and the session's notices.
  void dismissMessages();
  void focusEntry();
  // Stops listening to the session and never touches it again; the frame calls it as it closes,
  // before whoever owns the session may destroy it.
  void detach();

  // For tests and screenshots.
  wxTextCtrl* scanField() const { return scanField_; }
  SignOnView* signOnView() const { return signOn_; }
  SaleLinesView* linesView() const { return lines_; }
  TotalsView* totalsView() const { return totals_; }
  const MessageStrip& messageStrip() const { return *messages_; }
  CustomerDisplay* customerDisplay() const { return display_; }

 private:
  void build();
  void refresh();
  void refreshMessages();
  // Shows a failed call in the message strip, or clears the last error on success (with an
  // optional word of what happened).
  void report(const possdk::Status& status, const std::string& done = {});
  void onScanFieldKey(wxKeyEvent& event);

  // The commands (counter_commands.cpp).
  void signOnOff();
  void changeQuantity();
  void voidLine();
  void overridePrice();
  void discount(bool wholeSale);
  void tenderCash();
  void tenderCard();
  void otherTender();
  void suspend();
  void resume();
  void cancelSale();
  void noSale();
  void startReturn();
  void xReport();
  void zReport();
  // The line the line keys act on; reports and returns nullopt when there is none.
  std::optional<int> targetLine();
  // A supervisor's approval when the signed-on staff is a cashier. Nullopt in `out` when none is
  // needed; false when the cashier backed out.
  bool approve(const std::string& what, std::optional<poscore::counter::Approval>& out);
  bool needsSale();
  std::string tr(const std::string& msgid) const { return tr_(msgid); }

  poscore::counter::CounterSession& session_;
  CounterSettings settings_;
  Hooks hooks_;
  poscore::theme::Theme theme_;
  Translate tr_;
  std::string language_ = "en";
  std::string error_;
  std::string done_;
  int dialogs_ = 0;        // open dialogs: updates must not pull the focus out of them
  bool attached_ = true;  // false once detached: the session may already be gone

  wxStaticText* cashier_ = nullptr;
  wxStaticText* printer_ = nullptr;
  wxStaticText* saleState_ = nullptr;
  MessageStrip* messages_ = nullptr;
  SignOnView* signOn_ = nullptr;
  wxPanel* salePane_ = nullptr;
  SaleLinesView* lines_ = nullptr;
  TotalsView* totals_ = nullptr;
  wxStaticText* scanLabel_ = nullptr;
  wxTextCtrl* scanField_ = nullptr;
  FunctionKeyBar* keys_ = nullptr;
  wxWeakRef<CustomerDisplay> display_;

  friend class DialogScope;
};

}  // namespace pos
