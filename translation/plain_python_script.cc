// The plain script of a program (translation/plain_python.h): written from
// the facts the plain form's rules gathered (plain_python_facts.h).
#include <cstdio>
#include <map>
#include <set>
#include <string>
#include <vector>

#include "gcops/printer.h"
#include "translation/plain_python_facts.h"

namespace gcfuzz::translation::plain {

namespace {

using gcops::ExpectKind;
using gcops::Item;
using gcops::Op;
using gcops::Program;
using gcops::Stmt;

// A Python string literal ('...').
std::string Py(std::string_view s) {
  std::string out = "'";
  for (char c : s) {
    if (c == '\\' || c == '\'') out += '\\';
    out += c;
  }
  return out + "'";
}

// Text inside an f-string literal: braces doubled.
std::string InFString(std::string_view s) {
  std::string out;
  for (char c : s) {
    out += c;
    if (c == '{' || c == '}') out += c;
  }
  return out;
}

// What the script defines itself, and Python's keywords: a gcops name
// spelled like one of these gets a trailing `_`.
const std::set<std::string>& Reserved() {
  static const std::set<std::string> kReserved = {
      "False", "None", "True", "and", "as", "assert", "async", "await", "break",
      "class", "continue", "def", "del", "elif", "else", "except", "finally",
      "for", "from", "global", "if", "import", "in", "is", "lambda", "nonlocal",
      "not", "or", "pass", "raise", "return", "try", "while", "with", "yield",
      // modules and builtins the script calls
      "gc", "os", "sys", "weakref", "print", "type", "any", "next", "tuple",
      "len",
      // its globals, and the parameters of body functions
      "trace", "logged", "failed", "event", "expect", "log", "state",
      "weakref_state", "weakref_calling", "cleared", "gc_event", "on_collect",
      "collected", "self", "phase", "info", "ON_DEL", "ON_TP_DEL",
      "with_tp_del", "garbage_marks", "generation", "proxy_cleared", "label",
      "serial", "given"};
  return kReserved;
}

std::string Ident(const std::string& label) {
  std::string out;
  for (char c : label) out += c == '@' ? '_' : c;
  return out;
}

class Writer {
 public:
  Writer(const Program& p, const Facts& f) : p_(p), f_(f) {
    for (const Stmt& s : p.stmts) {
      for (const Stmt& b : s.block) NoteUses(b);
      NoteUses(s);
    }
    // Body functions first (their names come from labels), then the
    // program's names, each kept clear of everything taken before it.
    std::set<std::string> taken = Reserved();
    int gc_callbacks = 0;
    for (const Stmt& s : p.stmts) {
      std::string fn;
      if (s.op == Op::kOnDel || s.op == Op::kOnTpDel) {
        fn = std::string(s.op == Op::kOnDel ? "on_del_" : "on_tp_del_") +
             Ident(f.label.at(&s));
      } else if ((s.op == Op::kRef || s.op == Op::kProxy) && s.has_block) {
        fn = "callback_" + Ident(f.label.at(&s));
      } else if (s.op == Op::kGcCallback) {
        fn = "gc_callback_" + std::to_string(++gc_callbacks);
      } else {
        continue;
      }
      while (taken.count(fn)) fn += "_";
      taken.insert(fn);
      function_[&s] = fn;
    }
    for (size_t n = 0; n < p.names.size(); ++n) {
      std::string py = p.names[n];
      while (taken.count(py)) py += "_";
      taken.insert(py);
      py_.push_back(py);
    }
  }

  std::string Script(std::string_view file,
                     const std::vector<std::string>& versions) {
    std::string program;
    for (const Stmt& s : p_.stmts) program += Statement(s);
    std::string out = "# " + std::string(file) +
                      " as plain Python (gcfuzz export --python): prints "
                      "its trace, checks its expectations\n";
    out += "import gc, os, sys, weakref\n";
    out += VersionCheck(file, versions) + TpDelImport(file) + Helpers(file) +
           "\n" + Classes() + bodies_ + OnCollect() + "\n";
    out +=
        "gc.collect()\ngc.freeze()  # everything above stays out of the "
        "program's collections\ngc.callbacks.append(on_collect)\n\n";
    out += program;
    out += "os._exit(" +
           std::string(uses_expect_ ? "1 if failed else 0" : "0") +
           ")  # no shutdown: its finalizers are not the program's\n";
    return out;
  }

