#include "gcops/runner.h"

#include <algorithm>
#include <unordered_map>
#include <utility>

namespace gcfuzz::gcops {
namespace {

// Why a statement did not complete.
enum class Outcome : uint8_t {
  kDone,    // ran
  kMisuse,  // could not run (spec 3.7); at top level the run stops
  kRaise,   // `raise` in a body: the rest of the body is skipped
};

// The context a statement runs in: top level, or a body with its `self`.
struct Frame {
  bool in_body = false;
  ObjId self = kNoObj;  // kNoObj: no `self` here (top level, gc callbacks)
};

const char* KindName(ObjKind k) { return ObjKindPhrase(k); }

// tp_name of each kind, as CPython's weakref error message shows it.
std::string TypeName(const Program& p, ObjKind k, ClassId cls) {
  return k == ObjKind::kInstance ? p.classes[cls].name : ObjKindTpName(k);
}

class Interpreter final : public Host {
 public:
  Interpreter(const Program& program, Backend& backend,
              const RunOptions& options)
      : p_(program), b_(backend), opt_(options), bound_(program.names.size()) {}

  RunResult Execute() {
    b_.Begin(*this, p_);
    Frame top;
    for (size_t i = 0; i < p_.stmts.size(); ++i) {
      stmt_index_ = i;
      line_ = p_.stmts[i].loc.line;
      std::string why;
      b_.StatementStart();
      const Outcome out = RunStmt(p_.stmts[i], top, &why);
      if (out == Outcome::kMisuse) {
        result_.misuse = Misuse{p_.stmts[i].loc, i, why};
        break;
      }
      result_.stmts_run = i + 1;
      if (opt_.after_statement) opt_.after_statement(i);
    }
    if (opt_.before_end) opt_.before_end(result_);
    b_.End();
    return std::move(result_);
  }

  // --- Host
  void OnDel(ObjId self) override {
    Record({EventKind::kDel, self});
    ++obj(self).del_calls;
    RunBody(obj(self).on_del, self);
  }
  void OnTpDel(ObjId self) override {
    Record({EventKind::kTpDel, self});
    ++obj(self).tp_del_calls;
    RunBody(obj(self).on_tp_del, self);
  }
  void OnWeakrefCallback(ObjId wr) override {
    Record({EventKind::kCallback, wr});
    ++obj(wr).callback_calls;
    RunBody(obj(wr).callback, wr);
  }
  void OnGcCallback(uint32_t index, bool start, int gen, int64_t collected,
                    int64_t uncollectable) override {
    Event e;
    e.kind = start ? EventKind::kGcStart : EventKind::kGcStop;
    e.gen = gen;
    if (!start) {
      e.m = collected;
      e.n = uncollectable;
    }
    Record(e);
    if (index < gc_callbacks_.size()) RunBody(gc_callbacks_[index], kNoObj);
  }
  void OnGarbage(ObjId o) override { Record({EventKind::kGarbage, o}); }
  void OnCollectEnd(int gen, int64_t found, bool automatic) override {
    Event e;
    e.kind = EventKind::kCollect;
    e.gen = gen;
    e.n = found;
    e.automatic = automatic;
    Record(e);
  }
  void OnFree(ObjId o) override {
    Record({EventKind::kFree, o});
    obj(o).alive = false;
  }

 private:
  // What the runner knows of each object it labelled.
  struct ObjRecord {
    ObjKind kind = ObjKind::kInstance;
    ClassId cls = 0;
    bool made = true;  // false: an id reserved for a weakref that CPython
                       // did not create (basic-ref reuse)
    bool alive = true;
    int64_t del_calls = 0, tp_del_calls = 0, callback_calls = 0;
    const std::vector<Stmt>* on_del = nullptr;
    const std::vector<Stmt>* on_tp_del = nullptr;
    const std::vector<Stmt>* callback = nullptr;
  };

  ObjRecord& obj(ObjId id) { return objs_[id]; }

  void Record(const Event& e) {
    result_.trace.events.push_back(e);
    result_.trace.sites.push_back({line_, depth_});
  }

  // --- labels

  static uint64_t LabelKey(NameId name, uint32_t serial) {
    return (uint64_t{name} << 32) | serial;
  }

