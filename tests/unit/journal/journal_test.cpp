#include "poscore/journal/journal.hpp"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "poscore/services/clocks.hpp"
#include "temp_dir.hpp"

namespace poscore::journal {
namespace {

using ::testing::HasSubstr;

class JournalTest : public ::testing::Test {
 protected:
  Entry add(const std::string& type = type::kNoSale, const std::string& payload = "{\"n\":1}") {
    clock.advance(std::chrono::seconds(1));
    auto written = journal.append({type, "c7", "R-1", payload});
    EXPECT_TRUE(written) << written.error();
    return written ? written.value() : Entry{};
  }
  void addSome(int count) {
    for (int i = 0; i < count; ++i) add(type::kSale, "{\"n\":" + std::to_string(i) + "}");
  }
  // What someone with the database file and a SQLite shell could do.
  void tamper(const std::string& sql) {
    ASSERT_TRUE(db.exec("DROP TRIGGER IF EXISTS journal_no_update").isOk());
    ASSERT_TRUE(db.exec("DROP TRIGGER IF EXISTS journal_no_delete").isOk());
    auto done = db.exec(sql);
    ASSERT_TRUE(done) << done.error();
  }
  ChainBreak brokenAt() {
    auto verified = journal.verify();
    EXPECT_TRUE(verified) << verified.error();
    EXPECT_FALSE(verified.value().ok()) << "the tampering went unnoticed";
    return verified.value().broken.value_or(ChainBreak{-1, ChainBreak::Kind::Edited, "none"});
  }