 private:
  void NoteUses(const Stmt& s) {
    if (s.op == Op::kOnDel) uses_on_del_ = true;
    if (s.op == Op::kOnTpDel) uses_on_tp_del_ = true;
    if (s.op == Op::kGcCallback) uses_gc_callback_ = true;
    for (const Stmt& b : s.block) {
      if (b.op == Op::kNew || b.op == Op::kList || b.op == Op::kTuple ||
          b.op == Op::kDict) {
        uses_label_ = true;
      }
    }
    if (s.op != Op::kExpect) return;
    uses_expect_ = true;
    const ExpectKind k = s.expect.kind;
    if (k == ExpectKind::kLog) uses_log_ = true;
    if (k == ExpectKind::kCollected) uses_collected_ = true;
    if (k == ExpectKind::kGeneration) uses_generation_ = true;
    if (f_.given.count(&s)) uses_given_ = true;
    for (const gcops::Label& l : s.expect.labels) {
      const auto it = f_.by_label.find(gcops::PrintLabel(p_, l));
      if (it == f_.by_label.end()) {  // made by a body: an instance
        if (k == ExpectKind::kAlive || k == ExpectKind::kDead) {
          uses_state_ = true;
        }
        continue;
      }
      const Obj& o = it->second;
      if (k == ExpectKind::kAlive || k == ExpectKind::kDead) {
        if (o.kind == Kind::kInstance) uses_state_ = true;
        if (o.kind != Kind::kInstance && o.callback) {
          uses_weakref_state_ = true;
        }
      }
      if (k == ExpectKind::kCleared) {
        if (o.kind == Kind::kRef && o.callback) uses_cleared_ = true;
        if (o.kind == Kind::kProxy) uses_proxy_cleared_ = true;
      }
    }
  }

  std::string VersionCheck(std::string_view file,
                           const std::vector<std::string>& versions) {
    std::string tuples, names;
    for (const std::string& v : versions) {
      int major = 0, minor = 0;
      if (std::sscanf(v.c_str(), "%d.%d", &major, &minor) != 2) continue;
      tuples += std::string(tuples.empty() ? "" : ", ") + "(" +
                std::to_string(major) + ", " + std::to_string(minor) + ")";
      names += (names.empty() ? "" : " ") + v;
    }
    return "if sys.version_info[:2] not in [" + tuples + "]:\n    print(" +
           Py(std::string(file) + " is written for CPython " + names +
              ", not") +
           ", sys.version.split()[0], file=sys.stderr)\n    sys.exit(2)\n";
  }

  bool TpDel() const {
    for (const auto& c : p_.classes) {
      if (c.has_tp_del) return true;
    }
    return false;
  }

  // A class with a legacy finalizer needs _testcapi.with_tp_del; a CPython
  // without it (3.12 and 3.13 under Pyodide) refuses the program before it
  // starts, as the canonical translation does.
  std::string TpDelImport(std::string_view file) const {
    if (!TpDel()) return "";
    std::string cls;
    for (const auto& c : p_.classes) {
      if (c.has_tp_del && cls.empty()) cls = c.name;
    }
    return "try:\n    from _testcapi import with_tp_del\nexcept "
           "ImportError:\n    print(" +
           Py(std::string(file) + ": refused: class " + cls +
              " has a legacy finalizer (tp_del), and CPython") +
           ", sys.version.split()[0],\n          'here has no "
           "_testcapi.with_tp_del to make one', file=sys.stderr)\n"
           "    sys.exit(2)\n";
  }

