#include "fuzz/mutator.h"

#include <algorithm>
#include <cstring>
#include <utility>
#include <vector>

#include "gcops/binary.h"
#include "gcops/static_model.h"

namespace gcfuzz::fuzz {
namespace {

using gcops::ClassDecl;
using gcops::EventKind;
using gcops::EventPattern;
using gcops::ExpectArgs;
using gcops::ExpectKind;
using gcops::Item;
using gcops::Label;
using gcops::NameId;
using gcops::Op;
using gcops::Program;
using gcops::Shape;
using gcops::Stmt;

constexpr int kMaxGenDepth = 3;
// The default names the binary form also starts its pool with: a mutant that
// reuses them keeps statements referring to each other.
constexpr const char* kPoolNames[] = {"a", "b", "c", "d", "e", "f", "g", "h"};

size_t Below(Rng& rng, size_t n) {
  return n == 0 ? 0 : std::uniform_int_distribution<size_t>(0, n - 1)(rng);
}
bool OneIn(Rng& rng, size_t n) { return Below(rng, n) == 0; }

// Small integers are the interesting ones (indices, keys, generations).
int32_t SmallInt(Rng& rng) {
  if (OneIn(rng, 16)) return static_cast<int32_t>(rng());
  return static_cast<int32_t>(Below(rng, 6)) - (OneIn(rng, 6) ? 2 : 0);
}

// Names that bodies bind: a body that rebinds or deletes a top-level name
// makes every later top-level use of it uncertain (the static model cannot
// know whether the body ran), so bodies mostly bind names of their own.
constexpr const char* kBodyNames[] = {"keep", "saved", "k"};

NameId BodyName(Program& p, Rng& rng) {
  return p.Intern(kBodyNames[Below(rng, std::size(kBodyNames))]);
}

NameId AnyName(Program& p, Rng& rng) {
  if (!p.names.empty() && !OneIn(rng, 5)) {
    return static_cast<NameId>(Below(rng, p.names.size()));
  }
  return p.Intern(kPoolNames[Below(rng, std::size(kPoolNames))]);
}

// Declares a new class (appended to the class table) and returns its id.
// Its `class` statement is made by FixUp, which rebuilds the declarations
// from the table, so no statement list is touched here.
gcops::ClassId NewClass(Program& p, Rng& rng) {
  ClassDecl c;
  c.name = "K" + std::to_string(p.classes.size());
  c.slots = OneIn(rng, 4) ? static_cast<int>(Below(rng, 17))
                          : 1 + static_cast<int>(Below(rng, 4));
  c.has_del = !OneIn(rng, 3);
  c.has_tp_del = OneIn(rng, 5);
  c.noweakref = OneIn(rng, 8);
  p.classes.push_back(c);
  return static_cast<gcops::ClassId>(p.classes.size() - 1);
}

Item RandomItem(Program& p, Rng& rng, bool in_body) {
  Item it;
  switch (Below(rng, in_body ? 9 : 8)) {
    case 0:
      it.kind = Item::Kind::kInt;
      it.value = SmallInt(rng);
      break;
    case 1:
      it.kind = Item::Kind::kNone;
      break;
    case 2:
    case 3:
      it.kind = Item::Kind::kPath;
      it.value = static_cast<int32_t>(Below(rng, 3));
      if (in_body && OneIn(rng, 3)) {
        it.base_self = true;
      } else {
        it.name = AnyName(p, rng);
      }
      break;
    case 8:
      it.kind = Item::Kind::kSelf;
      break;
    default:
      it.kind = Item::Kind::kName;
      it.name = AnyName(p, rng);
      break;
  }
  return it;
}

Label RandomLabel(Program& p, Rng& rng) {
  Label l;
  l.name = AnyName(p, rng);
  l.serial = OneIn(rng, 6) ? 2 : 1;
  return l;
}

std::vector<Stmt> RandomBlock(Program& p, Rng& rng, int depth) {
  std::vector<Stmt> block;
  const size_t n = Below(rng, 4);
  for (size_t i = 0; i < n; ++i) {
    block.push_back(RandomStmt(p, rng, /*in_body=*/true, depth + 1));
  }
  return block;
}

void FillExpectation(Program& p, Rng& rng, gcops::Expectation& e) {
  // Introspection that compares real state across backends is favoured;
  // `log` patterns are rarely right by chance, so they are rare.
  static constexpr ExpectKind kKinds[] = {
      ExpectKind::kCollected,     ExpectKind::kAlive,
      ExpectKind::kDead,          ExpectKind::kDelCalls,
      ExpectKind::kCleared,       ExpectKind::kGarbage,
      ExpectKind::kTracked,       ExpectKind::kFinalized,
      ExpectKind::kWeakrefs,      ExpectKind::kGeneration,
      ExpectKind::kObjects,       ExpectKind::kObjects,
      ExpectKind::kReferents,     ExpectKind::kReferrers,
      ExpectKind::kCount,         ExpectKind::kCount,
      ExpectKind::kStats,         ExpectKind::kTpDelCalls,
      ExpectKind::kCallbackCalls, ExpectKind::kUntracked,
      ExpectKind::kUnfinalized,   ExpectKind::kLog,
  };
  e = {};
  e.kind = kKinds[Below(rng, std::size(kKinds))];
  switch (gcops::Info(e.kind).args) {
    case ExpectArgs::kInt1:
      e.ints = {SmallInt(rng)};
      break;
    case ExpectArgs::kLabels1:
      e.labels = {RandomLabel(p, rng)};
      break;
    case ExpectArgs::kLabels0:
      for (size_t i = Below(rng, 3); i > 0; --i)
        e.labels.push_back(RandomLabel(p, rng));
      break;
    case ExpectArgs::kLabelInt:
      e.labels = {RandomLabel(p, rng)};
      e.ints = {static_cast<int64_t>(Below(rng, 3))};
      break;
    case ExpectArgs::kLabelWhere:
      e.labels = {RandomLabel(p, rng)};
      e.ints = {static_cast<int64_t>(Below(rng, 5))};
      break;
    case ExpectArgs::kGenLabels0:
      e.ints = {static_cast<int64_t>(Below(rng, 3))};
      break;
    case ExpectArgs::kLabelLabels0:
      e.labels = {RandomLabel(p, rng)};
      break;
    case ExpectArgs::kInts3:
      e.ints = {0, 0, 0};
      break;
    case ExpectArgs::kGenInts3:
      e.ints = {static_cast<int64_t>(Below(rng, 3)), 0, 0, 0};
      break;
    case ExpectArgs::kEvents: {
      EventPattern ev;
      ev.kind = EventKind::kCollect;
      ev.gen = 2;
      ev.n = SmallInt(rng) & 7;
      e.events = {ev};
      break;
    }
  }
}

// Weighted choice of the next statement's operation.
Op RandomOp(Rng& rng, bool in_body) {
  struct Weighted {
    Op op;
    int weight;
  };
  static constexpr Weighted kTop[] = {
      {Op::kNew, 14},         {Op::kList, 5},        {Op::kDict, 3},
      {Op::kTuple, 4},        {Op::kRef, 6},         {Op::kProxy, 2},
      {Op::kSet, 16},         {Op::kClear, 4},       {Op::kAppend, 4},
      {Op::kLet, 5},          {Op::kDel, 14},        {Op::kCollect, 9},
      {Op::kEnable, 1},       {Op::kDisable, 1},     {Op::kThreshold, 2},
      {Op::kFreeze, 1},       {Op::kUnfreeze, 1},    {Op::kDebug, 1},
      {Op::kClearGarbage, 1}, {Op::kTakeGarbage, 1}, {Op::kGcCallback, 1},
      {Op::kOnDel, 5},        {Op::kOnTpDel, 2},     {Op::kExpect, 5},
      {Op::kClass, 1},
  };
  static constexpr Weighted kBody[] = {
      {Op::kNew, 6},         {Op::kList, 2},       {Op::kDict, 1},
      {Op::kTuple, 1},       {Op::kRef, 3},        {Op::kProxy, 1},
      {Op::kSet, 10},        {Op::kClear, 5},      {Op::kAppend, 2},
      {Op::kLet, 10},        {Op::kDel, 6},        {Op::kCollect, 5},
      {Op::kEnable, 1},      {Op::kDisable, 1},    {Op::kThreshold, 1},
      {Op::kFreeze, 1},      {Op::kUnfreeze, 1},   {Op::kClearGarbage, 1},
      {Op::kTakeGarbage, 1}, {Op::kGcCallback, 1}, {Op::kRaise, 3},
  };
  const Weighted* table = in_body ? kBody : kTop;
  const size_t n = in_body ? std::size(kBody) : std::size(kTop);
  int total = 0;
  for (size_t i = 0; i < n; ++i) total += table[i].weight;
  int pick = static_cast<int>(Below(rng, static_cast<size_t>(total)));
  for (size_t i = 0; i < n; ++i) {
    if (pick < table[i].weight) return table[i].op;
    pick -= table[i].weight;
  }
  return Op::kCollect;
}

void SetBase(Program& p, Rng& rng, bool in_body, Stmt& s) {
  s.base = {};
  if (in_body && OneIn(rng, 2)) {
    s.base.is_self = true;
  } else {
    s.base.name = AnyName(p, rng);
  }
}

}  // namespace

Stmt RandomStmt(Program& p, Rng& rng, bool in_body, int depth) {
  Stmt s;
  s.op = RandomOp(rng, in_body || depth > 0);
  if (depth >= kMaxGenDepth) {
    // No more nesting: a statement that takes no block.
    while (s.op == Op::kRef || s.op == Op::kProxy || s.op == Op::kGcCallback ||
           s.op == Op::kOnDel || s.op == Op::kOnTpDel) {
      s.op = RandomOp(rng, true);
    }
  }
  switch (gcops::Info(s.op).shape) {
    case Shape::kClassDecl:  // a new class, and an instance of it
      s.op = Op::kNew;
      s.name = AnyName(p, rng);
      s.cls = NewClass(p, rng);
      break;
    case Shape::kNameClass:
      s.name = in_body && !OneIn(rng, 4) ? BodyName(p, rng) : AnyName(p, rng);
      if (p.classes.empty() || OneIn(rng, 12)) {
        s.cls = NewClass(p, rng);
      } else {
        s.cls = static_cast<gcops::ClassId>(Below(rng, p.classes.size()));
      }
      break;
    case Shape::kNameItems:
    case Shape::kNameItems1: {
      s.name = in_body && !OneIn(rng, 4) ? BodyName(p, rng) : AnyName(p, rng);
      const size_t n = (s.op == Op::kTuple ? 1 : 0) + Below(rng, 4);
      for (size_t i = 0; i < n; ++i)
        s.items.push_back(RandomItem(p, rng, in_body));
      break;
    }
    case Shape::kName:
      s.name = in_body && !OneIn(rng, 4) ? BodyName(p, rng) : AnyName(p, rng);
      break;
    case Shape::kNameItemBlock:
      s.name = in_body && !OneIn(rng, 4) ? BodyName(p, rng) : AnyName(p, rng);
      s.items = {RandomItem(p, rng, in_body)};
      if (s.items[0].kind != Item::Kind::kName && !OneIn(rng, 8)) {
        // A weakref to an int, None or whatever a path holds is mostly a
        // misuse; aim at a named object instead.
        s.items[0] = Item{Item::Kind::kName, AnyName(p, rng)};
      }
      if (!OneIn(rng, 3)) {
        s.has_block = true;
        s.block = RandomBlock(p, rng, depth);
      }
      break;
    case Shape::kPathItem:
      SetBase(p, rng, in_body, s);
      s.index = static_cast<int32_t>(Below(rng, 4));
      s.items = {RandomItem(p, rng, in_body)};
      break;
    case Shape::kPath:
      SetBase(p, rng, in_body, s);
      s.index = static_cast<int32_t>(Below(rng, 4));
      break;
    case Shape::kBaseItem:
      SetBase(p, rng, in_body, s);
      s.items = {RandomItem(p, rng, in_body)};
      break;
    case Shape::kNameItem:
      s.name = in_body && !OneIn(rng, 4) ? BodyName(p, rng) : AnyName(p, rng);
      s.items = {RandomItem(p, rng, in_body)};
      break;
    case Shape::kOptGen:
      s.has_int = !OneIn(rng, 3);
      s.int_arg = static_cast<int32_t>(Below(rng, 3));
      break;
    case Shape::kNone:
      break;
    case Shape::kInts1to3:
      s.ints.push_back(static_cast<int32_t>(Below(rng, 12)));
      for (size_t i = Below(rng, 3); i > 0; --i) {
        s.ints.push_back(static_cast<int32_t>(Below(rng, 4)));
      }
      break;
    case Shape::kDebugFlags:
      s.debug_flags = OneIn(rng, 2) ? gcops::kDebugSaveAll : 0;
      break;
    case Shape::kNameOptInt:
      // take_garbage at top level stops the run when gc.garbage is empty,
      // which it is unless something uncollectable or saveall came first.
      if (!in_body && !OneIn(rng, 4)) {
        s.op = Op::kClearGarbage;
        break;
      }
      s.name = in_body ? BodyName(p, rng) : AnyName(p, rng);
      s.has_int = OneIn(rng, 3);
      s.int_arg = SmallInt(rng);
      break;
    case Shape::kOptBlock:
      s.has_block = !OneIn(rng, 4);
      if (s.has_block) s.block = RandomBlock(p, rng, depth);
      break;
    case Shape::kNameBlock:
      s.name = AnyName(p, rng);
      s.has_block = true;
      s.block = RandomBlock(p, rng, depth);
      break;
    case Shape::kExpectation:
      FillExpectation(p, rng, s.expect);
      break;
  }
  return s;
}

namespace {

// Every block in the program (top level included), for block mutations.
void CollectBlocks(std::vector<Stmt>& stmts, int depth,
                   std::vector<std::pair<std::vector<Stmt>*, int>>* out) {
  out->push_back({&stmts, depth});
  for (Stmt& s : stmts) {
    if (s.has_block) CollectBlocks(s.block, depth + 1, out);
  }
}

// Index range of the statements after the class declarations.
size_t FirstNonClass(const std::vector<Stmt>& top) {
  size_t i = 0;
  while (i < top.size() && top[i].op == Op::kClass) ++i;
  return i;
}

void Retarget(Program& p, Rng& rng, Stmt& s, bool in_body) {
  switch (Below(rng, 4)) {
    case 0:
      if (s.name != gcops::kNoName) s.name = AnyName(p, rng);
      break;
    case 1:
      if (!s.items.empty()) {
        s.items[Below(rng, s.items.size())] = RandomItem(p, rng, in_body);
      }
      break;
    case 2:
      if (!s.expect.labels.empty()) {
        s.expect.labels[Below(rng, s.expect.labels.size())] =
            RandomLabel(p, rng);
      } else if (!s.base.is_self && s.base.name != gcops::kNoName) {
        s.base.name = AnyName(p, rng);
      }
      break;
    default:
      s.index = static_cast<int32_t>(Below(rng, 5));
      if (s.op == Op::kCollect) {
        s.has_int = !s.has_int || OneIn(rng, 2);
        s.int_arg = static_cast<int32_t>(Below(rng, 3));
      }
      break;
  }
}

void MutateOnce(Program& p, Rng& rng) {
  std::vector<Stmt>& top = p.stmts;
  const size_t first = FirstNonClass(top);
  const size_t body = top.size() - first;
  switch (Below(rng, 12)) {
    case 0:
    case 1:
    case 2: {  // insert
      Stmt s = RandomStmt(p, rng, false, 0);
      const size_t from = FirstNonClass(top);
      top.insert(top.begin() + from + Below(rng, top.size() - from + 1),
                 std::move(s));
      break;
    }
    case 3:
    case 4:  // delete
      if (body > 0) top.erase(top.begin() + first + Below(rng, body));
      break;
    case 5:  // duplicate
      if (body > 0) {
        const Stmt copy = top[first + Below(rng, body)];
        top.insert(top.begin() + first + Below(rng, body + 1), copy);
      }
      break;
    case 6:  // swap neighbours
      if (body > 1) {
        const size_t i = first + Below(rng, body - 1);
        std::swap(top[i], top[i + 1]);
      }
      break;
    case 7:
    case 8:  // re-target an operand
      if (body > 0) Retarget(p, rng, top[first + Below(rng, body)], false);
      break;
    case 9: {  // edit a body
      std::vector<std::pair<std::vector<Stmt>*, int>> blocks;
      for (size_t i = first; i < top.size(); ++i) {
        if (top[i].has_block) CollectBlocks(top[i].block, 1, &blocks);
      }
      if (blocks.empty()) {
        top.insert(top.begin() + first + Below(rng, body + 1),
                   RandomStmt(p, rng, false, 0));
        break;
      }
      auto [block, depth] = blocks[Below(rng, blocks.size())];
      if (!block->empty() && OneIn(rng, 3)) {
        block->erase(block->begin() + Below(rng, block->size()));
      } else if (!block->empty() && OneIn(rng, 2)) {
        Retarget(p, rng, (*block)[Below(rng, block->size())], true);
      } else if (block->size() < 8) {
        block->insert(block->begin() + Below(rng, block->size() + 1),
                      RandomStmt(p, rng, true, depth));
      }
      break;
    }
    case 10: {  // a class flag or slot count
      if (p.classes.empty()) break;
      ClassDecl& c = p.classes[Below(rng, p.classes.size())];
      switch (Below(rng, 4)) {
        case 0:
          c.has_del = !c.has_del;
          break;
        case 1:
          c.has_tp_del = !c.has_tp_del;
          break;
        case 2:
          c.noweakref = !c.noweakref;
          break;
        default:
          c.slots = static_cast<int>(Below(rng, 17));
          break;
      }
      break;
    }
    default: {  // an integer: threshold, collect generation, index
      if (body == 0) break;
      Stmt& s = top[first + Below(rng, body)];
      if (!s.ints.empty()) {
        s.ints[Below(rng, s.ints.size())] =
            static_cast<int32_t>(Below(rng, 12));
      } else if (s.op == Op::kExpect) {
        // Only counts and sizes: generations and places keep their range.
        const ExpectArgs args = gcops::Info(s.expect.kind).args;
        if (args == ExpectArgs::kInt1 || args == ExpectArgs::kLabelInt ||
            args == ExpectArgs::kInts3 || args == ExpectArgs::kGenInts3) {
          s.expect.ints.back() = SmallInt(rng) & 7;
        }
      } else {
        s.index = SmallInt(rng);
      }
      break;
    }
  }
}

// The class statements, in class-table order, with ids matching the table.
void HoistClasses(Program& p) {
  std::vector<Stmt> rest;
  for (Stmt& s : p.stmts) {
    if (s.op != Op::kClass) rest.push_back(std::move(s));
  }
  p.stmts.clear();
  for (size_t i = 0; i < p.classes.size(); ++i) {
    Stmt c;
    c.op = Op::kClass;
    c.cls = static_cast<gcops::ClassId>(i);
    p.stmts.push_back(c);
  }
  for (Stmt& s : rest) p.stmts.push_back(std::move(s));
}

// Resets every field the statement's shape does not use, so that two
// statements that print alike compare equal (mutations edit fields freely).
void NormalizeFields(Stmt& s) {
  Stmt clean;
  clean.op = s.op;
  clean.loc = s.loc;
  auto take_block = [&] {
    clean.has_block = s.has_block;
    clean.block = std::move(s.block);
    if (!clean.has_block) clean.block.clear();
    for (Stmt& b : clean.block) NormalizeFields(b);
  };
  switch (gcops::Info(s.op).shape) {
    case Shape::kClassDecl:
      clean.cls = s.cls;
      break;
    case Shape::kNameClass:
      clean.name = s.name;
      clean.cls = s.cls;
      break;
    case Shape::kNameItems:
    case Shape::kNameItems1:
      clean.name = s.name;
      clean.items = std::move(s.items);
      break;
    case Shape::kName:
      clean.name = s.name;
      break;
    case Shape::kNameItemBlock:
      clean.name = s.name;
      clean.items = std::move(s.items);
      take_block();
      break;
    case Shape::kPathItem:
      clean.base = s.base;
      clean.index = s.index;
      clean.items = std::move(s.items);
      break;
    case Shape::kPath:
      clean.base = s.base;
      clean.index = s.index;
      break;
    case Shape::kBaseItem:
      clean.base = s.base;
      clean.items = std::move(s.items);
      break;
    case Shape::kNameItem:
      clean.name = s.name;
      clean.items = std::move(s.items);
      break;
    case Shape::kOptGen:
    case Shape::kNameOptInt:
      clean.name = gcops::Info(s.op).shape == Shape::kNameOptInt
                       ? s.name
                       : gcops::kNoName;
      clean.has_int = s.has_int;
      clean.int_arg = s.has_int ? s.int_arg : 0;
      break;
    case Shape::kNone:
      break;
    case Shape::kInts1to3:
      clean.ints = std::move(s.ints);
      break;
    case Shape::kDebugFlags:
      clean.debug_flags = s.debug_flags;
      break;
    case Shape::kOptBlock:
      take_block();
      break;
    case Shape::kNameBlock:
      clean.name = s.name;
      take_block();
      clean.has_block = true;
      break;
    case Shape::kExpectation:
      clean.expect = std::move(s.expect);
      break;
  }
  s = std::move(clean);
}

}  // namespace

void FixUp(Program& p) {
  HoistClasses(p);
  for (Stmt& s : p.stmts) NormalizeFields(s);
  const size_t limit = p.classes.size() + kMaxMutantStatements;
  if (p.stmts.size() > limit) p.stmts.resize(limit);
  gcops::Repair(p);
  gcops::Canonicalize(p);
}

void MutateProgram(Program& p, Rng& rng) {
  const size_t rounds = 1 + (OneIn(rng, 3) ? Below(rng, 4) : 0);
  for (size_t i = 0; i < rounds; ++i) MutateOnce(p, rng);
  FixUp(p);
}

void CrossOver(Program& p, const Program& other, Rng& rng) {
  const size_t of = FirstNonClass(other.stmts);
  if (other.stmts.size() <= of) {
    FixUp(p);
    return;
  }
  // Bring other's classes and names over by text, then splice a run.
  std::vector<gcops::ClassId> cls_map;
  for (const ClassDecl& c : other.classes) {
    auto it =
        std::find_if(p.classes.begin(), p.classes.end(),
                     [&](const ClassDecl& d) { return d.name == c.name; });
    if (it == p.classes.end()) {
      p.classes.push_back(c);
      cls_map.push_back(static_cast<gcops::ClassId>(p.classes.size() - 1));
    } else {
      cls_map.push_back(static_cast<gcops::ClassId>(it - p.classes.begin()));
    }
  }
  std::vector<NameId> name_map;
  for (const std::string& n : other.names) name_map.push_back(p.Intern(n));
  const size_t start = of + Below(rng, other.stmts.size() - of);
  const size_t len =
      1 + Below(rng, std::min<size_t>(8, other.stmts.size() - start));
  std::vector<Stmt> run(other.stmts.begin() + start,
                        other.stmts.begin() + start + len);
  struct Remap {
    const std::vector<NameId>& names;
    const std::vector<gcops::ClassId>& classes;
    void Name(NameId& n) const {
      if (n != gcops::kNoName && n < names.size()) n = names[n];
    }
    void Apply(Stmt& s) const {
      Name(s.name);
      if (!s.base.is_self) Name(s.base.name);
      if (s.op == Op::kNew && s.cls < classes.size()) s.cls = classes[s.cls];
      for (Item& it : s.items) {
        if (it.kind == Item::Kind::kName ||
            (it.kind == Item::Kind::kPath && !it.base_self)) {
          Name(it.name);
        }
      }
      for (Label& l : s.expect.labels) Name(l.name);
      for (EventPattern& e : s.expect.events) Name(e.label.name);
      for (Stmt& b : s.block) Apply(b);
    }
  } remap{name_map, cls_map};
  for (Stmt& s : run) remap.Apply(s);
  const size_t pf = FirstNonClass(p.stmts);
  const size_t at = pf + Below(rng, p.stmts.size() - pf + 1);
  p.stmts.insert(p.stmts.begin() + at, run.begin(), run.end());
  FixUp(p);
}

namespace {

size_t Store(const Program& p, uint8_t* out, size_t max_size) {
  std::vector<uint8_t> bytes = gcops::Encode(p);
  if (bytes.size() > max_size) return 0;
  std::memcpy(out, bytes.data(), bytes.size());
  return bytes.size();
}

// Encodes `p`, dropping trailing statements until it fits in `max_size`.
size_t StoreFitting(Program& p, uint8_t* out, size_t max_size) {
  for (;;) {
    if (size_t n = Store(p, out, max_size)) return n;
    if (p.stmts.empty()) return 0;
    p.stmts.pop_back();
  }
}

}  // namespace

size_t MutateBytes(uint8_t* data, size_t size, size_t max_size,
                   unsigned int seed, ByteMutator byte_mutate) {
  Rng rng(seed);
  if (byte_mutate != nullptr && OneIn(rng, 8)) {
    return byte_mutate(data, size, max_size);
  }
  Program p = gcops::Decode({data, size});
  MutateProgram(p, rng);
  const size_t n = StoreFitting(p, data, max_size);
  if (n == 0 && byte_mutate != nullptr)
    return byte_mutate(data, size, max_size);
  return n;
}

size_t CrossOverBytes(const uint8_t* data1, size_t size1, const uint8_t* data2,
                      size_t size2, uint8_t* out, size_t max_out_size,
                      unsigned int seed) {
  Rng rng(seed);
  Program a = gcops::Decode({data1, size1});
  const Program b = gcops::Decode({data2, size2});
  CrossOver(a, b, rng);
  return StoreFitting(a, out, max_out_size);
}

}  // namespace gcfuzz::fuzz
