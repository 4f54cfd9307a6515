// Private to export/: RAII owners for Graphviz handles (GVC_t context, Agraph_t graph).
// Non-copyable. gvc keeps global state (plugin registry, error callback), so kgbuild renders
// from one thread at a time.
#pragma once

#include <memory>

#include <graphviz/cgraph.h>
#include <graphviz/gvc.h>

namespace kg::exporters::detail {

struct GvcDeleter {
  void operator()(GVC_t* c) const { gvFreeContext(c); }
};
struct AgraphDeleter {
  void operator()(Agraph_t* g) const { agclose(g); }
};
using GvcPtr = std::unique_ptr<GVC_t, GvcDeleter>;
using AgraphPtr = std::unique_ptr<Agraph_t, AgraphDeleter>;

// A graph laid out by a context; frees the layout before the graph goes.
class Layout {
 public:
  Layout(GVC_t* gvc, Agraph_t* g) : gvc_(gvc), g_(g) {}
  Layout(const Layout&) = delete;
  Layout& operator=(const Layout&) = delete;
  ~Layout() { gvFreeLayout(gvc_, g_); }

 private:
  GVC_t* gvc_;
  Agraph_t* g_;
};

}  // namespace kg::exporters::detail
