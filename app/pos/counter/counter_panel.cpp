#include "counter/counter_panel.hpp"

#include <wx/sizer.h>
#include <wx/stattext.h>
#include <wx/textctrl.h>

#include "counter/customer_display.hpp"
#include "counter/function_key_bar.hpp"
#include "counter/line_format.hpp"
#include "counter/sale_lines_view.hpp"
#include "counter/sign_on_view.hpp"
#include "counter/totals_view.hpp"
#include "theme_style.hpp"

namespace pos {

namespace {
constexpr int kGap = 8;
constexpr int kTotalsProportion = 2;
constexpr int kLinesProportion = 5;
}  // namespace

CounterPanel::CounterPanel(wxWindow* parent, poscore::counter::CounterSession& session, CounterSettings settings,
                           Hooks hooks)
    : wxPanel(parent), session_(session), settings_(settings), hooks_(std::move(hooks)),
      tr_([](const std::string& s) { return s; }) {
  SetName("counter");
  build();
  if (settings_.customerDisplay) {
    display_ = new CustomerDisplay(wxGetTopLevelParent(parent));
    display_->ShowWithoutActivating();  // the cashier keeps the keyboard
  }
  session_.onChange([this] { refresh(); });
}

CounterPanel::~CounterPanel() {
  detach();
  if (display_) display_->Destroy();
}

void CounterPanel::detach() {
  if (!attached_) return;
  attached_ = false;
  session_.onChange({});
}

void CounterPanel::build() {
  auto* info = new wxBoxSizer(wxHORIZONTAL);
  cashier_ = new wxStaticText(this, wxID_ANY, wxString());
  cashier_->SetName("cashier");
  saleState_ = new wxStaticText(this, wxID_ANY, wxString());
  printer_ = new wxStaticText(this, wxID_ANY, wxString());
  printer_->SetName("printer");
  info->Add(cashier_, 1, wxALL | wxALIGN_CENTER_VERTICAL, kGap);
  info->Add(saleState_, 1, wxALL | wxALIGN_CENTER_VERTICAL, kGap);
  info->Add(printer_, 0, wxALL | wxALIGN_CENTER_VERTICAL, kGap);
  messages_ = new MessageStrip(this);
  messages_->Hide();
  signOn_ = new SignOnView(this, [this](const std::string& id, const std::string& pin) {
    const auto status = session_.signOn(id, pin);
    if (status) signOn_->clear();
    report(status);
  });

  salePane_ = new wxPanel(this);
  lines_ = new SaleLinesView(salePane_);
  totals_ = new TotalsView(salePane_);
  auto* sale = new wxBoxSizer(wxHORIZONTAL);
  sale->Add(lines_, kLinesProportion, wxEXPAND | wxRIGHT, kGap);
  sale->Add(totals_, kTotalsProportion, wxEXPAND);
  auto* scanRow = new wxBoxSizer(wxHORIZONTAL);
  scanLabel_ = new wxStaticText(salePane_, wxID_ANY, wxString());
  scanField_ = new wxTextCtrl(salePane_, wxID_ANY, wxString(), wxDefaultPosition, wxDefaultSize, wxTE_PROCESS_ENTER);
  scanField_->SetName("scan-field");
  scanRow->Add(scanLabel_, 0, wxALIGN_CENTER_VERTICAL | wxRIGHT, kGap);
  scanRow->Add(scanField_, 1, wxEXPAND);
  auto* paneColumn = new wxBoxSizer(wxVERTICAL);
  paneColumn->Add(sale, 1, wxEXPAND | wxBOTTOM, kGap);
  paneColumn->Add(scanRow, 0, wxEXPAND);
  salePane_->SetSizer(paneColumn);

  keys_ = new FunctionKeyBar(this, [this](CounterCommand command) { run(command); });

  auto* column = new wxBoxSizer(wxVERTICAL);
  column->Add(info, 0, wxEXPAND);
  column->Add(messages_, 0, wxEXPAND | wxLEFT | wxRIGHT, kGap);
  column->Add(signOn_, 1, wxEXPAND);
  column->Add(salePane_, 1, wxEXPAND | wxALL, kGap);
  column->Add(keys_, 0, wxEXPAND);
  SetSizer(column);

  scanField_->Bind(wxEVT_TEXT_ENTER, [this](wxCommandEvent&) {
    const std::string code = fromWx(scanField_->GetValue().Strip(wxString::both));
    scanField_->Clear();
    if (!code.empty() && hooks_.manualCode) hooks_.manualCode(code);
  });
  scanField_->Bind(wxEVT_KEY_DOWN, [this](wxKeyEvent& event) { onScanFieldKey(event); });
  // A click on the lines picks a line, and the focus goes straight back to the scan field.
  lines_->Bind(wxEVT_LIST_ITEM_SELECTED, [this](wxListEvent& event) {
    event.Skip();
    CallAfter([this] { focusEntry(); });
  });
  lines_->Bind(wxEVT_LEFT_UP, [this](wxMouseEvent& event) {
    event.Skip();
    CallAfter([this] { focusEntry(); });
  });
  totals_->Bind(wxEVT_LEFT_UP, [this](wxMouseEvent& event) {
    event.Skip();
    CallAfter([this] { focusEntry(); });
  });
}

void CounterPanel::restyle(const poscore::theme::Theme& theme, const Translate& tr, const std::string& language) {
  theme_ = theme;
  tr_ = tr;
  language_ = language;
  paint(*this, theme.palette.background, theme.palette.foreground);
  paint(*salePane_, theme.palette.background, theme.palette.foreground);
  for (auto* text : {cashier_, saleState_, printer_, scanLabel_}) text->SetFont(largeFont(theme));
  scanField_->SetFont(titleFont(theme));
  scanLabel_->SetLabel(labelOf(tr("Scan or key a code")));
  lines_->setHeadings(tr);
  signOn_->restyle(theme, tr);
  keys_->set(theme, tr);
  refresh();
}

void CounterPanel::refresh() {
  if (!attached_) return;
  const auto& view = session_.view();
  const bool signedOn = view.staff.has_value();
  cashier_->SetLabel(labelOf(signedOn ? fill(view.staff->role == poscore::counter::Role::Supervisor
                                                 ? tr("Supervisor: {name}")
                                                 : tr("Cashier: {name}"),
                                             {{"name", view.staff->name}})
                                      : tr("Nobody signed on")));
  printer_->SetLabel(labelOf(fill(tr("Printer: {state}"), {{"state", view.printerState}})));
  const auto* shown = view.sale ? &*view.sale : view.lastCompleted ? &*view.lastCompleted : nullptr;
  std::string state;
  if (view.sale && view.sale->kind == poscore::sale::SaleKind::Return) {
    state = fill(tr("Return of receipt {receipt}"), {{"receipt", view.sale->originalReceiptNo}});
  } else if (view.sale) {
    state = tr("Sale open");
  } else if (view.lastCompleted) {
    state = fill(tr("Last receipt {receipt}"), {{"receipt", view.lastCompleted->receiptNo}});
  }
  saleState_->SetLabel(labelOf(state));

  std::vector<LineText> lines;
  if (shown) {
    for (const auto& l : shown->lines) lines.push_back(formatLine(l, language_, settings_.currencyDecimals, tr_));
  }
  lines_->set(lines, theme_);
  totals_->set(formatTotals(shown ? shown->totals : poscore::sale::Totals{}, settings_.currencyDecimals, tr_), theme_);
  refreshMessages();
  signOn_->Show(!signedOn);
  salePane_->Show(signedOn);
  if (display_) display_->show(view, theme_, language_, settings_.currencyDecimals, tr_);
  Layout();
  focusEntry();
}

void CounterPanel::refreshMessages() {
  std::vector<MessageStrip::Message> messages;
  if (!error_.empty()) messages.push_back({MessageStrip::Level::Error, error_});
  if (!done_.empty()) messages.push_back({MessageStrip::Level::Info, done_});
  for (const auto& n : session_.view().notices) {
    messages.push_back({n.level == poscore::counter::Notice::Level::Warning ? MessageStrip::Level::Warning
                                                                             : MessageStrip::Level::Info,
                        n.text});
  }
  messages_->set(messages, theme_);
}

void CounterPanel::report(const possdk::Status& status, const std::string& done) {
  error_ = status ? std::string() : status.error();
  done_ = status ? done : std::string();
  refresh();
}

void CounterPanel::scanned(const std::string& code) {
  if (attached_) report(session_.scan(code));
}

void CounterPanel::dismissMessages() {
  if (!attached_) return;
  error_.clear();
  done_.clear();
  session_.dismissNotices();
  refresh();
}

void CounterPanel::focusEntry() {
  if (!attached_ || dialogs_ > 0 || !IsShownOnScreen()) return;
  if (!session_.view().staff) {
    signOn_->focusEntry();
  } else if (FindFocus() != scanField_) {
    scanField_->SetFocus();
  }
}

bool CounterPanel::pressKey(const std::string& key) {
  const auto command = counterCommandFor(key);
  // Run after the key event is done: a command may open a dialog or rebuild the key bar.
  if (command) CallAfter([this, c = *command] { run(c); });
  return command.has_value();
}

void CounterPanel::onScanFieldKey(wxKeyEvent& event) {
  switch (event.GetKeyCode()) {
    case WXK_UP: lines_->moveSelection(-1); return;
    case WXK_DOWN: lines_->moveSelection(+1); return;
    default: event.Skip();
  }
}

}  // namespace pos
