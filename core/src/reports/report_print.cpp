#include "poscore/reports/report_print.hpp"

#include "poscore/services/iso_time.hpp"

namespace poscore::reports {
namespace {

PrintRow heading(std::string en, std::string zh) { return {std::move(en), std::move(zh), std::monostate{}}; }

}  // namespace

std::vector<PrintRow> printRows(const Report& r) {
  const bool z = r.kind == ReportKind::Z;
  std::vector<PrintRow> rows = {
      heading(z ? "Z REPORT" : "X REPORT", z ? "Z报表（日结）" : "X 报表"),
      {"Business day", "营业日", r.period.businessDay},
      {"From", "开始", isoUtc(r.period.from)},
      {"To", "结束", isoUtc(r.period.to)},
      heading("Counts", "笔数"),
      {"Sales", "销售", r.salesCount},
      {"Returns", "退货", r.returnsCount},
      {"Cancelled sales", "取消交易", r.cancelledCount},
      {"Voided lines", "撤销商品行", r.voidedLines},
      {"Voided amount", "撤销金额", r.voidedAmount},
      {"No-sale drawer opens", "无销售开钱箱", r.noSaleOpens},
      heading("Sales", "销售额"),
      {"Gross", "总额", r.gross},
      {"Promotions", "促销", r.discounts.promotions},
      {"Line discounts", "单品折扣", r.discounts.lineDiscounts},
      {"Sale discounts", "整单折扣", r.discounts.saleDiscounts},
      {"Net", "净额", r.net},
      {"Tax added", "价外税", r.taxAdded},
      {"Total", "合计", r.total},
      heading("Tax", "税额"),
  };
  for (const auto& t : r.taxes) {
    rows.push_back({"Net " + t.taxClass, "净额 " + t.taxClass, t.net});
    rows.push_back({"Tax " + t.taxClass, "税额 " + t.taxClass, t.tax});
  }
  rows.push_back(heading("Tenders", "支付方式"));
  for (const auto& t : r.tenders) {
    rows.push_back({t.kind + " sales", t.kind + " 收款", t.sales});
    rows.push_back({t.kind + " refunds", t.kind + " 退款", t.refunds});
    rows.push_back({t.kind + " net", t.kind + " 净额", t.net()});
  }
  rows.push_back(heading("Cash", "现金"));
  rows.push_back({"Cash received", "收到现金", r.cashReceived});
  rows.push_back({"Cash refunded", "退还现金", r.cashRefunded});
  rows.push_back({"Change given", "找零", r.change});
  rows.push_back({"Cash rounding", "现金舍入", r.cashRounding});
  rows.push_back({"Expected cash in drawer", "钱箱应有现金", r.expectedCash});
  return rows;
}

std::string valueText(const PrintRow& row, int decimals) {
  struct Text {
    int decimals;
    std::string operator()(std::monostate) const { return {}; }
    std::string operator()(Money m) const { return formatMoney(m, decimals); }
    std::string operator()(std::int64_t n) const { return std::to_string(n); }
    std::string operator()(const std::string& s) const { return s; }
  };
  return std::visit(Text{decimals}, row.value);
}

}  // namespace poscore::reports
