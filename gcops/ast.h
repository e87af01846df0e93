// gcops/ast.h — the in-memory form of a gcops program.
//
// A Program is what the parser, the binary decoder and the fuzzers' mutator
// produce, and what the printer, the encoder and the runner consume. It is a
// plain value: copyable, comparable (source locations are ignored by ==).
//
// Names and class names are interned: statements refer to them by index into
// Program::names / Program::classes. Canonical programs intern names in
// order of first appearance in the canonical text (see Canonicalize), so two
// programs that print the same compare equal.
#ifndef GCFUZZ_GCOPS_AST_H_
#define GCFUZZ_GCOPS_AST_H_

#include <cstdint>
#include <string>
#include <vector>

namespace gcfuzz::gcops {

using NameId = uint16_t;
using ClassId = uint16_t;
inline constexpr NameId kNoName = 0xffff;

// Limits that keep every program (and every decoded fuzz input) bounded.
inline constexpr int kMaxSlots = 16;
inline constexpr int kDefaultSlots = 4;
inline constexpr size_t kMaxNames = 4096;
inline constexpr size_t kMaxClasses = 1024;
inline constexpr int kMaxBlockDepth = 8;

enum class Shape : uint8_t {
  kClassDecl,      // class NAME [slots=N] [del] [tp_del] [noweakref]
  kNameClass,      // new X CLASS
  kNameItems,      // list X [ITEM ...]
  kNameItems1,     // tuple X ITEM [ITEM ...]
  kName,           // dict X / del X
  kNameItemBlock,  // ref X TARGET [BLOCK]
  kPathItem,       // set BASE.I ITEM
  kPath,           // clear BASE.I
  kBaseItem,       // append BASE ITEM
  kNameItem,       // let X ITEM
  kOptGen,         // collect [G]
  kNone,           // enable, disable, freeze, ...
  kInts1to3,       // threshold A [B [C]]
  kDebugFlags,     // debug [FLAG ...]
  kNameOptInt,     // take_garbage X [I]
  kOptBlock,       // gccallback [BLOCK]
  kNameBlock,      // on_del X BLOCK
  kExpectation,    // expect KIND ...
};

enum class Scope : uint8_t { kTop, kBody, kAny };

enum class Op : uint8_t {
#define GCOPS_STMT(id, keyword, shape, scope) id,
#include "gcops/statements.def"
#undef GCOPS_STMT
};

enum class ExpectArgs : uint8_t {
  kInt1,
  kLabels1,
  kLabels0,
  kLabelInt,
  kLabelWhere,
  kGenLabels0,
  kLabelLabels0,
  kInts3,
  kGenInts3,
  kEvents,
};

enum class ExpectKind : uint8_t {
#define GCOPS_EXPECT(id, keyword, args) id,
#include "gcops/expectations.def"
#undef GCOPS_EXPECT
};

enum class EventArgs : uint8_t { kLabel, kGen, kGenMN, kGenN };

enum class EventKind : uint8_t {
#define GCOPS_EVENT(id, keyword, args) id,
#include "gcops/events.def"
#undef GCOPS_EVENT
};

// Table lookups generated from the .def files.
struct StmtInfo {
  Op op;
  const char* keyword;
  Shape shape;
  Scope scope;
};
struct ExpectInfo {
  ExpectKind kind;
  const char* keyword;
  ExpectArgs args;
};
struct EventInfo {
  EventKind kind;
  const char* keyword;
  EventArgs args;
};
const StmtInfo& Info(Op op);
const ExpectInfo& Info(ExpectKind kind);
const EventInfo& Info(EventKind kind);
size_t NumOps();
size_t NumExpectKinds();
size_t NumEventKinds();

// `debug` flags, with CPython's values.
enum DebugFlag : uint32_t {
  kDebugStats = 1,
  kDebugCollectable = 2,
  kDebugUncollectable = 4,
  kDebugSaveAll = 32,
  kDebugLeak = 38,  // collectable | uncollectable | saveall
};

struct SourceLoc {
  uint32_t line = 0;  // 1-based; 0 when the statement did not come from text
  uint32_t col = 0;   // 1-based
  bool operator==(const SourceLoc&) const = default;
};

// An object that a statement reads through: a name or `self`.
struct Base {
  bool is_self = false;
  NameId name = kNoName;  // when !is_self
  bool operator==(const Base&) const = default;
};

// What a statement puts somewhere (spec 2: "item").
struct Item {
  enum class Kind : uint8_t { kName, kSelf, kInt, kNone, kPath };
  Kind kind = Kind::kNone;
  NameId name = kNoName;   // kName; kPath when !base_self
  bool base_self = false;  // kPath: the base is `self`
  int32_t value = 0;       // kInt: the integer; kPath: the slot/index/key
  bool operator==(const Item&) const = default;
};

// A label in an expectation: NAME or NAME@SERIAL (serial >= 2).
struct Label {
  NameId name = kNoName;
  uint32_t serial = 1;  // 1 is the plain name
  bool operator==(const Label&) const = default;
};

// One event as written in `expect log`.
struct EventPattern {
  EventKind kind = EventKind::kDel;
  Label label;             // kLabel events
  int32_t gen = 0;         // every non-label event
  int64_t m = 0;           // gc_stop: collected
  int64_t n = 0;           // gc_stop: uncollectable; collect: found
  bool automatic = false;  // collect ... auto
  bool operator==(const EventPattern&) const = default;
};

// `expect generation L WHERE`.
enum class Where : int8_t {
  kGen0 = 0,
  kGen1 = 1,
  kGen2 = 2,
  kPermanent = 3,
  kUntracked = 4,
};

struct Expectation {
  ExpectKind kind = ExpectKind::kCollected;
  std::vector<Label> labels;  // every label argument, in order
  std::vector<int64_t> ints;  // every integer argument, in order (a generation
                              // or Where is stored here as its integer)
  std::vector<EventPattern> events;  // kLog
  bool operator==(const Expectation&) const = default;
};

// One statement. A flat record: which fields matter is given by Info(op).shape.
struct Stmt {
  Op op = Op::kCollect;
  SourceLoc loc;          // ignored by ==
  NameId name = kNoName;  // the assigned/operated name (X), if any
  Base base;              // set/clear/append: the object written
  ClassId cls = 0;        // new, class
  int32_t index = 0;      // set/clear: slot/index/key
  bool has_int = false;   // collect G / take_garbage I given?
  int32_t int_arg = 0;    // collect G; take_garbage I
  std::vector<Item>
      items;  // list/tuple items; the one item of ref/proxy/set/append/let
  std::vector<int32_t> ints;  // threshold A [B [C]]
  uint32_t debug_flags =
      0;  // debug: OR of DebugFlag (kDebugLeak prints as `leak`)
  bool has_block =
      false;  // ref/proxy/gccallback; always true for on_del/on_tp_del
  std::vector<Stmt> block;  // the body
  Expectation expect;       // kExpect

  bool operator==(const Stmt& o) const;
};

struct ClassDecl {
  std::string name;
  int slots = kDefaultSlots;
  bool has_del = false;
  bool has_tp_del = false;
  bool noweakref = false;
  bool operator==(const ClassDecl&) const = default;
};

struct Program {
  std::vector<std::string> names;  // NameId -> name
  std::vector<ClassDecl>
      classes;              // ClassId -> declaration (in declaration order)
  std::vector<Stmt> stmts;  // top level, in order (class statements included)

  bool operator==(const Program&) const = default;

  // Interns a name, returning its id.
  NameId Intern(const std::string& name);
  const std::string& NameOf(NameId id) const { return names[id]; }
};

// Renumbers names so they are interned in order of first appearance in the
// canonical text, and drops unused names. The parser's output is canonical
// already; decoders and mutators call this before handing a program on.
void Canonicalize(Program& program);

// Counts statements, nested bodies included.
size_t CountStatements(const Program& program);

}  // namespace gcfuzz::gcops

#endif  // GCFUZZ_GCOPS_AST_H_