  std::string Helpers(std::string_view file) {
    std::string h = "trace";
    std::string init = "[]";
    if (uses_expect_) h += ", failed", init += ", []";
    if (uses_log_) h += ", logged", init += ", 0";
    h += " = " + init + "  # the events" +
         (uses_expect_ ? "; the lines of failed expectations" : "") + "\n";
    h += uses_on_del_ ? "ON_DEL = {}  # label -> the body `on_del` gave it\n"
                      : "";
    h += uses_on_tp_del_
             ? "ON_TP_DEL = {}  # label -> the body `on_tp_del` gave it\n"
             : "";
    if (uses_label_) {
      h += "serial = {}  # name -> objects bodies made under it\n"
           "def label(name):  # the next label under name (gcops spec 2)\n"
           "    serial[name] = k = serial.get(name, 0) + 1\n"
           "    return name if k == 1 else f'{name}@{k}'\n";
    }
    if (uses_given_) {
      h += "def given(line, *labels):  # a label not given yet is a misuse: "
           "the run stops\n    for l in labels:\n"
           "        name, _, k = l.partition('@')\n"
           "        if serial.get(name, 0) < int(k or 1):\n"
           "            print(f\"" +
           InFString(Py(file).substr(1, Py(file).size() - 2)) +
           ":{line}: no object has label '{l}' in this run\", "
           "file=sys.stderr)\n            os._exit(2)\n";
    }
    h += "def event(text):  # one event of the trace\n"
         "    trace.append(text)\n    print(text, flush=True)\n";
    if (uses_expect_) {
      h += "def expect(line, what, want, got):  # `expect WHAT WANT` "
           "holds when got == want\n    if got != want:\n"
           "        failed.append(line)\n        print(f'" +
           InFString(Py(file).substr(1, Py(file).size() - 2)) +
           ":{line}: expected {what}{want}, got {got}', file=sys.stderr)\n";
    }
    if (uses_log_) {
      h += "def log():  # the events since the last `expect log`\n"
           "    global logged\n    new, logged = trace[logged:], len(trace)\n"
           "    return ', '.join(new) or '(nothing)'\n";
    }
    if (uses_state_) {
      std::string classes;
      int n = 0;
      for (const auto& c : p_.classes) {
        classes += (classes.empty() ? "" : ", ") + c.name;
        ++n;
      }
      if (n == 1) classes += ",";
      h += "def state(label):  # is the instance with this label still "
           "in the heap?\n    return 'alive' if any(type(o) in (" +
           classes +
           ") and o.label == label for o in gc.get_objects()) else 'dead'\n";
    }
    if (uses_weakref_state_ || uses_cleared_) {
      h += "def weakref_calling(callback):  # the live weakref with this "
           "callback, or None\n    return next((o for o in gc.get_objects() "
           "if type(o) in (weakref.ref, weakref.ProxyType)\n"
           "                 and gc.get_referents(o) == [callback]), None)\n";
    }
    if (uses_proxy_cleared_) {
      h += "def proxy_cleared(p):  # 'cleared' once the proxy's object is "
           "gone\n    try:\n        p.label\n    except ReferenceError:\n"
           "        return 'cleared'\n    return 'a live weakref to a live "
           "object'\n";
    }
    if (uses_generation_) {
      h += "def generation(o):  # where the collector keeps o\n    if not "
           "gc.is_tracked(o):\n        return 'untracked'\n    return "
           "next((g for g in range(3) if any(x is o for x in "
           "gc.get_objects(g))), 'permanent')\n";
    }
    if (uses_weakref_state_) {
      h += "def weakref_state(callback):\n    return 'dead' if "
           "weakref_calling(callback) is None else 'alive'\n";
    }
    if (uses_cleared_) {
      h += "def cleared(callback):  # 'cleared' unless the weakref still "
           "reaches a live object\n    w = weakref_calling(callback)\n"
           "    return 'cleared' if w is None or w() is None else "
           "'a live weakref to a live object'\n";
    }
    return h;
  }

