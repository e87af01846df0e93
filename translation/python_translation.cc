#include "translation/python_translation.h"

#include <string>
#include <vector>

#include "gcops/printer.h"
#include "gcops/trace.h"

namespace gcfuzz::translation {

extern const char* const kRuntimeSource;  // gcfuzz_runtime.py

namespace {

using gcops::Item;
using gcops::Op;
using gcops::Program;
using gcops::Stmt;

std::string Quote(const std::string& s) { return "'" + s + "'"; }

std::string ClassVar(const Program& p, gcops::ClassId c) {
  return "C_" + p.classes[c].name;
}

std::string ItemSpec(const Program& p, const Item& it) {
  switch (it.kind) {
    case Item::Kind::kNone:
      return "None";
    case Item::Kind::kInt:
      return std::to_string(it.value);
    case Item::Kind::kSelf:
      return "'self'";
    case Item::Kind::kName:
      return Quote(p.names[it.name]);
    case Item::Kind::kPath:
      return "(" +
             (it.base_self ? std::string("'self'") : Quote(p.names[it.name])) +
             ", " + std::to_string(it.value) + ")";
  }
  return "None";
}

std::string Tuple(const std::vector<std::string>& parts) {
  std::string s = "(";
  for (size_t i = 0; i < parts.size(); ++i) s += (i ? ", " : "") + parts[i];
  return s + (parts.size() == 1 ? ",)" : ")");
}

std::string BaseSpec(const Program& p, const Stmt& s) {
  return s.base.is_self ? "'self'" : Quote(p.names[s.base.name]);
}

// Body functions are numbered in pre-order; `bodies` maps a block to its
// function name.
class Generator {
 public:
  explicit Generator(const Program& p) : p_(p) {}

  std::string Script(std::string_view prelude, std::string_view file,
                     uint64_t budget) {
    std::string classes, program;
    for (size_t c = 0; c < p_.classes.size(); ++c) {
      const auto& d = p_.classes[c];
      classes += ClassVar(p_, c) + " = _class(" + Quote(d.name) + ", " +
                 std::to_string(d.slots) + ", " + Bool(d.has_del) + ", " +
                 Bool(d.has_tp_del) + ", " + Bool(!d.noweakref) + ")\n";
    }
    program += "\n\ndef _program():\n";
    bool any = false;
    for (const Stmt& s : p_.stmts) {
      if (s.op == Op::kClass) continue;
      const std::string line = std::to_string(s.loc.line);
      program += "    # " + line + ": " + gcops::PrintStmt(p_, s) + "\n";
      program += "    if _at(" + line + ") or " + Call(s, false) +
                 ":\n        return\n";
      any = true;
    }
    if (!any) program += "    pass\n";
    std::vector<std::string> names;
    for (const auto& n : p_.names) names.push_back(Quote(n));
    std::string s = std::string(prelude);
    s += "\n\n# --- the program: " + std::string(file) + "\n" +
         "# classes (made before gc.freeze())\n" + classes;
    s += bodies_ + program;
    s += "\n\n_run(" + Quote(std::string(file)) + ", " + Tuple(names) + ", " +
         "_program, " + std::to_string(budget) + ")\n";
    return s;
  }

 private:
  static std::string Bool(bool b) { return b ? "True" : "False"; }

  // The function of a finalizer or callback body (defined on first use).
  std::string Body(const std::vector<Stmt>& block, const Stmt& owner) {
    const std::string name = "_b" + std::to_string(next_body_++);
    std::string f =
        "\n\ndef " + name + "(self):  # " + gcops::PrintStmt(p_, owner) + "\n";
    for (const Stmt& s : block) {
      f += "    if _step():\n        return\n";
      f += s.op == Op::kRaise ? "    return  # raise\n"
                              : "    " + Call(s, true) + "\n";
    }
    if (block.empty()) f += "    pass\n";
    bodies_ += f;
    return name;
  }

  std::string BlockArg(const Stmt& s) {
    return s.has_block ? Body(s.block, s) : "None";
  }

  std::string Items(const Stmt& s) {
    std::vector<std::string> parts;
    for (const Item& it : s.items) parts.push_back(ItemSpec(p_, it));
    return Tuple(parts);
  }