  // Reserves the next label under `name` for an object about to be made.
  ObjId Reserve(NameId name, ObjKind kind, ClassId cls) {
    const uint32_t serial = ++serials_[name];
    const ObjId id = static_cast<ObjId>(objs_.size());
    ObjRecord r;
    r.kind = kind;
    r.cls = cls;
    objs_.push_back(r);
    std::string text = p_.names[name];
    if (serial > 1) text += "@" + std::to_string(serial);
    result_.trace.labels.push_back(std::move(text));
    labels_[LabelKey(name, serial)] = id;
    return id;
  }

  // Gives back a reserved label that no object took.
  void Unreserve(NameId name, ObjId id) {
    ObjRecord& r = obj(id);
    r.made = false;
    r.alive = false;
    const uint32_t serial = serials_[name];
    auto it = labels_.find(LabelKey(name, serial));
    if (it != labels_.end() && it->second == id) {
      labels_.erase(it);
      --serials_[name];
    }
  }

  std::optional<ObjId> Lookup(const Label& l) const {
    auto it = labels_.find(LabelKey(l.name, l.serial));
    if (it == labels_.end()) return std::nullopt;
    return it->second;
  }

  std::string LabelText(const Label& l) const {
    std::string s = p_.names[l.name];
    if (l.serial > 1) s += "@" + std::to_string(l.serial);
    return s;
  }
  const std::string& LabelOf(ObjId id) const {
    return result_.trace.labels[id];
  }

  // --- references held by the runner

  void Hold(const Value& v) {
    if (v.is_obj()) b_.Incref(v.obj);
  }
  void Release(const Value& v) {
    if (v.is_obj()) b_.Decref(v.obj);
  }

  // STORE_NAME: bind first, then drop what the name held (whose death may
  // run finalizers that see the new binding).
  void Bind(NameId name, Value v /* owned reference */) {
    std::optional<Value> old = std::exchange(bound_[name], v);
    if (opt_.on_bind) opt_.on_bind(name, &v);
    if (old) Release(*old);
  }

  // --- reading

  std::string Describe(const Value& v) const {
    switch (v.kind) {
      case Value::Kind::kNone:
        return "None";
      case Value::Kind::kInt:
        return "an int";
      case Value::Kind::kObj:
        return KindName(objs_[v.obj].kind);
    }
    return "?";
  }

  // The object a name or `self` stands for, as a borrowed Value.
  bool ReadBase(bool is_self, NameId name, const Frame& f, Value* out,
                std::string* why) {
    if (is_self) {
      if (f.self == kNoObj) {
        *why = "'self' is not bound here";
        return false;
      }
      *out = Value::Obj(f.self);
      return true;
    }
    if (!bound_[name]) {
      *why = "name '" + p_.names[name] + "' is not bound";
      return false;
    }
    *out = *bound_[name];
    return true;
  }

  std::string BaseText(bool is_self, NameId name) const {
    return is_self ? std::string("self") : "'" + p_.names[name] + "'";
  }

  // Checks that container `c` (named `what`) has slot/index/key `i`.
  bool HasIndex(const Value& c, int32_t i, const std::string& what,
                std::string* why) {
    if (!c.is_obj()) {
      *why = what + " is " + Describe(c) + ", which has no slots or items";
      return false;
    }
    const ObjRecord& r = objs_[c.obj];
    switch (r.kind) {
      case ObjKind::kInstance: {
        const int n = p_.classes[r.cls].slots;
        if (i < 0 || i >= n) {
          *why = "slot " + std::to_string(i) + " out of range for " + what +
                 " (class " + p_.classes[r.cls].name + " has " +
                 std::to_string(n) + " slots)";
          return false;
        }
        return true;
      }
      case ObjKind::kList:
      case ObjKind::kTuple: {
        const size_t n = b_.Length(c.obj);
        if (i < 0 || static_cast<size_t>(i) >= n) {
          *why = "index " + std::to_string(i) + " out of range for " + what +
                 " of length " + std::to_string(n);
          return false;
        }
        return true;
      }
      case ObjKind::kDict:
        if (!b_.HasKey(c.obj, i)) {
          *why = "key " + std::to_string(i) + " is not in " + what;
          return false;
        }
        return true;
      case ObjKind::kRef:
      case ObjKind::kProxy:
        *why = what + " is " + std::string(KindName(r.kind)) +
               ", which is never looked through";
        return false;
    }
    return false;
  }

