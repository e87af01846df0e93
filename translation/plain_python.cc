#include "translation/plain_python.h"

#include <map>
#include <regex>
#include <set>
#include <sstream>
#include <string>
#include <utility>
#include <vector>

#include "gcops/printer.h"
#include "translation/plain_python_facts.h"

namespace gcfuzz::translation {

namespace {

using gcops::ExpectKind;
using gcops::Item;
using gcops::NameId;
using gcops::Op;
using gcops::Program;
using gcops::Stmt;
using plain::Facts;
using plain::Kind;
using plain::Obj;

// ---------------------------------------------------------------------------
// The subset. A walk over the top level that knows, statement by statement,
// what every name holds: which object (its kind, class, list length, dict
// keys, label), an int or None, or something read through a path. A program
// is plain when every statement can run as plain Python without raising
// (gcops reports a misuse at top level and does nothing in a body; plain
// Python would raise in both), every label is known before the run or
// given by a body that runs at most once (the script counts them as the
// canonical runtime does), and everything an expectation asks about can be
// found without holding it (instances carry their label; a weakref with a
// callback is known by its callback function) or is held by a name there.
// ---------------------------------------------------------------------------

constexpr int kUnbound = -1;  // a name's value: unbound
constexpr int kOther = -2;    // an int, None, or what a path read

const char* KindText(Kind k) {
  switch (k) {
    case Kind::kInstance:
      return "an instance";
    case Kind::kList:
      return "a list";
    case Kind::kTuple:
      return "a tuple";
    case Kind::kDict:
      return "a dict";
    case Kind::kRef:
      return "a weakref";
    case Kind::kProxy:
      return "a weakref proxy";
  }
  return "an object";
}

class Subset {
 public:
  explicit Subset(const Program& p) : p_(p) {
    for (const Stmt& s : p.stmts) {
      if (s.op == Op::kDel) del_lines_[s.name].push_back(s.loc.line);
      for (const Stmt& b : s.block) NoteBodyNames(b);
    }
  }

  static bool Makes(Op op) {
    return op == Op::kNew || op == Op::kList || op == Op::kTuple ||
           op == Op::kDict || op == Op::kRef || op == Op::kProxy;
  }

  // Statements that may make objects count: each body that makes any runs
  // at most once (Body).
  PlainVerdict Run() {
    size_t count = body_makes_;
    for (const Stmt& s : p_.stmts) {
      if (s.op != Op::kClass && ++count > kMaxPlainStatements) {
        Fail(s, "more than " + std::to_string(kMaxPlainStatements) +
                    " statements: not a short script, and with the "
                    "script's own allocations it could reach the collection "
                    "threshold where the canonical translation does not");
        break;
      }
      if (!Top(s)) break;
    }
    return verdict_;
  }

  Facts facts;

 private:
  void NoteBodyNames(const Stmt& s) {
    if (s.name != gcops::kNoName) body_bound_.insert(s.name);
    if (Makes(s.op)) {
      body_made_.insert(s.name);
      if (s.op != Op::kNew) body_made_other_.insert(s.name);
      ++body_makes_;
    }
    if (s.op == Op::kEnable) body_enables_ = true;
    for (const Stmt& b : s.block) NoteBodyNames(b);
  }

  bool Fail(const Stmt& s, std::string why) {
    verdict_.plain = false;
    verdict_.line = s.loc.line;
    verdict_.statement = gcops::PrintStmt(p_, s);
    verdict_.reason = std::move(why);
    return false;
  }

  bool Misuse(const Stmt& s, const std::string& what) {
    return Fail(s, what + ": a misuse, which gcops reports with a message " +
                       "and status 2 and plain Python only with a traceback");
  }

  std::string Name(NameId n) const { return "'" + p_.names[n] + "'"; }

  int ValueOf(NameId n) const {
    auto it = names_.find(n);
    return it == names_.end() ? kUnbound : it->second;
  }

