// tests/collector/collector_test_support.h — a gtest fixture that drives a
// CollectorBackend through the tests' one driver
// (tests/support/backend_driver.h).
//
// CollectorFixture owns the collector and a BackendDriver over it; its
// statements are the driver's (names are roots, labels as the language
// gives them), and `host_` is the driver itself: the recorded events
// ("del a", "collect 2 2"), the per-object bodies given as C++ lambdas,
// the call counts. The fixture adds what only the collector can answer
// (Alive) and a heap check at the end of each test.
#ifndef GCFUZZ_TESTS_COLLECTOR_COLLECTOR_TEST_SUPPORT_H_
#define GCFUZZ_TESTS_COLLECTOR_COLLECTOR_TEST_SUPPORT_H_

#include <gtest/gtest.h>

#include <map>
#include <string>
#include <vector>

#include "collector/collector_backend.h"
#include "gcops/ast.h"
#include "gcops/backend.h"
#include "tests/support/backend_driver.h"

namespace gcfuzz::collector::testing {

using gcops::ObjId;
using gcops::Value;
// The driver records as a Host would; standalone tests use it as one.
using RecordingHost = ::gcfuzz::testing::BackendDriver;

// Joins and clears a log: "del a, del b, collect 2 2".
std::string Take(std::vector<std::string>& log);

class CollectorFixture : public ::testing::Test {
 protected:
  // The classic collector unless a test fixture asks for another mode.
  explicit CollectorFixture(CollectorMode mode = CollectorMode::kClassic)
      : backend_(mode) {}

  // Declares a class; call before Start().
  void Class(const std::string& name, int slots = 4, bool del = false,
             bool tp_del = false, bool noweakref = false) {
    host_.Class(name, slots, del, tp_del, noweakref);
  }
  void Start() { host_.Begin(); }  // Backend::Begin
  void TearDown() override;

  // --- statements (names are roots, as in gcops)
  ObjId New(const std::string& name, const std::string& cls) {
    return host_.New(name, cls);
  }
  ObjId MakeList(const std::string& name,
                 const std::vector<std::string>& items = {}) {
    return host_.List(name, items);
  }
  ObjId MakeDict(const std::string& name) { return host_.Dict(name); }
  ObjId MakeTuple(const std::string& name,
                  const std::vector<std::string>& items) {
    return host_.Tuple(name, items);
  }
  ObjId Ref(const std::string& name, const std::string& target, bool callback) {
    return host_.Ref(name, target, callback);
  }
  ObjId Proxy(const std::string& name, const std::string& target,
              bool callback) {
    return host_.Proxy(name, target, callback);
  }
  void Set(const std::string& base, int index, const std::string& item) {
    host_.Set(base, index, item);
  }
  // A slot/index to None; for a dict, del d[index].
  void Clear(const std::string& base, int index) { host_.Clear(base, index); }
  void Append(const std::string& base, const std::string& item) {
    host_.Append(base, item);
  }
  void Let(const std::string& name, const std::string& item) {
    host_.Let(name, item);
  }
  void Let(const std::string& name, ObjId obj) { host_.Let(name, obj); }
  void Del(const std::string& name) { host_.Del(name); }
  int64_t Collect(int gen = 2) { return host_.Collect(gen); }

  // --- reading state
  ObjId Id(const std::string& label) const;  // by label ("a", "a@2")
  bool Alive(const std::string& label) const;
  std::string Log() { return Take(host_.events); }  // events since last call
  std::string Full() { return Take(host_.all_events); }
  std::vector<std::string> Labels(const std::vector<ObjId>& ids) const {
    return host_.LabelsOf(ids);
  }

  // An item: a bound name, an integer literal, or "none".
  Value ItemValue(const std::string& item) const { return host_.Item(item); }
  void Bind(const std::string& name, Value v) { host_.Bind(name, v); }

  CollectorBackend backend_;
  ::gcfuzz::testing::BackendDriver host_{backend_};
  // The driver's roots and labels, under the names the tests use.
  std::map<std::string, Value>& names_ = host_.names;
  std::map<std::string, ObjId>& by_label_ = host_.by_label;
};

}  // namespace gcfuzz::collector::testing

#endif  // GCFUZZ_TESTS_COLLECTOR_COLLECTOR_TEST_SUPPORT_H_
