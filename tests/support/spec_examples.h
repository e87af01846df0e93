// tests/support/spec_examples.h — the worked examples of the gcops spec
// (section 5), which live in the corpus as seeds: named once here, read
// from corpus/ by every test that runs them.
#ifndef GCFUZZ_TESTS_SUPPORT_SPEC_EXAMPLES_H_
#define GCFUZZ_TESTS_SUPPORT_SPEC_EXAMPLES_H_

#include <array>
#include <cstdlib>
#include <fstream>
#include <sstream>
#include <string>

namespace gcfuzz::testing {

// Relative to $GCFUZZ_SOURCE_DIR, in the spec's order.
inline constexpr std::array<const char*, 3> kSpecExampleFiles = {
    "corpus/seeds/two_cycle_del.gcops",   // two-object cycle with __del__
    "corpus/seeds/refcount_death.gcops",  // refcount death, callbacks
    "corpus/seeds/resurrect.gcops",       // a resurrecting finalizer
};

// The text of a source-tree file ("" when it cannot be read).
inline std::string ReadSourceFile(const std::string& relative) {
  const char* root = std::getenv("GCFUZZ_SOURCE_DIR");
  std::ifstream in(std::string(root ? root : ".") + "/" + relative);
  std::stringstream s;
  s << in.rdbuf();
  return s.str();
}

}  // namespace gcfuzz::testing

#endif  // GCFUZZ_TESTS_SUPPORT_SPEC_EXAMPLES_H_