  // A top-level statement may not touch a name a body binds: whether it is
  // bound there, and to what, depends on when the bodies ran.
  bool BodyBoundFree(const Stmt& s) {
    std::vector<NameId> used;
    if (s.name != gcops::kNoName && s.op != Op::kExpect) used.push_back(s.name);
    if (!s.base.is_self && s.base.name != gcops::kNoName) {
      used.push_back(s.base.name);
    }
    for (const Item& it : s.items) {
      if (it.kind == Item::Kind::kName ||
          (it.kind == Item::Kind::kPath && !it.base_self)) {
        used.push_back(it.name);
      }
    }
    for (NameId n : used) {
      if (body_bound_.count(n)) {
        return Fail(s, Name(n) +
                           " is bound by a finalizer or callback body: "
                           "whether it is bound here, and to what, depends on "
                           "when the bodies ran, and plain Python raises "
                           "NameError where gcops reports a misuse");
      }
    }
    return true;
  }

  // The value of a top-level item; false (verdict set) when it cannot run.
  bool TopItem(const Stmt& s, const Item& it, int* value) {
    switch (it.kind) {
      case Item::Kind::kInt:
      case Item::Kind::kNone:
        *value = kOther;
        return true;
      case Item::Kind::kSelf:
        return Misuse(s, "'self' outside a body");
      case Item::Kind::kName:
        *value = ValueOf(it.name);
        if (*value == kUnbound) {
          return Misuse(s, "name " + Name(it.name) + " is not bound");
        }
        return true;
      case Item::Kind::kPath: {
        const int base = ValueOf(it.name);
        if (base < 0) {
          return Fail(s, Name(it.name) +
                             " may hold anything here (it is unbound, or "
                             "was read through a path): plain Python would "
                             "raise where gcops reports a misuse");
        }
        const Obj& o = objs_[base];
        if (!HasIndex(o, it.value)) {
          return Misuse(s, Name(it.name) + " (" + KindText(o.kind) +
                               ") has nothing at " + std::to_string(it.value));
        }
        facts.path[&it] = {o.kind, o.cls};
        *value = kOther;
        return true;
      }
    }
    return false;
  }

  bool HasIndex(const Obj& o, int32_t i) const {
    switch (o.kind) {
      case Kind::kInstance:
        return i >= 0 && i < p_.classes[o.cls].slots;
      case Kind::kList:
      case Kind::kTuple:
        return i >= 0 && static_cast<size_t>(i) < o.len;
      case Kind::kDict:
        return o.keys.count(i) > 0;
      case Kind::kRef:
      case Kind::kProxy:
        return false;
    }
    return false;
  }

  std::string NextLabel(NameId n) {
    const uint32_t k = ++serial_[n];
    return p_.names[n] + (k == 1 ? "" : "@" + std::to_string(k));
  }

  void Make(const Stmt& s, Obj o) {
    o.label = NextLabel(s.name);
    facts.label[&s] = o.label;
    facts.by_label[o.label] = o;
    index_[o.label] = static_cast<int>(objs_.size());
    objs_.push_back(o);
    names_[s.name] = static_cast<int>(objs_.size() - 1);
  }

