// kgbuild: the command-line entry point. All behaviour is in cli/commands.cpp.
#include <iostream>
#include <string>
#include <vector>

#include "cli/commands.hpp"

int main(int argc, char** argv) {
  std::vector<std::string> args(argv + 1, argv + argc);
  return kg::cli::run(args, std::cerr);
}
