// Tests for gcops/printer.h: the canonical text form, and that printing is
// the parser's inverse (Parse(Print(p)) == p, Print idempotent).
#include "gcops/printer.h"

#include <gtest/gtest.h>

#include <string>

#include "gcops/ast.h"
#include "gcops/parser.h"
#include "tests/support/parse.h"

namespace gcfuzz::gcops {
namespace {

using ::gcfuzz::testing::MustParse;

// What `gcfuzz fmt` does: parse, then print.
std::string Fmt(const std::string& text) { return Print(MustParse(text)); }

TEST(PrinterTest, CanonicalFormHasSingleSpacesAndNoComments) {
  EXPECT_EQ(Fmt("# heading\n\n  class   Node\tdel   # trailing\r\n"
                "new  a\tNode\nset a . 0   a\nlist l a 1 none a .1\n"),
            "class Node del\nnew a Node\nset a.0 a\nlist l a 1 none a.1\n");
}

TEST(PrinterTest, ClassFlagsPrintInTableOrderAndDefaultSlotsIsOmitted) {
  EXPECT_EQ(Fmt("class A noweakref tp_del del slots=3\n"
                "class B slots=4 del\nclass C slots=0\nclass D\n"),
            "class A slots=3 del tp_del noweakref\nclass B del\n"
            "class C slots=0\nclass D\n");
}

TEST(PrinterTest, DebugFlagsPrintInTableOrderWithLeakForItsThreeParts) {
  EXPECT_EQ(Fmt("debug\n"
                "debug saveall stats collectable\n"
                "debug uncollectable saveall collectable stats\n"
                "debug leak\n"
                "debug saveall leak\n"),
            "debug\n"
            "debug stats collectable saveall\n"
            "debug stats leak\n"
            "debug leak\n"
            "debug leak\n");
}

TEST(PrinterTest, OptionalOperandsPrintOnlyWhenGiven) {
  EXPECT_EQ(Fmt("collect\ncollect 0\ntake_garbage x\ntake_garbage x -1\n"
                "threshold 1\nthreshold 1 2 3\nref w a\nref w a {}\n"
                "gccallback\ngccallback {  }\n"),
            "collect\ncollect 0\ntake_garbage x\ntake_garbage x -1\n"
            "threshold 1\nthreshold 1 2 3\nref w a\nref w a {}\n"
            "gccallback\ngccallback {}\n");
}

TEST(PrinterTest, BlocksPrintInlineSeparatedBySemicolons) {
  EXPECT_EQ(Fmt("on_del a {let k self;raise}\n"
                "gccallback{collect 0 ; ref w self{ del k } ; clear self.2}\n"
                "proxy p a {   }\n"),
            "on_del a { let k self; raise }\n"
            "gccallback { collect 0; ref w self { del k }; clear self.2 }\n"
            "proxy p a {}\n");
}

TEST(PrinterTest, ExpectationsPrintTheirArgumentsInOrder) {
  EXPECT_EQ(Fmt("expect generation a permanent\nexpect generation a@2 1\n"
                "expect generation b untracked\nexpect objects 1 a b@3\n"
                "expect objects 0\nexpect stats 2 1 0 -3\n"
                "expect weakrefs a 2\nexpect garbage\nexpect referents a b\n"
                "expect count 0 0 0\n"),
            "expect generation a permanent\nexpect generation a@2 1\n"
            "expect generation b untracked\nexpect objects 1 a b@3\n"
            "expect objects 0\nexpect stats 2 1 0 -3\n"
            "expect weakrefs a 2\nexpect garbage\nexpect referents a b\n"
            "expect count 0 0 0\n");
}

TEST(PrinterTest, LogEventsAreCommaSeparated) {
  EXPECT_EQ(Fmt("expect log\nexpect log del a ,collect 2 2   auto\n"
                "expect log tp_del a@2,callback w,gc_start 0,gc_stop 1 2 3,"
                "garbage b,free c,collect 0 0\n"),
            "expect log\nexpect log del a, collect 2 2 auto\n"
            "expect log tp_del a@2, callback w, gc_start 0, gc_stop 1 2 3, "
            "garbage b, free c, collect 0 0\n");
}

TEST(PrinterTest, FmtIsIdempotentOnAVariedProgram) {
  const std::string messy =
      "# a ring of three with a finalizer, weakrefs and a gc callback\r\n"
      "class  Node slots=3  del\n"
      "class Leaf noweakref slots=0\n"
      "\n"
      "new a Node\t# first\n"
      "new b Node\nnew c Node\nnew leaf Leaf\n"
      "set a.0 b\nset b .0 c\nset c. 0 a\n"
      "list l a b   c leaf 5 none\n"
      "tuple t l l.0 -12\n"
      "dict d\nset d.-1 t\n"
      "ref w a {let saved self ; raise}\n"
      "proxy p b\n"
      "on_del a { append l self; gccallback { collect 1 } }\n"
      "gccallback {}\n"
      "debug collectable uncollectable saveall\n"
      "threshold 10 0\n"
      "del a\ndel b\ndel c\n"
      "collect\n"
      "take_garbage g 0\n"
      "clear_garbage\nfreeze\nunfreeze\ndisable\nenable\n"
      "expect collected 3\n"
      "expect log callback w,del a,collect 2 3\n"
      "expect dead b c\nexpect alive a  saved\n";
  const std::string once = Fmt(messy);
  EXPECT_EQ(Fmt(once), once);
  EXPECT_EQ(MustParse(once), MustParse(messy));
  // Every statement is on its own line.
  size_t lines = 0;
  for (char ch : once) lines += ch == '\n' ? 1 : 0;
  EXPECT_EQ(lines, MustParse(messy).stmts.size());
}

// A program built by hand, as the decoder or mutator would, in canonical
// name order: it must print to text that parses back to the same value.
TEST(PrinterTest, HandBuiltProgramRoundTripsThroughText) {
  Program p;
  p.classes.push_back({"Ring", 2, true, true, false});
  Stmt cls;
  cls.op = Op::kClass;
  cls.cls = 0;
  p.stmts.push_back(cls);

  const NameId x = p.Intern("x");
  Stmt n;
  n.op = Op::kNew;
  n.name = x;
  n.cls = 0;
  p.stmts.push_back(n);

  const NameId w = p.Intern("w");
  Stmt ref;
  ref.op = Op::kRef;
  ref.name = w;
  ref.items.push_back({Item::Kind::kName, x, false, 0});
  ref.has_block = true;
  Stmt body;
  body.op = Op::kSet;
  body.base.is_self = true;
  body.index = 1;
  body.items.push_back({Item::Kind::kPath, kNoName, true, 0});
  ref.block.push_back(body);
  Stmt raise;
  raise.op = Op::kRaise;
  ref.block.push_back(raise);
  p.stmts.push_back(ref);

  Stmt dbg;
  dbg.op = Op::kDebug;
  dbg.debug_flags = kDebugLeak | kDebugStats;
  p.stmts.push_back(dbg);

  Stmt ex;
  ex.op = Op::kExpect;
  ex.expect.kind = ExpectKind::kLog;
  EventPattern e1;
  e1.kind = EventKind::kCallback;
  e1.label = {w, 1};
  EventPattern e2;
  e2.kind = EventKind::kCollect;
  e2.gen = 1;
  e2.n = 4;
  e2.automatic = true;
  ex.expect.events = {e1, e2};
  p.stmts.push_back(ex);

  Stmt gen;
  gen.op = Op::kExpect;
  gen.expect.kind = ExpectKind::kGeneration;
  gen.expect.labels = {{x, 3}};
  gen.expect.ints = {static_cast<int64_t>(Where::kUntracked)};
  p.stmts.push_back(gen);

  const std::string text = Print(p);
  EXPECT_EQ(text,
            "class Ring slots=2 del tp_del\n"
            "new x Ring\n"
            "ref w x { set self.1 self.0; raise }\n"
            "debug stats leak\n"
            "expect log callback w, collect 1 4 auto\n"
            "expect generation x@3 untracked\n");
  EXPECT_EQ(MustParse(text), p);
}

TEST(PrinterTest, CanonicalizedProgramRoundTrips) {
  // Names interned out of text order, plus one unused name.
  Program p;
  const NameId unused = p.Intern("unused");
  const NameId b = p.Intern("b");
  const NameId a = p.Intern("a");
  (void)unused;
  Stmt let;
  let.op = Op::kLet;
  let.name = a;
  let.items.push_back({Item::Kind::kName, b, false, 0});
  p.stmts.push_back(let);
  Canonicalize(p);
  EXPECT_EQ(p.names, (std::vector<std::string>{"a", "b"}));
  EXPECT_EQ(Print(p), "let a b\n");
  EXPECT_EQ(MustParse(Print(p)), p);
}

TEST(PrinterTest, PiecesPrintAlone) {
  Program p;
  const NameId a = p.Intern("a");
  EXPECT_EQ(PrintItem(p, {Item::Kind::kName, a, false, 0}), "a");
  EXPECT_EQ(PrintItem(p, {Item::Kind::kSelf, kNoName, false, 0}), "self");
  EXPECT_EQ(PrintItem(p, {Item::Kind::kInt, kNoName, false, -5}), "-5");
  EXPECT_EQ(PrintItem(p, {Item::Kind::kNone, kNoName, false, 0}), "none");
  EXPECT_EQ(PrintItem(p, {Item::Kind::kPath, a, false, 3}), "a.3");
  EXPECT_EQ(PrintItem(p, {Item::Kind::kPath, kNoName, true, -1}), "self.-1");
  EXPECT_EQ(PrintLabel(p, {a, 1}), "a");
  EXPECT_EQ(PrintLabel(p, {a, 12}), "a@12");
  EventPattern stop;
  stop.kind = EventKind::kGcStop;
  stop.gen = 2;
  stop.m = 5;
  stop.n = 1;
  EXPECT_EQ(PrintEventPattern(p, stop), "gc_stop 2 5 1");
}

TEST(PrinterTest, OutOfRangeIdsPrintAsUnparsableMarkersNotCrashes) {
  Program p;  // no names, no classes
  Stmt n;
  n.op = Op::kNew;
  n.name = 7;
  n.cls = 3;
  EXPECT_EQ(PrintStmt(p, n), "new ? ?");
  p.stmts.push_back(n);
  ParseError err;
  Program q;
  EXPECT_FALSE(Parse(Print(p), "bad", &q, &err));
}

}  // namespace
}  // namespace gcfuzz::gcops
