#include "differential/verdict.h"

#include "differential/report.h"
#include "report/report.h"

namespace gcfuzz::differential {
namespace {

// "del a@2" -> "del L": labels are renumbered by reductions; the event kind
// and its numbers are the bug.
std::string NormalizedEvent(const gcops::Trace& t, long i) {
  if (i < 0 || i >= static_cast<long>(t.events.size())) return "(end)";
  const gcops::Event& e = t.events[i];
  if (gcops::Info(e.kind).args == gcops::EventArgs::kLabel) {
    return std::string(gcops::Info(e.kind).keyword) + " L";
  }
  return t.Format(e);
}

std::string FailureText(const gcops::RunResult& r, size_t i) {
  return i < r.failures.size() ? r.failures[i].message : "(holds)";
}

std::string MisuseText(const gcops::RunResult& r) {
  return r.misuse ? r.misuse->message : "(ran to the end)";
}

const char* DivergenceKindWord(Divergence::Kind k) {
  switch (k) {
    case Divergence::Kind::kTrace:
      return "trace";
    case Divergence::Kind::kExpectation:
      return "expectation";
    case Divergence::Kind::kMisuse:
      return "misuse";
  }
  return "?";
}

// The normalized description of a difference (verdict.h).
std::string DivergenceSignature(const Divergence& d, NamedRun a, NamedRun b) {
  const std::string an(a.name), bn(b.name);
  switch (d.kind) {
    case Divergence::Kind::kTrace:
      return "trace " + an + " '" +
             NormalizedEvent(a.result.trace, d.event_index) + "' " + bn + " '" +
             NormalizedEvent(b.result.trace, d.event_index) + "'";
    case Divergence::Kind::kMisuse:
      return "misuse " + an + " '" + MisuseText(a.result) + "' " + bn + " '" +
             MisuseText(b.result) + "'";
    case Divergence::Kind::kExpectation: {
      size_t i = 0;
      while (i < a.result.failures.size() && i < b.result.failures.size() &&
             a.result.failures[i] == b.result.failures[i]) {
        ++i;
      }
      return "expectation " + an + " '" + FailureText(a.result, i) + "' " + bn +
             " '" + FailureText(b.result, i) + "'";
    }
  }
  return "?";
}

}  // namespace

const char* VerdictName(VerdictKind kind) {
  switch (kind) {
#define GCFUZZ_VERDICT(id, word, meaning) \
  case VerdictKind::id:                   \
    return word;
#include "differential/verdicts.def"
#undef GCFUZZ_VERDICT
  }
  return "?";
}

std::string Verdict::SummaryLine() const {
  return report::SummaryLine(VerdictName(kind), detail);
}

std::string Verdict::Report(std::string_view program_text) const {
  return report::FormatReport(VerdictName(kind),
                              BodyWithProgram(body, program_text), detail);
}

Verdict MakeVerdict(VerdictKind kind, std::string detail,
                    std::string_view normalized, std::string body) {
  Verdict v;
  v.kind = kind;
  v.detail = std::move(detail);
  v.signature = VerdictName(kind);
  if (!normalized.empty()) v.signature.append(" ").append(normalized);
  v.body = std::move(body);
  return v;
}

std::optional<Verdict> CompareRunsVerdict(NamedRun a, NamedRun b,
                                          VerdictKind kind,
                                          std::string_view prefix) {
  auto d = Compare(a.result, a.name, b.result, b.name);
  if (!d) return std::nullopt;
  std::string normalized = DivergenceSignature(*d, a, b);
  std::string detail =
      std::string(DivergenceKindWord(d->kind)) + " " + d->summary;
  if (!prefix.empty()) {
    normalized = std::string(prefix) + " " + normalized;
    detail = std::string(prefix) + " " + detail;
  }
  return MakeVerdict(kind, std::move(detail), normalized,
                     d->summary + "\n" + d->detail);
}

Verdict OracleMismatchVerdict(std::string_view finding_name,
                              std::string_view detail,
                              std::string_view context) {
  std::string body = std::string(finding_name) + ": " + std::string(detail);
  if (!context.empty()) body.append("\n").append(context);
  return MakeVerdict(VerdictKind::kOracleMismatch,
                     std::string(finding_name) + " " + std::string(detail),
                     finding_name, std::move(body));
}

}  // namespace gcfuzz::differential
