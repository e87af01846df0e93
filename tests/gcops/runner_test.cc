// Tests of the runner's own semantics (labels, evaluation order, misuse,
// bodies, expectations) over a small scripted backend that logs every call.
// The collector and CPython backends have their own golden-trace tests.
#include "gcops/runner.h"

#include <gtest/gtest.h>

#include <map>
#include <string>
#include <vector>

#include "gcops/parser.h"
#include "tests/support/parse.h"

namespace gcfuzz::gcops {
namespace {

// A refcounting heap with no cycle collector: enough to observe exactly
// which calls the runner makes, in which order.
class LoggingBackend final : public Backend {
 public:
  std::vector<std::string> calls;

  std::string_view Name() const override { return "logging"; }
  void Begin(Host& host, const Program& program) override {
    host_ = &host;
    program_ = &program;
  }
  void End() override { objs_.clear(); }

  void NewInstance(ObjId id, ClassId cls) override {
    Make(id, ObjKind::kInstance, cls);
    objs_[id].items.assign(program_->classes[cls].slots, Value::None());
    Log("new", id);
  }
  void NewList(ObjId id, std::span<const Value> items) override {
    Make(id, ObjKind::kList, 0);
    for (const Value& v : items) Store(&objs_[id].items.emplace_back(), v);
    Log("list", id);
  }
  void NewDict(ObjId id) override {
    Make(id, ObjKind::kDict, 0);
    Log("dict", id);
  }
  void NewTuple(ObjId id, std::span<const Value> items) override {
    Make(id, ObjKind::kTuple, 0);
    for (const Value& v : items) Store(&objs_[id].items.emplace_back(), v);
    Log("tuple", id);
  }
  ObjId NewWeakref(ObjId id, bool proxy, ObjId target,
                   bool with_callback) override {
    auto& basic = basic_ref_[target];
    if (!with_callback && !proxy && basic != 0) {
      ++objs_[basic - 1].refcount;
      Log("reuse", basic - 1);
      return basic - 1;
    }
    Make(id, proxy ? ObjKind::kProxy : ObjKind::kRef, 0);
    if (!with_callback && !proxy) basic = id + 1;
    Log("weakref", id);
    return id;
  }
  void Incref(ObjId o) override {
    ++objs_[o].refcount;
    Log("incref", o);
  }
  void Decref(ObjId o) override {
    Log("decref", o);
    Drop(o);
  }
  ObjKind KindOf(ObjId o) override { return objs_[o].kind; }
  ClassId ClassOf(ObjId o) override { return objs_[o].cls; }
  size_t Length(ObjId o) override {
    return objs_[o].kind == ObjKind::kDict ? objs_[o].dict.size()
                                           : objs_[o].items.size();
  }
  bool HasKey(ObjId d, int32_t k) override { return objs_[d].dict.count(k); }
  Value GetItem(ObjId o, int32_t i) override {
    return objs_[o].kind == ObjKind::kDict ? objs_[o].dict[i]
                                           : objs_[o].items[i];
  }
  void SetItem(ObjId o, int32_t i, const Value& v) override {
    Log("setitem", o);
    Value& slot =
        objs_[o].kind == ObjKind::kDict ? objs_[o].dict[i] : objs_[o].items[i];
    Store(&slot, v);
  }
  void DelKey(ObjId d, int32_t k) override {
    Log("delkey", d);
    Value old = objs_[d].dict[k];
    objs_[d].dict.erase(k);
    if (old.is_obj()) Drop(old.obj);
  }
  void Append(ObjId l, const Value& v) override {
    Log("append", l);
    Store(&objs_[l].items.emplace_back(), v);
  }
  int64_t Collect(int gen) override {
    host_->OnCollectEnd(gen, 0, false);
    return 0;
  }
  void SetEnabled(bool) override {}
  void SetThreshold(std::span<const int32_t>) override {}
  void Freeze() override {}
  void Unfreeze() override {}
  void SetDebug(uint32_t) override {}
  void ClearGarbage() override {}
  size_t GarbageSize() override { return 0; }
  ObjId PopGarbage(size_t) override { return kNoObj; }
  void AddGcCallback(uint32_t) override {}
  bool IsTracked(ObjId) override { return true; }
  bool IsFinalized(ObjId) override { return false; }
  int64_t WeakrefCount(ObjId) override { return 0; }
  bool WeakrefIsDead(ObjId) override { return false; }
  Where GenerationOf(ObjId) override { return Where::kGen0; }
  std::vector<ObjId> Objects(int) override { return {}; }
  std::vector<ObjId> Referents(ObjId) override { return {}; }
  std::vector<ObjId> Referrers(ObjId) override { return {}; }
  std::vector<ObjId> Garbage() override { return {}; }
  std::array<int64_t, 3> Count() override { return {0, 0, 0}; }
  GenStats Stats(int) override { return {}; }