  postest::TempDir dir;
  LaneDb db{dir / "lane.db"};
  ManualClock clock{std::chrono::sys_days{std::chrono::year{2026} / 1 / 1}};
  Journal journal{db, clock};
};

TEST_F(JournalTest, EntriesAreNumberedAndChained) {
  auto first = add(type::kSignOn);
  auto second = add(type::kSale);
  EXPECT_EQ(first.seq, 1);
  EXPECT_EQ(second.seq, 2);
  EXPECT_EQ(first.prevHash, genesisHash());
  EXPECT_EQ(second.prevHash, first.hash);
  EXPECT_EQ(first.hash, entryHash(first));
  EXPECT_EQ(first.hash.size(), 64U);
  EXPECT_EQ(first.time, "2026-01-01T00:00:01.000Z");
  auto stored = journal.last(10);
  ASSERT_TRUE(stored) << stored.error();
  ASSERT_EQ(stored.value().size(), 2U);
  EXPECT_EQ(stored.value()[1].hash, second.hash);
  EXPECT_EQ(stored.value()[1].staffId, "c7");
  EXPECT_EQ(stored.value()[1].reference, "R-1");
}

TEST_F(JournalTest, AnIntactChainVerifies) {
  addSome(5);
  auto verified = journal.verify();
  ASSERT_TRUE(verified) << verified.error();
  EXPECT_TRUE(verified.value().ok()) << verified.value().broken->reason;
  EXPECT_EQ(verified.value().entries, 5);
}

TEST_F(JournalTest, AnEmptyJournalVerifies) {
  auto verified = journal.verify();
  ASSERT_TRUE(verified) << verified.error();
  EXPECT_TRUE(verified.value().ok());
}

TEST_F(JournalTest, EveryFieldIsCoveredByTheHash) {
  Entry base{3, "2026-01-01T00:00:00.000Z", "sale", "c1", "R-9", "{}", genesisHash(), {}};
  const auto original = entryHash(base);
  for (auto change : std::vector<std::function<void(Entry&)>>{
           [](Entry& e) { e.seq = 4; }, [](Entry& e) { e.time = "2026-01-01T00:00:00.001Z"; },
           [](Entry& e) { e.type = "return"; }, [](Entry& e) { e.staffId = "c2"; },
           [](Entry& e) { e.reference = "R-8"; }, [](Entry& e) { e.payload = "[]"; },
           [](Entry& e) { e.prevHash = std::string(64, '1'); }}) {
    Entry edited = base;
    change(edited);
    EXPECT_NE(entryHash(edited), original);
  }
}

TEST_F(JournalTest, FieldBoundariesCannotBeShifted) {
  Entry a{1, "t", "sale", "c1", "R", "{}", genesisHash(), {}};
  Entry b = a;
  b.staffId = "c";
  b.reference = "1R";
  EXPECT_NE(entryHash(a), entryHash(b));
}

TEST_F(JournalTest, TheTablesRefuseUpdatesAndDeletes) {
  addSome(2);
  auto updated = db.exec("UPDATE journal SET payload = '{}' WHERE seq = 1");
  EXPECT_FALSE(updated);
  EXPECT_THAT(updated.error(), HasSubstr("append-only"));
  EXPECT_FALSE(db.exec("DELETE FROM journal WHERE seq = 2"));
}

TEST_F(JournalTest, DetectsAnEditedPayload) {
  addSome(5);
  tamper("UPDATE journal SET payload = '{\"n\":99}' WHERE seq = 3");
  auto broken = brokenAt();
  EXPECT_EQ(broken.seq, 3);
  EXPECT_EQ(broken.kind, ChainBreak::Kind::Edited);
  EXPECT_THAT(broken.reason, HasSubstr("entry 3"));
}

TEST_F(JournalTest, DetectsAnEditWhoseHashWasRecomputed) {
  addSome(5);
  auto entries = journal.last(5).value();
  Entry forged = entries[1];
  forged.payload = "{\"n\":99}";
  forged.hash = entryHash(forged);
  tamper("UPDATE journal SET payload = '" + forged.payload + "', hash = '" + forged.hash + "' WHERE seq = 2");
  auto broken = brokenAt();
  EXPECT_EQ(broken.seq, 3);
  EXPECT_EQ(broken.kind, ChainBreak::Kind::Removed);
}

TEST_F(JournalTest, DetectsARemovedEntryInTheMiddle) {
  addSome(5);
  tamper("DELETE FROM journal WHERE seq = 3");
  auto broken = brokenAt();
  EXPECT_EQ(broken.seq, 3);
  EXPECT_EQ(broken.kind, ChainBreak::Kind::Removed);
  EXPECT_THAT(broken.reason, HasSubstr("entry 3 is missing"));
}

TEST_F(JournalTest, DetectsARemovedFirstEntry) {
  addSome(3);
  tamper("DELETE FROM journal WHERE seq = 1");
  auto broken = brokenAt();
  EXPECT_EQ(broken.seq, 1);
  EXPECT_EQ(broken.kind, ChainBreak::Kind::Removed);
}

TEST_F(JournalTest, DetectsARemovalClosedUpByRenumbering) {
  addSome(5);
  tamper("DELETE FROM journal WHERE seq = 3");
  tamper("UPDATE journal SET seq = seq - 1 WHERE seq > 3");
  auto broken = brokenAt();
  EXPECT_EQ(broken.seq, 3);
}

TEST_F(JournalTest, DetectsReorderedEntries) {
  addSome(5);
  tamper("UPDATE journal SET seq = -2 WHERE seq = 2");
  tamper("UPDATE journal SET seq = 2 WHERE seq = 4");
  tamper("UPDATE journal SET seq = 4 WHERE seq = -2");
  auto broken = brokenAt();
  EXPECT_EQ(broken.seq, 2);
  EXPECT_EQ(broken.kind, ChainBreak::Kind::Edited);
}

TEST_F(JournalTest, DetectsTheNewestEntryRemoved) {
  addSome(4);
  tamper("DELETE FROM journal WHERE seq = 4");
  auto broken = brokenAt();
  EXPECT_EQ(broken.seq, 4);
  EXPECT_EQ(broken.kind, ChainBreak::Kind::Truncated);
  EXPECT_THAT(broken.reason, HasSubstr("entry 4"));
}

TEST_F(JournalTest, DetectsEverythingRemoved) {
  addSome(2);
  tamper("DELETE FROM journal");
  EXPECT_EQ(brokenAt().kind, ChainBreak::Kind::Truncated);
}

TEST_F(JournalTest, DetectsTheHeadRemoved) {
  addSome(2);
  tamper("DELETE FROM journal_head");
  EXPECT_EQ(brokenAt().kind, ChainBreak::Kind::Truncated);
}

TEST_F(JournalTest, DetectsTheNewestEntryReplaced) {
  addSome(3);
  auto newest = journal.last(1).value().at(0);
  newest.payload = "{\"n\":-1}";
  newest.hash = entryHash(newest);
  tamper("UPDATE journal SET payload = '" + newest.payload + "', hash = '" + newest.hash + "' WHERE seq = 3");
  auto broken = brokenAt();
  EXPECT_EQ(broken.kind, ChainBreak::Kind::Truncated);
  EXPECT_THAT(broken.reason, HasSubstr("different hash"));
}

TEST_F(JournalTest, AnEntryCommitsWithTheCallersTransaction) {
  add();
  auto failed = db.transaction([&](possdk::Sql& sql) {
    auto written = journal.append(sql, {type::kSale, "c1", "R-2", "{}"});
    EXPECT_TRUE(written) << written.error();
    return possdk::Status::fail("the sale's own rows failed");
  });
  EXPECT_FALSE(failed);
  EXPECT_EQ(journal.last(10).value().size(), 1U);
  auto next = add();
  EXPECT_EQ(next.seq, 2);
  EXPECT_TRUE(journal.verify().value().ok());
}

TEST_F(JournalTest, RefusesAMalformedType) {
  for (const std::string bad : {"", "Sale", "void sale", "-sale"}) {
    auto written = journal.append({bad, "c1", "", "{}"});
    ASSERT_FALSE(written) << bad;
    EXPECT_THAT(written.error(), HasSubstr("type"));
  }
  EXPECT_TRUE(journal.last(1).value().empty());
}

TEST_F(JournalTest, RefusesAPayloadThatIsNotJson) {
  auto written = journal.append({type::kSale, "c1", "", "{not json"});
  ASSERT_FALSE(written);
  EXPECT_THAT(written.error(), HasSubstr("payload"));
}

TEST_F(JournalTest, SurvivesReopening) {
  addSome(2);
  LaneDb again{dir / "lane.db"};
  Journal reopened{again, clock};
  auto next = reopened.append({type::kSignOff, "c7", "", "{}"});
  ASSERT_TRUE(next) << next.error();
  EXPECT_EQ(next.value().seq, 3);
  EXPECT_TRUE(reopened.verify().value().ok());
}

}  // namespace
}  // namespace poscore::journal
