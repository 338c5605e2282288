#include "scan_field_guard.hpp"

namespace pos {

void ScanFieldGuard::remember(wxWindow* focused) {
  field_ = dynamic_cast<wxTextCtrl*>(focused);
  if (!field_) return;
  value_ = field_->GetValue();
  insertion_ = field_->GetInsertionPoint();
  field_->GetSelection(&selectionFrom_, &selectionTo_);
}

void ScanFieldGuard::restore() {
  if (!field_) return;
  field_->ChangeValue(value_);  // no text event: the scan was never the user's edit
  field_->SetInsertionPoint(insertion_);
  if (selectionFrom_ != selectionTo_) field_->SetSelection(selectionFrom_, selectionTo_);
  field_ = nullptr;
}

}  // namespace pos