  bool Top(const Stmt& s) {
    if (!BodyBoundFree(s)) return false;
    switch (s.op) {
      case Op::kClass:
        return true;
      case Op::kNew: {
        // A tp_del class is made through _testcapi.with_tp_del, as the
        // canonical runtime makes it; what a collection appends to
        // gc.garbage is then only such instances, each with its label.
        Obj o;
        o.cls = s.cls;
        Make(s, o);
        return true;
      }
      case Op::kList:
      case Op::kTuple: {
        for (const Item& it : s.items) {
          int v;
          if (!TopItem(s, it, &v)) return false;
        }
        Obj o;
        o.kind = s.op == Op::kList ? Kind::kList : Kind::kTuple;
        o.len = s.items.size();
        Make(s, o);
        return true;
      }
      case Op::kDict: {
        Obj o;
        o.kind = Kind::kDict;
        Make(s, o);
        return true;
      }
      case Op::kRef:
      case Op::kProxy:
        return Weakref(s);
      case Op::kSet:
      case Op::kClear:
      case Op::kAppend:
        return Store(s);
      case Op::kLet: {
        int v;
        if (!TopItem(s, s.items[0], &v)) return false;
        names_[s.name] = v;
        return true;
      }
      case Op::kDel:
        if (ValueOf(s.name) == kUnbound) {
          return Misuse(s, "name " + Name(s.name) + " is not bound");
        }
        names_.erase(s.name);
        return true;
      case Op::kCollect:
        return true;
      // Automatic collection may run only where neither side can reach its
      // threshold: a low threshold0 while the collector is off for good.
      case Op::kEnable:
        if (low_threshold_) return Fail(s, NotPlain(Op::kThreshold));
        enabled_ = true;
        return true;
      case Op::kDisable:
        enabled_ = false;
        return true;
      case Op::kThreshold:
        low_threshold_ = s.ints[0] != 0 && s.ints[0] < kDefaultThreshold0;
        if (low_threshold_ && (enabled_ || body_enables_)) {
          return Fail(s, NotPlain(s.op));
        }
        return true;
      case Op::kClearGarbage:
        return true;  // what it drops may run tp_del: events, as in gcops
      case Op::kGcCallback:
        return !s.has_block || Body(s, s.block, BodyOf::kGc, 0);
      case Op::kOnDel:
      case Op::kOnTpDel: {
        const bool tp_del = s.op == Op::kOnTpDel;
        const int v = ValueOf(s.name);
        if (v < 0 || objs_[v].kind != Kind::kInstance ||
            !(tp_del ? p_.classes[objs_[v].cls].has_tp_del
                     : p_.classes[objs_[v].cls].has_del)) {
          return Misuse(s, Name(s.name) + " is not an instance of a class " +
                               (tp_del ? "with tp_del" : "with __del__"));
        }
        facts.label[&s] = objs_[v].label;
        facts.del_class[&s] = objs_[v].cls;
        return Body(s, s.block, tp_del ? BodyOf::kTpDel : BodyOf::kDel,
                    objs_[v].cls);
      }
      case Op::kExpect:
        return Expect(s);
      default:
        return Fail(s, NotPlain(s.op));
    }
  }

  static std::string NotPlain(Op op) {
    switch (op) {
      case Op::kThreshold:
        return "a threshold below 700 while automatic collection is on: "
               "where an automatic "
               "collection then falls depends on the interpreter's count, "
               "which the script's own allocations change";
      case Op::kFreeze:
      case Op::kUnfreeze:
        return "the permanent generation: the plain script freezes its own "
               "objects before the program, and the harness keeps them apart "
               "from the program's";
      case Op::kDebug:
        return "gc.set_debug: DEBUG_SAVEALL puts lists, tuples and dicts in "
               "gc.garbage, which only the harness can label, and the other "
               "flags print CPython's own text";
      case Op::kTakeGarbage:
        return "whether gc.garbage has the entry to take depends on the "
               "run: gcops reports a misuse where plain Python raises";
      case Op::kNew:
      case Op::kList:
      case Op::kTuple:
      case Op::kDict:
        return "a tp_del or gc callback body that makes an object: such a "
               "body may run any number of times, and with the objects it "
               "makes the script could reach the collection threshold "
               "where the canonical translation does not";
      case Op::kRef:
      case Op::kProxy:
        return "a body that makes a weakref: whether CPython hands back an "
               "existing one, and the label its callback reports, are "
               "found by the harness";
      case Op::kDel:
        return "a body's `del` may find the name unbound: gcops then does "
               "nothing, plain Python raises and skips the rest of the body";
      case Op::kAppend:
      case Op::kSet:
      case Op::kClear:
        return "a body that changes an object other than its own `self`: "
               "what the name holds when the body runs depends on the run, "
               "and plain Python raises where gcops does nothing";
      case Op::kGcCallback:
        return "a body that adds a gc callback: outside the plain form";
      default:
        return "outside the plain form";
    }
  }

  bool Weakref(const Stmt& s) {
    int t;
    if (!TopItem(s, s.items[0], &t)) return false;
    if (t < 0 || objs_[t].kind != Kind::kInstance ||
        p_.classes[objs_[t].cls].noweakref) {
      return Misuse(s, "a weak reference to " +
                           std::string(t < 0 ? "something that may not "
                                               "accept one"
                                             : "an object that does not "
                                               "accept one"));
    }
    const bool proxy = s.op == Op::kProxy;
    Obj o;
    o.kind = proxy ? Kind::kProxy : Kind::kRef;
    o.callback = s.has_block;
    if (!s.has_block) {
      bool& basic = proxy ? objs_[t].basic_proxy : objs_[t].basic_ref;
      if (basic) {
        return Fail(s,
                    "a second weakref without callback to one object: "
                    "CPython hands back the first while it lives, so "
                    "whether this makes an object (and takes a label) "
                    "depends on the run");
      }
      basic = true;
    }
    Make(s, o);
    if (!s.has_block) return true;
    return Body(s, s.block, BodyOf::kCallback, 0);
  }

