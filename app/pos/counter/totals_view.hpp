#pragma once
#include <string>
#include <vector>

#include <wx/panel.h>

#include "counter/line_format.hpp"
#include "poscore/theme/theme.hpp"

namespace pos {

// The sale's totals down the right of the counter: label and amount, the total and the change or
// amount due in large type.
class TotalsView final : public wxPanel {
 public:
  explicit TotalsView(wxWindow* parent);
  void set(const std::vector<TotalText>& rows, const poscore::theme::Theme& theme);
  // The amount shown against `label`, empty when there is no such row.
  std::string valueOf(const std::string& label) const;

 private:
  std::vector<TotalText> rows_;
};

}  // namespace pos
