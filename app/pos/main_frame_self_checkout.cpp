// The frame's self-checkout: the session's screens, and what the customer's touches ask of it.
#include "main_frame.hpp"
#include "poscore/selfcheckout/self_checkout_session.hpp"

namespace pos {

namespace {

// An action's refusal is already in the session's view (its message); the screen shows it.
void shown(const possdk::Status&) {}

}  // namespace

void MainFrame::setSelfCheckoutSession(poscore::selfcheckout::SelfCheckoutSession* session) {
  if (closed_) return;
  if (selfCheckout_) selfCheckout_->onChange(nullptr);
  selfCheckout_ = session;
  selfCheckoutPrompt_ = {};
  if (selfCheckout_) selfCheckout_->onChange([this] { onSelfCheckoutChange(); });
  refreshScreen();
}

bool MainFrame::showingSelfCheckout() const {
  return selfCheckout_ && mode_ == Mode::SelfCheckout && !plugins_.top() && !showingPlugins();
}

void MainFrame::onSelfCheckoutChange() {
  if (closed_) return;
  // A new stage starts with no entry half done.
  const int stage = static_cast<int>(selfCheckout_->view().stage);
  if (stage != selfCheckoutStage_) selfCheckoutPrompt_ = {};
  selfCheckoutStage_ = stage;
  if (showingSelfCheckout()) refreshScreen();
}

void MainFrame::onSelfCheckoutEvent(const possdk::UiEvent& event) {
  if (closed_ || !selfCheckout_) return;
  auto& session = *selfCheckout_;
  auto& prompt = selfCheckoutPrompt_;
  const std::string& id = event.element;
  using poscore::selfcheckout::ReceiptChoice;
  if (id == sco::kStart) {
    shown(session.begin());
  } else if (id == sco::kHelp) {
    session.callAttendant();
  } else if (id == sco::kManualCode && event.kind == possdk::UiEventKind::Submitted) {
    barcodes_.publishManual(event.value);
  } else if (id == sco::kLines) {
    const auto& sale = session.view().sale;
    const auto row = static_cast<std::size_t>(std::stoul(event.value.empty() ? "0" : event.value));
    if (sale && row < sale->lines.size() && !sale->lines[row].voided) prompt.pickedLine = sale->lines[row].lineNo;
  } else if (id == sco::kRemove && prompt.pickedLine) {
    const int line = *prompt.pickedLine;
    prompt.pickedLine.reset();
    shown(session.requestRemoval(line));
  } else if (id == sco::kPay) {
    shown(session.startPayment());
  } else if (id == sco::kAttendantId && event.kind == possdk::UiEventKind::Submitted) {
    prompt.attendantId = event.value;
  } else if (id == sco::kAttendantPin && event.kind == possdk::UiEventKind::Submitted && prompt.attendantId) {
    const std::string supervisor = *prompt.attendantId;
    prompt.attendantId.reset();
    shown(session.approve(supervisor, event.value));
  } else if (id == sco::kBack) {
    if (prompt.cardCode) {
      prompt.cardCode = false;
    } else {
      shown(session.backToScanning());
    }
  } else if (id.rfind(sco::kTenderPrefix, 0) == 0) {
    onSelfCheckoutTender(id.substr(std::string(sco::kTenderPrefix).size()));
  } else if (id == sco::kCardCode && event.kind == possdk::UiEventKind::Submitted) {
    shown(session.pay("card", event.value));
  } else if (id == sco::kPrint) {
    shown(session.chooseReceipt(ReceiptChoice::Print));
  } else if (id == sco::kNoReceipt) {
    shown(session.chooseReceipt(ReceiptChoice::None));
  } else if (id == sco::kSms) {
    prompt.smsNumber = true;
  } else if (id == sco::kSmsNumber && event.kind == possdk::UiEventKind::Submitted) {
    shown(session.chooseReceipt(ReceiptChoice::Sms, event.value));
  } else if (id == sco::kDone) {
    shown(session.finish());
  }
  refreshScreen();
}

// The card terminal is not wired to the lane: the customer keys the approval code it shows.
// Plugin tenders ask their own devices.
void MainFrame::onSelfCheckoutTender(const std::string& kind) {
  if (kind == "card") {
    selfCheckoutPrompt_.cardCode = true;
    return;
  }
  shown(selfCheckout_->pay(kind, ""));
}

}  // namespace pos