  // Evaluates an item to a borrowed Value.
  bool Read(const Item& it, const Frame& f, Value* out, std::string* why) {
    switch (it.kind) {
      case Item::Kind::kNone:
        *out = Value::None();
        return true;
      case Item::Kind::kInt:
        *out = Value::Int(it.value);
        return true;
      case Item::Kind::kSelf:
        return ReadBase(true, kNoName, f, out, why);
      case Item::Kind::kName:
        return ReadBase(false, it.name, f, out, why);
      case Item::Kind::kPath: {
        Value base;
        if (!ReadBase(it.base_self, it.name, f, &base, why)) return false;
        if (!HasIndex(base, it.value, BaseText(it.base_self, it.name), why)) {
          return false;
        }
        *out = b_.GetItem(base.obj, it.value);
        return true;
      }
    }
    return false;
  }

  // Evaluates items left to right, holding each as a stack temporary.
  bool ReadAll(const std::vector<Item>& items, const Frame& f,
               std::vector<Value>* out, std::string* why) {
    for (const Item& it : items) {
      Value v;
      if (!Read(it, f, &v, why)) {
        for (const Value& held : *out) Release(held);
        out->clear();
        return false;
      }
      Hold(v);
      out->push_back(v);
    }
    return true;
  }
  void ReleaseAll(const std::vector<Value>& vs) {
    for (const Value& v : vs) Release(v);
  }

  // --- statements

  Outcome RunStmt(const Stmt& s, Frame& f, std::string* why) {
    switch (s.op) {
      case Op::kClass:
        return Outcome::kDone;  // declared up front (Backend::Begin)
      case Op::kNew: {
        const ObjId id = Reserve(s.name, ObjKind::kInstance, s.cls);
        b_.NewInstance(id, s.cls);
        Bind(s.name, Value::Obj(id));
        return Outcome::kDone;
      }
      case Op::kList:
      case Op::kTuple: {
        std::vector<Value> items;
        if (!ReadAll(s.items, f, &items, why)) return Outcome::kMisuse;
        const bool list = s.op == Op::kList;
        const ObjId id =
            Reserve(s.name, list ? ObjKind::kList : ObjKind::kTuple, 0);
        if (list) {
          b_.NewList(id, items);
        } else {
          b_.NewTuple(id, items);
        }
        ReleaseAll(items);
        Bind(s.name, Value::Obj(id));
        return Outcome::kDone;
      }
      case Op::kDict: {
        const ObjId id = Reserve(s.name, ObjKind::kDict, 0);
        b_.NewDict(id);
        Bind(s.name, Value::Obj(id));
        return Outcome::kDone;
      }
      case Op::kRef:
      case Op::kProxy:
        return RunWeakref(s, f, why);
      case Op::kSet:
      case Op::kClear:
        return RunStore(s, f, why);
      case Op::kAppend: {
        Value list;
        if (!ReadBase(s.base.is_self, s.base.name, f, &list, why)) {
          return Outcome::kMisuse;
        }
        if (!list.is_obj() || objs_[list.obj].kind != ObjKind::kList) {
          *why = "cannot append to " + BaseText(s.base.is_self, s.base.name) +
                 ": it is " + Describe(list) + ", not a list";
          return Outcome::kMisuse;
        }
        Value v;
        if (!Read(s.items[0], f, &v, why)) return Outcome::kMisuse;
        Hold(list);  // the bound method's self
        Hold(v);
        b_.Append(list.obj, v);
        Release(v);
        Release(list);
        return Outcome::kDone;
      }
      case Op::kLet: {
        Value v;
        if (!Read(s.items[0], f, &v, why)) return Outcome::kMisuse;
        Hold(v);
        Bind(s.name, v);
        return Outcome::kDone;
      }
      case Op::kDel: {
        if (!bound_[s.name]) {
          *why = "name '" + p_.names[s.name] + "' is not bound";
          return Outcome::kMisuse;
        }
        const Value old = *bound_[s.name];
        bound_[s.name].reset();
        if (opt_.on_bind) opt_.on_bind(s.name, nullptr);
        Release(old);
        return Outcome::kDone;
      }
      case Op::kCollect: {
        const int64_t n = b_.Collect(s.has_int ? s.int_arg : 2);
        if (!f.in_body) last_collect_ = n;
        return Outcome::kDone;
      }
      case Op::kEnable:
        b_.SetEnabled(true);
        return Outcome::kDone;
      case Op::kDisable:
        b_.SetEnabled(false);
        return Outcome::kDone;
      case Op::kThreshold:
        b_.SetThreshold(s.ints);
        return Outcome::kDone;
      case Op::kFreeze:
        b_.Freeze();
        return Outcome::kDone;
      case Op::kUnfreeze:
        b_.Unfreeze();
        return Outcome::kDone;
      case Op::kDebug:
        b_.SetDebug(s.debug_flags);
        return Outcome::kDone;
      case Op::kClearGarbage:
        b_.ClearGarbage();
        return Outcome::kDone;
      case Op::kTakeGarbage: {
        const int64_t size = static_cast<int64_t>(b_.GarbageSize());
        int64_t i = s.has_int ? s.int_arg : 0;
        if (size == 0) {
          *why = "pop from empty list (gc.garbage is empty)";
          return Outcome::kMisuse;
        }
        if (i < 0) i += size;
        if (i < 0 || i >= size) {
          *why = "pop index out of range (gc.garbage has " +
                 std::to_string(size) + " entries)";
          return Outcome::kMisuse;
        }
        const ObjId o = b_.PopGarbage(static_cast<size_t>(i));
        Bind(s.name, Value::Obj(o));
        return Outcome::kDone;
      }
      case Op::kGcCallback: {
        const uint32_t index = static_cast<uint32_t>(gc_callbacks_.size());
        gc_callbacks_.push_back(s.has_block ? &s.block : nullptr);
        b_.AddGcCallback(index);
        return Outcome::kDone;
      }
      case Op::kOnDel:
      case Op::kOnTpDel:
        return RunOnFinalizer(s, f, why);
      case Op::kRaise:
        return Outcome::kRaise;
      case Op::kExpect:
        return RunExpect(s, why);
    }
    return Outcome::kDone;
  }