 private:
  struct Obj {
    ObjKind kind;
    ClassId cls = 0;
    int64_t refcount = 1;
    std::vector<Value> items;
    std::map<int32_t, Value> dict;
  };

  void Make(ObjId id, ObjKind kind, ClassId cls) {
    Obj o;
    o.kind = kind;
    o.cls = cls;
    objs_[id] = o;
  }
  void Log(const char* what, ObjId id) {
    calls.push_back(std::string(what) + " " + std::to_string(id));
  }
  void Store(Value* slot, const Value& v) {
    if (v.is_obj()) ++objs_[v.obj].refcount;
    const Value old = *slot;
    *slot = v;
    if (old.is_obj()) Drop(old.obj);
  }
  void Drop(ObjId o) {
    if (--objs_[o].refcount > 0) return;
    const ClassDecl* cls = objs_[o].kind == ObjKind::kInstance
                               ? &program_->classes[objs_[o].cls]
                               : nullptr;
    if (cls && cls->has_del) {
      objs_[o].refcount = 1;
      host_->OnDel(o);
      if (--objs_[o].refcount > 0) return;  // resurrected
    }
    host_->OnFree(o);
    std::vector<Value> held = objs_[o].items;
    for (auto& [k, v] : objs_[o].dict) held.push_back(v);
    for (const Value& v : held) {
      if (v.is_obj()) Drop(v.obj);
    }
  }

