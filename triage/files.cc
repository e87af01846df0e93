#include "triage/files.h"

#include <sys/stat.h>

#include <cerrno>
#include <cstring>
#include <fstream>
#include <iostream>
#include <sstream>

namespace gcfuzz::triage {

namespace {

// `-`: standard input, read to its end, at most kMaxInputBytes.
std::optional<std::string> ReadStdin(std::ostream& err) {
  std::string bytes;
  char buf[1 << 16];
  while (std::cin.read(buf, sizeof buf) || std::cin.gcount() > 0) {
    bytes.append(buf, static_cast<size_t>(std::cin.gcount()));
    if (bytes.size() > kMaxInputBytes) {
      err << "<stdin>: too large (more than " << kMaxInputBytes << " bytes)\n";
      return std::nullopt;
    }
  }
  return bytes;
}

}  // namespace

std::optional<std::string> ReadInputFile(const std::string& path,
                                         std::string* error) {
  std::ostringstream captured;
  std::ostream& err = error != nullptr ? captured : std::cerr;
  auto fail = [&]() -> std::optional<std::string> {
    if (error != nullptr) {
      *error = captured.str();
      if (!error->empty() && error->back() == '\n') error->pop_back();
    }
    return std::nullopt;
  };
  if (path == "-") {
    auto bytes = ReadStdin(err);
    return bytes ? bytes : fail();
  }
  struct stat st;
  if (::stat(path.c_str(), &st) != 0) {
    err << path << ": cannot read: " << std::strerror(errno) << "\n";
    return fail();
  }
  if (S_ISDIR(st.st_mode)) {
    err << path << ": is a directory, expected a file\n";
    return fail();
  }
  if (!S_ISREG(st.st_mode)) {
    err << path << ": not a regular file\n";
    return fail();
  }
  if (static_cast<uint64_t>(st.st_size) > kMaxInputBytes) {
    err << path << ": too large (" << st.st_size << " bytes; at most "
        << kMaxInputBytes << ")\n";
    return fail();
  }
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    err << path << ": cannot read: " << std::strerror(errno) << "\n";
    return fail();
  }
  std::string bytes;
  bytes.resize(static_cast<size_t>(st.st_size));
  in.read(bytes.data(), static_cast<std::streamsize>(bytes.size()));
  bytes.resize(static_cast<size_t>(in.gcount()));
  return bytes;
}

bool WriteOutputFile(const std::string& path, std::string_view data) {
  std::ofstream out(path, std::ios::binary | std::ios::trunc);
  if (out) out.write(data.data(), static_cast<std::streamsize>(data.size()));
  if (out) out.close();
  if (!out) {
    std::cerr << path << ": cannot write: " << std::strerror(errno) << "\n";
    return false;
  }
  return true;
}

}  // namespace gcfuzz::triage
