// translation/plain_python_facts.h — what the plain form's rules
// (plain_python.cc) learn about a program and its writer
// (plain_python_script.cc) needs: every label, what each name held at each
// top-level statement that reads through it. Internal to translation/.
#ifndef GCFUZZ_TRANSLATION_PLAIN_PYTHON_FACTS_H_
#define GCFUZZ_TRANSLATION_PLAIN_PYTHON_FACTS_H_

#include <cstdint>
#include <map>
#include <set>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "gcops/ast.h"

namespace gcfuzz::translation::plain {

enum class Kind { kInstance, kList, kTuple, kDict, kRef, kProxy };

struct Obj {
  Kind kind = Kind::kInstance;
  gcops::ClassId cls = 0;
  size_t len = 0;          // list or tuple: items (lists never shrink)
  std::set<int32_t> keys;  // dict
  std::string label;
  bool callback = false;     // ref or proxy made with a block
  bool basic_ref = false;    // instance: a ref without callback was made
  bool basic_proxy = false;  // ... a proxy without callback
};

// What the writer needs to know about each statement.
struct Facts {
  std::map<const gcops::Stmt*, std::string> label;  // made, or on_del's object
  // The object a top-level set, clear or append changes, or a top-level
  // path reads: its kind and (an instance) class.
  std::map<const gcops::Stmt*, std::pair<Kind, gcops::ClassId>> base;
  std::map<const gcops::Item*, std::pair<Kind, gcops::ClassId>> path;
  std::map<const gcops::Stmt*, gcops::ClassId> del_class;  // on_del
  std::map<std::string, Obj> by_label;
  // A top-level expectation's label -> a name that holds that object there
  // (an expectation about it reads it through the name).
  std::map<std::pair<const gcops::Stmt*, std::string>, gcops::NameId> holder;
  // A top-level expectation's labels under names bodies make objects
  // under: the script checks at run time that they were given.
  std::map<const gcops::Stmt*, std::vector<std::string>> given;
};

// The script for a program PlainForm accepted, from its facts.
std::string WritePlainScript(const gcops::Program& program, const Facts& facts,
                             std::string_view file,
                             const std::vector<std::string>& versions);

}  // namespace gcfuzz::translation::plain

#endif  // GCFUZZ_TRANSLATION_PLAIN_PYTHON_FACTS_H_
