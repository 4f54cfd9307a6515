// Private to store/: one RAII owner per librdf handle (non-copyable, movable unique_ptrs).
// Ownership notes: librdf_model_query_execute returns results owned by the caller;
// librdf_query_results_get_binding_value returns a new node the caller frees; a statement taken
// from a stream with librdf_stream_get_object stays owned by the stream. Debian's librdf is built
// without thread support: one World per thread, never shared.
#pragma once

#include <memory>

#include <redland.h>

namespace kg::store::detail {

#define KG_REDLAND_DELETER(Type, Free)                   \
  struct Type##Deleter {                                 \
    void operator()(Type* p) const { if (p) Free(p); }   \
  };                                                     \
  using Type##Ptr = std::unique_ptr<Type, Type##Deleter>;

KG_REDLAND_DELETER(librdf_world, librdf_free_world)
KG_REDLAND_DELETER(librdf_storage, librdf_free_storage)
KG_REDLAND_DELETER(librdf_model, librdf_free_model)
KG_REDLAND_DELETER(librdf_parser, librdf_free_parser)
KG_REDLAND_DELETER(librdf_serializer, librdf_free_serializer)
KG_REDLAND_DELETER(librdf_query, librdf_free_query)
KG_REDLAND_DELETER(librdf_query_results, librdf_free_query_results)
KG_REDLAND_DELETER(librdf_stream, librdf_free_stream)
KG_REDLAND_DELETER(librdf_uri, librdf_free_uri)
KG_REDLAND_DELETER(librdf_node, librdf_free_node)

#undef KG_REDLAND_DELETER

}  // namespace kg::store::detail
