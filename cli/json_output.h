// cli/json_output.h — `--format=json`: what `check`, `run` and `repro`
// found, as one JSON document on stdout (schema: docs/cli-json.schema.json,
// described in docs/cli-json.md).
//
// The document holds everything the text form prints, errors included: a
// file that cannot be read or parsed is an entry with its `error`, not a
// line on stderr. Only bad usage (before anything runs) is still one line
// on stderr, with no document. The exit status is the text form's.
#ifndef GCFUZZ_CLI_JSON_OUTPUT_H_
#define GCFUZZ_CLI_JSON_OUTPUT_H_

#include <nlohmann/json.hpp>
#include <optional>
#include <string>

#include "cli/run_backends.h"
#include "gcops/ast.h"
#include "gcops/parser.h"
#include "triage/repro.h"

namespace gcfuzz::cli {

// The version of the documents' shape (`schema_version`), raised when a
// field changes meaning or goes away (new fields may come without).
inline constexpr int kJsonSchemaVersion = 1;

// The start of every document: {"schema_version", "command"}.
nlohmann::ordered_json JsonDocument(const std::string& command);

// A file that could not be read or parsed: {"message"} and, for a parse
// error, "line" and "column".
nlohmann::ordered_json FileErrorJson(
    const std::string& message, const std::optional<gcops::ParseError>& parse);

// One program run on its backends (`run`'s entry of "files").
nlohmann::ordered_json FileRunJson(const FileRun& run,
                                   const gcops::Program& program);

// `repro`'s document for a judged program.
nlohmann::ordered_json ReproJson(const triage::LoadedProgram& loaded,
                                 const triage::Judgement& judgement,
                                 const triage::ReproOptions& options,
                                 int status);

// Prints the document on stdout (indented, one trailing newline).
void PrintJson(const nlohmann::ordered_json& document);

}  // namespace gcfuzz::cli

#endif  // GCFUZZ_CLI_JSON_OUTPUT_H_
