// Shared by the triage tools' tests (repro, minimize, export, dot): parsing
// helpers, running the real CLI binary, and a collector with a planted
// difference, so that a divergence can be judged although the real
// backends agree.
#ifndef GCFUZZ_TESTS_TOOLS_TRIAGE_TEST_SUPPORT_H_
#define GCFUZZ_TESTS_TOOLS_TRIAGE_TEST_SUPPORT_H_

#include <gtest/gtest.h>
#include <sys/wait.h>

#include <cstdio>
#include <memory>
#include <string>
#include <string_view>

#include "collector/collector_backend.h"
#include "gcops/parser.h"
#include "tests/support/parse.h"

namespace gcfuzz::triage::testing {

using ::gcfuzz::testing::MustParse;

struct CommandResult {
  int status = -1;
  std::string out;
};

// Runs a shell command, capturing stdout; `redirect` says where stderr goes
// (by default into the captured output too).
inline CommandResult RunCommand(const std::string& cmd,
                                const std::string& redirect = " 2>&1") {
  CommandResult r;
  FILE* p = popen((cmd + redirect).c_str(), "r");
  if (p == nullptr) return r;
  char buf[4096];
  size_t n;
  while ((n = fread(buf, 1, sizeof buf, p)) > 0) r.out.append(buf, n);
  const int raw = pclose(p);
  r.status = WIFEXITED(raw) ? WEXITSTATUS(raw) : -1;
  return r;
}

// The collector, except that every `collect` event reports one object more
// than was found: a planted difference for divergence tests.
class SkewedCollector : public collector::CollectorBackend {
 public:
  std::string_view Name() const override { return "skewed"; }
  void Begin(gcops::Host& host, const gcops::Program& program) override {
    skew_.inner = &host;
    collector::CollectorBackend::Begin(skew_, program);
  }

 private:
  struct SkewHost : gcops::Host {
    gcops::Host* inner = nullptr;
    void OnDel(gcops::ObjId o) override { inner->OnDel(o); }
    void OnTpDel(gcops::ObjId o) override { inner->OnTpDel(o); }
    void OnWeakrefCallback(gcops::ObjId w) override {
      inner->OnWeakrefCallback(w);
    }
    void OnGcCallback(uint32_t i, bool start, int gen, int64_t m,
                      int64_t n) override {
      inner->OnGcCallback(i, start, gen, m, n);
    }
    void OnGarbage(gcops::ObjId o) override { inner->OnGarbage(o); }
    void OnCollectEnd(int gen, int64_t found, bool automatic) override {
      inner->OnCollectEnd(gen, found + 1, automatic);
    }
    void OnFree(gcops::ObjId o) override { inner->OnFree(o); }
  };
  SkewHost skew_;
};

// "collector" is the real collector, "skewed" the planted one.
inline std::unique_ptr<gcops::Backend> MakeTestBackend(std::string_view name) {
  if (name == "skewed") return std::make_unique<SkewedCollector>();
  if (name == "collector")
    return std::make_unique<collector::CollectorBackend>();
  return nullptr;
}

}  // namespace gcfuzz::triage::testing

#endif  // GCFUZZ_TESTS_TOOLS_TRIAGE_TEST_SUPPORT_H_
