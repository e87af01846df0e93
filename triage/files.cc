#include "triage/files.h"

#include <sys/stat.h>

#include <cerrno>
#include <cstring>
#include <fstream>
#include <iostream>

namespace gcfuzz::triage {

namespace {

// `-`: standard input, read to its end, at most kMaxInputBytes.
std::optional<std::string> ReadStdin() {
  std::string bytes;
  char buf[1 << 16];
  while (std::cin.read(buf, sizeof buf) || std::cin.gcount() > 0) {
    bytes.append(buf, static_cast<size_t>(std::cin.gcount()));
    if (bytes.size() > kMaxInputBytes) {
      std::cerr << "<stdin>: too large (more than " << kMaxInputBytes
                << " bytes)\n";
      return std::nullopt;
    }
  }
  return bytes;
}

}  // namespace

std::optional<std::string> ReadInputFile(const std::string& path) {
  if (path == "-") return ReadStdin();
  struct stat st;
  if (::stat(path.c_str(), &st) != 0) {
    std::cerr << path << ": cannot read: " << std::strerror(errno) << "\n";
    return std::nullopt;
  }
  if (S_ISDIR(st.st_mode)) {
    std::cerr << path << ": is a directory, expected a file\n";
    return std::nullopt;
  }
  if (!S_ISREG(st.st_mode)) {
    std::cerr << path << ": not a regular file\n";
    return std::nullopt;
  }
  if (static_cast<uint64_t>(st.st_size) > kMaxInputBytes) {
    std::cerr << path << ": too large (" << st.st_size << " bytes; at most "
              << kMaxInputBytes << ")\n";
    return std::nullopt;
  }
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    std::cerr << path << ": cannot read: " << std::strerror(errno) << "\n";
    return std::nullopt;
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
