// The kgbuild command line as a library, so tests can run commands without a subprocess.
// run() parses arguments, calls the modules and returns the exit status:
// 0 success, 1 input or output error, 2 usage error. Messages go to `err`, data to `out`.
#pragma once

#include <iosfwd>
#include <string>
#include <vector>

namespace kg::cli {

inline constexpr int kExitOk = 0;
inline constexpr int kExitError = 1;
inline constexpr int kExitUsage = 2;

int run(const std::vector<std::string>& args, std::ostream& err);

}  // namespace kg::cli