  bool Store(const Stmt& s) {
    if (s.base.is_self) return Misuse(s, "'self' outside a body");
    const int b = ValueOf(s.base.name);
    if (b == kUnbound) {
      return Misuse(s, "name " + Name(s.base.name) + " is not bound");
    }
    if (b < 0) {
      return Fail(s, Name(s.base.name) +
                         " holds what a path read: plain Python would "
                         "raise where gcops reports a misuse");
    }
    Obj& o = objs_[b];
    int v;
    if (s.op != Op::kClear && !TopItem(s, s.items[0], &v)) return false;
    if (s.op == Op::kAppend) {
      if (o.kind != Kind::kList) return Misuse(s, "append to a non-list");
      ++o.len;
    } else if (o.kind == Kind::kDict && s.op == Op::kSet) {
      o.keys.insert(s.index);
    } else if (o.kind == Kind::kTuple || o.kind == Kind::kRef ||
               o.kind == Kind::kProxy || !HasIndex(o, s.index)) {
      return Misuse(s, Name(s.base.name) + " (" + KindText(o.kind) +
                           ") has no place " + std::to_string(s.index));
    } else if (o.kind == Kind::kDict) {
      o.keys.erase(s.index);
    }
    facts.base[&s] = {o.kind, o.cls};
    return true;
  }

  // Whose body: a __del__ or a weakref callback runs at most once per
  // object (PEP 442) or weakref; a tp_del again each time its object dies,
  // a gc callback at every collection.
  enum class BodyOf { kDel, kTpDel, kCallback, kGc };

  // A body: every statement must run whenever the body does.
  bool Body(const Stmt& owner, const std::vector<Stmt>& block, BodyOf of,
            gcops::ClassId cls) {
    const bool once = of == BodyOf::kDel || of == BodyOf::kCallback;
    const bool own = of == BodyOf::kDel || of == BodyOf::kTpDel;
    std::set<NameId> bound;  // by the statements before this one
    const Stmt* before = nullptr;
    for (const Stmt& s : block) {
      if (before && (before->op == Op::kLet || Makes(before->op))) {
        bound.insert(before->name);
      }
      before = &s;
      switch (s.op) {
        case Op::kRaise:
          return true;  // the rest never runs
        case Op::kCollect:
        case Op::kEnable:
        case Op::kDisable:
          continue;
        case Op::kLet:
          if (of == BodyOf::kTpDel) {
            return Fail(owner,
                        "a tp_del body that binds a name: tp_del runs "
                        "again each time its object dies, and two such "
                        "bodies rebinding one name resurrect each other in "
                        "turn, which gcops stops at its body budget and "
                        "plain Python at its recursion limit");
          }
          if (!BodyItem(owner, s.items[0], of, cls, bound)) return false;
          continue;
        // An object made by a body that runs at most once: its label is
        // given at run time, as the canonical runtime gives it (spec 2: when
        // the statement starts), and only bodies ever make objects of that
        // name (top-level statements do not touch names bodies bind).
        case Op::kNew:
        case Op::kDict:
          if (!once) return Fail(owner, NotPlain(s.op));
          continue;
        case Op::kList:
        case Op::kTuple:
          if (!once) return Fail(owner, NotPlain(s.op));
          for (const Item& it : s.items) {
            if (!BodyItem(owner, it, of, cls, bound)) return false;
          }
          continue;
        case Op::kSet:
        case Op::kClear:
          if (own && s.base.is_self && s.index < p_.classes[cls].slots &&
              (s.op == Op::kClear ||
               BodyItem(owner, s.items[0], of, cls, bound))) {
            continue;
          }
          if (verdict_.plain) Fail(owner, NotPlain(s.op));
          return false;
        default:
          return Fail(owner, NotPlain(s.op));
      }
    }
    return true;
  }

