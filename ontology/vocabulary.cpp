#include "ontology/vocabulary.hpp"

namespace kg {
namespace {
constexpr std::array<std::string_view, 5> kTypeNames = {"Person", "Country", "Organization",
                                                        "Place", "Group"};
constexpr std::array<std::string_view, 6> kFamilyNames = {"cooperate", "demand", "disapprove",
                                                          "coerce",    "fight",  "structure"};
}  // namespace

std::string_view name(EntityType t) { return kTypeNames[static_cast<std::size_t>(t)]; }
std::string_view name(Relation r) { return kRelations[static_cast<std::size_t>(r)].name; }
std::string_view name(Family f) { return kFamilyNames[static_cast<std::size_t>(f)]; }
Family family(Relation r) { return kRelations[static_cast<std::size_t>(r)].family; }
bool is_symmetric(Relation r) { return kRelations[static_cast<std::size_t>(r)].symmetric; }

std::optional<EntityType> entity_type_from_name(std::string_view s) {
  for (EntityType t : kAllEntityTypes)
    if (name(t) == s) return t;
  return std::nullopt;
}
std::optional<Relation> relation_from_name(std::string_view s) {
  for (const RelationInfo& r : kRelations)
    if (r.name == s) return r.relation;
  return std::nullopt;
}
std::optional<Family> family_from_name(std::string_view s) {
  for (Family f : kAllFamilies)
    if (name(f) == s) return f;
  return std::nullopt;
}

}  // namespace kg
