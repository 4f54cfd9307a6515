// kgbuild: the command-line entry point. All behaviour is in cli/commands.cpp. Errors travel as
// Status values; this is the one place that catches what escapes anyway (a bug, or memory
// exhaustion) and turns it into exit status 1 with a message instead of an abort.
#include <exception>
#include <iostream>
#include <new>
#include <string>
#include <vector>

#include "cli/commands.hpp"
#include "export/output_file.hpp"

int main(int argc, char** argv) {
  kg::exporters::install_signal_cleanup();
  try {
    std::vector<std::string> args(argv + 1, argv + argc);
    return kg::cli::run(args, std::cerr);
  } catch (const std::bad_alloc&) {
    std::cerr << "kgbuild: out of memory; split the input into smaller files (N-Triples output streams best)\n";
  } catch (const std::exception& e) {
    std::cerr << "kgbuild: internal error: " << e.what()
              << "\nthis is a bug in kgbuild; please report it with the command and the input that caused it\n";
  } catch (...) {
    std::cerr << "kgbuild: internal error (unknown exception)\n"
              << "this is a bug in kgbuild; please report it with the command and the input that caused it\n";
  }
  kg::exporters::remove_temporary_files();
  return 1;
}