  // `bound`: names the body bound before this item. Once bound, a name
  // stays bound: no body deletes a name, and no top-level statement
  // touches one a body binds.
  bool BodyItem(const Stmt& owner, const Item& it, BodyOf of,
                gcops::ClassId cls, const std::set<NameId>& bound) {
    switch (it.kind) {
      case Item::Kind::kInt:
      case Item::Kind::kNone:
        return true;
      case Item::Kind::kSelf:
        if (of != BodyOf::kGc) return true;
        return Fail(owner,
                    "a gc callback body reads 'self': gcops does "
                    "nothing there, plain Python raises");
      case Item::Kind::kPath:
        if (it.base_self && (of == BodyOf::kDel || of == BodyOf::kTpDel) &&
            it.value < p_.classes[cls].slots) {
          return true;
        }
        return Fail(owner,
                    "a body reads through a path other than its own "
                    "object's slots: what is there when it runs depends on "
                    "the run, and plain Python raises where gcops does "
                    "nothing");
      case Item::Kind::kName: {
        bool deleted_later = false;
        for (uint32_t line : del_lines_[it.name]) {
          deleted_later |= line > owner.loc.line;
        }
        if (bound.count(it.name) ||
            (ValueOf(it.name) != kUnbound && !deleted_later &&
             !body_bound_.count(it.name))) {
          return true;
        }
        return Fail(owner, "a body reads " + Name(it.name) +
                               ", which may be unbound when it runs: gcops "
                               "then does nothing, plain Python raises");
      }
    }
    return false;
  }

  // A label the run has made by now; false (verdict set) when there is
  // none. A label under a name bodies make objects under (*o null) is
  // known only at run time: the script checks it was given, and stops as
  // gcops does (a misuse) when not.
  bool Known(const Stmt& s, const gcops::Label& l, const Obj** o) {
    *o = nullptr;
    if (body_made_.count(l.name)) {
      facts.given[&s].push_back(gcops::PrintLabel(p_, l));
      return true;
    }
    auto it = facts.by_label.find(gcops::PrintLabel(p_, l));
    if (it == facts.by_label.end()) {
      return Misuse(s, "a label the run has not made");
    }
    *o = &it->second;
    return true;
  }

  // A name that holds the object with this label here: an expectation
  // reads it there. (A name a top-level statement reads is bound by no
  // body, so at run time it holds what it holds here.)
  bool Held(const Stmt& s, const std::string& label) {
    for (const auto& [name, v] : names_) {
      if (v == index_.at(label)) {
        facts.holder[{&s, label}] = name;
        return true;
      }
    }
    return false;
  }

