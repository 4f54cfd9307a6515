#include "rdf_reader.hpp"

#include <raptor2.h>

namespace kg::testing {
namespace {
struct Ctx {
  std::set<std::string>* out;
  std::string* error;
};
std::string term(raptor_term* t) {
  unsigned char* s = raptor_term_to_string(t);
  std::string r = reinterpret_cast<char*>(s);
  raptor_free_memory(s);
  return r;
}
void on_statement(void* user, raptor_statement* st) {
  auto* c = static_cast<Ctx*>(user);
  c->out->insert(term(st->subject) + " " + term(st->predicate) + " " + term(st->object));
}
void on_log(void* user, raptor_log_message* m) {
  auto* c = static_cast<Ctx*>(user);
  if (m->level >= RAPTOR_LOG_LEVEL_WARN && c->error && c->error->empty()) *c->error = m->text ? m->text : "error";
}
}  // namespace

std::set<std::string> parse_rdf(const std::string& text, const char* syntax, std::string* error) {
  std::set<std::string> out;
  std::string local_error;
  Ctx ctx{&out, error ? error : &local_error};
  raptor_world* w = raptor_new_world();
  raptor_world_set_log_handler(w, &ctx, on_log);
  raptor_world_open(w);
  raptor_parser* p = raptor_new_parser(w, syntax);
  raptor_parser_set_statement_handler(p, &ctx, on_statement);
  raptor_uri* base = raptor_new_uri(w, reinterpret_cast<const unsigned char*>("http://example.org/base/"));
  raptor_parser_parse_start(p, base);
  raptor_parser_parse_chunk(p, reinterpret_cast<const unsigned char*>(text.data()), text.size(), 1);
  raptor_free_uri(base);
  raptor_free_parser(p);
  raptor_free_world(w);
  return out;
}

}  // namespace kg::testing