  // Slot I's attribute. __slots__ are laid out sorted by name, and the
  // collector visits them in that order: the names sort as the slots do.
  static std::string Slot(const gcops::ClassDecl& c, int i) {
    const std::string n = std::to_string(i);
    return "s" + (c.slots > 10 && i < 10 ? "0" + n : n);
  }

  std::string Classes() {
    std::string out;
    for (const auto& c : p_.classes) {
      std::string slots = "'label'", init = "self.label", values = "label";
      for (int i = 0; i < c.slots; ++i) {
        slots += ", '" + Slot(c, i) + "'";
        init += ", self." + Slot(c, i);
        values += ", None";
      }
      if (!c.noweakref) slots += ", '__weakref__'";
      if (c.slots == 0 && c.noweakref) slots += ",";
      if (c.has_tp_del) out += "@with_tp_del\n";
      out += "class " + c.name + ":\n    __slots__ = (" + slots +
             ")\n    def __init__(self, label):\n        " + init + " = " +
             values + "\n";
      if (c.has_del) {
        out += "    def __del__(self):\n        event('del ' + self.label)\n";
        if (uses_on_del_) {
          out +=
              "        if self.label in ON_DEL:\n"
              "            ON_DEL[self.label](self)\n";
        }
      }
      if (c.has_tp_del) {
        out +=
            "    def __tp_del__(self):\n        event('tp_del ' + "
            "self.label)\n";
        if (uses_on_tp_del_) {
          out +=
              "        if self.label in ON_TP_DEL:\n"
              "            ON_TP_DEL[self.label](self)\n";
        }
      }
    }
    return out;
  }

  // `collect G N` as a collection ends; with tp_del classes, first a
  // `garbage L` for each entry it appended to gc.garbage (a stack: a
  // collection can start inside another from 3.12 on; what an inner one
  // appends counts for the outer one too, as in the canonical runtime).
  std::string OnCollect() {
    const std::string collect =
        "event(f\"collect {info['generation']} {info['collected'] + "
        "info['uncollectable']}\")\n";
    std::string out =
        TpDel() ? "garbage_marks = []  # len(gc.garbage) as each running "
                  "collection started\ndef on_collect(phase, info):  # "
                  "`garbage L` for its appends, `collect G N`, as a "
                  "collection ends\n    if phase == 'start':\n"
                  "        garbage_marks.append(len(gc.garbage))\n"
                  "        return\n    for o in "
                  "gc.garbage[garbage_marks.pop():]:\n"
                  "        event('garbage ' + o.label)\n    " +
                      collect
                : "def on_collect(phase, info):  # `collect G N` as a "
                  "collection ends\n    if phase == 'stop':\n        " +
                      collect;
    if (uses_gc_callback_) {
      out +=
          "def gc_event(phase, info):  # what gcops records of a "
          "gc.callbacks call\n    g = info['generation']\n"
          "    event(f'gc_start {g}' if phase == 'start' else\n"
          "          f\"gc_stop {g} {info['collected']} "
          "{info['uncollectable']}\")\n";
    }
    return out;
  }

  std::string TopItem(const Item& it) const {
    if (it.kind != Item::Kind::kPath) return BodyItem(it, 0);
    const auto& [kind, cls] = f_.path.at(&it);
    return py_[it.name] + Access(kind, cls, it.value);
  }

  // An item in a body; `cls` is an `on_del` body's class (for self.I).
  std::string BodyItem(const Item& it, gcops::ClassId cls) const {
    switch (it.kind) {
      case Item::Kind::kInt:
        return std::to_string(it.value);
      case Item::Kind::kNone:
        return "None";
      case Item::Kind::kSelf:
        return "self";
      case Item::Kind::kName:
        return py_[it.name];
      case Item::Kind::kPath:
        return "self." + Slot(p_.classes[cls], it.value);
    }
    return "None";
  }

