// The kgbuild vocabulary as C++ enums: entity types, the 26 relations of the annotation guide,
// their families, and the namespace IRIs. ontology/kg.ttl is the source of truth; the test
// tests/ontology_test.cpp fails when this table and kg.ttl disagree. Plain data, thread-safe.
#pragma once

#include <array>
#include <cstdint>
#include <optional>
#include <string_view>

namespace kg {

// Namespace of the ontology (classes, properties) and the default base for data IRIs.
inline constexpr std::string_view kOntologyNs = "https://w3id.org/kgbuild/ns#";
inline constexpr std::string_view kOntologyIri = "https://w3id.org/kgbuild/ns";
inline constexpr std::string_view kDefaultBase = "https://w3id.org/kgbuild/id/";

enum class EntityType : std::uint8_t { kPerson, kCountry, kOrganization, kPlace, kGroup };
inline constexpr std::array kAllEntityTypes = {EntityType::kPerson, EntityType::kCountry,
                                               EntityType::kOrganization, EntityType::kPlace,
                                               EntityType::kGroup};

enum class Family : std::uint8_t { kCooperate, kDemand, kDisapprove, kCoerce, kFight, kStructure };
inline constexpr std::array kAllFamilies = {Family::kCooperate, Family::kDemand,
                                            Family::kDisapprove, Family::kCoerce,
                                            Family::kFight,     Family::kStructure};

enum class Relation : std::uint8_t {
  kCongratulates, kPraises, kSupports, kMeetsWith, kNegotiatesWith, kSignsAgreementWith,
  kProposes, kPromises, kAids,
  kUrges, kDemands,
  kDoubts, kCriticizes, kAccuses, kWarns, kOpposes, kRejects,
  kThreatens, kSanctions,
  kAttacks, kOccupies, kAnnexes, kClaims,
  kAffiliatedWith, kMemberOf, kLocatedIn,
};

struct RelationInfo {
  Relation relation;
  std::string_view name;  // local name in kg.ttl and in the annotation guide
  Family family;
  bool symmetric;
};

inline constexpr std::array<RelationInfo, 26> kRelations = {{
    {Relation::kCongratulates, "congratulates", Family::kCooperate, false},
    {Relation::kPraises, "praises", Family::kCooperate, false},
    {Relation::kSupports, "supports", Family::kCooperate, false},
    {Relation::kMeetsWith, "meetsWith", Family::kCooperate, true},
    {Relation::kNegotiatesWith, "negotiatesWith", Family::kCooperate, true},
    {Relation::kSignsAgreementWith, "signsAgreementWith", Family::kCooperate, true},
    {Relation::kProposes, "proposes", Family::kCooperate, false},
    {Relation::kPromises, "promises", Family::kCooperate, false},
    {Relation::kAids, "aids", Family::kCooperate, false},
    {Relation::kUrges, "urges", Family::kDemand, false},
    {Relation::kDemands, "demands", Family::kDemand, false},
    {Relation::kDoubts, "doubts", Family::kDisapprove, false},
    {Relation::kCriticizes, "criticizes", Family::kDisapprove, false},
    {Relation::kAccuses, "accuses", Family::kDisapprove, false},
    {Relation::kWarns, "warns", Family::kDisapprove, false},
    {Relation::kOpposes, "opposes", Family::kDisapprove, false},
    {Relation::kRejects, "rejects", Family::kDisapprove, false},
    {Relation::kThreatens, "threatens", Family::kCoerce, false},
    {Relation::kSanctions, "sanctions", Family::kCoerce, false},
    {Relation::kAttacks, "attacks", Family::kFight, false},
    {Relation::kOccupies, "occupies", Family::kFight, false},
    {Relation::kAnnexes, "annexes", Family::kFight, false},
    {Relation::kClaims, "claims", Family::kFight, false},
    {Relation::kAffiliatedWith, "affiliatedWith", Family::kStructure, false},
    {Relation::kMemberOf, "memberOf", Family::kStructure, false},
    {Relation::kLocatedIn, "locatedIn", Family::kStructure, false},
}};

std::string_view name(EntityType t);
std::string_view name(Relation r);
std::string_view name(Family f);
Family family(Relation r);
bool is_symmetric(Relation r);
std::optional<EntityType> entity_type_from_name(std::string_view s);
std::optional<Relation> relation_from_name(std::string_view s);
std::optional<Family> family_from_name(std::string_view s);

}  // namespace kg
