#include "journal_migrations.hpp"

namespace poscore::journal {

const std::vector<possdk::Migration>& journalMigrations() {
  static const std::vector<possdk::Migration> steps{
      {1, "journal entries and head",
       "CREATE TABLE journal("
       " seq INTEGER PRIMARY KEY,"
       " at TEXT NOT NULL,"
       " type TEXT NOT NULL,"
       " staff_id TEXT NOT NULL,"
       " reference TEXT NOT NULL,"
       " payload TEXT NOT NULL,"
       " prev_hash TEXT NOT NULL,"
       " hash TEXT NOT NULL);"
       "CREATE INDEX journal_reference ON journal(reference);"
       // One row: the last entry as the writer left it, so a missing newest entry is noticed.
       "CREATE TABLE journal_head("
       " one INTEGER PRIMARY KEY CHECK(one = 1),"
       " last_seq INTEGER NOT NULL,"
       " last_hash TEXT NOT NULL);"
       "CREATE TRIGGER journal_no_update BEFORE UPDATE ON journal"
       " BEGIN SELECT RAISE(ABORT, 'the journal is append-only: entries cannot be changed'); END;"
       "CREATE TRIGGER journal_no_delete BEFORE DELETE ON journal"
       " BEGIN SELECT RAISE(ABORT, 'the journal is append-only: entries cannot be removed'); END;"},
  };
  return steps;
}

}  // namespace poscore::journal