  // `.sI` or `[I]` after an object of kind k (an instance of class c).
  std::string Access(Kind k, gcops::ClassId c, int32_t i) const {
    if (k != Kind::kInstance) return "[" + std::to_string(i) + "]";
    return "." + Slot(p_.classes[c], i);
  }

  std::string Statement(const Stmt& s) {
    const std::string x =
        s.name != gcops::kNoName && s.op != Op::kExpect ? py_[s.name] : "";
    switch (s.op) {
      case Op::kClass:
        return "";
      case Op::kNew:
      case Op::kList:
      case Op::kTuple:
      case Op::kDict:
        return x + " = " + Made(s, Py(f_.label.at(&s)), -1) + "\n";
      case Op::kRef:
      case Op::kProxy: {
        std::string call = std::string("weakref.") +
                           (s.op == Op::kRef ? "ref(" : "proxy(") +
                           TopItem(s.items[0]);
        if (s.has_block) {
          call += ", " + function_.at(&s);
          callback_of_[f_.label.at(&s)] = function_.at(&s);
          Function(s, "self",
                   "event(" + Py("callback " + f_.label.at(&s)) + ")\n", 0);
        }
        return x + " = " + call + ")\n";
      }
      case Op::kSet:
      case Op::kClear:
      case Op::kAppend: {
        const std::string base = py_[s.base.name];
        const auto& [kind, cls] = f_.base.at(&s);
        if (s.op == Op::kAppend) {
          return base + ".append(" + TopItem(s.items[0]) + ")\n";
        }
        const std::string place = base + Access(kind, cls, s.index);
        if (s.op == Op::kClear) {
          return kind == Kind::kDict ? "del " + place + "\n"
                                     : place + " = None\n";
        }
        return place + " = " + TopItem(s.items[0]) + "\n";
      }
      case Op::kLet:
        return x + " = " + TopItem(s.items[0]) + "\n";
      case Op::kDel:
        return "del " + x + "\n";
      case Op::kCollect:
        collected_ = true;
        return (uses_collected_ ? "collected = " : "") + Collect(s);
      case Op::kClearGarbage:
        return "gc.garbage.clear()\n";
      case Op::kEnable:
      case Op::kDisable:
        return Switch(s);
      case Op::kThreshold: {
        std::string args;
        for (int32_t t : s.ints) {
          args += (args.empty() ? "" : ", ") + std::to_string(t);
        }
        return "gc.set_threshold(" + args + ")\n";
      }
      case Op::kGcCallback:
        Function(s, "phase, info", "gc_event(phase, info)\n", 0);
        return "gc.callbacks.append(" + function_.at(&s) + ")\n";
      case Op::kOnDel:
      case Op::kOnTpDel:
        Function(s, "self", "", f_.del_class.at(&s));
        return (s.op == Op::kOnDel ? "ON_DEL[" : "ON_TP_DEL[") +
               Py(f_.label.at(&s)) + "] = " + function_.at(&s) + "\n";
      case Op::kExpect:
        return Expect(s);
      default:
        return "";  // outside the plain form (PlainForm says so)
    }
  }

  // What makes statement s's object, labelled `label`; its items are read
  // at top level (cls < 0) or in a body of class cls.
  std::string Made(const Stmt& s, const std::string& label, int cls) const {
    if (s.op == Op::kNew) return p_.classes[s.cls].name + "(" + label + ")";
    if (s.op == Op::kDict) return "{}";
    std::string items;
    bool constant = true;
    for (const Item& it : s.items) {
      items += (items.empty() ? "" : ", ") +
               (cls < 0 ? TopItem(it) : BodyItem(it, cls));
      constant &= it.kind == Item::Kind::kInt || it.kind == Item::Kind::kNone;
    }
    if (s.op == Op::kList) return "[" + items + "]";
    // A display of constants is one constant, made by the compiler and
    // never tracked: build it at run time, as gcops says.
    if (constant) return "tuple([" + items + "])";
    return "(" + items + (s.items.size() == 1 ? ",)" : ")");
  }