  Outcome RunWeakref(const Stmt& s, Frame& f, std::string* why) {
    Value target;
    if (!Read(s.items[0], f, &target, why)) return Outcome::kMisuse;
    bool accepts = false;
    std::string type;
    switch (target.kind) {
      case Value::Kind::kNone:
        type = "NoneType";
        break;
      case Value::Kind::kInt:
        type = "int";
        break;
      case Value::Kind::kObj: {
        const ObjRecord& r = objs_[target.obj];
        type = TypeName(p_, r.kind, r.cls);
        accepts = r.kind == ObjKind::kInstance && !p_.classes[r.cls].noweakref;
        break;
      }
    }
    if (!accepts) {
      *why = "cannot create weak reference to '" + type + "' object";
      return Outcome::kMisuse;
    }
    const bool proxy = s.op == Op::kProxy;
    Hold(target);  // the call's argument
    const ObjId id =
        Reserve(s.name, proxy ? ObjKind::kProxy : ObjKind::kRef, 0);
    const ObjId got = b_.NewWeakref(id, proxy, target.obj, s.has_block);
    if (got != id) {
      Unreserve(s.name, id);
    } else if (s.has_block) {
      obj(id).callback = &s.block;
    }
    Release(target);
    Bind(s.name, Value::Obj(got));
    return Outcome::kDone;
  }

  // set BASE.I ITEM / clear BASE.I
  Outcome RunStore(const Stmt& s, Frame& f, std::string* why) {
    Value value = Value::None();
    if (s.op == Op::kSet && !Read(s.items[0], f, &value, why)) {
      return Outcome::kMisuse;
    }
    Value base;
    if (!ReadBase(s.base.is_self, s.base.name, f, &base, why)) {
      return Outcome::kMisuse;
    }
    const std::string what = BaseText(s.base.is_self, s.base.name);
    if (!base.is_obj()) {
      *why = what + " is " + Describe(base) + ", which cannot be changed";
      return Outcome::kMisuse;
    }
    const ObjKind kind = objs_[base.obj].kind;
    if (kind == ObjKind::kTuple || kind == ObjKind::kRef ||
        kind == ObjKind::kProxy) {
      *why = what + " is " + std::string(KindName(kind)) +
             ", which cannot be changed";
      return Outcome::kMisuse;
    }
    // A dict `set` inserts; everything else needs the slot/index/key.
    const bool dict_insert = kind == ObjKind::kDict && s.op == Op::kSet;
    if (!dict_insert && !HasIndex(base, s.index, what, why)) {
      return Outcome::kMisuse;
    }
    Hold(value);
    Hold(base);
    if (kind == ObjKind::kDict && s.op == Op::kClear) {
      b_.DelKey(base.obj, s.index);
    } else {
      b_.SetItem(base.obj, s.index, value);
    }
    Release(value);
    Release(base);
    return Outcome::kDone;
  }

