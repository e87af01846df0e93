// tests/support/temp_dir.h — a gtest fixture with a private scratch
// directory, made before each test and removed after it.
#ifndef GCFUZZ_TESTS_SUPPORT_TEMP_DIR_H_
#define GCFUZZ_TESTS_SUPPORT_TEMP_DIR_H_

#include <gtest/gtest.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <string>

namespace gcfuzz::testing {

class TempDirTest : public ::testing::Test {
 protected:
  void SetUp() override {
    const auto* info = ::testing::UnitTest::GetInstance()->current_test_info();
    dir_ = std::filesystem::temp_directory_path() /
           ("gcfuzz_" + std::string(info->test_suite_name()) + "_" +
            std::to_string(::getpid()));
    std::filesystem::create_directories(dir_);
  }
  void TearDown() override { std::filesystem::remove_all(dir_); }

  // Writes `bytes` to a file of the directory; returns its path.
  std::string Write(const std::string& name, const std::string& bytes) {
    const auto path = dir_ / name;
    std::ofstream(path, std::ios::binary) << bytes;
    return path.string();
  }

  std::filesystem::path dir_;
};

}  // namespace gcfuzz::testing

#endif  // GCFUZZ_TESTS_SUPPORT_TEMP_DIR_H_
