// Tests of the static validity model (gcops/static_model.h): programs that
// run without misuse are judged valid and left alone; definitely-invalid
// statements are found, repaired or dropped, and repair is idempotent.
#include "gcops/static_model.h"

#include <gtest/gtest.h>

#include <string>

#include "gcops/parser.h"
#include "gcops/printer.h"
#include "tests/support/parse.h"

namespace gcfuzz::gcops {
namespace {

using ::gcfuzz::testing::MustParse;

// The index of the first definitely-invalid statement, or -1.
int FirstBad(const std::string& text) {
  const auto i = FirstInvalid(MustParse(text));
  return i ? static_cast<int>(*i) : -1;
}

// Repairs `text`, checks the result is stable, and returns its text.
std::string Repaired(const std::string& text) {
  Program p = MustParse(text);
  Repair(p);
  Canonicalize(p);
  EXPECT_EQ(FirstInvalid(p), std::nullopt);
  Program again = p;
  EXPECT_EQ(Repair(again), 0u);
  EXPECT_EQ(again, p);
  return Print(p);
}

constexpr const char* kHeader =
    "class Node slots=2 del\nclass Weak slots=1 noweakref\nclass Old tp_del\n";

TEST(StaticModelTest, ValidProgramsAreUnchanged) {
  const std::string programs[] = {
      // Objects of every kind, read through every kind of path.
      "new a Node\nlist l a 1\ndict d\nset d.3 l\ntuple t a l.1 d.3\n"
      "let x t.0\nset a.1 x\nclear l.0\nappend l 2\nlet y l.2\nclear d.3\n",
      // Aliases share one object: a key set through one name is there
      // through the other, a list grown through one is longer for both.
      "dict d\nlet e d\nset e.4 1\nclear d.4\nlist l\nlet m l\nappend m 1\n"
      "set l.0 none\n",
      // A dict reached through a path of unknown kind may gain keys.
      "new a Node\ndict d\nset a.0 d\nlet z a.0\nset z.5 1\nclear d.5\n",
      // Weakrefs to instances of weakref-accepting classes, with labels.
      "new a Node\nref w a\nproxy p a\nref v a {}\nexpect cleared w p v\n"
      "expect callback_calls v 0\nexpect alive a\n",
      // A body that deletes x makes later uses of x unknown, not invalid.
      "new a Node\nnew x Node\nref w a { del x }\ndel x\ndel x\n",
      // A body that appends makes list indices past the end unknown.
      "new a Node\nlist l 1\non_del a { append l 2 }\nset l.5 none\n",
      // Labels a body may make are kept in expectations.
      "new a Node\non_del a { new b Node }\nexpect alive b b@2\n",
      // Finalizer bodies for classes that have them; top-level
      // take_garbage is unknown (gc.garbage is not modelled).
      "new a Node\non_del a {}\nnew o Old\non_tp_del o { raise }\n"
      "take_garbage g\nlet h g\n",
      // gc.garbage may fill once saveall is on, or a tp_del class has an
      // instance (even one made in a body).
      "debug leak\ntake_garbage g\n",
      "new a Node\non_del a { new o Old }\ntake_garbage g -1\n",
      // Serials count every creation under a name.
      "new a Node\nnew a Node\nlist a\nexpect alive a a@2 a@3\n",
  };
  for (const std::string& body : programs) {
    const std::string text = kHeader + body;
    EXPECT_EQ(FirstBad(text), -1) << text;
    EXPECT_EQ(Repaired(text), Print(MustParse(text))) << text;
  }
}

TEST(StaticModelTest, DefinitelyInvalidStatementsAreFound) {
  struct Case {
    const char* body;
    int bad;  // index among the body's statements
  };
  const Case cases[] = {
      {"del x\n", 0},                                    // unbound name
      {"let y x\n", 0},                                  // unbound item
      {"new a Node\ndel a\nlet b a\n", 2},               // deleted name
      {"new a Node\nset a.2 1\n", 1},                    // slot out of range
      {"new a Node\nclear a.-1\n", 1},                   // negative slot
      {"list l 1 2\nlet x l.2\n", 1},                    // index out of range
      {"tuple t 1\nset t.0 2\n", 1},                     // tuples are immutable
      {"dict d\nclear d.3\n", 1},                        // missing key
      {"dict d\nset d.3 1\nclear d.3\nlet x d.3\n", 3},  // deleted key
      {"dict d\nappend d 1\n", 1},                       // append to a dict
      {"let i 5\nset i.0 1\n", 1},                       // an int has no slots
      {"list l\nref w l\n", 1},                 // lists refuse weakrefs
      {"new s Weak\nproxy p s {}\n", 1},        // noweakref class
      {"ref w 5\n", 0},                         // ints refuse weakrefs
      {"new a Node\nref w a\nlet x w.0\n", 2},  // never looked through
      {"new a Node\non_tp_del a {}\n", 1},      // class has no tp_del
      {"list l\non_del l {}\n", 1},             // not an instance
      {"expect alive nobody\n", 0},             // label never made
      {"new a Node\nexpect dead a@2\n", 1},     // serial never reached
      {"new a Node\nexpect cleared a\n", 1},    // not a weakref
      {"new a Node\nexpect log del a, callback w\n", 1},  // event label
      {"take_garbage g\n", 0},                            // gc.garbage is empty
      {"new a Node\ndebug stats\ntake_garbage g 0\n", 2},  // and stays so
  };
  const int header_stmts = 3;
  for (const Case& c : cases) {
    const std::string text = kHeader + std::string(c.body);
    EXPECT_EQ(FirstBad(text), header_stmts + c.bad) << text;
  }
}

TEST(StaticModelTest, RepairRetargetsOrDrops) {
  const std::string h = kHeader;
  // A slot index folds into the class's slots.
  EXPECT_EQ(Repaired(h + "new a Node\nset a.5 1\n"),
            Print(MustParse(h + "new a Node\nset a.1 1\n")));
  // A list index folds into the list's length.
  EXPECT_EQ(Repaired(h + "list l 1 2 3\nclear l.7\n"),
            Print(MustParse(h + "list l 1 2 3\nclear l.1\n")));
  // A weakref to a list moves to an instance that takes one.
  EXPECT_EQ(Repaired(h + "new a Node\nlist l\nref w l\n"),
            Print(MustParse(h + "new a Node\nlist l\nref w a\n")));
  // Unreadable items become none.
  EXPECT_EQ(Repaired(h + "list l x 1\n"),
            Print(MustParse(h + "list l none 1\n")));
  // A missing key becomes one the dict has.
  EXPECT_EQ(Repaired(h + "dict d\nset d.9 1\nclear d.2\n"),
            Print(MustParse(h + "dict d\nset d.9 1\nclear d.9\n")));
  // Nothing fits: dropped.
  EXPECT_EQ(Repaired(h + "del x\nexpect alive nobody\nref w 5\n"),
            Print(MustParse(h)));
}

TEST(StaticModelTest, BlocksWritingANameMakeItUnknownFromThenOn) {
  const std::string h = kHeader;
  // Before the body appears, x is definitely unbound after `del x`.
  EXPECT_EQ(FirstBad(h + "new x Node\ndel x\ndel x\nref w x { new x Node }\n"),
            5);
  // After it, x may have been rebound by the body.
  EXPECT_EQ(FirstBad(h + "new x Node\nref w x { new x Node }\ndel x\ndel x\n"),
            -1);
}

TEST(StaticModelTest, CallbacklessRefsMayReuseTheBasicRef) {
  const std::string h =
      kHeader + std::string("new a Node\nref w1 a\nref w2 a\n");
  Program p = MustParse(h + "expect alive w2\n");
  StaticModel m(p);
  for (size_t i = 0; i + 1 < p.stmts.size(); ++i) m.Apply(p.stmts[i]);
  // w1 is definitely made; w2 may be w1 again (CPython's reuse rule).
  EXPECT_EQ(m.StateOf(Label{p.Intern("w1"), 1}), LabelState::kMade);
  EXPECT_EQ(m.StateOf(Label{p.Intern("w2"), 1}), LabelState::kMaybe);
  EXPECT_EQ(m.Judge(p.stmts.back()), Validity::kUnknown);
}

TEST(StaticModelTest, MalformedBodiesArePruned) {
  // What a careless mutator could make: a body holding a `class`, an
  // `expect`, a `new` of a class declared only later, and a chain of
  // gccallback blocks deeper than kMaxBlockDepth.
  Program p = MustParse(std::string(kHeader) +
                        "new a Node\non_del a { collect }\nclass Late\n");
  Stmt& body_owner = p.stmts[4];
  Stmt cls;
  cls.op = Op::kClass;
  Stmt expect;
  expect.op = Op::kExpect;
  expect.expect.kind = ExpectKind::kCollected;
  expect.expect.ints = {0};
  Stmt late;
  late.op = Op::kNew;
  late.name = p.Intern("z");
  late.cls = 3;  // Late, declared after this statement
  body_owner.block.push_back(cls);
  body_owner.block.push_back(expect);
  body_owner.block.push_back(late);
  Stmt deep;
  deep.op = Op::kGcCallback;
  for (int i = 0; i < kMaxBlockDepth + 2; ++i) {
    Stmt outer;
    outer.op = Op::kGcCallback;
    outer.has_block = true;
    outer.block.push_back(deep);
    deep = outer;
  }
  body_owner.block.push_back(deep);
  ASSERT_EQ(FirstInvalid(p), std::optional<size_t>(4));
  EXPECT_GT(Repair(p), 0u);
  EXPECT_EQ(FirstInvalid(p), std::nullopt);
  const std::string text = Print(p);
  Program parsed;
  ParseError err;
  ASSERT_TRUE(Parse(text, "repaired", &parsed, &err)) << err.ToString() << "\n"
                                                      << text;
  ASSERT_EQ(p.stmts.size(), 6u);
  // `collect` and the gccallback chain, cut at the depth limit, remain.
  EXPECT_EQ(p.stmts[4].block.size(), 2u);
}

TEST(StaticModelTest, FactsTrackKindsThroughLet) {
  Program p =
      MustParse(std::string(kHeader) +
                "new a Node\nlet b a\nlet c 4\nlet d none\nlet e a.0\n");
  StaticModel m(p);
  for (const Stmt& s : p.stmts) m.Apply(s);
  const NameFact b = m.Fact(p.Intern("b"));
  ASSERT_EQ(b.kind, NameFact::Kind::kObject);
  EXPECT_EQ(b.obj, m.Fact(p.Intern("a")).obj);
  EXPECT_EQ(m.Object(b.obj).kind, ObjKind::kInstance);
  EXPECT_EQ(m.Fact(p.Intern("c")).kind, NameFact::Kind::kInt);
  EXPECT_EQ(m.Fact(p.Intern("d")).kind, NameFact::Kind::kNone);
  EXPECT_EQ(m.Fact(p.Intern("e")).kind, NameFact::Kind::kBound);
  EXPECT_EQ(m.Fact(p.Intern("zz")).kind, NameFact::Kind::kUnbound);
}

}  // namespace
}  // namespace gcfuzz::gcops
