// posctl catalog import/export/lookup, run as the store manager runs them.
#include <gmock/gmock.h>

#include <cstdlib>

#include "catalog_fixture.hpp"

namespace {

using ::testing::HasSubstr;
using ::testing::Not;

const std::string kDemo = std::string(POS_SOURCE_DIR) + "/app/pos/demo/catalog.csv";

class PosctlCatalog : public ::testing::Test {
 protected:
  void SetUp() override { settings("{}"); }
  void settings(const std::string& saleSection) {
    config = dir.write("pos.json", R"({"lane": {"data_dir": "data"}, "sale": )" + saleSection + "}");
  }
  // Runs posctl with the lane's settings; its exit code, with what it printed in `out`.
  int posctl(const std::string& args) {
    const auto log = dir / "out.txt";
    const auto command = std::string(POSCTL_PATH) + " --config " + config.string() + " " + args + " > " +
                         log.string() + " 2>&1";
    const int status = std::system(command.c_str());
    out = postest::readFile(log);
    return WIFEXITED(status) ? WEXITSTATUS(status) : -1;
  }

  postest::TempDir dir;
  std::filesystem::path config;
  std::string out;
};

TEST_F(PosctlCatalog, ImportsTheDemoCatalogExportsItAndLooksItemsUp) {
  ASSERT_EQ(posctl("catalog import " + kDemo), 0) << out;
  EXPECT_THAT(out, HasSubstr("imported 230 products"));
  EXPECT_THAT(out, Not(HasSubstr("importing [")));  // no progress bar when stderr is not a terminal
  const auto exported = dir / "export.csv";
  ASSERT_EQ(posctl("catalog export " + exported.string()), 0) << out;
  ASSERT_EQ(posctl("catalog import --replace " + exported.string()), 0) << out;
  EXPECT_THAT(out, HasSubstr("0 removed"));
  ASSERT_EQ(posctl("catalog lookup 6901021000014"), 0) << out;
  EXPECT_THAT(out, HasSubstr("东北大米 5公斤"));
  EXPECT_EQ(posctl("catalog lookup 6901021999996"), 1) << out;
}

TEST_F(PosctlCatalog, ReadsTheTaxClassesFromTheLaneSettingsAndReportsEveryIssue) {
  settings(R"({"tax_classes": {"A": {"rate_bp": 1300, "label_en": "VAT 13%", "label_zh": "增值税 13%"},
                               "B": {"rate_bp": 900, "label_en": "VAT 9%", "label_zh": "增值税 9%"}}})");
  EXPECT_EQ(posctl("catalog import " + kDemo), 1);
  EXPECT_THAT(out, HasSubstr("column tax_class: 'C' is not one of the lane's tax classes (A, B)"));
  EXPECT_THAT(out, HasSubstr("nothing was changed"));
  ASSERT_EQ(posctl("catalog export"), 0);
  EXPECT_EQ(std::count(out.begin(), out.end(), '\n'), 1) << "only the header: nothing was imported";

  settings(R"({"tax_classes": {"A": {"rate_bp": 1300, "label_en": "VAT 13%", "label_zh": "增值税 13%"},
                               "B": {"rate_bp": 900, "label_en": "VAT 9%", "label_zh": "增值税 9%"},
                               "C": {"rate_bp": 0, "label_en": "Tax exempt", "label_zh": "免税"}}})");
  EXPECT_EQ(posctl("catalog import " + kDemo), 0) << out;
}

}  // namespace