  // One statement as a harness call; `in_body` passes `self` on.
  std::string Call(const Stmt& s, bool in_body) {
    const std::string self = in_body ? "self=self" : "";
    auto call = [&](const std::string& fn, const std::string& args) {
      std::string a = args;
      if (!self.empty()) a += (a.empty() ? "" : ", ") + self;
      return fn + "(" + a + ")";
    };
    const std::string x = s.name != gcops::kNoName && s.name < p_.names.size()
                              ? Quote(p_.names[s.name])
                              : "None";
    switch (s.op) {
      case Op::kNew:
        return call("_new", x + ", " + ClassVar(p_, s.cls));
      case Op::kList:
        return call("_list", x + ", " + Items(s));
      case Op::kTuple:
        return call("_tuple", x + ", " + Items(s));
      case Op::kDict:
        return call("_dict", x);
      case Op::kRef:
      case Op::kProxy: {
        const std::string item = ItemSpec(p_, s.items[0]);
        const std::string body = BlockArg(s);
        return call(s.op == Op::kRef ? "_ref" : "_proxy",
                    x + ", " + item + ", " + body);
      }
      case Op::kSet:
        return call("_set", BaseSpec(p_, s) + ", " + std::to_string(s.index) +
                                ", " + ItemSpec(p_, s.items[0]));
      case Op::kClear:
        return call("_clear", BaseSpec(p_, s) + ", " + std::to_string(s.index));
      case Op::kAppend:
        return call("_append",
                    BaseSpec(p_, s) + ", " + ItemSpec(p_, s.items[0]));
      case Op::kLet:
        return call("_let", x + ", " + ItemSpec(p_, s.items[0]));
      case Op::kDel:
        return call("_del", x);
      case Op::kCollect:
        return call("_collect", std::to_string(s.has_int ? s.int_arg : 2));
      case Op::kEnable:
        return call("_enable", "True");
      case Op::kDisable:
        return call("_enable", "False");
      case Op::kThreshold: {
        std::vector<std::string> v;
        for (int32_t t : s.ints) v.push_back(std::to_string(t));
        return call("_threshold", Tuple(v));
      }
      case Op::kFreeze:
        return call("_freeze", "");
      case Op::kUnfreeze:
        return call("_unfreeze", "");
      case Op::kDebug:
        return call("_debug", std::to_string(s.debug_flags));
      case Op::kClearGarbage:
        return call("_clear_garbage", "");
      case Op::kTakeGarbage:
        return call("_take_garbage",
                    x + ", " + std::to_string(s.has_int ? s.int_arg : 0));
      case Op::kGcCallback:
        return call("_gccallback", BlockArg(s));
      case Op::kOnDel:
      case Op::kOnTpDel:
        return call("_on", x + ", " + Body(s.block, s) + ", " +
                               Bool(s.op == Op::kOnTpDel));
      case Op::kExpect:
        return Expect(s.expect);
      case Op::kClass:
      case Op::kRaise:
        return "False";
    }
    return "False";
  }

  std::string Expect(const gcops::Expectation& e) {
    const gcops::ExpectInfo& info = gcops::Info(e.kind);
    std::vector<std::string> args, event_labels;
    if (e.kind == gcops::ExpectKind::kLog) {
      gcops::Trace t;  // formats non-label events
      for (const auto& ev : e.events) {
        if (gcops::Info(ev.kind).args == gcops::EventArgs::kLabel) {
          event_labels.push_back(Quote(gcops::PrintLabel(p_, ev.label)));
          args.push_back(Quote(std::string(gcops::Info(ev.kind).keyword) + " " +
                               gcops::PrintLabel(p_, ev.label)));
        } else {
          gcops::Event x{ev.kind, gcops::kNoObj, ev.gen,
                         ev.m,    ev.n,          ev.automatic};
          args.push_back(Quote(t.Format(x)));
        }
      }
    } else {
      // Labels first for the label-led kinds; ints in order otherwise.
      const bool gen_first = info.args == gcops::ExpectArgs::kGenLabels0 ||
                             info.args == gcops::ExpectArgs::kInts3 ||
                             info.args == gcops::ExpectArgs::kGenInts3 ||
                             info.args == gcops::ExpectArgs::kInt1;
      std::vector<std::string> labels, ints;
      for (const auto& l : e.labels)
        labels.push_back(Quote(gcops::PrintLabel(p_, l)));
      for (int64_t i : e.ints) ints.push_back(std::to_string(i));
      if (gen_first) {
        args = ints;
        args.insert(args.end(), labels.begin(), labels.end());
      } else {
        args = labels;
        if (!args.empty() && !ints.empty()) {
          args.insert(args.begin() + 1, ints.begin(), ints.end());
        }
      }
    }
    return "_expect(" + Quote(info.keyword) + ", " + Tuple(args) +
           (event_labels.empty() ? "" : ", " + Tuple(event_labels)) + ")";
  }

  const Program& p_;
  std::string bodies_;
  int next_body_ = 0;
};

}  // namespace

std::string TranslateWithPrelude(const gcops::Program& program,
                                 std::string_view prelude,
                                 std::string_view file, uint64_t body_budget) {
  return Generator(program).Script(prelude, file, body_budget);
}

std::string CanonicalTranslation(const gcops::Program& program,
                                 std::string_view file, uint64_t body_budget) {
  return TranslateWithPrelude(program, "from gcfuzz_runtime import *\n", file,
                              body_budget);
}

std::string StandaloneTranslation(const gcops::Program& program,
                                  std::string_view file, uint64_t body_budget) {
  return TranslateWithPrelude(program, kRuntimeSource, file, body_budget);
}

std::string_view RuntimeSource() { return kRuntimeSource; }

}  // namespace gcfuzz::translation
