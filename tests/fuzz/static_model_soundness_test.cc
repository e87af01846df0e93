// The static model (gcops/static_model.h) checked against real runs on the
// C++ collector: on random decoded programs, and on those programs with one
// top-level statement perturbed (which the model must then judge right):
//  - a statement the model calls kInvalid stops the run (misuse) there or at
//    an earlier statement the model called kUnknown;
//  - a statement the model calls kValid never stops the run.
#include <gtest/gtest.h>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <random>
#include <sstream>
#include <vector>

#include "collector/collector_backend.h"
#include "gcops/binary.h"
#include "gcops/parser.h"
#include "gcops/printer.h"
#include "gcops/runner.h"
#include "gcops/static_model.h"
#include "tests/support/corpus_programs.h"

namespace gcfuzz::gcops {
namespace {

// Judges every top-level statement in order, up to the first kInvalid.
std::vector<Validity> JudgeAll(const Program& p) {
  std::vector<Validity> out;
  StaticModel model(p);
  for (const Stmt& s : p.stmts) {
    out.push_back(model.Judge(s));
    if (out.back() == Validity::kInvalid) break;
    model.Apply(s);
  }
  return out;
}

struct Tally {
  int invalid_confirmed = 0;  // judged kInvalid, and the run stopped there
  int unknown_misuse = 0;     // stopped at a statement judged kUnknown
  int clean = 0;              // ran through
};

void ExpectModelAgreesWithRun(const Program& p, Tally* tally) {
  const std::vector<Validity> judged = JudgeAll(p);
  collector::CollectorBackend backend;
  RunOptions options;
  options.max_body_steps = 2000;
  const RunResult r = Run(p, backend, options);
  const std::string text = Print(p);
  if (r.misuse) {
    const size_t j = r.misuse->stmt_index;
    ASSERT_LT(j, judged.size())
        << "misuse after the model's first invalid statement\n"
        << text;
    EXPECT_NE(judged[j], Validity::kValid)
        << "statement " << j + 1 << " judged valid but: " << r.misuse->message
        << "\n"
        << text;
    ++(judged[j] == Validity::kInvalid ? tally->invalid_confirmed
                                       : tally->unknown_misuse);
  } else {
    ++tally->clean;
    EXPECT_NE(judged.back(), Validity::kInvalid)
        << "statement " << judged.size() << " judged invalid, but the run "
        << "went through\n"
        << text;
  }
}

// Points one name of statement `s` somewhere else, or moves its index.
void Perturb(std::mt19937& rng, Program& p, Stmt& s) {
  const NameId n = static_cast<NameId>(rng() % p.names.size());
  if (s.op == Op::kExpect && !s.expect.labels.empty()) {
    Label& l = s.expect.labels[rng() % s.expect.labels.size()];
    if (rng() % 2) {
      l.name = n;
    } else {
      l.serial = 1 + rng() % 3;
    }
  } else if (!s.items.empty() && rng() % 2) {
    Item& it = s.items[rng() % s.items.size()];
    if (it.kind == Item::Kind::kPath && rng() % 2) {
      it.value += static_cast<int32_t>(rng() % 5) - 2;
    } else {
      it = Item{Item::Kind::kName, n, false, 0};
    }
  } else if (s.op == Op::kSet || s.op == Op::kClear || s.op == Op::kAppend) {
    if (rng() % 2) {
      s.base.name = n;
    } else {
      s.index += static_cast<int32_t>(rng() % 5) - 2;
    }
  } else if (s.name != kNoName) {
    s.name = n;
  }
}

TEST(StaticModelSoundnessTest, JudgementsMatchRunsOnTheCollector) {
  std::mt19937 rng(20261122);
  int perturbed = 0;
  Tally tally;
  // GCFUZZ_SOUNDNESS_ITERS and GCFUZZ_SOUNDNESS_MAX_LEN run a longer search
  // (the defaults keep ctest quick).
  const char* env = std::getenv("GCFUZZ_SOUNDNESS_ITERS");
  const int iters = env != nullptr ? std::atoi(env) : 20000;
  const char* len_env = std::getenv("GCFUZZ_SOUNDNESS_MAX_LEN");
  const unsigned max_len = len_env != nullptr ? std::atoi(len_env) : 64;
  for (int i = 0; i < iters; ++i) {
    std::vector<uint8_t> bytes(8 + rng() % (max_len - 7));
    for (uint8_t& b : bytes)
      b = static_cast<uint8_t>(rng() % 3 ? rng() % 26 : rng());
    Program p = Decode(bytes);
    if (p.stmts.empty() || p.names.empty()) continue;
    ExpectModelAgreesWithRun(p, &tally);
    Perturb(rng, p, p.stmts[rng() % p.stmts.size()]);
    ExpectModelAgreesWithRun(p, &tally);
    ++perturbed;
    if (::testing::Test::HasFailure()) return;
  }
  EXPECT_GT(perturbed, 10000);
  // The check is only as good as the cases it saw.
  EXPECT_GT(tally.invalid_confirmed, 1000);
  EXPECT_GT(tally.clean, 10000);
  std::printf("invalid confirmed %d, misuse at unknown %d, clean %d\n",
              tally.invalid_confirmed, tally.unknown_misuse, tally.clean);
}

std::filesystem::path SourceDir() {
  const char* dir = std::getenv("GCFUZZ_SOURCE_DIR");
  return dir != nullptr
             ? std::filesystem::path(dir)
             : std::filesystem::path(__FILE__).parent_path() / ".." / "..";
}

// The hand-written corpus runs without misuse on the collector, and the
// model finds nothing definitely invalid in it (so the binary form keeps it
// exactly).
TEST(StaticModelSoundnessTest, CorpusRunsWithoutMisuseAndIsValid) {
  size_t files = 0;
  for (const char* sub : {"corpus/seeds", "corpus/regressions"}) {
    const auto dir = SourceDir() / sub;
    if (!std::filesystem::exists(dir)) continue;
    for (const auto& entry : std::filesystem::directory_iterator(dir)) {
      if (entry.path().extension() != ".gcops") continue;
      SCOPED_TRACE(entry.path().string());
      std::ifstream in(entry.path());
      std::stringstream text;
      text << in.rdbuf();
      Program p;
      ParseError err;
      ASSERT_TRUE(Parse(text.str(), entry.path().string(), &p, &err))
          << err.ToString();
      EXPECT_EQ(FirstInvalid(p), std::nullopt);
      // A program pinning a later version only (its `# versions:` line
      // leaves 3.11 out) runs on the first of its versions the model has.
      const collector::VersionRules* rules = &collector::kPython3_11;
      const auto tagged = testing::TaggedVersions(text.str());
      if (!tagged.empty() &&
          std::find(tagged.begin(), tagged.end(), "3.11") == tagged.end()) {
        for (const auto& v : tagged) {
          if (const auto* r = collector::FindVersionProfile(v)) {
            rules = r;
            break;
          }
        }
      }
      collector::CollectorBackend backend(*rules);
      const RunResult r = gcops::Run(p, backend);
      EXPECT_FALSE(r.misuse.has_value())
          << FormatMisuse(entry.path().string(), *r.misuse);
      for (const Failure& f : r.failures) {
        ADD_FAILURE() << FormatFailure(entry.path().string(), f);
      }
      ++files;
    }
  }
  EXPECT_GE(files, 6u);
}

}  // namespace
}  // namespace gcfuzz::gcops