  Host* host_ = nullptr;
  const Program* program_ = nullptr;
  std::map<ObjId, Obj> objs_;
  std::map<ObjId, ObjId> basic_ref_;  // target -> basic ref id + 1
};

using ::gcfuzz::testing::MustParse;

RunResult RunText(const std::string& text, LoggingBackend* b = nullptr,
                  RunOptions opt = {}) {
  LoggingBackend local;
  const Program p = MustParse(text);
  return Run(p, b ? *b : local, opt);
}

TEST(RunnerTest, RecreatingANameGivesTheNextLabelAndFreesTheOld) {
  auto r = RunText(
      "class C\n"
      "new a C\n"
      "new a C\n"
      "expect dead a\n"
      "expect alive a@2\n");
  EXPECT_TRUE(r.ok()) << (r.failures.empty() ? "" : r.failures[0].message);
  ASSERT_EQ(r.trace.labels.size(), 2u);
  EXPECT_EQ(r.trace.labels[1], "a@2");
  ASSERT_EQ(r.trace.events.size(), 1u);
  EXPECT_EQ(r.trace.Format(r.trace.events[0]), "free a");
}

TEST(RunnerTest, NewBindingIsStoredBeforeTheOldValueIsReleased) {
  LoggingBackend b;
  RunText("class C\nnew a C\nnew a C\n", &b);
  const std::vector<std::string> want = {"new 0", "new 1", "decref 0"};
  EXPECT_EQ(b.calls, want);
}

TEST(RunnerTest, SetHoldsValueThenOwnerAsStackTemporaries) {
  LoggingBackend b;
  RunText("class C\nnew a C\nnew c C\nset a.0 c\n", &b);
  const std::vector<std::string> want = {"new 0",    "new 1",     "incref 1",
                                         "incref 0", "setitem 0", "decref 1",
                                         "decref 0"};
  EXPECT_EQ(b.calls, want);
}

TEST(RunnerTest, ListItemsAreHeldWhileTheListIsAllocated) {
  LoggingBackend b;
  RunText("class C\nnew a C\nlist l a 3 none\n", &b);
  const std::vector<std::string> want = {"new 0", "incref 0", "list 1",
                                         "decref 0"};
  EXPECT_EQ(b.calls, want);
}

TEST(RunnerTest, TopLevelMisuseStopsTheRunWithLineAndMessage) {
  auto r = RunText("class C\nnew a C\ndel b\nnew c C\n");
  ASSERT_TRUE(r.misuse.has_value());
  EXPECT_EQ(r.misuse->loc.line, 3u);
  EXPECT_EQ(r.misuse->message, "name 'b' is not bound");
  EXPECT_EQ(r.stmts_run, 2u);
  EXPECT_EQ(FormatMisuse("t.gcops", *r.misuse),
            "t.gcops:3: name 'b' is not bound");
}

TEST(RunnerTest, WeakrefToAListIsMisuseWithCpythonsMessage) {
  auto r = RunText("list l\nref w l\n");
  ASSERT_TRUE(r.misuse.has_value());
  EXPECT_EQ(r.misuse->message, "cannot create weak reference to 'list' object");
  auto r2 = RunText("class N noweakref\nnew n N\nproxy p n\n");
  ASSERT_TRUE(r2.misuse.has_value());
  EXPECT_EQ(r2.misuse->message, "cannot create weak reference to 'N' object");
  auto r3 = RunText("let i 3\nref w i\n");
  ASSERT_TRUE(r3.misuse.has_value());
  EXPECT_EQ(r3.misuse->message, "cannot create weak reference to 'int' object");
}

TEST(RunnerTest, MisuseMessagesNameTheProblem) {
  struct Case {
    const char* program;
    const char* message;
  };
  const Case cases[] = {
      {"class C slots=2\nnew a C\nset a.2 none\n",
       "slot 2 out of range for 'a' (class C has 2 slots)"},
      {"list l 1\nset l.1 none\n", "index 1 out of range for 'l' of length 1"},
      {"dict d\nclear d.4\n", "key 4 is not in 'd'"},
      {"tuple t 1\nset t.0 2\n", "'t' is a tuple, which cannot be changed"},
      {"dict d\nappend d 1\n",
       "cannot append to 'd': it is a dict, not a list"},
      {"let i 1\nlet j i.0\n", "'i' is an int, which has no slots or items"},
      {"take_garbage x\n", "pop from empty list (gc.garbage is empty)"},
      {"class C\nnew a C\non_del a {}\n",
       "class C of 'a' has no __del__ (class flag 'del')"},
      {"class C\nnew a C\nexpect alive b\n",
       "no object has label 'b' in this run"},
      {"class C\nnew a C\nexpect callback_calls a 0\n",
       "'a' is an instance, not a weakref or proxy"},
  };
  for (const Case& c : cases) {
    auto r = RunText(c.program);
    ASSERT_TRUE(r.misuse.has_value()) << c.program;
    EXPECT_EQ(r.misuse->message, c.message) << c.program;
  }
}

TEST(RunnerTest, BodyStatementsThatCannotRunDoNothingAndTheRestRuns) {
  auto r = RunText(
      "class D del\n"
      "new a D\n"
      "on_del a { del nosuch; set self.9 1; let keep self }\n"
      "del a\n"
      "expect alive a\n"
      "expect del_calls a 1\n");
  EXPECT_TRUE(r.ok()) << (r.misuse             ? r.misuse->message
                          : r.failures.empty() ? ""
                                               : r.failures[0].message);
}

TEST(RunnerTest, RaiseSkipsTheRestOfTheBody) {
  auto r = RunText(
      "class D del\n"
      "new a D\n"
      "on_del a { raise; let keep self }\n"
      "del a\n"
      "expect dead a\n");
  EXPECT_TRUE(r.ok());
}

TEST(RunnerTest, ReusedBasicRefMakesNoLabel) {
  auto r = RunText(
      "class C\n"
      "new a C\n"
      "ref w a\n"
      "ref v a\n"
      "expect alive w\n"
      "expect alive v\n");
  ASSERT_TRUE(r.misuse.has_value());
  EXPECT_EQ(r.misuse->message, "no object has label 'v' in this run");
  // With a callback a new weakref is always made.
  auto r2 = RunText("class C\nnew a C\nref w a\nref v a {}\nexpect alive v\n");
  EXPECT_TRUE(r2.ok());
}

TEST(RunnerTest, FailedExpectationsAreReportedAndTheRunGoesOn) {
  auto r = RunText(
      "class C\n"
      "new a C\n"
      "expect dead a\n"
      "collect\n"
      "expect collected 3\n"
      "expect del_calls a 2\n");
  EXPECT_FALSE(r.misuse.has_value());
  ASSERT_EQ(r.failures.size(), 3u);
  EXPECT_EQ(FormatFailure("t.gcops", r.failures[0]),
            "t.gcops:3: expected a dead, got alive");
  EXPECT_EQ(r.failures[1].message, "expected collected 3, got 0");
  EXPECT_EQ(r.failures[2].message, "expected del_calls a 2, got 0");
}

TEST(RunnerTest, ExpectLogLeavesOutFreeEventsAndRestartsAfterEachCheck) {
  auto r = RunText(
      "class D del\n"
      "new a D\n"
      "del a\n"
      "expect log del a\n"
      "collect 1\n"
      "expect log collect 1 0\n"
      "expect log\n");
  EXPECT_TRUE(r.ok()) << (r.failures.empty() ? "" : r.failures[0].message);
  auto bad = RunText("class D del\nnew a D\ndel a\nexpect log del a, del a\n");
  ASSERT_EQ(bad.failures.size(), 1u);
  EXPECT_EQ(bad.failures[0].message, "expected log del a, del a, got del a");
}

TEST(RunnerTest, BodyBudgetStopsSelfFeedingBodies) {
  RunOptions opt;
  opt.max_body_steps = 1;
  auto r = RunText(
      "class D del\n"
      "new a D\n"
      "on_del a { let x 1; let keep self }\n"
      "del a\n"
      "expect dead a\n",
      nullptr, opt);
  EXPECT_TRUE(r.ok());
  EXPECT_TRUE(r.body_budget_exhausted);
}

// Names are global: a name bound inside a finalizer body is reported like
// one bound at top level, and a new binding is reported before the old
// value is released (so a finalizer run by that release sees it).
TEST(RunnerTest, OnBindReportsEveryBindingChangeBodiesIncluded) {
  LoggingBackend b;
  const Program p = MustParse(
      "class D del\n"
      "new a D\n"
      "on_del a { let keep self }\n"
      "let i 3\n"
      "new a D\n"
      "del i\n");
  RunOptions o;
  o.on_bind = [&](NameId n, const Value* v) {
    const std::string what = v == nullptr  ? "unbound"
                             : v->is_obj() ? std::to_string(v->obj)
                                           : "not an object";
    b.calls.push_back("bind " + p.names[n] + " " + what);
  };
  gcops::Run(p, b, o);
  std::vector<std::string> seen;
  for (const std::string& c : b.calls) {
    if (c.rfind("bind ", 0) == 0 || c == "decref 0") seen.push_back(c);
  }
  const std::vector<std::string> want = {"bind a 0",    "bind i not an object",
                                         "bind a 1",    "decref 0",
                                         "bind keep 0", "bind i unbound"};
  EXPECT_EQ(seen, want);
}

// Where events happened (Trace::sites): the line of the top-level
// statement running, and how many bodies deep.
constexpr const char* kNested =
    "class D del\n"             // 1
    "new a D\n"                 // 2
    "new b D\n"                 // 3
    "on_del a { del b }\n"      // 4
    "on_del b { collect 1 }\n"  // 5
    "collect\n"                 // 6
    "del a\n"                   // 7
    "collect\n";                // 8

std::vector<std::string> SiteTexts(const RunResult& r) {
  std::vector<std::string> out;
  for (size_t i = 0; i < r.trace.events.size(); ++i) {
    out.push_back(std::to_string(r.trace.sites[i].line) + ":" +
                  std::to_string(r.trace.sites[i].depth) + " " +
                  r.trace.Format(r.trace.events[i]));
  }
  return out;
}

TEST(RunnerTest, EventsCarryTheLineOfTheTopLevelStatementThatCausedThem) {
  const RunResult r = RunText(kNested);
  ASSERT_EQ(r.trace.sites.size(), r.trace.events.size());
  // The two `collect 2 0` are told apart by their lines.
  ASSERT_GE(r.trace.events.size(), 2u);
  EXPECT_EQ(r.trace.Format(r.trace.events.front()), "collect 2 0");
  EXPECT_EQ(r.trace.Format(r.trace.events.back()), "collect 2 0");
  EXPECT_EQ(r.trace.sites.front().line, 6u);
  EXPECT_EQ(r.trace.sites.back().line, 8u);
}

TEST(RunnerTest, EventsOfABodyNestUnderTheEventWhoseBodyRan) {
  const std::vector<std::string> want = {
      "6:0 collect 2 0",
      "7:0 del a",        // a's __del__ starts ...
      "7:1 del b",        // ... drops b: b's __del__ runs inside it ...
      "7:2 collect 1 0",  // ... and collects, inside that
      "7:1 free b",
      "7:0 free a",  // a's body is over
      "8:0 collect 2 0"};
  EXPECT_EQ(SiteTexts(RunText(kNested)), want);
}

// Sites ride beside the events: a run that differs only in where an event
// happened has equal events.
TEST(RunnerTest, SitesAreNotPartOfTheEvents) {
  const RunResult early = RunText("class C\ncollect\n");
  const RunResult late = RunText("class C\n\n\ncollect\n");
  EXPECT_EQ(early.trace.events, late.trace.events);
  EXPECT_EQ(FirstDifference(early.trace, late.trace), -1);
  EXPECT_NE(early.trace.sites, late.trace.sites);
}

}  // namespace
}  // namespace gcfuzz::gcops