  static std::string Collect(const Stmt& s) {
    return "gc.collect(" +
           (s.has_int && s.int_arg != 2 ? std::to_string(s.int_arg) : "") +
           ")\n";
  }

  static std::string Switch(const Stmt& s) {
    return s.op == Op::kEnable ? "gc.enable()\n" : "gc.disable()\n";
  }

  // The function of a body: `first` (the event) and the body's statements.
  void Function(const Stmt& owner, const std::string& params,
                const std::string& first, gcops::ClassId cls) {
    std::string body = first.empty() ? "" : "    " + first;
    std::set<std::string> globals;
    for (const Stmt& b : owner.block) {
      if (b.op == Op::kRaise) {
        body += "    return  # raise\n";
        break;
      }
      if (b.op == Op::kCollect) {
        body += "    " + Collect(b);
      } else if (b.op == Op::kEnable || b.op == Op::kDisable) {
        body += "    " + Switch(b);
      } else if (b.op == Op::kLet) {
        globals.insert(py_[b.name]);
        body += "    " + py_[b.name] + " = " + BodyItem(b.items[0], cls) + "\n";
      } else if (b.op == Op::kNew || b.op == Op::kList || b.op == Op::kTuple ||
                 b.op == Op::kDict) {
        globals.insert(py_[b.name]);
        body += "    " + py_[b.name] + " = " +
                Made(b, "label(" + Py(p_.names[b.name]) + ")",
                     static_cast<int>(cls)) +
                "\n";
      } else if (b.op == Op::kSet || b.op == Op::kClear) {
        body += "    self." + Slot(p_.classes[cls], b.index) + " = " +
                (b.op == Op::kSet ? BodyItem(b.items[0], cls) : "None") + "\n";
      }
    }
    std::string g;
    for (const std::string& n : globals) g += (g.empty() ? "" : ", ") + n;
    if (!g.empty()) body = "    global " + g + "\n" + body;
    if (body.empty()) body = "    pass\n";
    bodies_ += "def " + function_.at(&owner) + "(" + params + "):  # " +
               gcops::PrintStmt(p_, owner) + "\n" + body;
  }

