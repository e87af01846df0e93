// Many programs in one process share one interpreter: nothing a program
// does may leak into the next (counts, generations, gc.garbage,
// gc.callbacks, thresholds, debug flags, the enabled flag, frozen objects,
// stats, labels), and End must free every program object.
#include <Python.h>
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "differential/cpython/cpython_backend.h"
#include "tests/support/backend_driver.h"

namespace gcfuzz::differential {
namespace {

using ::gcfuzz::testing::BackendDriver;

int64_t InterpreterFreezeCount() {
  PyObject* gc = PyImport_ImportModule("gc");
  PyObject* r = PyObject_CallMethod(gc, "get_freeze_count", nullptr);
  const int64_t n = PyLong_AsLongLong(r);
  Py_DECREF(r);
  Py_DECREF(gc);
  return n;
}

// Leaves every kind of state behind.
void DirtyProgram(CpythonBackend& backend, int round) {
  BackendDriver d(backend,
                  {{"L", 2, true, true, false}, {"N", 2, true, false, false}});
  d.GcCallback([&](bool) { d.List("seen"); });
  const int32_t th[] = {3 + round % 5, 1, 1};
  d.backend().SetThreshold(th);
  // Legacy garbage: stays in gc.garbage at End.
  d.New("a", 0);
  d.Set("a", 0, "a");
  d.Del("a");
  d.Collect();
  // Objects in every generation, some frozen, a resurrected one.
  d.New("old", 1);
  d.Set("old", 0, "old");
  d.Collect(1);
  d.New("mid", 1);
  d.Collect(0);
  d.New("young", 1);
  d.Ref("w", "young", true);
  d.List("cyc");
  d.Append("cyc", "cyc");
  d.backend().Freeze();
  d.New("z", 1);
  d.Set("z", 0, "z");
  const gcops::ObjId z = d.Id("z");
  d.OnDelBody("z", [&d, z] { d.LetId("saved", z); });
  d.Del("z");
  d.Collect();
  d.backend().SetDebug(gcops::kDebugSaveAll);
  d.backend().SetEnabled(false);
  d.List("lost");
  d.Append("lost", "lost");
  d.Del("lost");
  d.Collect();
  EXPECT_GT(d.backend().GarbageSize(), 0u);
  d.Log();
}

// Checks that a fresh run sees a fresh interpreter after gc.collect().
void ProbeProgram(CpythonBackend& backend) {
  BackendDriver d(backend, {{"N", 1, true, false, false}});
  auto& b = d.backend();
  EXPECT_EQ(b.Count(), (std::array<int64_t, 3>{0, 0, 0}));
  for (int g = 0; g < 3; ++g) {
    EXPECT_TRUE(b.Objects(g).empty()) << g;
    EXPECT_EQ(b.Stats(g), gcops::GenStats{}) << g;
  }
  EXPECT_EQ(b.GarbageSize(), 0u);
  // No leftover gc.callbacks and no debug flags: a cycle collects plainly
  // (SAVEALL would put it in gc.garbage).
  d.New("p", 0);
  d.Set("p", 0, "p");
  EXPECT_EQ(d.Id("p"), 0u);  // labels start afresh
  d.Del("p");
  EXPECT_EQ(d.Collect(), 1);
  EXPECT_EQ(d.Log(true), "del p, free p, collect 2 1");
  EXPECT_EQ(b.GarbageSize(), 0u);
  // Default thresholds and automatic collection on: the 701st allocation.
  d.List("keep");
  for (int i = 0; i < 699; ++i) {
    d.New("x", 0);
    d.Append("keep", "x");
  }
  EXPECT_EQ(d.Log(), "");
  d.New("y", 0);
  EXPECT_EQ(d.Log(), "collect 0 0 auto");
}

TEST(CpythonIsolationTest, NoStateLeaksBetweenPrograms) {
  CpythonBackend backend;
  ProbeProgram(backend);  // also starts the interpreter
  EXPECT_EQ(backend.LiveObjectsForTesting(), 0u);
  DirtyProgram(backend, 0);  // makes (and caches) its classes
  const int64_t frozen = InterpreterFreezeCount();
  for (int round = 1; round <= 30; ++round) {
    DirtyProgram(backend, round);
    EXPECT_EQ(backend.LiveObjectsForTesting(), 0u) << round;
    ProbeProgram(backend);
    EXPECT_EQ(backend.LiveObjectsForTesting(), 0u) << round;
  }
  // Nothing accumulates in the permanent generation (classes are cached
  // per shape): End frees every program object, including frozen ones and
  // legacy garbage.
  EXPECT_EQ(InterpreterFreezeCount(), frozen);
}

// Two backend objects may exist; they take turns on the one interpreter.
TEST(CpythonIsolationTest, BackendsTakeTurns) {
  CpythonBackend first;
  CpythonBackend second;
  DirtyProgram(first, 1);
  ProbeProgram(second);
  ProbeProgram(first);
  EXPECT_EQ(first.LiveObjectsForTesting(), 0u);
  EXPECT_EQ(second.LiveObjectsForTesting(), 0u);
}

}  // namespace
}  // namespace gcfuzz::differential
