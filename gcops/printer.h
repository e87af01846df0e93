// gcops/printer.h — Program to canonical gcops text.
//
// Canonical text: one statement per line, single spaces, blocks printed
// inline as `{ s1; s2 }` (`{}` when empty), flags in table order, no
// comments. Print(Parse(Print(p))) == Print(p) for every program p.
#ifndef GCFUZZ_GCOPS_PRINTER_H_
#define GCFUZZ_GCOPS_PRINTER_H_

#include <string>

#include "gcops/ast.h"

namespace gcfuzz::gcops {

std::string Print(const Program& program);
std::string PrintStmt(const Program& program, const Stmt& stmt);
std::string PrintItem(const Program& program, const Item& item);
std::string PrintLabel(const Program& program, const Label& label);
std::string PrintEventPattern(const Program& program, const EventPattern& e);

}  // namespace gcfuzz::gcops

#endif  // GCFUZZ_GCOPS_PRINTER_H_