  Outcome RunOnFinalizer(const Stmt& s, Frame& f, std::string* why) {
    const bool del = s.op == Op::kOnDel;
    Value v;
    if (!ReadBase(false, s.name, f, &v, why)) return Outcome::kMisuse;
    const char* what =
        del ? "__del__ (class flag 'del')" : "tp_del (class flag 'tp_del')";
    if (!v.is_obj() || objs_[v.obj].kind != ObjKind::kInstance) {
      *why = "'" + p_.names[s.name] + "' is " + Describe(v) +
             ", which has no " + what;
      return Outcome::kMisuse;
    }
    const ClassDecl& c = p_.classes[objs_[v.obj].cls];
    if (!(del ? c.has_del : c.has_tp_del)) {
      *why =
          "class " + c.name + " of '" + p_.names[s.name] + "' has no " + what;
      return Outcome::kMisuse;
    }
    (del ? obj(v.obj).on_del : obj(v.obj).on_tp_del) = &s.block;
    return Outcome::kDone;
  }

  void RunBody(const std::vector<Stmt>* body, ObjId self) {
    if (body == nullptr) return;
    if (!b_.BodyStatementsMayRun()) return;
    // Events from here to the end of the body nest under the one that
    // started it (the event Record()ed just before).
    ++depth_;
    RunBodyStatements(*body, self);
    --depth_;
  }

  void RunBodyStatements(const std::vector<Stmt>& body, ObjId self) {
    Frame f{true, self};
    for (const Stmt& s : body) {
      b_.StatementStart();  // `_step()`'s entry, before its budget check
      if (opt_.max_body_steps != 0 &&
          result_.body_stmts_run >= opt_.max_body_steps) {
        result_.body_budget_exhausted = true;
        return;
      }
      ++result_.body_stmts_run;
      std::string why;
      // A statement that cannot run in a body does nothing (spec 3.5).
      if (RunStmt(s, f, &why) == Outcome::kRaise) return;
    }
  }

  // --- expectations

  void Fail(std::string message) {
    result_.failures.push_back(
        Failure{p_.stmts[stmt_index_].loc, stmt_index_, std::move(message)});
  }

  // Resolves every label of `e`; a label never made is a misuse.
  bool ResolveAll(const Expectation& e, std::vector<ObjId>* ids,
                  std::string* why) {
    for (const Label& l : e.labels) {
      auto id = Lookup(l);
      if (!id) {
        *why = "no object has label '" + LabelText(l) + "' in this run";
        return false;
      }
      ids->push_back(*id);
    }
    for (const EventPattern& ev : e.events) {
      if (Info(ev.kind).args != EventArgs::kLabel) continue;
      if (!Lookup(ev.label)) {
        *why = "no object has label '" + LabelText(ev.label) + "' in this run";
        return false;
      }
    }
    return true;
  }

  std::string ListText(const std::vector<ObjId>& ids) const {
    std::string s = "[";
    for (size_t i = 0; i < ids.size(); ++i) {
      if (i) s += ", ";
      s += LabelOf(ids[i]);
    }
    return s + "]";
  }

  bool IsWeakref(ObjId id) const {
    return objs_[id].kind == ObjKind::kRef || objs_[id].kind == ObjKind::kProxy;
  }