  bool Expect(const Stmt& s) {
    const gcops::Expectation& e = s.expect;
    for (const auto& ev : e.events) {
      const Obj* o;
      if (gcops::Info(ev.kind).args == gcops::EventArgs::kLabel &&
          !Known(s, ev.label, &o)) {
        return false;
      }
    }
    for (const gcops::Label& l : e.labels) {
      const Obj* o;
      if (!Known(s, l, &o)) return false;
      if (!o) {
        const bool instance = !body_made_other_.count(l.name);
        switch (e.kind) {
          case ExpectKind::kAlive:
          case ExpectKind::kDead:
            if (instance) continue;  // found by its label
            break;
          case ExpectKind::kDelCalls:
          case ExpectKind::kTpDelCalls:
          case ExpectKind::kGarbage:
            continue;  // read in the trace, or gc.garbage
          default:
            break;
        }
        return Fail(s, "`expect " + std::string(gcops::Info(e.kind).keyword) +
                           "` of '" + gcops::PrintLabel(p_, l) +
                           "', which a body makes and no name top-level "
                           "statements read holds: plain Python finds it "
                           "only by holding it");
      }
      const bool weak = o->kind == Kind::kRef || o->kind == Kind::kProxy;
      const bool held = Held(s, gcops::PrintLabel(p_, l));
      switch (e.kind) {
        case ExpectKind::kAlive:
        case ExpectKind::kDead:
          if (held || o->kind == Kind::kInstance || (weak && o->callback)) {
            continue;
          }
          return Fail(s, std::string("whether ") + KindText(o->kind) +
                             (weak ? " without callback" : "") +
                             " no name holds lives: plain Python finds it "
                             "only by holding it, which keeps it alive");
        case ExpectKind::kCleared:
          if (!weak) return Misuse(s, "`cleared` of a non-weakref");
          if (held || (o->kind == Kind::kRef && o->callback)) continue;
          return Fail(s, o->kind == Kind::kProxy
                             ? "whether a proxy no name holds is cleared: "
                               "plain Python finds it only by holding it"
                             : "a weakref without callback no name holds: "
                               "plain Python finds it only by holding it");
        case ExpectKind::kTracked:
        case ExpectKind::kUntracked:
        case ExpectKind::kFinalized:
        case ExpectKind::kUnfinalized:
        case ExpectKind::kWeakrefs:
        case ExpectKind::kGeneration:
          if (held) continue;
          return Fail(s, std::string("`expect ") + gcops::Info(e.kind).keyword +
                             "` of an object no name holds here: plain "
                             "Python finds it only by holding it, which "
                             "keeps it alive");
        case ExpectKind::kCallbackCalls:
          if (!weak) return Misuse(s, "`callback_calls` of a non-weakref");
          continue;
        case ExpectKind::kDelCalls:
        case ExpectKind::kTpDelCalls:
        case ExpectKind::kGarbage:
          continue;
        default:
          break;
      }
      break;
    }
    switch (e.kind) {
      case ExpectKind::kCollected:
      case ExpectKind::kLog:
      case ExpectKind::kAlive:
      case ExpectKind::kDead:
      case ExpectKind::kCleared:
      case ExpectKind::kCallbackCalls:
      case ExpectKind::kDelCalls:
      case ExpectKind::kTpDelCalls:
      case ExpectKind::kGarbage:
      case ExpectKind::kTracked:
      case ExpectKind::kUntracked:
      case ExpectKind::kFinalized:
      case ExpectKind::kUnfinalized:
      case ExpectKind::kWeakrefs:
      case ExpectKind::kGeneration:
        return true;
      case ExpectKind::kCount:
      case ExpectKind::kStats:
        return Fail(s,
                    "it reads the interpreter's collection counts, "
                    "which the script's own objects and allocations "
                    "change");
      default:
        return Fail(s, std::string("`expect ") + gcops::Info(e.kind).keyword +
                           "` asks for lists of objects (a generation's, "
                           "referents, referrers): plain Python cannot "
                           "label lists and tuples without the harness's "
                           "markers");
    }
  }

  const Program& p_;
  PlainVerdict verdict_;
  std::vector<Obj> objs_;
  std::map<NameId, int> names_;       // bound names: object index or kOther
  std::map<std::string, int> index_;  // label -> object index
  std::map<NameId, uint32_t> serial_;
  std::set<NameId> body_bound_;
  std::set<NameId> body_made_;        // names bodies make objects under
  std::set<NameId> body_made_other_;  // ... other than instances
  size_t body_makes_ = 0;             // statements in bodies that make objects
  static constexpr int32_t kDefaultThreshold0 = 700;  // CPython 3.11's
  bool enabled_ = true, low_threshold_ = false, body_enables_ = false;
  std::map<NameId, std::vector<uint32_t>> del_lines_;
};

}  // namespace

PlainVerdict PlainForm(const Program& program) { return Subset(program).Run(); }

std::vector<std::string> ProgramVersions(std::string_view text) {
  static const std::regex kTag("(^|\n)# versions:([^\n]*)");
  std::match_results<std::string_view::const_iterator> m;
  std::vector<std::string> out;
  if (std::regex_search(text.begin(), text.end(), m, kTag)) {
    std::istringstream words(m[2].str());
    for (std::string w; words >> w;) out.push_back(w);
  }
  if (out.empty()) out.push_back("3.11");
  return out;
}

std::string PlainTranslation(const Program& program, std::string_view file,
                             const std::vector<std::string>& versions) {
  Subset subset(program);
  subset.Run();
  return WritePlainScript(program, subset.facts, file, versions);
}

}  // namespace gcfuzz::translation
