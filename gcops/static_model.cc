#include "gcops/static_model.h"

#include <algorithm>

namespace gcfuzz::gcops {
namespace {

using FK = NameFact::Kind;

Validity Worst(Validity a, Validity b) { return std::max(a, b); }

bool IsWeakrefKind(ObjKind k) {
  return k == ObjKind::kRef || k == ObjKind::kProxy;
}

// Creation statements: the kind of object they make.
std::optional<ObjKind> CreatedKind(Op op) {
  switch (op) {
    case Op::kNew:
      return ObjKind::kInstance;
    case Op::kList:
      return ObjKind::kList;
    case Op::kDict:
      return ObjKind::kDict;
    case Op::kTuple:
      return ObjKind::kTuple;
    case Op::kRef:
      return ObjKind::kRef;
    case Op::kProxy:
      return ObjKind::kProxy;
    default:
      return std::nullopt;
  }
}

// Statements that assign or delete their `name`.
bool AssignsName(Op op) {
  return CreatedKind(op).has_value() || op == Op::kLet || op == Op::kDel ||
         op == Op::kTakeGarbage;
}

// Whether a body statement may stand where it is as text: its scope, its
// class (declared before the top-level statement holding it), its operand
// counts, and the depth of its own block. The decoder and the parser never
// produce anything else; a mutator might.
bool BodyStmtWellFormed(const Stmt& s, int depth,
                        const std::set<ClassId>& declared) {
  if (Info(s.op).scope == Scope::kTop) return false;
  if (s.op == Op::kNew && declared.count(s.cls) == 0) return false;
  if (s.op == Op::kTuple && s.items.empty()) return false;
  if (s.op == Op::kThreshold && (s.ints.empty() || s.ints.size() > 3)) {
    return false;
  }
  if (s.has_block && depth + 1 > kMaxBlockDepth) return false;
  return true;
}

bool BlockWellFormed(const std::vector<Stmt>& block, int depth,
                     const std::set<ClassId>& declared) {
  for (const Stmt& s : block) {
    if (!BodyStmtWellFormed(s, depth, declared)) return false;
    if (!BlockWellFormed(s.block, depth + 1, declared)) return false;
  }
  return true;
}

// Drops the body statements that BodyStmtWellFormed rejects (a block too
// deep is removed, keeping its statement).
void PruneBlock(std::vector<Stmt>& block, int depth,
                const std::set<ClassId>& declared) {
  std::vector<Stmt> kept;
  for (Stmt& s : block) {
    if (s.has_block && depth + 1 > kMaxBlockDepth) {
      s.has_block = false;
      s.block.clear();
    }
    if (!BodyStmtWellFormed(s, depth, declared)) continue;
    PruneBlock(s.block, depth + 1, declared);
    kept.push_back(std::move(s));
  }
  block = std::move(kept);
}

// A statement that may let a collection put objects in gc.garbage.
bool MayFillGarbage(const Program& p, const Stmt& s) {
  if (s.op == Op::kNew) {
    return s.cls < p.classes.size() && p.classes[s.cls].has_tp_del;
  }
  return s.op == Op::kDebug && (s.debug_flags & kDebugSaveAll) != 0;
}

}  // namespace

StaticModel::StaticModel(const Program& program)
    : program_(program),
      names_(program.names.size()),
      tainted_(program.names.size(), false),
      labels_(program.names.size()) {}

NameFact StaticModel::Fact(NameId name) const {
  if (name >= names_.size()) return NameFact{};
  if (tainted_[name]) return NameFact{FK::kUnknown, 0};
  return names_[name];
}

LabelState StaticModel::StateOf(const Label& label) const {
  if (label.name >= labels_.size() || label.serial == 0) {
    return LabelState::kNever;
  }
  const LabelCount& c = labels_[label.name];
  if (label.serial <= c.made) return LabelState::kMade;
  if (label.serial <= c.maybe) return LabelState::kMaybe;
  return LabelState::kNever;
}

std::optional<ObjKind> StaticModel::LabelKind(const Label& label) const {
  auto it = label_kinds_.find({label.name, label.serial});
  if (it == label_kinds_.end()) return std::nullopt;
  return it->second;
}

Validity StaticModel::JudgeRead(const NameFact& fact, int32_t index) const {
  switch (fact.kind) {
    case FK::kUnbound:
    case FK::kInt:
    case FK::kNone:
      return Validity::kInvalid;
    case FK::kUnknown:
    case FK::kBound:
      return Validity::kUnknown;
    case FK::kObject:
      break;
  }
  const ObjectFact& o = objects_[fact.obj];
  switch (o.kind) {
    case ObjKind::kInstance:
      return index >= 0 && index < program_.classes[o.cls].slots
                 ? Validity::kValid
                 : Validity::kInvalid;
    case ObjKind::kList:
      if (index < 0) return Validity::kInvalid;
      if (static_cast<uint32_t>(index) < o.length) return Validity::kValid;
      return lists_may_grow_ ? Validity::kUnknown : Validity::kInvalid;
    case ObjKind::kTuple:
      return index >= 0 && static_cast<uint32_t>(index) < o.length
                 ? Validity::kValid
                 : Validity::kInvalid;
    case ObjKind::kDict:
      if (dict_keys_unknown_) return Validity::kUnknown;
      return o.keys.count(index) ? Validity::kValid : Validity::kInvalid;
    case ObjKind::kRef:
    case ObjKind::kProxy:
      return Validity::kInvalid;  // never looked through
  }
  return Validity::kUnknown;
}

Validity StaticModel::JudgeItem(const Item& item) const {
  switch (item.kind) {
    case Item::Kind::kInt:
    case Item::Kind::kNone:
      return Validity::kValid;
    case Item::Kind::kSelf:
      return Validity::kInvalid;  // top level has no `self`
    case Item::Kind::kName: {
      const NameFact f = Fact(item.name);
      if (f.kind == FK::kUnbound) return Validity::kInvalid;
      return f.kind == FK::kUnknown ? Validity::kUnknown : Validity::kValid;
    }
    case Item::Kind::kPath:
      if (item.base_self) return Validity::kInvalid;
      return JudgeRead(Fact(item.name), item.value);
  }
  return Validity::kInvalid;
}

NameFact StaticModel::FactOfItem(const Item& item) const {
  switch (item.kind) {
    case Item::Kind::kInt:
      return NameFact{FK::kInt, 0};
    case Item::Kind::kNone:
      return NameFact{FK::kNone, 0};
    case Item::Kind::kName:
      return Fact(item.name);
    default:
      return NameFact{FK::kBound, 0};
  }
}

Validity StaticModel::JudgeWeakrefTarget(const Item& item) const {
  Validity v = JudgeItem(item);
  if (v == Validity::kInvalid) return v;
  const NameFact f = FactOfItem(item);
  switch (f.kind) {
    case FK::kInt:
    case FK::kNone:
    case FK::kUnbound:
      return Validity::kInvalid;
    case FK::kUnknown:
    case FK::kBound:
      return Validity::kUnknown;
    case FK::kObject: {
      const ObjectFact& o = objects_[f.obj];
      if (o.kind != ObjKind::kInstance) return Validity::kInvalid;
      if (program_.classes[o.cls].noweakref) return Validity::kInvalid;
      return v;
    }
  }
  return Validity::kUnknown;
}

// set BASE.I ITEM / clear BASE.I, as the runner checks them.
Validity StaticModel::JudgeStore(const Stmt& s) const {
  Validity v = Validity::kValid;
  if (s.op == Op::kSet) {
    if (s.items.size() != 1) return Validity::kInvalid;
    v = JudgeItem(s.items[0]);
  }
  if (s.base.is_self) return Validity::kInvalid;
  const NameFact f = Fact(s.base.name);
  if (f.kind == FK::kObject) {
    const ObjectFact& o = objects_[f.obj];
    if (o.kind == ObjKind::kTuple || IsWeakrefKind(o.kind)) {
      return Validity::kInvalid;
    }
    if (o.kind == ObjKind::kDict && s.op == Op::kSet) return v;
  }
  return Worst(v, JudgeRead(f, s.index));
}

Validity StaticModel::JudgeExpect(const Expectation& e) const {
  Validity v = Validity::kValid;
  const bool wants_weakref =
      e.kind == ExpectKind::kCleared || e.kind == ExpectKind::kCallbackCalls;
  for (const Label& l : e.labels) {
    const LabelState st = StateOf(l);
    if (st == LabelState::kNever) return Validity::kInvalid;
    if (st == LabelState::kMaybe) v = Validity::kUnknown;
    if (wants_weakref) {
      auto kind = LabelKind(l);
      if (!kind) {
        v = Worst(v, Validity::kUnknown);
      } else if (!IsWeakrefKind(*kind)) {
        return Validity::kInvalid;
      }
    }
  }
  for (const EventPattern& ev : e.events) {
    if (Info(ev.kind).args != EventArgs::kLabel) continue;
    const LabelState st = StateOf(ev.label);
    if (st == LabelState::kNever) return Validity::kInvalid;
    if (st == LabelState::kMaybe) v = Validity::kUnknown;
  }
  return v;
}

Validity StaticModel::Judge(const Stmt& s) const {
  const StmtInfo& info = Info(s.op);
  if (info.scope == Scope::kBody) return Validity::kInvalid;
  if (!BlockWellFormed(s.block, 1, declared_)) return Validity::kInvalid;
  switch (s.op) {
    case Op::kClass:
      return Validity::kValid;
    case Op::kNew:
      return ClassDeclared(s.cls) ? Validity::kValid : Validity::kInvalid;
    case Op::kList:
    case Op::kTuple: {
      if (s.op == Op::kTuple && s.items.empty()) return Validity::kInvalid;
      Validity v = Validity::kValid;
      for (const Item& it : s.items) v = Worst(v, JudgeItem(it));
      return v;
    }
    case Op::kRef:
    case Op::kProxy:
      if (s.items.size() != 1) return Validity::kInvalid;
      return JudgeWeakrefTarget(s.items[0]);
    case Op::kSet:
    case Op::kClear:
      return JudgeStore(s);
    case Op::kAppend: {
      if (s.items.size() != 1 || s.base.is_self) return Validity::kInvalid;
      const Validity v = JudgeItem(s.items[0]);
      const NameFact f = Fact(s.base.name);
      switch (f.kind) {
        case FK::kUnbound:
        case FK::kInt:
        case FK::kNone:
          return Validity::kInvalid;
        case FK::kUnknown:
        case FK::kBound:
          return Worst(v, Validity::kUnknown);
        case FK::kObject:
          return objects_[f.obj].kind == ObjKind::kList ? v
                                                        : Validity::kInvalid;
      }
      return Validity::kUnknown;
    }
    case Op::kLet:
      if (s.items.size() != 1) return Validity::kInvalid;
      return JudgeItem(s.items[0]);
    case Op::kDel: {
      const NameFact f = Fact(s.name);
      if (f.kind == FK::kUnbound) return Validity::kInvalid;
      return f.kind == FK::kUnknown ? Validity::kUnknown : Validity::kValid;
    }
    case Op::kTakeGarbage:
      // Beyond emptiness, gc.garbage's contents are not modelled.
      return garbage_may_fill_ ? Validity::kUnknown : Validity::kInvalid;
    case Op::kOnDel:
    case Op::kOnTpDel: {
      const NameFact f = Fact(s.name);
      switch (f.kind) {
        case FK::kUnbound:
        case FK::kInt:
        case FK::kNone:
          return Validity::kInvalid;
        case FK::kUnknown:
        case FK::kBound:
          return Validity::kUnknown;
        case FK::kObject: {
          const ObjectFact& o = objects_[f.obj];
          if (o.kind != ObjKind::kInstance) return Validity::kInvalid;
          const ClassDecl& c = program_.classes[o.cls];
          const bool has = s.op == Op::kOnDel ? c.has_del : c.has_tp_del;
          return has ? Validity::kValid : Validity::kInvalid;
        }
      }
      return Validity::kUnknown;
    }
    case Op::kExpect:
      return JudgeExpect(s.expect);
    default:
      return Validity::kValid;  // the gc module's statements always run
  }
}

void StaticModel::Bind(NameId name, NameFact fact) {
  if (name < names_.size()) names_[name] = fact;
}

uint32_t StaticModel::NewObject(NameId name, ObjectFact fact, bool definite) {
  const uint32_t id = static_cast<uint32_t>(objects_.size());
  const ObjKind kind = fact.kind;
  objects_.push_back(std::move(fact));
  if (name < labels_.size()) {
    LabelCount& c = labels_[name];
    if (definite) {
      // With no uncertain creation before it, this one's serial is known.
      if (c.made == c.maybe && c.maybe != kMany) {
        label_kinds_[{name, c.made + 1}] = kind;
      }
      ++c.made;
    }
    if (c.maybe != kMany) ++c.maybe;
  }
  Bind(name, NameFact{FK::kObject, id});
  return id;
}

void StaticModel::ScanBlock(const std::vector<Stmt>& block) {
  for (const Stmt& s : block) {
    if (AssignsName(s.op) && s.name < tainted_.size()) {
      tainted_[s.name] = true;
      if (CreatedKind(s.op)) labels_[s.name].maybe = kMany;
    }
    if (s.op == Op::kSet || s.op == Op::kClear) dict_keys_unknown_ = true;
    if (s.op == Op::kAppend) lists_may_grow_ = true;
    if (MayFillGarbage(program_, s)) garbage_may_fill_ = true;
    if ((s.op == Op::kRef || s.op == Op::kProxy) && !s.has_block) {
      basic_refs_unknown_ = true;
    }
    ScanBlock(s.block);
  }
}

void StaticModel::Apply(const Stmt& s) {
  if (MayFillGarbage(program_, s)) garbage_may_fill_ = true;
  switch (s.op) {
    case Op::kClass:
      if (declared_.insert(s.cls).second) order_.push_back(s.cls);
      break;
    case Op::kNew: {
      ObjectFact o;
      o.kind = ObjKind::kInstance;
      o.cls = s.cls;
      NewObject(s.name, std::move(o), true);
      break;
    }
    case Op::kList:
    case Op::kTuple:
    case Op::kDict: {
      ObjectFact o;
      o.kind = *CreatedKind(s.op);
      o.length = static_cast<uint32_t>(s.items.size());
      NewObject(s.name, std::move(o), true);
      break;
    }
    case Op::kRef:
    case Op::kProxy: {
      const bool proxy = s.op == Op::kProxy;
      const NameFact target =
          s.items.empty() ? NameFact{} : FactOfItem(s.items[0]);
      bool definite = s.has_block;
      if (!s.has_block) {
        if (target.kind == FK::kObject && !basic_refs_unknown_) {
          ObjectFact& t = objects_[target.obj];
          bool& maybe = proxy ? t.maybe_basic_proxy : t.maybe_basic_ref;
          // No basic weakref of this flavour yet: this one is made, and
          // becomes the basic one.
          definite = !maybe;
          maybe = true;
        } else {
          basic_refs_unknown_ = true;
        }
      }
      ObjectFact o;
      o.kind = proxy ? ObjKind::kProxy : ObjKind::kRef;
      NewObject(s.name, std::move(o), definite);
      break;
    }
    case Op::kSet:
    case Op::kClear: {
      const NameFact f = Fact(s.base.name);
      if (s.base.is_self || f.kind != FK::kObject) {
        dict_keys_unknown_ = true;  // it may be a tracked dict under an alias
        break;
      }
      ObjectFact& o = objects_[f.obj];
      if (o.kind == ObjKind::kDict) {
        if (s.op == Op::kSet) {
          o.keys.insert(s.index);
        } else {
          o.keys.erase(s.index);
        }
      }
      break;
    }
    case Op::kAppend: {
      const NameFact f = Fact(s.base.name);
      if (s.base.is_self || f.kind != FK::kObject) {
        lists_may_grow_ = true;
      } else if (objects_[f.obj].kind == ObjKind::kList) {
        ++objects_[f.obj].length;
      }
      break;
    }
    case Op::kLet:
      if (!s.items.empty()) Bind(s.name, FactOfItem(s.items[0]));
      break;
    case Op::kDel:
      Bind(s.name, NameFact{FK::kUnbound, 0});
      break;
    case Op::kTakeGarbage:
      Bind(s.name, NameFact{FK::kBound, 0});
      break;
    default:
      break;
  }
  if (s.has_block) ScanBlock(s.block);
}

std::optional<size_t> FirstInvalid(const Program& program) {
  StaticModel model(program);
  for (size_t i = 0; i < program.stmts.size(); ++i) {
    if (model.Judge(program.stmts[i]) == Validity::kInvalid) return i;
    model.Apply(program.stmts[i]);
  }
  return std::nullopt;
}

namespace {

// Tries names in a fixed order, starting after `*name`: first for one that
// makes the statement definitely valid, then for one that makes it merely
// not invalid. `judge(candidate)` judges the statement with that name.
// Rewrites *name and returns true when it finds one.
template <typename JudgeWith>
bool Retarget(const Program& program, NameId* name, JudgeWith judge) {
  const size_t n = program.names.size();
  const size_t start = *name < n ? *name + 1u : 0u;
  for (const Validity want : {Validity::kValid, Validity::kUnknown}) {
    for (size_t k = 0; k < n; ++k) {
      const NameId candidate = static_cast<NameId>((start + k) % n);
      if (judge(candidate) == want) {
        *name = candidate;
        return true;
      }
    }
  }
  return false;
}

int32_t FoldIndex(int32_t index, uint32_t size) {
  const int64_t m = static_cast<int64_t>(index) % size;
  return static_cast<int32_t>(m < 0 ? m + size : m);
}

// Makes `s` valid in `model`'s state if a small change can; returns false
// when the statement must be dropped.
bool FixStmt(const Program& program, const StaticModel& model, Stmt& s) {
  auto valid = [&]() { return model.Judge(s) != Validity::kInvalid; };
  std::set<ClassId> declared(model.DeclaredClasses().begin(),
                             model.DeclaredClasses().end());
  PruneBlock(s.block, 1, declared);
  if (valid()) return true;
  auto fix_items = [&]() {
    for (Item& it : s.items) {
      if (model.JudgeItem(it) == Validity::kInvalid) it = Item{};
    }
  };
  switch (s.op) {
    case Op::kNew: {
      const auto& order = model.DeclaredClasses();
      if (order.empty()) return false;
      s.cls = order[s.cls % order.size()];
      return true;
    }
    case Op::kList:
    case Op::kTuple:
    case Op::kLet:
      fix_items();
      return valid();
    case Op::kRef:
    case Op::kProxy: {
      if (s.items.size() != 1) return false;
      Item& it = s.items[0];
      NameId name = it.kind == Item::Kind::kName ? it.name : kNoName;
      Stmt trial = s;
      const bool found = Retarget(program, &name, [&](NameId c) {
        trial.items[0] = Item{Item::Kind::kName, c, false, 0};
        return model.Judge(trial);
      });
      if (!found) return false;
      it = Item{Item::Kind::kName, name, false, 0};
      return true;
    }
    case Op::kSet:
    case Op::kClear:
    case Op::kAppend: {
      if (s.base.is_self) return false;
      if (s.op != Op::kClear) fix_items();
      if (valid()) return true;
      // Keep the base, fold the index into what it has.
      const NameFact f = model.Fact(s.base.name);
      if (s.op != Op::kAppend && f.kind == NameFact::Kind::kObject) {
        const ObjectFact& o = model.Object(f.obj);
        uint32_t size = 0;
        if (o.kind == ObjKind::kInstance) {
          size = static_cast<uint32_t>(program.classes[o.cls].slots);
        } else if (o.kind == ObjKind::kList) {
          size = o.length;
        } else if (o.kind == ObjKind::kDict && !o.keys.empty()) {
          auto it = o.keys.begin();
          std::advance(it, FoldIndex(s.index, o.keys.size()));
          const int32_t saved = s.index;
          s.index = *it;
          if (valid()) return true;
          s.index = saved;
        }
        if (size > 0) {
          const int32_t saved = s.index;
          s.index = FoldIndex(s.index, size);
          if (valid()) return true;
          s.index = saved;
        }
      }
      // Another base that takes the same index.
      Stmt trial = s;
      return Retarget(program, &s.base.name, [&](NameId c) {
        trial.base.name = c;
        return model.Judge(trial);
      });
    }
    case Op::kOnDel:
    case Op::kOnTpDel: {
      Stmt trial = s;
      trial.block.clear();  // only the name matters; skip copying the body
      return Retarget(program, &s.name, [&](NameId c) {
        trial.name = c;
        return model.Judge(trial);
      });
    }
    default:
      return false;  // del of an unbound name, expectations, scope errors
  }
}

}  // namespace

size_t Repair(Program& program) {
  StaticModel model(program);
  size_t changed = 0;
  std::vector<Stmt> kept;
  kept.reserve(program.stmts.size());
  for (Stmt& s : program.stmts) {
    if (model.Judge(s) == Validity::kInvalid) {
      ++changed;
      if (!FixStmt(program, model, s) || model.Judge(s) == Validity::kInvalid) {
        continue;  // dropped
      }
    }
    model.Apply(s);
    kept.push_back(std::move(s));
  }
  program.stmts = std::move(kept);
  return changed;
}

}  // namespace gcfuzz::gcops
