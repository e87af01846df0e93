// tests/collector/collector_test_support.h — drives a CollectorBackend the
// way the gcops runner does, with a recording Host.
//
// CollectorFixture is a tiny stand-in for the runner: it keeps names (roots)
// bound to objects, gives out labels like the language does (a, a@2, ...),
// and turns each step into Backend calls with Python's reference effects.
// RecordingHost records the events in gcops text ("del a", "collect 2 2")
// and runs per-object bodies given as C++ lambdas.
#ifndef GCFUZZ_TESTS_COLLECTOR_COLLECTOR_TEST_SUPPORT_H_
#define GCFUZZ_TESTS_COLLECTOR_COLLECTOR_TEST_SUPPORT_H_

#include <gtest/gtest.h>

#include <functional>
#include <map>
#include <string>
#include <vector>

#include "collector/collector_backend.h"
#include "gcops/ast.h"
#include "gcops/backend.h"

namespace gcfuzz::collector::testing {

using gcops::ObjId;
using gcops::Value;

class RecordingHost : public gcops::Host {
 public:
  std::vector<std::string> labels;      // id -> label
  std::vector<std::string> events;      // without free events
  std::vector<std::string> all_events;  // with free events
  std::map<ObjId, std::function<void()>> on_del, on_tp_del, on_callback;
  std::map<uint32_t, std::function<void(bool start)>> on_gc;
  std::map<ObjId, int> del_calls, tp_del_calls, callback_calls;

  std::string L(ObjId id) const {
    return id < labels.size() ? labels[id] : "?";
  }
  bool recording = true;  // false: count nothing (for very large runs)
  void Record(const std::string& e, bool is_free = false) {
    if (!recording) return;
    if (!is_free) events.push_back(e);
    all_events.push_back(e);
  }
  void OnDel(ObjId self) override {
    Record("del " + L(self));
    ++del_calls[self];
    if (auto it = on_del.find(self); it != on_del.end()) it->second();
  }
  void OnTpDel(ObjId self) override {
    Record("tp_del " + L(self));
    ++tp_del_calls[self];
    if (auto it = on_tp_del.find(self); it != on_tp_del.end()) it->second();
  }
  void OnWeakrefCallback(ObjId w) override {
    Record("callback " + L(w));
    ++callback_calls[w];
    if (auto it = on_callback.find(w); it != on_callback.end()) it->second();
  }
  void OnGcCallback(uint32_t index, bool start, int gen, int64_t m,
                    int64_t n) override {
    if (start)
      Record("gc_start " + std::to_string(gen));
    else
      Record("gc_stop " + std::to_string(gen) + " " + std::to_string(m) + " " +
             std::to_string(n));
    if (auto it = on_gc.find(index); it != on_gc.end()) it->second(start);
  }
  void OnGarbage(ObjId obj) override { Record("garbage " + L(obj)); }
  void OnCollectEnd(int gen, int64_t found, bool automatic) override {
    Record("collect " + std::to_string(gen) + " " + std::to_string(found) +
           (automatic ? " auto" : ""));
  }
  void OnFree(ObjId obj) override {
    if (recording) Record("free " + L(obj), /*is_free=*/true);
  }
};

// Joins and clears a log: "del a, del b, collect 2 2".
std::string Take(std::vector<std::string>& log);

class CollectorFixture : public ::testing::Test {
 protected:
  // The classic collector unless a test fixture asks for another mode.
  explicit CollectorFixture(CollectorMode mode = CollectorMode::kClassic)
      : backend_(mode) {}

  // Declares a class; call before Start().
  void Class(const std::string& name, int slots = 4, bool del = false,
             bool tp_del = false, bool noweakref = false);
  void Start();  // Backend::Begin
  void TearDown() override;

  // --- statements (names are roots, as in gcops)
  ObjId New(const std::string& name, const std::string& cls);
  ObjId MakeList(const std::string& name,
                 const std::vector<std::string>& items = {});
  ObjId MakeDict(const std::string& name);
  ObjId MakeTuple(const std::string& name,
                  const std::vector<std::string>& items);
  ObjId Ref(const std::string& name, const std::string& target, bool callback);
  ObjId Proxy(const std::string& name, const std::string& target,
              bool callback);
  void Set(const std::string& base, int index, const std::string& item);
  void Clear(const std::string& base,
             int index);  // slot/index = None, dict: del
  void Append(const std::string& base, const std::string& item);
  void Let(const std::string& name, const std::string& item);
  void Let(const std::string& name, ObjId obj);
  void Del(const std::string& name);
  int64_t Collect(int gen = 2);

  // --- reading state
  ObjId Id(const std::string& label) const;  // by label ("a", "a@2")
  bool Alive(const std::string& label) const;
  std::string Log() { return Take(host_.events); }  // events since last call
  std::string Full() { return Take(host_.all_events); }
  std::vector<std::string> Labels(const std::vector<ObjId>& ids) const;

  // An item: a bound name, an integer literal, or "none".
  Value ItemValue(const std::string& item) const;
  void Bind(const std::string& name, Value v);

  gcops::Program program_;
  RecordingHost host_;
  CollectorBackend backend_;
  std::map<std::string, Value> names_;
  std::map<std::string, ObjId> by_label_;
  std::map<std::string, int> label_uses_;
  bool started_ = false;

 private:
  ObjId NextId(const std::string& name);
  int ClassId(const std::string& cls) const;
};

}  // namespace gcfuzz::collector::testing

#endif  // GCFUZZ_TESTS_COLLECTOR_COLLECTOR_TEST_SUPPORT_H_