  Outcome RunExpect(const Stmt& s, std::string* why) {
    const Expectation& e = s.expect;
    std::vector<ObjId> ids;
    if (!ResolveAll(e, &ids, why)) return Outcome::kMisuse;
    const char* kw = Info(e.kind).keyword;
    switch (e.kind) {
      case ExpectKind::kCollected:
        if (!last_collect_) {
          Fail("expected collected " + std::to_string(e.ints[0]) +
               ", got no collect yet");
        } else if (*last_collect_ != e.ints[0]) {
          Fail("expected collected " + std::to_string(e.ints[0]) + ", got " +
               std::to_string(*last_collect_));
        }
        break;
      case ExpectKind::kAlive:
      case ExpectKind::kDead: {
        const bool want_alive = e.kind == ExpectKind::kAlive;
        for (ObjId id : ids) {
          if (objs_[id].alive != want_alive) {
            Fail(std::string("expected ") + LabelOf(id) + " " + kw + ", got " +
                 (objs_[id].alive ? "alive" : "dead"));
          }
        }
        break;
      }
      case ExpectKind::kDelCalls:
      case ExpectKind::kTpDelCalls:
      case ExpectKind::kCallbackCalls: {
        const ObjId id = ids[0];
        if (e.kind == ExpectKind::kCallbackCalls && !IsWeakref(id)) {
          *why = "'" + LabelOf(id) + "' is " +
                 std::string(KindName(objs_[id].kind)) +
                 ", not a weakref or proxy";
          return Outcome::kMisuse;
        }
        const int64_t got =
            e.kind == ExpectKind::kDelCalls     ? objs_[id].del_calls
            : e.kind == ExpectKind::kTpDelCalls ? objs_[id].tp_del_calls
                                                : objs_[id].callback_calls;
        if (got != e.ints[0]) {
          Fail(std::string("expected ") + kw + " " + LabelOf(id) + " " +
               std::to_string(e.ints[0]) + ", got " + std::to_string(got));
        }
        break;
      }
      case ExpectKind::kCleared:
        for (ObjId id : ids) {
          if (!IsWeakref(id)) {
            *why = "'" + LabelOf(id) + "' is " +
                   std::string(KindName(objs_[id].kind)) +
                   ", not a weakref or proxy";
            return Outcome::kMisuse;
          }
        }
        for (ObjId id : ids) {
          if (objs_[id].alive && !b_.WeakrefIsDead(id)) {
            Fail("expected " + LabelOf(id) +
                 " cleared, got a live weakref to a live object");
          }
        }
        break;
      case ExpectKind::kGarbage: {
        const std::vector<ObjId> got = b_.Garbage();
        if (got != ids) {
          Fail("expected garbage " + ListText(ids) + ", got " + ListText(got));
        }
        break;
      }
      default:
        return RunExpectOnLive(s, ids, why);
    }
    return Outcome::kDone;
  }

  // Expectations that need live objects: a dead one fails them.
  bool RequireAlive(const char* kw, ObjId id) {
    if (objs_[id].alive) return true;
    Fail(std::string("expected ") + kw + " " + LabelOf(id) +
         ", got a dead object");
    return false;
  }

  static std::string WhereText(int64_t w) {
    switch (w) {
      case 3:
        return "permanent";
      case 4:
        return "untracked";
      default:
        return std::to_string(w);
    }
  }

  Outcome RunExpectOnLive(const Stmt& s, const std::vector<ObjId>& ids,
                          std::string* why) {
    const Expectation& e = s.expect;
    const char* kw = Info(e.kind).keyword;
    switch (e.kind) {
      case ExpectKind::kTracked:
      case ExpectKind::kUntracked:
      case ExpectKind::kFinalized:
      case ExpectKind::kUnfinalized: {
        const bool tracking =
            e.kind == ExpectKind::kTracked || e.kind == ExpectKind::kUntracked;
        const bool want =
            e.kind == ExpectKind::kTracked || e.kind == ExpectKind::kFinalized;
        for (ObjId id : ids) {
          if (!RequireAlive(kw, id)) continue;
          const bool got = tracking ? b_.IsTracked(id) : b_.IsFinalized(id);
          if (got != want) {
            const char* word = tracking ? (got ? "tracked" : "untracked")
                                        : (got ? "finalized" : "unfinalized");
            Fail(std::string("expected ") + LabelOf(id) + " " + kw + ", got " +
                 word);
          }
        }
        break;
      }
      case ExpectKind::kWeakrefs: {
        const ObjId id = ids[0];
        if (!RequireAlive(kw, id)) break;
        const int64_t got = b_.WeakrefCount(id);
        if (got != e.ints[0]) {
          Fail("expected weakrefs " + LabelOf(id) + " " +
               std::to_string(e.ints[0]) + ", got " + std::to_string(got));
        }
        break;
      }
      case ExpectKind::kGeneration: {
        const ObjId id = ids[0];
        if (!RequireAlive(kw, id)) break;
        const int64_t got = static_cast<int64_t>(b_.GenerationOf(id));
        if (got != e.ints[0]) {
          Fail("expected generation " + LabelOf(id) + " " +
               WhereText(e.ints[0]) + ", got " + WhereText(got));
        }
        break;
      }
      case ExpectKind::kObjects: {
        const auto got = b_.Objects(static_cast<int>(e.ints[0]));
        if (got != ids) {
          Fail("expected objects " + std::to_string(e.ints[0]) + " " +
               ListText(ids) + ", got " + ListText(got));
        }
        break;
      }
      case ExpectKind::kReferents:
      case ExpectKind::kReferrers: {
        const ObjId id = ids[0];
        if (!RequireAlive(kw, id)) break;
        const std::vector<ObjId> want(ids.begin() + 1, ids.end());
        const auto got = e.kind == ExpectKind::kReferents ? b_.Referents(id)
                                                          : b_.Referrers(id);
        if (got != want) {
          Fail(std::string("expected ") + kw + " " + LabelOf(id) + " " +
               ListText(want) + ", got " + ListText(got));
        }
        break;
      }
      case ExpectKind::kCount: {
        const auto got = b_.Count();
        if (got[0] != e.ints[0] || got[1] != e.ints[1] || got[2] != e.ints[2]) {
          Fail("expected count " + std::to_string(e.ints[0]) + " " +
               std::to_string(e.ints[1]) + " " + std::to_string(e.ints[2]) +
               ", got " + std::to_string(got[0]) + " " +
               std::to_string(got[1]) + " " + std::to_string(got[2]));
        }
        break;
      }
      case ExpectKind::kStats: {
        const GenStats got = b_.Stats(static_cast<int>(e.ints[0]));
        const GenStats want{e.ints[1], e.ints[2], e.ints[3]};
        if (!(got == want)) {
          Fail("expected stats " + std::to_string(e.ints[0]) + " " +
               std::to_string(want.collections) + " " +
               std::to_string(want.collected) + " " +
               std::to_string(want.uncollectable) + ", got " +
               std::to_string(got.collections) + " " +
               std::to_string(got.collected) + " " +
               std::to_string(got.uncollectable));
        }
        break;
      }
      case ExpectKind::kLog:
        CheckLog(e);
        break;
      default:
        break;
    }
    return Outcome::kDone;
  }

