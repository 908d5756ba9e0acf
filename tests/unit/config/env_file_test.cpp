// The environment file in systemd's EnvironmentFile= syntax: what the unit's file means to
// systemd is what it means to an admin command, and a malformed line is an error naming its place.
#include "config/env_file.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <sys/stat.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>

namespace cgs {
namespace {

using ::testing::ElementsAre;
using ::testing::HasSubstr;
using ::testing::Not;
using ::testing::Pair;

EnvAssignments parse(std::string_view text) { return parseEnvFile(text, "environment"); }

std::string errorOf(std::string_view text) {
  try {
    (void)parse(text);
  } catch (const ConfigError& e) {
    return e.what();
  }
  return "(no error)";
}

TEST(EnvFile, BareQuotedAndContinuedValuesReadAsSystemdReadsThem) {
  EXPECT_THAT(parse("# the unit's environment\n"
                    "; also a comment\n"
                    "\n"
                    "ALIBABA_CLOUD_ACCESS_KEY_ID=LTAI5tExample   \n"
                    "  DATABASE_URL = postgresql://u:p%40ss@db/cams\n"
                    "SINGLE='a $b \\c \"d\"'\n"
                    "DOUBLE=\"x \\\"y\\\" \\$z \\\\ \\n\"\n"
                    "JOINED=one\\\n"
                    "two\n"
                    "EMPTY=\n"
                    "HASH=a#b\n"
                    "MIXED=pre'fix'\"es\" end\n"),
              ElementsAre(Pair("ALIBABA_CLOUD_ACCESS_KEY_ID", "LTAI5tExample"),
                          Pair("DATABASE_URL", "postgresql://u:p%40ss@db/cams"),
                          Pair("SINGLE", "a $b \\c \"d\""), Pair("DOUBLE", "x \"y\" $z \\ \\n"),
                          Pair("JOINED", "onetwo"), Pair("EMPTY", ""), Pair("HASH", "a#b"),
                          Pair("MIXED", "prefixes end")));
}

TEST(EnvFile, CrlfLinesAndAMissingFinalNewlineAreFine) {
  EXPECT_THAT(parse("A=1\r\nB='2'\r\nC=3"),
              ElementsAre(Pair("A", "1"), Pair("B", "2"), Pair("C", "3")));
}

TEST(EnvFile, MalformedLinesAreErrorsWithTheirPlaceAndNeverTheValue) {
  const auto e = errorOf(
      "GOOD=1\n"
      "export DATABASE_URL=postgresql://u:hunter2@db/cams\n"
      "1BAD=x\n"
      "no equals sign\n"
      "OPEN='hunter2\n");
  EXPECT_THAT(e, HasSubstr("environment:2:1: expected NAME=VALUE"));
  EXPECT_THAT(e, HasSubstr("environment:3:1: a variable name is"));
  EXPECT_THAT(e, HasSubstr("environment:4:1: expected NAME=VALUE"));
  EXPECT_THAT(e, HasSubstr("environment:5:6: unterminated single quote"));
  EXPECT_THAT(e, Not(HasSubstr("hunter2")));
}

TEST(EnvFile, ApplyingSetsTheVariablesAndRefusesAFileOthersMayRead) {
  const auto path =
      std::filesystem::temp_directory_path() / ("cgs-env-" + std::to_string(::getpid()));
  std::ofstream(path) << "CGS_ENV_FILE_TEST='from the file'\n";
  ::setenv("CGS_ENV_FILE_TEST", "from the shell", 1);
  ::chmod(path.c_str(), 0644);
  try {
    applyEnvFile(path);
    ADD_FAILURE() << "a mode 644 file was applied";
  } catch (const ConfigError& e) {
    EXPECT_THAT(e.what(), HasSubstr("readable by group or others (mode 0644): chmod 600 it"));
  }
  EXPECT_STREQ(std::getenv("CGS_ENV_FILE_TEST"), "from the shell");
  ::chmod(path.c_str(), 0600);
  applyEnvFile(path);
  EXPECT_STREQ(std::getenv("CGS_ENV_FILE_TEST"), "from the file") << "the file wins";
  ::unsetenv("CGS_ENV_FILE_TEST");
  std::filesystem::remove(path);
  try {
    applyEnvFile(path);
    ADD_FAILURE() << "a missing file was applied";
  } catch (const ConfigError& e) {
    EXPECT_THAT(e.what(), HasSubstr("cannot read: No such file or directory"));
  }
}

}  // namespace
}  // namespace cgs
