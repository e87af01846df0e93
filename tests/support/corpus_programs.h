// tests/support/corpus_programs.h — the committed gcops corpus, parsed, for
// tests that run every program of it (cross-checks, planted-bug loops).
//
// Header-only so any test target can include it without a link change.
// The corpus is found through $GCFUZZ_SOURCE_DIR (ctest sets it): the
// .gcops files of corpus/seeds, corpus/scenarios and corpus/regressions,
// in that directory order and sorted by path within each, so a loop over
// them is the same run every time. Without GCFUZZ_SOURCE_DIR the list is
// empty; callers assert on its size so that cannot pass silently.
#ifndef GCFUZZ_TESTS_SUPPORT_CORPUS_PROGRAMS_H_
#define GCFUZZ_TESTS_SUPPORT_CORPUS_PROGRAMS_H_

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <initializer_list>
#include <optional>
#include <sstream>
#include <string>
#include <string_view>
#include <vector>

#include "gcops/parser.h"

namespace gcfuzz::testing {

struct CorpusProgram {
  std::string path;
  std::string name;  // the file name ("x.gcops")
  std::string text;
  gcops::Program program;                  // empty when `error` is set
  std::optional<gcops::ParseError> error;  // a corpus file that does not parse
};

// The .gcops files of `dirs` (relative to $GCFUZZ_SOURCE_DIR, which ctest
// sets), each directory in file-name order; missing directories are
// skipped, and nothing is returned without $GCFUZZ_SOURCE_DIR (tests then
// fail their "found some programs" check).
inline std::vector<CorpusProgram> LoadPrograms(
    std::initializer_list<std::string_view> dirs) {
  std::vector<CorpusProgram> out;
  const char* root = std::getenv("GCFUZZ_SOURCE_DIR");
  if (root == nullptr) return out;
  for (std::string_view dir : dirs) {
    const auto path = std::filesystem::path(root) / dir;
    if (!std::filesystem::is_directory(path)) continue;
    std::vector<std::filesystem::path> files;
    for (const auto& e : std::filesystem::directory_iterator(path)) {
      if (e.path().extension() == ".gcops") files.push_back(e.path());
    }
    std::sort(files.begin(), files.end());
    for (const auto& f : files) {
      std::ifstream in(f);
      std::stringstream text;
      text << in.rdbuf();
      CorpusProgram c;
      c.path = f.string();
      c.name = f.filename().string();
      c.text = text.str();
      gcops::ParseError e;
      if (!gcops::Parse(c.text, c.path, &c.program, &e)) c.error = e;
      out.push_back(std::move(c));
    }
  }
  return out;
}

// The whole committed corpus: seeds, scenarios, regressions.
inline std::vector<CorpusProgram> LoadCorpusPrograms() {
  return LoadPrograms(
      {"corpus/seeds", "corpus/scenarios", "corpus/regressions"});
}

// The programs of LoadCorpusPrograms() that parse, in the same order: the
// starting population of the tests' fuzz loops.
inline std::vector<gcops::Program> ParsedCorpusPrograms() {
  std::vector<gcops::Program> programs;
  for (CorpusProgram& c : LoadCorpusPrograms()) {
    if (!c.error) programs.push_back(std::move(c.program));
  }
  return programs;
}

// The versions a program's `# versions:` line names ("3.11", ...), empty
// without one.
inline std::vector<std::string> TaggedVersions(const std::string& text) {
  std::vector<std::string> out;
  std::istringstream lines(text);
  constexpr std::string_view kKey = "# versions:";
  for (std::string line; std::getline(lines, line);) {
    if (line.compare(0, kKey.size(), kKey) != 0) continue;
    out.clear();
    std::istringstream words(line.substr(kKey.size()));
    for (std::string w; words >> w;) out.push_back(w);
  }
  return out;
}

}  // namespace gcfuzz::testing

#endif  // GCFUZZ_TESTS_SUPPORT_CORPUS_PROGRAMS_H_