  // `expect log`: the events since the last `expect log`, free events left
  // out, must be exactly the pattern.
  void CheckLog(const Expectation& e) {
    const Trace& t = result_.trace;
    std::vector<std::string> got;
    for (size_t i = log_cursor_; i < t.events.size(); ++i) {
      if (t.events[i].kind == EventKind::kFree) continue;
      got.push_back(t.Format(t.events[i]));
    }
    log_cursor_ = t.events.size();
    std::vector<std::string> want;
    for (const EventPattern& ev : e.events) {
      Event x;
      x.kind = ev.kind;
      x.gen = ev.gen;
      x.m = ev.m;
      x.n = ev.n;
      x.automatic = ev.automatic;
      std::string text;
      if (Info(ev.kind).args == EventArgs::kLabel) {
        text = std::string(Info(ev.kind).keyword) + " " + LabelText(ev.label);
      } else {
        text = t.Format(x);
      }
      want.push_back(std::move(text));
    }
    if (got != want) {
      auto join = [](const std::vector<std::string>& v) {
        std::string s;
        for (size_t i = 0; i < v.size(); ++i) {
          if (i) s += ", ";
          s += v[i];
        }
        return s.empty() ? std::string("(nothing)") : s;
      };
      Fail("expected log " + join(want) + ", got " + join(got));
    }
  }

  const Program& p_;
  Backend& b_;
  const RunOptions& opt_;
  RunResult result_;
  std::vector<std::optional<Value>> bound_;  // NameId -> owned reference
  std::vector<ObjRecord> objs_;              // ObjId -> record
  std::unordered_map<NameId, uint32_t> serials_;
  std::unordered_map<uint64_t, ObjId> labels_;  // (name, serial) -> id
  std::vector<const std::vector<Stmt>*> gc_callbacks_;
  std::optional<int64_t> last_collect_;
  size_t stmt_index_ = 0;
  uint32_t line_ = 0;   // the running top-level statement's line
  uint32_t depth_ = 0;  // bodies running, one inside the other
  size_t log_cursor_ = 0;
};

}  // namespace

RunResult Run(const Program& program, Backend& backend,
              const RunOptions& options) {
  Interpreter interp(program, backend, options);
  return interp.Execute();
}

std::string FormatFailure(std::string_view file, const Failure& f) {
  return std::string(file) + ":" + std::to_string(f.loc.line) + ": " +
         f.message;
}

std::string FormatMisuse(std::string_view file, const Misuse& m) {
  return std::string(file) + ":" + std::to_string(m.loc.line) + ": " +
         m.message;
}

}  // namespace gcfuzz::gcops
