#include "cli/json_output.h"

#include <iostream>
#include <sstream>

#include "gcops/printer.h"
#include "gcops/trace_view.h"

namespace gcfuzz::cli {
namespace {

using json = nlohmann::ordered_json;

json Located(const SideRun::Located& l) {
  return {{"line", l.line}, {"message", l.message}};
}

// A trace's events with where each happened: {"event", "line", "depth"},
// line and depth null when not known.
json Events(const gcops::TraceView& view) {
  json out = json::array();
  for (const gcops::ViewEvent& e : view) {
    out.push_back({{"event", e.text},
                   {"line", e.site ? json(e.site->line) : json()},
                   {"depth", e.site ? json(e.site->depth) : json()}});
  }
  return out;
}

std::vector<std::string> Lines(const std::string& text) {
  std::vector<std::string> out;
  std::istringstream in(text);
  for (std::string line; std::getline(in, line);) {
    if (!line.empty()) out.push_back(line);
  }
  return out;
}

// Every top-level `expect` of the program with its result on this side:
// failed (a failure on its line), not-run (the side gave no answer, or a
// misuse stopped the program before it), else passed.
json Expectations(const SideRun& side, const gcops::Program& program) {
  json out = json::array();
  for (const gcops::Stmt& s : program.stmts) {
    if (s.op != gcops::Op::kExpect) continue;
    const uint32_t line = s.loc.line;
    std::string result = "passed";
    if (!side.answered ||
        (side.misuse && side.misuse->line != 0 && line >= side.misuse->line)) {
      result = "not-run";
    }
    for (const auto& f : side.failures) {
      if (f.line == line) result = "failed";
    }
    out.push_back({{"line", line}, {"result", result}});
  }
  return out;
}

// The file's verdict: what the text form's first message would say.
std::string RunVerdict(const FileRun& run) {
  if (!run.divergences.empty()) return "divergence";
  for (const SideRun& s : run.sides) {
    if (!s.answered) return s.outcome;
  }
  for (const SideRun& s : run.sides) {
    if (s.misuse) return "misuse";
  }
  for (const SideRun& s : run.sides) {
    if (!s.failures.empty()) return "expectation-failed";
  }
  return "ok";
}

}  // namespace

json JsonDocument(const std::string& command) {
  return {{"schema_version", kJsonSchemaVersion}, {"command", command}};
}

json FileErrorJson(const std::string& message,
                   const std::optional<gcops::ParseError>& parse) {
  json e = {{"message", message}};
  if (parse) {
    e["line"] = parse->line;
    e["column"] = parse->col;
  }
  return e;
}

json FileRunJson(const FileRun& run, const gcops::Program& program) {
  json sides = json::array();
  for (const SideRun& s : run.sides) {
    json failures = json::array();
    for (const auto& f : s.failures) failures.push_back(Located(f));
    sides.push_back({{"name", s.name},
                     {"status", s.status},
                     {"outcome", s.outcome},
                     {"trace", s.trace},
                     {"events", Events(gcops::ViewOf(s.trace, s.sites))},
                     {"expectations", Expectations(s, program)},
                     {"failures", failures},
                     {"misuse", s.misuse ? Located(*s.misuse) : json()},
                     {"messages", s.messages}});
  }
  json divergence = nullptr;
  if (!run.divergences.empty()) {
    // The first, as the text form prints it first.
    const Divergence& d = run.divergences[0];
    const SideRun& left = run.sides[0];
    const SideRun& right = run.sides[d.other];
    auto from = [&](const SideRun& s) {
      const size_t at = d.event == 0 ? s.trace.size() : d.event - 1;
      return std::vector<std::string>(
          s.trace.begin() + static_cast<long>(std::min(at, s.trace.size())),
          s.trace.end());
    };
    divergence = {{"left", left.name},
                  {"right", right.name},
                  {"on", d.event == 0 ? "expectations" : "trace"},
                  {"event", d.event},
                  {"left_from_event", from(left)},
                  {"right_from_event", from(right)}};
  }
  return {{"file", run.file},           {"status", run.status},
          {"verdict", RunVerdict(run)}, {"backends", sides},
          {"left_out", run.hidden},     {"divergence", divergence}};
}

json ReproJson(const triage::LoadedProgram& loaded, const triage::Judgement& j,
               const triage::ReproOptions& options, int status) {
  json runs = json::array();
  for (const triage::BackendRun& r : j.runs) {
    json failures = json::array();
    for (const auto& f : r.result.failures) {
      failures.push_back({{"line", f.loc.line}, {"message", f.message}});
    }
    runs.push_back(
        {{"name", r.name},
         {"oracle", r.name.rfind("collector", 0) == 0 && options.use_oracle &&
                        triage::OracleAvailable()},
         {"statements_run", r.result.stmts_run},
         {"trace", Lines(r.result.trace.ToString())},
         {"events", Events(gcops::ViewOf(r.result.trace))},
         {"failures", failures},
         {"misuse", r.result.misuse
                        ? json{{"line", r.result.misuse->loc.line},
                               {"message", r.result.misuse->message}}
                        : json()}});
  }
  json doc = JsonDocument("repro");
  doc["file"] = options.file;
  doc["status"] = status;
  doc["input"] = loaded.from_text ? "gcops-text" : "binary";
  doc["statements"] = gcops::CountStatements(loaded.program);
  doc["program"] = gcops::Print(loaded.program);
  doc["body_budget"] = options.max_body_steps;
  doc["runs"] = runs;
  doc["verdict"] = {{"kind", triage::VerdictName(j.verdict.kind)},
                    {"detail", j.verdict.detail},
                    {"signature", j.verdict.signature},
                    {"summary", j.verdict.SummaryLine()},
                    {"body", j.verdict.body}};
  return doc;
}

void PrintJson(const json& document) {
  // Invalid UTF-8 (a file name, a message quoting bytes) is replaced, never
  // an exception.
  std::cout << document.dump(2, ' ', false, json::error_handler_t::replace)
            << "\n";
}

}  // namespace gcfuzz::cli