  std::string Expect(const Stmt& s) {
    const gcops::Expectation& e = s.expect;
    const std::string line = std::to_string(s.loc.line);
    auto check = [&](const std::string& what, const std::string& want,
                     const std::string& got) {
      return "expect(" + line + ", " + Py(what) + ", " + want + ", " + got +
             ")\n";
    };
    std::string out;
    if (const auto g = f_.given.find(&s); g != f_.given.end()) {
      out += "given(" + line;
      for (const std::string& l : g->second) out += ", " + Py(l);
      out += ")\n";
    }
    switch (e.kind) {
      case ExpectKind::kCollected:
        return out + check("collected ", std::to_string(e.ints[0]),
                           collected_ ? "collected" : Py("no collect yet"));
      case ExpectKind::kLog: {
        std::string want;
        for (const auto& ev : e.events) {
          want += (want.empty() ? "" : ", ") + gcops::PrintEventPattern(p_, ev);
        }
        return out +
               check("log ", Py(want.empty() ? "(nothing)" : want), "log()");
      }
      case ExpectKind::kGarbage: {
        std::string want;
        for (const auto& l : e.labels) {
          want += (want.empty() ? "" : ", ") + gcops::PrintLabel(p_, l);
        }
        return out +
               check("garbage ", Py("[" + want + "]"),
                     "'[' + ', '.join(o.label for o in gc.garbage) + ']'");
      }
      case ExpectKind::kDelCalls:
      case ExpectKind::kTpDelCalls:
      case ExpectKind::kCallbackCalls: {
        const std::string label = gcops::PrintLabel(p_, e.labels[0]);
        const std::string word = e.kind == ExpectKind::kDelCalls ? "del "
                                 : e.kind == ExpectKind::kTpDelCalls
                                     ? "tp_del "
                                     : "callback ";
        return out + check(std::string(gcops::Info(e.kind).keyword) + " " +
                               label + " ",
                           std::to_string(e.ints[0]),
                           "trace.count(" + Py(word + label) + ")");
      }
      default:
        break;
    }
    // The rest: one check per label, through the name that holds it, or
    // (alive, dead, cleared) found without holding it.
    const std::string kind = gcops::Info(e.kind).keyword;
    for (const auto& l : e.labels) {
      const std::string label = gcops::PrintLabel(p_, l);
      const auto known = f_.by_label.find(label);
      if (known == f_.by_label.end()) {  // a body made it: an instance
        out += check(label + " ", Py(kind), "state(" + Py(label) + ")");
        continue;
      }
      const Obj& o = known->second;
      const auto held = f_.holder.find({&s, label});
      const std::string x = held == f_.holder.end() ? "" : py_[held->second];
      switch (e.kind) {
        case ExpectKind::kTracked:
        case ExpectKind::kUntracked:
          out +=
              check(label + " ", Py(kind),
                    "'tracked' if gc.is_tracked(" + x + ") else 'untracked'");
          break;
        case ExpectKind::kFinalized:
        case ExpectKind::kUnfinalized:
          out += check(
              label + " ", Py(kind),
              "'finalized' if gc.is_finalized(" + x + ") else 'unfinalized'");
          break;
        case ExpectKind::kWeakrefs:
          return out + check("weakrefs " + label + " ",
                             std::to_string(e.ints[0]),
                             "weakref.getweakrefcount(" + x + ")");
        case ExpectKind::kGeneration: {
          const int32_t g = e.ints[0];
          const std::string want =
              g == static_cast<int32_t>(gcops::Where::kPermanent)
                  ? Py("permanent")
              : g == static_cast<int32_t>(gcops::Where::kUntracked)
                  ? Py("untracked")
                  : std::to_string(g);
          return out + check("generation " + label + " ", want,
                             "generation(" + x + ")");
        }
        case ExpectKind::kCleared:
          if (o.kind == Kind::kRef && o.callback) {
            out += check(label + " ", Py(kind),
                         "cleared(" + callback_of_.at(label) + ")");
          } else if (o.kind == Kind::kRef) {
            out += check(label + " ", Py(kind),
                         "'cleared' if " + x +
                             "() is None else 'a live weakref to a live "
                             "object'");
          } else {
            out += check(label + " ", Py(kind), "proxy_cleared(" + x + ")");
          }
          break;
        default:  // alive, dead
          if (o.kind == Kind::kInstance) {
            out += check(label + " ", Py(kind), "state(" + Py(label) + ")");
          } else if (o.callback) {
            out += check(label + " ", Py(kind),
                         "weakref_state(" + callback_of_.at(label) + ")");
          } else {  // held by a name: alive
            const std::string c = check(label + " ", Py(kind), "'alive'");
            out += c.substr(0, c.size() - 1) + "  # " + x + " holds it\n";
          }
      }
    }
    return out;
  }

  const Program& p_;
  const Facts& f_;
  std::map<const Stmt*, std::string> function_;
  std::map<std::string, std::string> callback_of_;  // weakref label -> fn
  std::vector<std::string> py_;                     // NameId -> its Python name
  std::string bodies_;
  bool uses_expect_ = false, uses_log_ = false;
  bool uses_collected_ = false, uses_state_ = false;
  bool uses_weakref_state_ = false, uses_cleared_ = false;
  bool uses_proxy_cleared_ = false, uses_generation_ = false;
  bool uses_label_ = false, uses_given_ = false;
  bool uses_on_del_ = false, uses_on_tp_del_ = false;
  bool uses_gc_callback_ = false;
  bool collected_ = false;
};

}  // namespace

std::string WritePlainScript(const Program& program, const Facts& facts,
                             std::string_view file,
                             const std::vector<std::string>& versions) {
  return Writer(program, facts).Script(file, versions);
}

}  // namespace gcfuzz::translation::plain
