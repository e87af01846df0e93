// Tests for gcops/parser.h: the spec's programs parse and round-trip, every
// lexical and grammatical rule rejects what it should at the exact line and
// column, parser output is canonical, and arbitrary input never crashes.
#include "gcops/parser.h"

#include <gtest/gtest.h>

#include <cstdint>
#include <cstdio>
#include <random>
#include <string>
#include <vector>

#include "gcops/ast.h"
#include "gcops/printer.h"
#include "tests/support/parse.h"
#include "tests/support/spec_examples.h"

namespace gcfuzz::gcops {
namespace {

// The three programs of the gcops v1 spec, section 5, verbatim.

// Every statement, expectation and event of spec sections 3-4, with
// optional parts both given and left out.
constexpr const char* kEveryConstruct = R"(class Node
class Big slots=16 del tp_del noweakref
class Zero slots=0
class Fin tp_del
new a Node
new b Big
list l
list m a 1 none a.0 -7
dict d
tuple t a
tuple u a b 3 none l.1
ref w a
ref w2 a {}
ref w3 a { collect; let keep self; raise }
proxy p a
proxy p2 b { del keep; append l self; set self.0 none }
set a.0 b
set d.-5 7
clear a.0
clear d.-5
append l a
let c a
let e a.2
let f none
let g 42
del c
collect
collect 0
collect 1
enable
disable
threshold 700
threshold 700 10
threshold 0 -1 2147483647
freeze
unfreeze
debug
debug stats
debug collectable uncollectable saveall
debug leak stats
clear_garbage
take_garbage x
take_garbage y -1
gccallback
gccallback {}
gccallback { collect 0; gccallback { raise } }
on_del a { let r self; clear self.1 }
on_tp_del b {}
expect collected 0
expect alive a b@2
expect dead a@17
expect del_calls a 1
expect tp_del_calls b 0
expect callback_calls w3 2
expect cleared w w2@3
expect garbage
expect garbage a b
expect tracked a
expect untracked g
expect finalized a
expect unfinalized b
expect weakrefs a 3
expect generation a 0
expect generation a 2
expect generation a permanent
expect generation a untracked
expect objects 0
expect objects 2 a b l
expect referents a
expect referents a b
expect referrers b a l@2
expect count 1 2 3
expect stats 2 1 0 0
expect log
expect log del a
expect log del a, tp_del b, callback w, gc_start 0, gc_stop 0 1 2, garbage a@2, collect 2 2, collect 0 5 auto, free a
)";

using ::gcfuzz::testing::MustParse;

void ExpectRoundTrip(const std::string& text) {
  Program p = MustParse(text);
  const std::string printed = Print(p);
  Program q;
  ParseError err;
  ASSERT_TRUE(Parse(printed, "printed.gcops", &q, &err))
      << err.ToString() << "\n"
      << printed;
  EXPECT_EQ(q, p) << printed;
  EXPECT_EQ(Print(q), printed);
  Program c = p;
  Canonicalize(c);
  EXPECT_EQ(c, p);
  EXPECT_EQ(c.names, p.names);
}

TEST(ParserTest, SpecExamplesParseAndRoundTrip) {
  for (const char* file : ::gcfuzz::testing::kSpecExampleFiles) {
    SCOPED_TRACE(file);
    const std::string text = ::gcfuzz::testing::ReadSourceFile(file);
    ASSERT_FALSE(text.empty()) << file;
    ExpectRoundTrip(text);
  }
}

TEST(ParserTest, SpecExampleOneHasTheExpectedShape) {
  Program p = MustParse(::gcfuzz::testing::ReadSourceFile(
      ::gcfuzz::testing::kSpecExampleFiles[0]));
  ASSERT_EQ(p.stmts.size(), 15u);
  ASSERT_EQ(p.classes.size(), 1u);
  EXPECT_EQ(p.classes[0], (ClassDecl{"Node", 2, true, false, false}));
  EXPECT_EQ(p.names, (std::vector<std::string>{"a", "b", "w"}));
  const Stmt& ref = p.stmts[5];
  EXPECT_EQ(ref.op, Op::kRef);
  EXPECT_EQ(ref.loc.line, 7u);
  EXPECT_EQ(ref.loc.col, 1u);
  EXPECT_TRUE(ref.has_block);
  EXPECT_TRUE(ref.block.empty());
  const Stmt& log = p.stmts[10];
  ASSERT_EQ(log.expect.kind, ExpectKind::kLog);
  ASSERT_EQ(log.expect.events.size(), 4u);
  EXPECT_EQ(log.expect.events[0].kind, EventKind::kCallback);
  EXPECT_EQ(log.expect.events[0].label, (Label{2, 1}));
  EXPECT_EQ(log.expect.events[3].kind, EventKind::kCollect);
  EXPECT_EQ(log.expect.events[3].gen, 2);
  EXPECT_EQ(log.expect.events[3].n, 2);
  EXPECT_FALSE(log.expect.events[3].automatic);
}

TEST(ParserTest, EveryConstructParsesAndRoundTrips) {
  ExpectRoundTrip(kEveryConstruct);
}

// Guards the tables: a statement, expectation or event added to a .def file
// must be added to kEveryConstruct too, so that it is parsed and
// round-tripped by the tests above.
TEST(ParserTest, EveryConstructCoversEveryTableEntry) {
  Program p = MustParse(kEveryConstruct);
  std::vector<bool> ops(NumOps()), kinds(NumExpectKinds()),
      events(NumEventKinds());
  std::vector<const Stmt*> todo;
  for (const Stmt& s : p.stmts) todo.push_back(&s);
  while (!todo.empty()) {
    const Stmt* s = todo.back();
    todo.pop_back();
    ops[static_cast<size_t>(s->op)] = true;
    if (s->op == Op::kExpect) {
      kinds[static_cast<size_t>(s->expect.kind)] = true;
      for (const EventPattern& e : s->expect.events) {
        events[static_cast<size_t>(e.kind)] = true;
      }
    }
    for (const Stmt& b : s->block) todo.push_back(&b);
  }
  for (size_t i = 0; i < ops.size(); ++i) {
    EXPECT_TRUE(ops[i]) << Info(static_cast<Op>(i)).keyword;
  }
  for (size_t i = 0; i < kinds.size(); ++i) {
    EXPECT_TRUE(kinds[i]) << Info(static_cast<ExpectKind>(i)).keyword;
  }
  for (size_t i = 0; i < events.size(); ++i) {
    EXPECT_TRUE(events[i]) << Info(static_cast<EventKind>(i)).keyword;
  }
}

TEST(ParserTest, StatementFieldsFollowTheirShape) {
  Program p = MustParse(
      "class C slots=0 noweakref tp_del del\n"
      "new x C\n"
      "list l x 1 none x.2\n"
      "set x.3 l\n"
      "gccallback { clear self.-1; append self none }\n"
      "take_garbage g -2\n"
      "collect\n"
      "threshold 5 6\n"
      "debug saveall stats\n"
      "expect generation x permanent\n"
      "expect stats 1 2 3 4\n"
      "expect objects 0 x l@3\n");
  ASSERT_EQ(p.stmts.size(), 12u);
  EXPECT_EQ(p.classes[0], (ClassDecl{"C", 0, true, true, true}));
  EXPECT_EQ(p.stmts[0].op, Op::kClass);
  EXPECT_EQ(p.stmts[0].cls, 0);
  EXPECT_EQ(p.stmts[1].name, 0);
  EXPECT_EQ(p.stmts[1].cls, 0);
  const Stmt& list = p.stmts[2];
  ASSERT_EQ(list.items.size(), 4u);
  EXPECT_EQ(list.name, 1);
  EXPECT_EQ(list.items[0], (Item{Item::Kind::kName, 0, false, 0}));
  EXPECT_EQ(list.items[1], (Item{Item::Kind::kInt, kNoName, false, 1}));
  EXPECT_EQ(list.items[2], (Item{Item::Kind::kNone, kNoName, false, 0}));
  EXPECT_EQ(list.items[3], (Item{Item::Kind::kPath, 0, false, 2}));
  const Stmt& set = p.stmts[3];
  EXPECT_EQ(set.base, (Base{false, 0}));
  EXPECT_EQ(set.index, 3);
  EXPECT_EQ(set.name, kNoName);
  ASSERT_EQ(set.items.size(), 1u);
  EXPECT_EQ(set.items[0].name, 1);
  const Stmt& cb = p.stmts[4];
  EXPECT_TRUE(cb.has_block);
  ASSERT_EQ(cb.block.size(), 2u);
  EXPECT_EQ(cb.block[0].op, Op::kClear);
  EXPECT_TRUE(cb.block[0].base.is_self);
  EXPECT_EQ(cb.block[0].index, -1);
  EXPECT_EQ(cb.block[0].loc.col, 14u);
  EXPECT_EQ(cb.block[1].items[0].kind, Item::Kind::kNone);
  EXPECT_EQ(p.stmts[5].name, 2);
  EXPECT_TRUE(p.stmts[5].has_int);
  EXPECT_EQ(p.stmts[5].int_arg, -2);
  EXPECT_FALSE(p.stmts[6].has_int);
  EXPECT_EQ(p.stmts[7].ints, (std::vector<int32_t>{5, 6}));
  EXPECT_EQ(p.stmts[8].debug_flags, kDebugSaveAll | kDebugStats);
  EXPECT_EQ(p.stmts[9].expect.labels, (std::vector<Label>{{0, 1}}));
  EXPECT_EQ(p.stmts[9].expect.ints, (std::vector<int64_t>{3}));
  EXPECT_EQ(p.stmts[10].expect.ints, (std::vector<int64_t>{1, 2, 3, 4}));
  EXPECT_EQ(p.stmts[11].expect.ints, (std::vector<int64_t>{0}));
  EXPECT_EQ(p.stmts[11].expect.labels, (std::vector<Label>{{0, 1}, {1, 3}}));
}

TEST(ParserTest, StatementKeywordsAreNotReserved) {
  Program p = MustParse(
      "class New\nnew new New\nlist list new collect\n"
      "expect alive new list\n");
  EXPECT_EQ(p.names, (std::vector<std::string>{"new", "list", "collect"}));
  EXPECT_EQ(p.stmts[2].items.size(), 2u);
}

TEST(ParserTest, NamesAreInternedInOrderOfFirstAppearance) {
  Program p = MustParse(
      "let z y\nref w x { let v self }\nexpect dead u@2 z\n"
      "expect log del t, collect 0 1\n");
  EXPECT_EQ(p.names,
            (std::vector<std::string>{"z", "y", "w", "x", "v", "u", "t"}));
  Program c = p;
  Canonicalize(c);
  EXPECT_EQ(c, p);
  EXPECT_EQ(c.names, p.names);
}

TEST(ParserTest, CommentsBlankLinesCrlfAndTabsAreAccepted) {
  Program p = MustParse(
      "# header \xc3\xa9\r\n\r\n\tcollect\t1 # c\r\n   \n"
      "enable");
  ASSERT_EQ(p.stmts.size(), 2u);
  EXPECT_EQ(p.stmts[0].loc.line, 3u);
  EXPECT_EQ(p.stmts[0].loc.col, 2u);
  EXPECT_EQ(p.stmts[0].int_arg, 1);
  EXPECT_EQ(p.stmts[1].loc.line, 5u);
}

TEST(ParserTest, EmptyBlockDiffersFromNoBlock) {
  Program p = MustParse("ref w a\nref v a {}\ngccallback\ngccallback { }\n");
  EXPECT_FALSE(p.stmts[0].has_block);
  EXPECT_TRUE(p.stmts[1].has_block);
  EXPECT_FALSE(p.stmts[2].has_block);
  EXPECT_TRUE(p.stmts[3].has_block);
  EXPECT_NE(p.stmts[0], p.stmts[1]);
}

TEST(ParserTest, BlocksNestUpToTheLimit) {
  std::string line;
  for (int i = 0; i < kMaxBlockDepth; ++i) line += "gccallback { ";
  line += "raise";
  for (int i = 0; i < kMaxBlockDepth; ++i) line += " }";
  ExpectRoundTrip(line + "\n");
}

struct BadCase {
  std::string text;
  uint32_t line;
  uint32_t col;
  std::string message;
};

// One malformed program per rule. Columns are 1-based bytes.
const std::vector<BadCase>& BadCases() {
  static const std::vector<BadCase> cases = {
      // Lexical rules.
      {"expect dead a@1", 1, 13, "a label number is at least 2, got 'a@1'"},
      {"expect dead a@02", 1, 13, "no leading zeros"},
      {"expect dead self@2", 1, 13, "keyword"},
      {"collect 2147483648", 1, 9, "integer out of range"},
      {"threshold -2147483649", 1, 11, "integer out of range"},
      {"let a 5x", 1, 7, "malformed integer '5x'"},
      {"let aB x", 1, 5, "malformed name 'aB'"},
      {"collect # caf\xc3\xa9\nlet a \xc3\xa9", 2, 7, "non-ASCII byte 0xc3"},
      {"let a \x01", 1, 7, "control byte 0x01"},
      {"collect\rx", 1, 8, "carriage return"},
      {"let a (b)", 1, 7, "unexpected character '('"},
      {"let\ta\t5 x", 1, 9, "expected end of line, got 'x'"},
      {"collect\r\nfrob\r\n", 2, 1, "unknown statement 'frob'"},
      // Statements.
      {"frob a", 1, 1, "unknown statement 'frob'"},
      {"5 a", 1, 1, "expected a statement, got '5'"},
      {"}", 1, 1, "expected a statement, got '}'"},
      {"collect }", 1, 9, "expected end of line, got '}'"},
      {"dict", 1, 5, "expected a name, got end of line"},
      {"let none 5", 1, 5, "expected a name, got 'none'"},
      {"new a@2 Node", 1, 5, "labels are only used in expectations"},
      {"let b", 1, 6, "expected an item, got end of line"},
      {"tuple t", 1, 8, "expected an item, got end of line"},
      {"list x a@2", 1, 8, "labels are only used in expectations"},
      {"tuple t 1 2.0", 1, 12, "expected end of line, got '.'"},
      {"let b a.0.0", 1, 10, "a path goes one level only"},
      {"let b a.", 1, 9, "expected an index after '.', got end of line"},
      {"set a b", 1, 7, "expected '.' and an index"},
      {"set a.x b", 1, 7, "expected an index after '.', got 'x'"},
      {"set a.0", 1, 8, "expected an item, got end of line"},
      {"clear 5.0", 1, 7, "expected a name or 'self', got '5'"},
      {"append l", 1, 9, "expected an item"},
      {"take_garbage", 1, 13, "expected a name"},
      {"take_garbage x y", 1, 16, "expected end of line, got 'y'"},
      {"collect 3", 1, 9, "expected a generation (0, 1 or 2), got '3'"},
      {"collect -1", 1, 9, "expected a generation (0, 1 or 2), got '-1'"},
      {"threshold", 1, 10, "expected an integer, got end of line"},
      {"threshold 1 2 3 4", 1, 17, "expected end of line, got '4'"},
      {"debug frob", 1, 7, "unknown debug flag 'frob'"},
      {"debug 1", 1, 7, "expected end of line, got '1'"},
      {"on_del a", 1, 9, "expected '{' (a body), got end of line"},
      {"enable now", 1, 8, "expected end of line, got 'now'"},
      // Classes.
      {"class foo", 1, 7, "expected a class name, got 'foo'"},
      {"class", 1, 6, "expected a class name, got end of line"},
      {"class Node frob", 1, 12, "unknown class flag 'frob'"},
      {"class Node 5", 1, 12, "expected a class flag"},
      {"class Node del del", 1, 16, "class flag 'del' given twice"},
      {"class Node slots=2 tp_del slots=3", 1, 27,
       "class flag 'slots' given twice"},
      {"class Node slots=17", 1, 12, "slots out of range (0..16)"},
      {"class Node\nclass Node del", 2, 7, "class 'Node' is already declared"},
      {"new a Node", 1, 7, "class 'Node' is not declared"},
      {"new a Node\nclass Node", 1, 7, "class 'Node' is not declared"},
      {"class Node\nnew a node", 2, 7, "expected a class name, got 'node'"},
      {"class Node\nnew a Node extra", 2, 12, "expected end of line"},
      // Scope.
      {"let a self", 1, 7, "'self' is only allowed inside a block"},
      {"set self.0 a", 1, 5, "'self' is only allowed inside a block"},
      {"raise", 1, 1, "'raise' is only allowed inside a block"},
      {"gccallback { expect collected 0 }", 1, 14,
       "'expect' is only allowed at top level"},
      {"gccallback { on_del a {} }", 1, 14,
       "'on_del' is only allowed at top level"},
      {"ref w a { on_tp_del a {} }", 1, 11,
       "'on_tp_del' is only allowed at top level"},
      {"gccallback { class A }", 1, 14, "'class' is only allowed at top level"},
      {"gccallback { del self }", 1, 18, "'self' cannot be assigned"},
      {"gccallback { let self x }", 1, 18, "expected a name, got 'self'"},
      {"class C\ngccallback { new self C }", 2, 18,
       "expected a name, got 'self'"},
      // Blocks.
      {"ref w a { collect", 1, 18, "expected '}' before end of line"},
      {"gccallback {", 1, 13, "expected '}' before end of line"},
      {"gccallback { collect;", 1, 22, "expected '}' before end of line"},
      {"ref w a { collect; }", 1, 20, "expected a statement, got '}'"},
      {"ref w a { collect collect }", 1, 19,
       "expected ';' or '}', got 'collect'"},
      {"gccallback { ; }", 1, 14, "expected a statement, got ';'"},
      {"gccallback {} }", 1, 15, "expected end of line, got '}'"},
      {"gccallback { collect }\n}", 2, 1, "expected a statement, got '}'"},
      // Expectations.
      {"expect", 1, 7, "expected an expectation kind, got end of line"},
      {"expect frob", 1, 8, "unknown expectation 'frob'"},
      {"expect collected", 1, 17, "expected an integer, got end of line"},
      {"expect alive", 1, 13, "expected a label, got end of line"},
      {"expect alive self", 1, 14, "expected a label, got 'self'"},
      {"expect dead a 5", 1, 15, "expected a label, got '5'"},
      {"expect del_calls a", 1, 19, "expected an integer"},
      {"expect generation a 5", 1, 21,
       "expected a generation (0, 1, 2, permanent or untracked), got '5'"},
      {"expect generation a frozen", 1, 21, "got 'frozen'"},
      {"expect objects a", 1, 16, "expected a generation (0, 1 or 2)"},
      {"expect count 1 2", 1, 17, "expected an integer, got end of line"},
      {"expect count 1 2 3 4", 1, 20, "expected end of line, got '4'"},
      {"expect stats 3 0 0 0", 1, 14, "expected a generation (0, 1 or 2)"},
      {"expect weakrefs a 1 2", 1, 21, "expected end of line, got '2'"},
      // Events.
      {"expect log del a,", 1, 18,
       "expected an event after ',', got end of line"},
      {"expect log del a,, del b", 1, 18, "expected an event, got ','"},
      {"expect log , del a", 1, 12, "expected an event, got ','"},
      {"expect log frob a", 1, 12, "unknown event 'frob'"},
      {"expect log del", 1, 15, "expected a label, got end of line"},
      {"expect log del a del b", 1, 18,
       "expected ',' or end of line, got 'del'"},
      {"expect log gc_start 3", 1, 21, "expected a generation (0, 1 or 2)"},
      {"expect log gc_stop 0 1", 1, 23, "expected an integer, got end of line"},
      {"expect log collect 3 1", 1, 20, "expected a generation (0, 1 or 2)"},
      {"expect log collect 2 2 auto x", 1, 29,
       "expected ',' or end of line, got 'x'"},
      {"expect log collect 2 2 manual", 1, 24,
       "expected ',' or end of line, got 'manual'"},
      // Errors after good lines report the right line.
      {"class Node\nnew a Node\n\n# note\nset a.0 a\nlet b a.0.1", 6, 10,
       "a path goes one level only"},
  };
  return cases;
}

TEST(ParserTest, MalformedProgramsReportTheExactLineColumnAndMessage) {
  ASSERT_GE(BadCases().size(), 35u);
  for (const BadCase& c : BadCases()) {
    SCOPED_TRACE(c.text);
    Program p;
    ParseError err;
    ASSERT_FALSE(Parse(c.text, "bad.gcops", &p, &err));
    EXPECT_EQ(err.file, "bad.gcops");
    EXPECT_EQ(err.line, c.line);
    EXPECT_EQ(err.col, c.col);
    EXPECT_NE(err.message.find(c.message), std::string::npos) << err.message;
    EXPECT_TRUE(p.stmts.empty());  // nothing of a bad program is returned
  }
}

TEST(ParserTest, BlockDeeperThanTheLimitIsRejectedAtItsBrace) {
  std::string line;
  for (int i = 0; i <= kMaxBlockDepth; ++i) line += "gccallback { ";
  line += "raise";
  for (int i = 0; i <= kMaxBlockDepth; ++i) line += " }";
  const size_t last_brace = line.rfind('{');
  ParseError err;
  Program p;
  ASSERT_FALSE(Parse(line, "deep", &p, &err));
  EXPECT_EQ(err.line, 1u);
  EXPECT_EQ(err.col, last_brace + 1);
  EXPECT_NE(err.message.find("nest at most 8 deep"), std::string::npos)
      << err.message;
}

TEST(ParserTest, NameLimitIsEnforced) {
  std::string text;
  for (size_t i = 0; i < kMaxNames; ++i)
    text += "dict n" + std::to_string(i) + "\n";
  Program p;
  ParseError err;
  ASSERT_TRUE(Parse(text, "names", &p, &err)) << err.ToString();
  EXPECT_EQ(p.names.size(), kMaxNames);
  text += "let n0 n1\nlet extra n0\n";
  ASSERT_FALSE(Parse(text, "names", &p, &err));
  EXPECT_EQ(err.line, kMaxNames + 2);
  EXPECT_EQ(err.col, 5u);
  EXPECT_NE(err.message.find("too many names"), std::string::npos);
}

TEST(ParserTest, ClassLimitIsEnforced) {
  std::string text;
  for (size_t i = 0; i <= kMaxClasses; ++i)
    text += "class C" + std::to_string(i) + "\n";
  Program p;
  ParseError err;
  ASSERT_FALSE(Parse(text, "classes", &p, &err));
  EXPECT_EQ(err.line, kMaxClasses + 1);
  EXPECT_EQ(err.col, 7u);
  EXPECT_NE(err.message.find("too many classes"), std::string::npos);
}

TEST(ParserTest, ErrorToStringIsFileLineColMessage) {
  Program p;
  ParseError err;
  ASSERT_FALSE(Parse("collect\nfrob", "x.gcops", &p, &err));
  EXPECT_EQ(err.ToString(), "x.gcops:2:1: unknown statement 'frob'");
}

TEST(ParserTest, FailedParseLeavesOutputUntouchedAndToleratesNullOutputs) {
  Program p = MustParse("collect 1\n");
  const Program before = p;
  ParseError err;
  EXPECT_FALSE(Parse("collect 9", "f", &p, &err));
  EXPECT_EQ(p, before);
  EXPECT_FALSE(Parse("collect 9", "f", nullptr, nullptr));
  EXPECT_TRUE(Parse("collect 1", "f", nullptr, nullptr));
}

TEST(ParserTest, EmptyAndCommentOnlyInputsAreEmptyPrograms) {
  for (const char* text : {"", "\n", "# only a comment", "\r\n\t \n"}) {
    Program p = MustParse(text);
    EXPECT_TRUE(p.stmts.empty());
    EXPECT_TRUE(p.names.empty());
  }
}

// Random token soups: Parse must never crash, and whatever it accepts must
// print and re-parse to the same program.
TEST(ParserTest, RandomTokenSoupsNeverCrashAndSuccessesRoundTrip) {
  const std::vector<std::string> vocab = {
      // statements, expectations, events, flags
      "class",
      "new",
      "list",
      "dict",
      "tuple",
      "ref",
      "proxy",
      "set",
      "clear",
      "append",
      "let",
      "del",
      "collect",
      "enable",
      "disable",
      "threshold",
      "freeze",
      "unfreeze",
      "debug",
      "clear_garbage",
      "take_garbage",
      "gccallback",
      "on_del",
      "on_tp_del",
      "raise",
      "expect",
      "collected",
      "alive",
      "dead",
      "del_calls",
      "tp_del_calls",
      "callback_calls",
      "cleared",
      "garbage",
      "tracked",
      "untracked",
      "finalized",
      "unfinalized",
      "weakrefs",
      "generation",
      "objects",
      "referents",
      "referrers",
      "count",
      "stats",
      "log",
      "tp_del",
      "callback",
      "gc_start",
      "gc_stop",
      "free",
      "auto",
      "permanent",
      "noweakref",
      "collectable",
      "uncollectable",
      "saveall",
      "leak",
      // operands
      "self",
      "none",
      "a",
      "b",
      "c",
      "a@2",
      "b@3",
      "a@1",
      "a@02",
      "Node",
      "C",
      "Undeclared",
      "0",
      "1",
      "2",
      "3",
      "-1",
      "2147483647",
      "2147483648",
      "-2147483648",
      "slots=0",
      "slots=2",
      "slots=16",
      "slots=17",
      // punctuation and layout
      "{",
      "}",
      ";",
      ",",
      ".",
      "{}",
      "a.0",
      "self.1",
      "a.0.0",
      "#",
      "\n",
      "\r\n",
      "\t",
      " ",
      "\r",
      "\xc3\xa9",
      "@",
      "=",
      // whole blocks, so that bodies are often well formed
      "{ collect }",
      "{ let k self }",
      "{ raise; collect 0 }",
      "{ }",
      "{ ref v self { del k } }",
      "{ set self.0 none; append self 1 }",
  };
  std::mt19937 rng(20261122);
  auto pick = [&](size_t n) {
    return std::uniform_int_distribution<size_t>(0, n - 1)(rng);
  };
  // Well-formed lines to mutate: most soups are near misses of real
  // programs, which reach deeper into the parser than pure noise does.
  std::vector<std::vector<std::string>> seeds;
  {
    const std::string all = kEveryConstruct;
    size_t start = 0;
    while (start < all.size()) {
      size_t end = all.find('\n', start);
      if (end == std::string::npos) end = all.size();
      std::vector<std::string> words;
      std::string word;
      for (char ch : all.substr(start, end - start) + " ") {
        if (ch == ' ') {
          if (!word.empty()) words.push_back(word);
          word.clear();
        } else {
          word += ch;
        }
      }
      if (!words.empty() && words[0] != "class") seeds.push_back(words);
      start = end + 1;
    }
  }
  auto random_token = [&]() {
    if (pick(40) == 0) return std::string(1, static_cast<char>(pick(256)));
    return vocab[pick(vocab.size())];
  };
  const char* prelude = "class Node\nclass Big slots=2 del tp_del\n";
  size_t successes = 0;
  size_t with_blocks = 0;
  for (int iter = 0; iter < 100000; ++iter) {
    std::string text = iter % 3 != 0 ? prelude : "";
    const size_t lines = 1 + pick(4);
    for (size_t l = 0; l < lines; ++l) {
      std::vector<std::string> words;
      if (pick(4) != 0) {
        // A real line with up to three token edits.
        words = seeds[pick(seeds.size())];
        const size_t edits = pick(4);
        for (size_t e = 0; e < edits; ++e) {
          const size_t at = pick(words.size() + 1);
          switch (pick(3)) {
            case 0:
              words.insert(words.begin() + at, random_token());
              break;
            case 1:
              if (at < words.size()) words.erase(words.begin() + at);
              break;
            default:
              if (at < words.size()) words[at] = random_token();
              break;
          }
        }
      } else {
        // Pure soup, usually led by a real statement keyword (the first 25
        // vocabulary entries) so that it gets past the first token.
        words.push_back(vocab[pick(iter % 3 == 0 ? vocab.size() : 25)]);
        const size_t tokens = pick(7);
        for (size_t t = 0; t < tokens; ++t) words.push_back(random_token());
      }
      for (size_t w = 0; w < words.size(); ++w) {
        if (w > 0) text += ' ';
        text += words[w];
      }
      text += '\n';
    }
    Program p;
    ParseError err;
    if (!Parse(text, "soup", &p, &err)) {
      ASSERT_GE(err.line, 1u) << text;
      ASSERT_GE(err.col, 1u) << text;
      ASSERT_FALSE(err.message.empty()) << text;
      continue;
    }
    ++successes;
    for (const Stmt& s : p.stmts) with_blocks += s.has_block ? 1 : 0;
    const std::string printed = Print(p);
    Program q;
    ASSERT_TRUE(Parse(printed, "printed", &q, &err))
        << err.ToString() << "\n--- soup:\n"
        << text << "--- printed:\n"
        << printed;
    ASSERT_EQ(q, p) << text;
    ASSERT_EQ(Print(q), printed);
    Program c = p;
    Canonicalize(c);
    ASSERT_EQ(c, p) << text;
  }
  // The soup must exercise the success path, not only the error paths.
  std::printf("soups parsed: %zu of 100000, statements with a block: %zu\n",
              successes, with_blocks);
  EXPECT_GT(successes, 8000u);
  EXPECT_GT(with_blocks, 800u);
}

TEST(ParserTest, RandomBytesNeverCrash) {
  std::mt19937 rng(7);
  size_t errors = 0;
  for (int iter = 0; iter < 20000; ++iter) {
    std::string text(std::uniform_int_distribution<size_t>(0, 64)(rng), '\0');
    for (char& ch : text) {
      ch = static_cast<char>(std::uniform_int_distribution<int>(0, 255)(rng));
    }
    Program p;
    ParseError err;
    if (!Parse(text, "bytes", &p, &err)) {
      ++errors;
      ASSERT_FALSE(err.ToString().empty());
    }
  }
  EXPECT_GT(errors, 19000u);
}

}  // namespace
}  // namespace gcfuzz::gcops
